package org.xinyong.core.model;

import java.util.List;
import org.xinyong.core.es.StableIds;
import org.xinyong.core.text.Names;

/**
 * The natural key of each kind of record, from which its id is derived. Keys never include the
 * feed's name, so the same data loaded from a renamed file or another format is the same record,
 * and a corrected row (same 文书号 + 机关) replaces its earlier version. Text parts are compared in
 * {@link Names#normalize} form, so 〔2025〕 and [2025], or a stray space, do not split a record.
 *
 * <ul>
 *   <li>行政处罚, 行政许可: kind + 决定文书号 + 决定机关
 *   <li>名单: kind + 名单类型 + subject + 列入日期; 失信被执行人: kind + 名单类型 + subject + 案号
 *   <li>信用承诺: kind + 承诺编码
 *   <li>双随机抽查: kind + 抽查任务编号 + subject
 *   <li>信用评价: kind + subject + 评价机关 + 评价年度
 * </ul>
 */
public final class NaturalKeys {
    /** The {@code extra} key holding an evaluation's year when the feed gives one. */
    public static final String YEAR_KEY = "评价年度";

    private NaturalKeys() {
    }

    public static List<String> of(CreditRecord r) {
        String kind = r.kind().name();
        return switch (r.kind()) {
            case PENALTY, LICENSE -> documentKey(r.kind(), r.documentNumber(), r.authority());
            case RED_LIST, BLACK_LIST -> r.listType() == ListType.COURT_DEFAULTER && r.documentNumber() != null
                    ? List.of(kind, r.listType().name(), r.subjectKey(), norm(r.documentNumber()))
                    : List.of(kind, String.valueOf(r.listType()), r.subjectKey(), String.valueOf(r.decisionDate()));
            case COMMITMENT -> List.of(kind, norm(r.documentNumber()));
            case INSPECTION -> List.of(kind, norm(r.documentNumber()), r.subjectKey());
            case EVALUATION -> List.of(kind, r.subjectKey(), norm(r.authority()), year(r));
        };
    }

    /** The key of a 处罚 or 许可 from its document number and authority, as status feeds name them. */
    public static List<String> documentKey(RecordKind kind, String documentNumber, String authority) {
        return List.of(kind.name(), norm(documentNumber), norm(authority));
    }

    public static String id(List<String> key) {
        return StableIds.of(key.toArray(String[]::new));
    }

    /** The key as readable text, stored as {@code sourceKey}. */
    public static String sourceKey(List<String> key) {
        return String.join("|", key);
    }

    private static String year(CreditRecord r) {
        String year = r.extra().get(YEAR_KEY);
        return year != null ? year : r.decisionDate() == null ? "" : String.valueOf(r.decisionDate().getYear());
    }

    private static String norm(String text) {
        return text == null ? "" : Names.normalize(text);
    }
}
