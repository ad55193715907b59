package org.xinyong.indexer.map;

/**
 * The meaning of a column, whatever the department headed it. The label is the national name
 * used in messages about missing columns and as the key of values kept in a record's
 * {@code extra} map.
 */
public enum Field {
    // subject block (行政相对人)
    NAME("行政相对人名称"),
    SUBJECT_TYPE("行政相对人类别"),
    CREDIT_CODE("统一社会信用代码"),
    /** 承诺人代码: a 统一社会信用代码 or a resident ID, told apart by shape. */
    SUBJECT_CODE("承诺人代码"),
    REG_NO("工商注册号"),
    ORG_CODE("组织机构代码"),
    TAX_NO("税务登记号"),
    INSTITUTION_NO("事业单位证书号"),
    SOCIAL_ORG_NO("社会组织登记证号"),
    LEGAL_REP("法定代表人"),
    LEGAL_REP_ID_TYPE("法定代表人证件类型"),
    LEGAL_REP_ID_NO("法定代表人证件号码"),
    ID_TYPE("证件类型"),
    ID_NUMBER("证件号码"),
    REGION("行政区划"),

    // common to most kinds
    DOC_NUMBER("决定文书号"),
    TITLE("名称"),
    CATEGORY("类别"),
    CONTENT("内容"),
    DECISION_DATE("决定日期"),
    VALID_FROM("有效期自"),
    VALID_TO("有效期至"),
    PUBLICITY_END("公示截止期"),
    AUTHORITY("决定机关"),
    AUTHORITY_CODE("决定机关统一社会信用代码"),
    SOURCE_DEPT("数据来源单位"),
    SOURCE_DEPT_CODE("数据来源单位统一社会信用代码"),
    REMARK("备注"),
    TIER("失信等级"),
    CURRENT_STATUS("当前状态"),
    UPDATED("数据更新时间戳"),

    // 行政处罚
    VIOLATION_TYPE("违法行为类型"),
    FACTS("违法事实"),
    LEGAL_BASIS("处罚依据"),
    FINE("罚款金额（万元）"),
    FINE_YUAN("罚款金额（元）"),
    CONFISCATED("没收违法所得、没收非法财物的金额（万元）"),
    CONFISCATED_YUAN("没收违法所得、没收非法财物的金额（元）"),
    SUSPENDED_LICENCE("暂扣或吊销证照名称及编号"),

    // 行政许可
    CERT_NAME("许可证书名称"),
    LICENCE_NO("许可编号"),

    // red and black lists
    LIST_TYPE("名单类型"),
    CASE_NUMBER("案号"),
    BASIS_DOC("执行依据文号"),
    BASIS_ISSUER("做出执行依据单位"),
    OBLIGATION("生效法律文书确定的义务"),
    FULFILMENT("履行情况"),
    FULFILLED_PART("已履行部分"),
    UNFULFILLED_PART("未履行部分"),
    FILING_DATE("立案时间"),
    PROVINCE("省份"),
    YEAR("评价年度"),
    CUSTOMS_NO("海关注册编码"),
    GRADE("等级"),

    // 信用承诺
    COMMITMENT_NO("承诺编码"),
    LIABILITY("违诺责任"),
    UNFULFILLED("未履行的承诺内容"),
    PURSUIT("违诺责任追究内容"),
    FULFILMENT_DATE("履行状态认定日期"),
    CONFIRMER("认定单位"),
    CONFIRMER_CODE("认定单位代码"),
    PUBLICATION("公开类型"),

    // 双随机一公开
    PLAN_NO("抽查计划编号"),
    TASK_NO("抽查任务编号"),
    PLAN_NAME("抽查任务名称"),

    // status feed
    RECORD_ID("记录编号"),
    RECORD_KIND("记录类型"),
    NEW_STATUS("新状态"),
    STATUS_DATE("状态日期");

    private final String label;

    Field(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
