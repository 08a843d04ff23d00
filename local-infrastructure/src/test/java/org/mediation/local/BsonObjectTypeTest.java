package org.mediation.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.file.Path;
import java.util.function.Function;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BsonObjectTypeTest {

    @TempDir
    Path data;

    @Test
    void a_document_with_a_value_bson_has_no_type_for_is_kept_serialised() {
        Document written = new Document("ratio", 0.5f).append("n", 1);
        stored(documents -> documents.put("ratio", written));

        Object read = stored(documents -> documents.get("ratio"));

        assertEquals(written, read);
        assertEquals(Float.class, ((Document) read).get("ratio").getClass());
    }

    @Test
    void object_ids_and_documents_written_as_bson_are_read_back_beside_values_h2_writes_itself() {
        ObjectId id = new ObjectId();
        Document nested = new Document("id", id).append("region", new Document("code", "BRE"));
        stored(values -> {
            values.put("id", id);
            values.put("document", nested);
            return values.put("count", 7L);
        });

        assertEquals(id, stored(values -> values.get("id")));
        assertEquals(nested, stored(values -> values.get("document")));
        assertEquals((Object) 7L, stored(values -> values.get("count")));
    }

    private <T> T stored(Function<MVMap<String, Object>, T> work) {
        MVStore store = MVStore.open(data.resolve("values.h2").toString());
        try {
            T result = work.apply(
                    store.openMap("values", new MVMap.Builder<String, Object>().valueType(new BsonObjectType())));
            store.commit();
            return result;
        } finally {
            store.close();
        }
    }
}
