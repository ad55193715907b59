package org.xinyong.indexer.feed;

import java.util.Locale;
import java.util.Optional;
import org.xinyong.core.model.RecordKind;

/**
 * What a feed file holds. Tabular kinds map to one {@link RecordKind}; {@link #STATUS} rows change
 * the status of records already loaded; {@link #JSONL} lines are records in our own schema, of any
 * kind. Red and black list files share one header dictionary: each row's 名单类型 decides its side.
 */
public enum FeedKind {
    PENALTY(RecordKind.PENALTY, "行政处罚"),
    LICENSE(RecordKind.LICENSE, "行政许可"),
    RED_LIST(RecordKind.RED_LIST, "守信激励名单"),
    BLACK_LIST(RecordKind.BLACK_LIST, "失信名单"),
    COMMITMENT(RecordKind.COMMITMENT, "信用承诺"),
    INSPECTION(RecordKind.INSPECTION, "双随机一公开检查结果"),
    EVALUATION(RecordKind.EVALUATION, "信用评价"),
    STATUS(null, "记录状态变更"),
    JSONL(null, "JSON Lines 记录");

    private final RecordKind recordKind;
    private final String label;

    FeedKind(RecordKind recordKind, String label) {
        this.recordKind = recordKind;
        this.label = label;
    }

    /** The record kind rows of this feed produce, or null for {@link #STATUS} and {@link #JSONL}. */
    public RecordKind recordKind() {
        return recordKind;
    }

    public String label() {
        return label;
    }

    public boolean isList() {
        return this == RED_LIST || this == BLACK_LIST;
    }

    /** Parses a {@code --kind} value: the enum name in any case, with - or _ (black-list, red_list). */
    public static Optional<FeedKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (FeedKind kind : values()) {
            if (kind.name().equals(t) || kind.label.equals(text.trim())) {
                return Optional.of(kind);
            }
        }
        return switch (t) {
            case "LICENCE", "LICENSES", "LICENCES" -> Optional.of(LICENSE);
            case "PENALTIES" -> Optional.of(PENALTY);
            case "REDLIST", "RED" -> Optional.of(RED_LIST);
            case "BLACKLIST", "BLACK" -> Optional.of(BLACK_LIST);
            case "COMMITMENTS" -> Optional.of(COMMITMENT);
            case "INSPECTIONS" -> Optional.of(INSPECTION);
            case "EVALUATIONS" -> Optional.of(EVALUATION);
            case "STATUSES" -> Optional.of(STATUS);
            default -> Optional.empty();
        };
    }
}
