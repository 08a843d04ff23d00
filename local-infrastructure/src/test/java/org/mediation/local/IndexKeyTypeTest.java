package org.mediation.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

class IndexKeyTypeTest {

    @Test
    void index_keys_are_ordered_as_h2_orders_them() {
        Random random = new Random(11);
        List<KeyValue> keys = IntStream.range(0, 300)
                .mapToObj(n -> new KeyValue("day-" + random.nextInt(40), random.nextInt(1000), new ObjectId()))
                .toList();
        IndexKeyType remembered = new IndexKeyType();
        ObjectDataType h2 = new ObjectDataType();

        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                assertEquals(Integer.signum(h2.compare(a, b)), Integer.signum(remembered.compare(a, b)));
            }
        }
    }
}
