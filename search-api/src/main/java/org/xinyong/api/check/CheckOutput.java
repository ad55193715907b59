package org.xinyong.api.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.xinyong.api.support.Echoes;
import org.xinyong.core.privacy.Masking;

/** Check answers as JSON or as CSV (the caller's encoding; UTF-8 with a BOM so Excel reads it). */
public final class CheckOutput {
    private static final String[] CSV_HEADER = {"序号", "名称", "统一社会信用代码", "结论", "匹配主体", "匹配代码", "得分", "说明", "名单", "有效处罚数"};

    private CheckOutput() {
    }

    public static ObjectNode json(ObjectMapper mapper, List<CheckResult> results) {
        ObjectNode body = mapper.createObjectNode();
        body.put("scorerVersion", MatchScorer.VERSION);
        ObjectNode summary = body.putObject("summary");
        summary.put("total", results.size());
        for (CheckResult.Verdict v : CheckResult.Verdict.values()) {
            summary.put(v.name().toLowerCase(java.util.Locale.ROOT), results.stream().filter(r -> r.verdict() == v).count());
        }
        ArrayNode out = body.putArray("results");
        for (CheckResult r : results) {
            ObjectNode o = out.addObject();
            o.put("index", r.entry().index());
            o.putObject("input").put("name", Masking.maskIdsIn(r.entry().name())).put("code", Echoes.of(r.entry().code()));
            o.put("verdict", r.verdict().name());
            o.put("score", r.score());
            ArrayNode explanation = o.putArray("explanation");
            r.explanation().forEach(explanation::add);
            if (r.subject() != null) {
                ObjectNode s = o.putObject("subject");
                s.put("key", r.subject().key()).put("name", r.subject().name());
                if (r.subject().creditCode() != null) {
                    s.put("creditCode", r.subject().creditCode());
                }
            } else {
                o.putNull("subject");
            }
            o.set("lists", mapper.valueToTree(r.lists()));
            o.put("activePenalties", r.penalties().size());
            o.set("penalties", mapper.valueToTree(r.penalties()));
        }
        return body;
    }

    public static byte[] csv(List<CheckResult> results, Charset charset) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get())) {
            for (CheckResult r : results) {
                printer.printRecord(r.entry().index() + 1, inert(Masking.maskIdsIn(r.entry().name())),
                        inert(Echoes.of(r.entry().code())), verdictLabel(r.verdict()),
                        r.subject() == null ? "" : inert(r.subject().name()),
                        r.subject() == null || r.subject().creditCode() == null ? "" : inert(r.subject().creditCode()),
                        r.score(), inert(String.join("；", r.explanation())),
                        r.lists().stream().map(CheckResult.ListEntry::label).distinct().collect(Collectors.joining("、")),
                        r.penalties().size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String csv = text.toString();
        if (charset.equals(StandardCharsets.UTF_8)) {
            csv = "\uFEFF" + csv;
        }
        return csv.getBytes(charset);
    }

    /**
     * A text cell a spreadsheet will not run: banks open the answer in Excel, and a cell starting
     * with = + - @ (or a tab or return before one) is a formula there ({@code =HYPERLINK(…)} sent as
     * a name comes back in the name column; a department's feed could name a subject so). Such a
     * cell is written after an apostrophe, as Excel itself marks text (OWASP: CSV injection).
     */
    static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    static String verdictLabel(CheckResult.Verdict verdict) {
        return switch (verdict) {
            case CLEAR -> "CLEAR 未见不良";
            case HIT -> "HIT 命中不良记录";
            case REVIEW -> "REVIEW 需人工复核";
        };
    }
}
