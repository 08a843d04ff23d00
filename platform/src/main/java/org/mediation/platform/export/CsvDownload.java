package org.mediation.platform.export;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A CSV export as an HTTP answer: {@code text/csv; charset=UTF-8}, as a named attachment. */
public final class CsvDownload {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private CsvDownload() {}

    /** {@code forExcel}: the {@code ?excel=true} of every export, {@code ;} and a byte order mark. */
    public static ResponseEntity<byte[]> of(CsvTable table, String filename, boolean forExcel) {
        return Attachment.of(new MediaType("text", "csv", StandardCharsets.UTF_8), filename, table.bytes(forExcel));
    }
}
