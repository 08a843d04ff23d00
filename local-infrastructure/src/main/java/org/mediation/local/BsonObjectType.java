package org.mediation.local;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The documents of a collection written as BSON rather than through {@code java.io} serialisation, which took 42 % of
 * the store's CPU: every commit rewrites the pages its writes touched (docs/benchmarks.md). Reads both: pages written
 * before keep H2's serialised form and are read as before. A document holding a value BSON has no type for is
 * serialised as before. Dates keep their milliseconds, as MongoDB's do. For values only: a key's order would depend on
 * the classes of its decoded values.
 */
final class BsonObjectType extends ObjectIdType {

    /** A tag {@link ObjectDataType} never writes. */
    private static final byte DOCUMENT = 20;

    /** A decoded document takes about four times its BSON on the heap; H2's page cache counts it so. */
    private static final int HEAP_PER_BSON_BYTE = 4;

    private int averageBsonSize = 1_000;

    @Override
    public void write(WriteBuffer buff, Object obj) {
        if (!(obj instanceof Document document) || !writeBson(buff, document)) {
            super.write(buff, obj);
        }
    }

    @Override
    public Object read(ByteBuffer buff) {
        if (buff.get(buff.position()) != DOCUMENT) {
            return super.read(buff);
        }
        buff.get();
        ByteBuf bson = Unpooled.wrappedBuffer(buff.slice());
        Document document = BsonDecoder.decodeBson(bson);
        remember(bson.readerIndex());
        buff.position(buff.position() + bson.readerIndex());
        return document;
    }

    @Override
    public int getMemory(Object obj) {
        return obj instanceof Document ? HEAP_PER_BSON_BYTE * averageBsonSize : super.getMemory(obj);
    }

    private boolean writeBson(WriteBuffer buff, Document document) {
        ByteBuf bson = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(document, bson);
        } catch (IllegalArgumentException noBsonType) {
            return false;
        }
        remember(bson.readableBytes());
        buff.put(DOCUMENT).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
        return true;
    }

    /** An exponential moving average, as H2 keeps for the objects it serialises. */
    private void remember(int size) {
        averageBsonSize = (size + 15 * averageBsonSize) / 16;
    }
}
