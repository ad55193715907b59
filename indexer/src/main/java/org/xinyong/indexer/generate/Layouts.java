package org.xinyong.indexer.generate;

import static org.xinyong.indexer.generate.Layout.Type.AMOUNT;
import static org.xinyong.indexer.generate.Layout.Type.DATE;
import static org.xinyong.indexer.generate.Layout.Type.TEXT;

import org.xinyong.indexer.map.Field;

/** The layouts the generator writes: national 双公示 layouts (Chinese names or field codes) and ours. */
final class Layouts {
    static final Layout PENALTY_CHINESE = Layout.of(
            Field.NAME, "行政相对人名称", TEXT, Field.SUBJECT_TYPE, "行政相对人类别", TEXT,
            Field.CREDIT_CODE, "统一社会信用代码", TEXT, Field.LEGAL_REP, "法定代表人", TEXT,
            Field.ID_TYPE, "证件类型", TEXT, Field.ID_NUMBER, "证件号码", TEXT,
            Field.DOC_NUMBER, "行政处罚决定书文号", TEXT, Field.VIOLATION_TYPE, "违法行为类型", TEXT,
            Field.FACTS, "违法事实", TEXT, Field.LEGAL_BASIS, "处罚依据", TEXT, Field.CATEGORY, "处罚类别", TEXT,
            Field.CONTENT, "处罚内容", TEXT, Field.FINE, "罚款金额（万元）", AMOUNT,
            Field.CONFISCATED, "没收违法所得、没收非法财物的金额（万元）", AMOUNT,
            Field.DECISION_DATE, "处罚决定日期", DATE, Field.VALID_TO, "处罚有效期", DATE,
            Field.PUBLICITY_END, "公示截止期", DATE, Field.AUTHORITY, "处罚机关", TEXT,
            Field.AUTHORITY_CODE, "处罚机关统一社会信用代码", TEXT, Field.SOURCE_DEPT, "数据来源单位", TEXT,
            Field.SOURCE_DEPT_CODE, "数据来源单位统一社会信用代码", TEXT, Field.TIER, "失信等级", TEXT,
            Field.REMARK, "备注", TEXT);

    static final Layout PENALTY_CODES = Layout.of(
            Field.NAME, "CF_XDR_MC", TEXT, Field.SUBJECT_TYPE, "CF_XDR_LB", TEXT, Field.CREDIT_CODE, "CF_XDR_SHXYM", TEXT,
            Field.LEGAL_REP, "CF_FRDB", TEXT, Field.ID_TYPE, "CF_XDR_ZJLX", TEXT, Field.ID_NUMBER, "CF_XDR_ZJHM", TEXT,
            Field.DOC_NUMBER, "CF_WSH", TEXT, Field.VIOLATION_TYPE, "CF_WFXW", TEXT, Field.FACTS, "CF_SY", TEXT,
            Field.LEGAL_BASIS, "CF_YJ", TEXT, Field.CATEGORY, "CF_CFLB", TEXT, Field.CONTENT, "CF_NR", TEXT,
            Field.FINE, "CF_NR_FK", AMOUNT, Field.CONFISCATED, "CF_NR_WFFF", AMOUNT, Field.DECISION_DATE, "CF_JDRQ", DATE,
            Field.VALID_TO, "CF_YXQ", DATE, Field.PUBLICITY_END, "CF_GSJZQ", DATE, Field.AUTHORITY, "CF_CFJG", TEXT,
            Field.AUTHORITY_CODE, "CF_CFJGDM", TEXT, Field.SOURCE_DEPT, "CF_SJLY", TEXT, Field.SOURCE_DEPT_CODE, "CF_SJLYDM", TEXT,
            Field.REMARK, "BZ", TEXT);

    static final Layout LICENSE_CHINESE = Layout.of(
            Field.NAME, "行政相对人名称", TEXT, Field.SUBJECT_TYPE, "行政相对人类别", TEXT,
            Field.CREDIT_CODE, "统一社会信用代码", TEXT, Field.LEGAL_REP, "法定代表人", TEXT,
            Field.ID_TYPE, "证件类型", TEXT, Field.ID_NUMBER, "证件号码", TEXT,
            Field.TITLE, "行政许可决定文书名称", TEXT, Field.DOC_NUMBER, "行政许可决定文书号", TEXT,
            Field.CATEGORY, "许可类别", TEXT, Field.CERT_NAME, "许可证书名称", TEXT, Field.LICENCE_NO, "许可编号", TEXT,
            Field.CONTENT, "许可内容", TEXT, Field.DECISION_DATE, "许可决定日期", DATE, Field.VALID_FROM, "有效期自", DATE,
            Field.VALID_TO, "有效期至", DATE, Field.AUTHORITY, "许可机关", TEXT,
            Field.AUTHORITY_CODE, "许可机关统一社会信用代码", TEXT, Field.SOURCE_DEPT, "数据来源单位", TEXT,
            Field.SOURCE_DEPT_CODE, "数据来源单位统一社会信用代码", TEXT, Field.REMARK, "备注", TEXT);

