package org.xinyong.api.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.xinyong.api.http.Problem;
import org.xinyong.core.code.CreditCode;

/**
 * Parses a check request body: JSON ({@code [{"name","code"}]} or {@code {"entries": […]}}) or CSV
 * in UTF-8 (with or without BOM) or GBK/GB18030, detected from the bytes. A CSV may have a header
 * (a column whose title has 名称 or name, one with 代码 or code; others, like 序号, are left) or,
 * with one or two columns, none: then each cell is taken as a code when it has a code's shape, as
 * a name otherwise (a row number is neither). Nothing sent is read as nothing: an entry with
 * neither name nor code member, three columns and no header, or a code column and others but none
 * titled as the names, is refused; blank rows are left out.
 */
public final class CheckInput {
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The entries and, for CSV, the encoding to answer in. */
    public record Parsed(List<CheckEntry> entries, boolean csv, Charset charset) {
    }

    private CheckInput() {
    }

    public static Parsed parse(byte[] body, String contentType, ObjectMapper mapper, int maxEntries) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body.length == 0) {
            throw Problem.badRequest("empty-body", "请求内容为空", "Send a JSON array of {name, code} or a CSV file.");
        }
        if (type.contains("json") || (!type.contains("csv") && looksLikeJson(body))) {
            return new Parsed(json(body, mapper, maxEntries), false, StandardCharsets.UTF_8);
        }
        if (type.isEmpty() || type.contains("csv") || type.startsWith("text/plain") || type.contains("octet-stream")) {
            Charset charset = detect(body);
            return new Parsed(csv(decode(body, charset), maxEntries), true, charset);
        }
        throw Problem.of(415, "unsupported-media-type", "不支持的内容类型", "Send application/json or text/csv.");
    }

    private static boolean looksLikeJson(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '[' || b == '{';
            }
        }
        return false;
    }

    static List<CheckEntry> json(byte[] body, ObjectMapper mapper, int maxEntries) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            throw Problem.badRequest("bad-json", "JSON 格式错误", "The body is not valid JSON.");
        }
        JsonNode array = root != null && root.isObject() ? root.get("entries") : root;
        if (array == null || !array.isArray()) {
            throw Problem.badRequest("bad-json", "JSON 格式错误", "Expected an array of {\"name\", \"code\"} objects.");
        }
        checkCount(array.size(), maxEntries);
        List<CheckEntry> entries = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode e = array.get(i);
            if (!e.isObject() || (e.has("name") && !e.get("name").isTextual()) || (e.has("code") && !e.get("code").isTextual())) {
                throw Problem.badRequest("bad-entry", "第" + (i + 1) + "条格式错误", "Entry " + i + " must be an object with string 'name' and/or 'code'.");
            }
            if (!e.has("name") && !e.has("code")) {
                // {"companyName": …} read as nothing would be checked as nothing, and come back CLEAR
                throw Problem.badRequest("bad-entry", "第" + (i + 1) + "条没有名称也没有代码",
                        "Entry " + i + " has neither a 'name' nor a 'code' (other members are not read).");
            }
            if (e.path("name").asText("").isBlank() && e.path("code").asText("").isBlank()) {
                continue;   // a blank row of the sheet it came from, as in a CSV; the others keep their index
            }
            entries.add(entry(i, e.path("name").asText(""), e.path("code").asText("")));
        }
        return entries;
    }

    static List<CheckEntry> csv(String text, int maxEntries) {
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder()
                .setIgnoreEmptyLines(true).setTrim(true).get())) {
            rows = parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw Problem.badRequest("bad-csv", "CSV 格式错误", "The CSV cannot be read (check quotes): " + rootMessage(e));
        }
        if (rows.isEmpty()) {
            throw Problem.badRequest("empty-body", "CSV 中没有数据", "The CSV has no rows.");
        }
        int nameColumn = -1;
        int codeColumn = -1;
        CSVRecord first = rows.get(0);
        int columns = filledColumns(first);
        for (int c = 0; c < columns; c++) {
            String h = first.get(c).replaceAll("[\\s\"]", "").toLowerCase(Locale.ROOT);
            if (nameColumn < 0 && isNameHeader(h)) {
                nameColumn = c;
            } else if (codeColumn < 0 && isCodeHeader(h)) {
                codeColumn = c;
            }
        }
        boolean header = nameColumn >= 0 || codeColumn >= 0;
        if (!header && columns > 2) {
            // which of three or more columns is the name? Guessing read 序号 as names (all CLEAR)
            throw Problem.badRequest("bad-csv-header", "CSV 缺少表头",
                    "With more than two columns, the first row must name the columns: 名称 and 统一社会信用代码.");
        }
        if (header && nameColumn < 0 && columns > 1) {
            // a code column and others, none titled as the name: names dropped, rows without a code lost
            throw Problem.badRequest("bad-csv-header", "CSV 表头缺少名称列",
                    "Title the column of names 名称 (or 企业名称, 客户名称, name), beside 统一社会信用代码.");
        }
        List<CheckEntry> entries = new ArrayList<>();
        for (int r = header ? 1 : 0; r < rows.size(); r++) {
            CSVRecord row = rows.get(r);
            String name = "";
            String code = "";
            if (header) {
                name = nameColumn >= 0 && nameColumn < row.size() ? row.get(nameColumn) : "";
                code = codeColumn >= 0 && codeColumn < row.size() ? row.get(codeColumn) : "";
            } else {
                for (int c = 0; c < Math.min(2, row.size()); c++) {
                    String cell = row.get(c);
                    if (code.isEmpty() && CreditCode.looksLikeCode(cell)) {
                        code = cell;
                    } else if (name.isEmpty() && !SERIAL.matcher(cell).matches()) {
                        name = cell;
                    }
                }
            }
            if (name.isBlank() && code.isBlank()) {
                continue;
            }
            entries.add(entry(entries.size(), name, code));
            checkCount(entries.size(), maxEntries);
        }
        if (entries.isEmpty()) {
            throw Problem.badRequest("empty-body", "CSV 中没有数据", "The CSV has a header but no entries.");
        }
        return entries;
    }

    /** A 序号 column's cell: a row number is not a name. */
    private static final Pattern SERIAL = Pattern.compile("\\d{1,6}");

    /** How many columns the row has up to its last filled cell: Excel adds empty ones after a row that used more. */
    private static int filledColumns(CSVRecord row) {
        int last = row.size();
        while (last > 0 && row.get(last - 1).isBlank()) {
            last--;
        }
        return last;
    }

    /**
     * A title naming the column of names (名称, 企业名称, 客户名称, name, company name, 公司 …). Words a
     * name of a company in a first row of data rarely has: 名称 itself, or the title alone.
     */
    private static boolean isNameHeader(String h) {
        return h.contains("名称") || h.equals("name") || h.endsWith("name") && !h.contains("code") || h.equals("company")
                || h.equals("企业") || h.equals("公司") || h.equals("单位") || h.equals("主体") || h.equals("客户");
    }

    /**
     * A title naming the column of credit codes: 统一社会信用代码, 社会信用代码, 纳税人识别号 (the same
     * number for an enterprise), credit code, USCC, or 代码 / code alone. Not 组织机构代码 or 行政区划代码
     * (other numbers), not a name with 代码 in it (南通代码软件工作室).
     */
    private static boolean isCodeHeader(String h) {
        return h.contains("信用代码") || h.contains("纳税人识别号") || h.equals("税号") || h.contains("credit")
                || h.equals("uscc") || h.equals("代码") || h.equals("code");
    }

    private static CheckEntry entry(int index, String name, String code) {
        if (name.length() > 200 || code.length() > 40) {
            throw Problem.badRequest("bad-entry", "第" + (index + 1) + "条过长", "Names are at most 200 characters, codes 40.");
        }
        return new CheckEntry(index, name, code);
    }

    private static void checkCount(int count, int max) {
        if (count > max) {
            throw Problem.of(413, "too-many-entries", "核查条数超过上限",
                    "At most " + max + " entries per request for this caller.");
        }
    }

    /**
     * UTF-8 when the bytes decode strictly as UTF-8 (BOM or not), else GB18030, a superset of GBK,
     * when they decode strictly as that. Anything else is refused, not read as replacement
     * characters: Excel's "Unicode text" (UTF-16) or a workbook sent as CSV would otherwise come
     * back as rows of nonsense names, each CLEAR.
     */
    static Charset detect(byte[] body) {
        if (body.length >= 2 && (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE || body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
                || containsNul(body)) {
            throw notText();
        }
        if (decodes(body, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        if (decodes(body, GB18030)) {
            return GB18030;
        }
        throw notText();
    }

    private static boolean decodes(byte[] body, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A NUL is in no CSV text: UTF-16 without its BOM, or a binary file (a workbook, a PDF). */
    private static boolean containsNul(byte[] body) {
        for (byte b : body) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static Problem notText() {
        return Problem.of(415, "unsupported-encoding", "无法识别的文件编码",
                "Send the CSV as UTF-8 or GBK text (in Excel: Save As, CSV UTF-8); workbooks and UTF-16 text are not read.");
    }

    static String decode(byte[] body, Charset charset) {
        String text = new String(body, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String m = String.valueOf(t.getMessage());
        return m.length() > 160 ? m.substring(0, 160) : m;
    }
}
