package org.mediation.synthesis.audit;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.platform.audit.AuditEntry;
import org.mediation.platform.audit.AuditLog;
import org.mediation.synthesis.SynthesisServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class AuditLogApiTest extends SynthesisServiceTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    MongoDatabase synthesisDatabase;

    @Autowired
    TestRestTemplate http;

    @Test
    void one_byte_changed_in_the_stored_log_is_reported_at_that_entry() {
        auditLog.append("replay.requested", "operator", Map.of("reason", "annual audit"));
        AuditEntry tampered = auditLog.append("replay.swapped", "operator", Map.of("checksum", "abc"));
        auditLog.append("replay.requested", "operator", Map.of("reason", "second audit"));
        assertThat(verify().getBody()).containsEntry("valid", true);

        synthesisDatabase.getCollection("audit_log").updateOne(eq(tampered.sequence()), set("details.checksum", "abd"));

        Map<String, Object> verdict = verify().getBody();
        assertThat(verdict).containsEntry("valid", false).containsEntry("problem", "modified");
        assertThat(((Number) verdict.get("firstBrokenEntry")).longValue()).isEqualTo(tampered.sequence());
        storedChecksumOf(tampered, "abc");
        assertThat(verify().getBody()).containsEntry("valid", true);
    }

    @Test
    void deleting_the_last_entries_in_the_database_is_found_by_the_anchors_on_kafka() {
        auditLog.append("replay.requested", "operator", Map.of("reason", "before the cut"));
        AuditEntry last = auditLog.append("replay.swapped", "operator", Map.of("checksum", "cut"));
        MongoCollection<Document> stored = synthesisDatabase.getCollection("audit_log");
        Document removed = stored.findOneAndDelete(eq(last.sequence()));

        Map<String, Object> verdict = verify().getBody();
        assertThat(verdict).containsEntry("valid", false).containsEntry("problem", "cut tail");
        assertThat(((Number) verdict.get("firstBrokenEntry")).longValue()).isEqualTo(last.sequence());
        stored.insertOne(removed);
        assertThat(verify().getBody()).containsEntry("valid", true);
    }

    @Test
    void only_operators_read_the_audit_log() {
        assertThat(get("/api/operations/audit-log", Tokens.nationalOffice(), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/operations/audit-log", Tokens.operator(), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private void storedChecksumOf(AuditEntry entry, String checksum) {
        synthesisDatabase.getCollection("audit_log").updateOne(eq(entry.sequence()), set("details.checksum", checksum));
    }

    private ResponseEntity<Map> verify() {
        return get("/api/operations/audit-log/verify", Tokens.operator(), Map.class);
    }

    private <T> ResponseEntity<T> get(String path, String token, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), type);
    }
}