    static final Layout LICENSE_CODES = Layout.of(
            Field.NAME, "XK_XDR_MC", TEXT, Field.SUBJECT_TYPE, "XK_XDR_LB", TEXT, Field.CREDIT_CODE, "XK_XDR_SHXYM", TEXT,
            Field.LEGAL_REP, "XK_FRDB", TEXT, Field.ID_TYPE, "XK_XDR_ZJLX", TEXT, Field.ID_NUMBER, "XK_XDR_ZJHM", TEXT,
            Field.TITLE, "XK_XKWS", TEXT, Field.DOC_NUMBER, "XK_WSH", TEXT, Field.CATEGORY, "XK_XKLB", TEXT,
            Field.CERT_NAME, "XK_XKZS", TEXT, Field.LICENCE_NO, "XK_XKBH", TEXT, Field.CONTENT, "XK_NR", TEXT,
            Field.DECISION_DATE, "XK_JDRQ", DATE, Field.VALID_FROM, "XK_YXQZ", DATE, Field.VALID_TO, "XK_YXQZI", DATE,
            Field.AUTHORITY, "XK_XKJG", TEXT, Field.AUTHORITY_CODE, "XK_XKJGDM", TEXT, Field.SOURCE_DEPT, "XK_LYDW", TEXT,
            Field.SOURCE_DEPT_CODE, "XK_LYDWDM", TEXT, Field.REMARK, "BZ", TEXT);

    static final Layout RED_LIST = Layout.of(
            Field.NAME, "主体名称", TEXT, Field.CREDIT_CODE, "统一社会信用代码", TEXT, Field.LIST_TYPE, "名单类型", TEXT,
            Field.CONTENT, "列入事由", TEXT, Field.LEGAL_BASIS, "认定依据", TEXT, Field.AUTHORITY, "认定部门", TEXT,
            Field.AUTHORITY_CODE, "认定部门统一社会信用代码", TEXT, Field.DECISION_DATE, "列入日期", DATE,
            Field.VALID_TO, "有效期至", DATE);

    static final Layout BLACK_LIST = Layout.of(
            Field.NAME, "主体名称", TEXT, Field.SUBJECT_TYPE, "主体类别", TEXT, Field.CREDIT_CODE, "统一社会信用代码", TEXT,
            Field.ID_NUMBER, "证件号码", TEXT, Field.LEGAL_REP, "法定代表人", TEXT, Field.LIST_TYPE, "名单类型", TEXT,
            Field.CONTENT, "失信行为具体情形", TEXT, Field.LEGAL_BASIS, "认定依据", TEXT, Field.AUTHORITY, "认定部门", TEXT,
            Field.DECISION_DATE, "列入日期", DATE, Field.PUBLICITY_END, "移出日期", DATE, Field.CASE_NUMBER, "案号", TEXT,
            Field.BASIS_DOC, "执行依据文号", TEXT, Field.FULFILMENT, "履行情况", TEXT);

    static final Layout COMMITMENT = Layout.of(
            Field.COMMITMENT_NO, "承诺编码", TEXT, Field.NAME, "承诺人名称", TEXT, Field.SUBJECT_TYPE, "承诺人类别", TEXT,
            Field.SUBJECT_CODE, "承诺人代码", TEXT, Field.CATEGORY, "承诺类型", TEXT, Field.TITLE, "承诺事由", TEXT,
            Field.CONTENT, "承诺内容", TEXT, Field.LIABILITY, "违诺责任", TEXT, Field.DECISION_DATE, "承诺作出日期", DATE,
            Field.VALID_TO, "承诺有效期", DATE, Field.FULFILMENT, "承诺履行状态", TEXT,
            Field.UNFULFILLED, "未履行的承诺内容", TEXT, Field.PURSUIT, "违诺责任追究内容", TEXT,
            Field.AUTHORITY, "承诺受理单位", TEXT, Field.AUTHORITY_CODE, "受理单位代码", TEXT,
            Field.PUBLICATION, "公开类型", TEXT, Field.REMARK, "备注", TEXT);

    static final Layout INSPECTION = Layout.of(
            Field.NAME, "检查对象名称", TEXT, Field.CREDIT_CODE, "统一社会信用代码", TEXT, Field.PLAN_NO, "抽查计划编号", TEXT,
            Field.TASK_NO, "抽查任务编号", TEXT, Field.PLAN_NAME, "抽查任务名称", TEXT, Field.TITLE, "检查事项", TEXT,
            Field.DECISION_DATE, "检查日期", DATE, Field.CATEGORY, "检查结果", TEXT, Field.CONTENT, "处理情况", TEXT,
            Field.AUTHORITY, "检查机关", TEXT, Field.AUTHORITY_CODE, "检查机关统一社会信用代码", TEXT);

    static final Layout EVALUATION = Layout.of(
            Field.NAME, "评价对象", TEXT, Field.CREDIT_CODE, "统一社会信用代码", TEXT, Field.TITLE, "评价类型", TEXT,
            Field.GRADE, "评价等级", TEXT, Field.YEAR, "评价年度", TEXT, Field.DECISION_DATE, "评价日期", DATE,
            Field.AUTHORITY, "评价机关", TEXT, Field.AUTHORITY_CODE, "评价机关统一社会信用代码", TEXT,
            Field.VALID_TO, "有效期至", DATE);

    static final Layout STATUS = Layout.of(
            Field.RECORD_KIND, "记录类型", TEXT, Field.DOC_NUMBER, "行政处罚决定书文号", TEXT, Field.AUTHORITY, "处罚机关", TEXT,
            Field.NEW_STATUS, "新状态", TEXT, Field.STATUS_DATE, "状态日期", DATE, Field.REMARK, "说明", TEXT);

    private Layouts() {
    }
}
