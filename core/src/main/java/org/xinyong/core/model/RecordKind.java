package org.xinyong.core.model;

/** What a public credit record is about; the Chinese label is what users and reports see. */
public enum RecordKind {
    LICENSE("行政许可"),
    PENALTY("行政处罚"),
    RED_LIST("守信激励"),
    BLACK_LIST("失信惩戒"),
    COMMITMENT("信用承诺"),
    INSPECTION("双随机一公开"),
    EVALUATION("信用评价");

    private final String label;

    RecordKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
