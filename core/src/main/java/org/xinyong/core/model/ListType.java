package org.xinyong.core.model;

/** The red and black lists a subject can be on; {@link #kind()} says which side it is. */
public enum ListType {
    TAX_A(RecordKind.RED_LIST, "纳税信用A级纳税人"),
    CUSTOMS_AEO(RecordKind.RED_LIST, "海关高级认证企业"),
    HONOR(RecordKind.RED_LIST, "守信激励对象"),
    SERIOUS_DISHONESTY(RecordKind.BLACK_LIST, "严重失信主体名单"),
    COURT_DEFAULTER(RecordKind.BLACK_LIST, "失信被执行人"),
    ABNORMAL_OPERATION(RecordKind.BLACK_LIST, "经营异常名录");

    private final RecordKind kind;
    private final String label;

    ListType(RecordKind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    public RecordKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public static ListType fromLabel(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        for (ListType type : values()) {
            if (type.label.equals(t) || type.name().equalsIgnoreCase(t)) {
                return type;
            }
        }
        return switch (t) {
            case "A级纳税人", "纳税A级", "纳税信用A级" -> TAX_A;
            case "海关AEO", "AEO高级认证", "高级认证企业" -> CUSTOMS_AEO;
            case "红名单", "守信激励", "诚实守信" -> HONOR;
            case "黑名单", "严重失信", "严重失信名单", "严重违法失信企业名单" -> SERIOUS_DISHONESTY;
            case "失信被执行人名单", "老赖" -> COURT_DEFAULTER;
            case "经营异常", "经营异常名单", "经营（活动）异常名录", "经营(活动)异常名录" -> ABNORMAL_OPERATION;
            default -> null;
        };
    }
}
