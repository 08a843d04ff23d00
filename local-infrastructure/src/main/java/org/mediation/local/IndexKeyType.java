package org.mediation.local;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The keys of mongo-java-server's unique indexes in H2, ordered and written exactly as H2 orders and writes them, but
 * serialised once per key rather than twice per comparison: {@link KeyValue} is not {@code Comparable}, so H2 compares
 * two keys by their {@code java.io} serialisations, 18 % of the store's CPU (docs/benchmarks.md). A key's serialisation
 * is remembered while the key is in use (H2's page cache, a lookup), then forgotten with it.
 */
final class IndexKeyType extends ObjectDataType {

    /** H2's tag of a serialised object ({@code ObjectDataType.TYPE_SERIALIZED_OBJECT}, not public). */
    private static final byte SERIALIZED_OBJECT = 19;

    /** By identity (weak keys are): two equal keys may serialise differently. */
    private final Cache<KeyValue, byte[]> serialised =
            Caffeine.newBuilder().weakKeys().build();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue first && b instanceof KeyValue second && a != b) {
            return compareNotNull(serialised(first), serialised(second));
        }
        return super.compare(a, b);
    }

    @Override
    public void write(WriteBuffer buff, Object obj) {
        if (obj instanceof KeyValue key) {
            byte[] data = serialised(key);
            buff.put(SERIALIZED_OBJECT).putVarInt(data.length).put(data);
        } else {
            super.write(buff, obj);
        }
    }

    /** Twice the serialised size, as H2 counts serialised objects in its page cache. */
    @Override
    public int getMemory(Object obj) {
        if (obj instanceof KeyValue key) {
            return 2 * serialised(key).length;
        }
        return super.getMemory(obj);
    }

    private byte[] serialised(KeyValue key) {
        return serialised.get(key, ObjectDataType::serialize);
    }
}
