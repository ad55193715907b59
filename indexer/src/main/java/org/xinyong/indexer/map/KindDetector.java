package org.xinyong.indexer.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.xinyong.indexer.feed.FeedException;
import org.xinyong.indexer.feed.FeedKind;

/**
 * Decides what a tabular file holds from its header. A kind is a candidate when the header has all
 * its required columns; among candidates the one whose own columns (those not shared with other
 * kinds) the header names most wins. A near miss is reported with the columns it lacks, which is
 * the usual template error. Red and black lists share a layout; see {@link #listSide}.
 */
public final class KindDetector {
    private static final List<FeedKind> TABULAR = List.of(FeedKind.PENALTY, FeedKind.LICENSE, FeedKind.BLACK_LIST,
            FeedKind.COMMITMENT, FeedKind.INSPECTION, FeedKind.EVALUATION, FeedKind.STATUS);
    private static final Set<String> RED_HINTS = Set.of("纳税人名称", "纳税人识别号", "海关注册编码", "认证时间",
            "荣誉内容", "激励事由");
    private static final Set<String> BLACK_HINTS = Set.of("执行法院", "案号", "执行案号", "失信行为具体情形", "失信行为",
            "列入原因", "作出决定机关", "失信等级", "严重程度", "失信严重程度", "生效法律文书确定的义务", "主要失信事实");

    /** The kind, the header bound with its dictionary, and whether the kind was given rather than guessed. */
    public record Detection(FeedKind kind, BoundHeader header, boolean overridden) {
    }

    private KindDetector() {
    }

    public static Detection detect(List<String> header, Path file, Optional<FeedKind> override) throws FeedException {
        if (override.isPresent()) {
            FeedKind kind = override.get();
            BoundHeader bound = HeaderDictionary.forKind(kind).bind(header);
            List<String> missing = RequiredColumns.missing(kind, bound);
            if (!missing.isEmpty()) {
                throw new FeedException(file, "按“" + kind.label() + "”读取，但缺少必填列：" + String.join("、", missing));
            }
            return new Detection(kind, bound, true);
        }
        List<Candidate> all = new ArrayList<>();
        for (FeedKind kind : TABULAR) {
            BoundHeader bound = HeaderDictionary.forKind(kind).bind(header);
            all.add(new Candidate(kind, bound, RequiredColumns.missing(kind, bound)));
        }
        all.sort(Comparator.comparingInt((Candidate c) -> c.header.signatureCount()).reversed());
        List<Candidate> complete = all.stream().filter(c -> c.missing.isEmpty() && c.header.signatureCount() > 0).toList();
        if (complete.isEmpty()) {
            Candidate best = all.get(0);
            if (best.header.signatureCount() == 0) {
                throw new FeedException(file, "无法从表头识别数据类型（行政处罚、行政许可、红黑名单、信用承诺、"
                        + "双随机抽查结果、信用评价或状态变更）；请核对列名，或用 --kind 指定");
            }
            throw new FeedException(file, "看起来是“" + best.kind.label().replace("失信名单", "红黑名单")
                    + "”数据，但缺少必填列：" + String.join("、", best.missing));
        }
        Candidate top = complete.get(0);
        if (complete.size() > 1 && complete.get(1).header.signatureCount() == top.header.signatureCount()) {
            throw new FeedException(file, "表头同时符合“" + top.kind.label() + "”和“" + complete.get(1).kind.label()
                    + "”，无法确定数据类型；请用 --kind 指定");
        }
        FeedKind kind = top.kind == FeedKind.BLACK_LIST ? listSide(header, top.header, file) : top.kind;
        return new Detection(kind, top.header, false);
    }

    /**
     * Red or black: columns only one side uses decide (纳税人识别号 vs 执行法院), then the file name
     * (redlist.csv, 守信激励名单.xlsx). With a 名单类型 column each row says its side anyway, so the
     * file's kind is only a default; without one, guessing would risk publishing a red list as a
     * black one, so we ask.
     */
    static FeedKind listSide(List<String> header, BoundHeader bound, Path file) throws FeedException {
        int red = 0;
        int black = 0;
        for (String h : header) {
            String n = HeaderNormalizer.normalize(h);
            red += RED_HINTS.contains(n) ? 1 : 0;
            black += BLACK_HINTS.contains(n) ? 1 : 0;
        }
        if (red > 0 && black == 0) {
            return FeedKind.RED_LIST;
        }
        if (black > 0 && red == 0) {
            return FeedKind.BLACK_LIST;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.contains("red") || name.contains("红") || name.contains("守信") || name.contains("激励")) {
            return FeedKind.RED_LIST;
        }
        if (name.contains("black") || name.contains("黑") || name.contains("失信") || name.contains("异常")) {
            return FeedKind.BLACK_LIST;
        }
        if (bound.has(Field.LIST_TYPE)) {
            return FeedKind.BLACK_LIST;
        }
        throw new FeedException(file, "无法判断是守信激励名单还是失信名单：请增加“名单类型”列，"
                + "或用 --kind red-list / black-list 指定");
    }

    private record Candidate(FeedKind kind, BoundHeader header, List<String> missing) {
    }
}
