package org.mediation.platform.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every export's CSV, written by Commons CSV: RFC 4180 (comma, CRLF, quotes when needed) or, for French spreadsheet
 * users, {@code ;} with a UTF-8 byte order mark. A text cell a spreadsheet would run as a formula (starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, tab or CR) is neutralised by a leading apostrophe; numbers stay numbers.
 */
public final class CsvTable {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    public CsvTable(String... header) {
        this.header = List.of(header);
    }

    public CsvTable row(Object... cells) {
        rows.add(Arrays.stream(cells).map(CsvTable::neutralised).toList());
        return this;
    }

    public byte[] bytes(boolean forExcel) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(forExcel ? ';' : ',')
                .setHeader(header.toArray(String[]::new))
                .get();
        StringWriter text = new StringWriter();
        if (forExcel) {
            text.write(BYTE_ORDER_MARK);
        }
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            printer.printRecords(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Object neutralised(Object cell) {
        if (cell instanceof CharSequence text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell == null || cell instanceof Number || cell instanceof Boolean ? cell : cell.toString();
    }
}
