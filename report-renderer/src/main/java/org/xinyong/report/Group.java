package org.xinyong.report;

import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.ListType;

/**
 * Where a record goes in the national report structure: one group per table. Black-list entries
 * split three ways because the standard gives 严重失信名单, 经营异常名录 and 失信被执行人 their own
 * sections.
 */
enum Group {
    LICENSE("行政许可"),
    PENALTY("行政处罚"),
    RED_LIST("守信激励"),
    SERIOUS("严重失信主体名单"),
    ABNORMAL("经营异常名录"),
    COMMITMENT("信用承诺"),
    EVALUATION("信用评价"),
    COURT("司法判决及执行"),
    INSPECTION("双随机一公开");

    final String summaryLabel;

    Group(String summaryLabel) {
        this.summaryLabel = summaryLabel;
    }

    static Group of(CreditRecord r) {
        return switch (r.kind()) {
            case LICENSE -> LICENSE;
            case PENALTY -> PENALTY;
            case RED_LIST -> RED_LIST;
            case BLACK_LIST -> r.listType() == ListType.ABNORMAL_OPERATION ? ABNORMAL
                    : r.listType() == ListType.COURT_DEFAULTER ? COURT : SERIOUS;
            case COMMITMENT -> COMMITMENT;
            case EVALUATION -> EVALUATION;
            case INSPECTION -> INSPECTION;
        };
    }
}
