package org.mediation.local;

import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * H2's {@link ObjectDataType} writing mongo-java-server's object ids as their 12 bytes rather than through
 * {@code java.io} serialisation: the ids of documents are the keys of a collection's map and the values of its indexes,
 * and every commit rewrites the pages its writes touched. Ordered as before (an object id is {@code Comparable}); reads
 * the ids H2 serialised before too.
 */
class ObjectIdType extends ObjectDataType {

    /** A tag {@link ObjectDataType} never writes. */
    private static final byte OBJECT_ID = 21;

    private static final int OBJECT_ID_BYTES = 12;

    /** An object id on the heap: the object and its array of 12 bytes. */
    private static final int OBJECT_ID_HEAP = 64;

    @Override
    public void write(WriteBuffer buff, Object obj) {
        if (obj instanceof ObjectId id) {
            buff.put(OBJECT_ID).put(id.toByteArray());
        } else {
            super.write(buff, obj);
        }
    }

    @Override
    public Object read(ByteBuffer buff) {
        if (buff.get(buff.position()) != OBJECT_ID) {
            return super.read(buff);
        }
        buff.get();
        byte[] id = new byte[OBJECT_ID_BYTES];
        buff.get(id);
        return new ObjectId(id);
    }

    @Override
    public int getMemory(Object obj) {
        return obj instanceof ObjectId ? OBJECT_ID_HEAP : super.getMemory(obj);
    }
}
