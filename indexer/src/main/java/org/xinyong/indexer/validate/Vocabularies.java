package org.xinyong.indexer.validate;

import java.util.Arrays;
import java.util.List;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.RecordStatus;

/**
 * The enumerations of the national templates, with usual synonyms. Values are as the templates
 * spell them; where the 2021 行政处罚法 renamed a category the new name is canonical and the old one
 * (暂扣或吊销许可证) is kept because feeds still use it.
 */
public final class Vocabularies {

    /** 处罚类别: 《行政处罚法》(2021) 第九条, plus the older national-template labels. */
    public static final Vocabulary PENALTY_CATEGORY = Vocabulary.of(List.of(
                    "警告", "通报批评", "罚款", "没收违法所得", "没收非法财物", "暂扣许可证件", "降低资质等级",
                    "吊销许可证件", "暂扣或吊销许可证", "暂扣或吊销执照", "限制开展生产经营活动", "责令停产停业",
                    "责令关闭", "限制从业", "行政拘留", "其他"),
            "罚金", "罚款", "罚款处罚", "罚款",
            "没收非法所得", "没收违法所得", "没收违法所得和非法财物", "没收违法所得",
            "暂扣许可证", "暂扣许可证件", "暂扣执照", "暂扣许可证件", "暂扣营业执照", "暂扣许可证件",
            "吊销许可证", "吊销许可证件", "吊销执照", "吊销许可证件", "吊销营业执照", "吊销许可证件",
            "暂扣或者吊销许可证", "暂扣或吊销许可证", "暂扣或者吊销执照", "暂扣或吊销执照",
            "责令停业", "责令停产停业", "停产停业", "责令停产停业", "责令停业整顿", "责令停产停业",
            "拘留", "行政拘留", "通报", "通报批评", "其它", "其他", "其他行政处罚", "其他");

    /** 许可类别 (XK_XKLB). */
    public static final Vocabulary LICENCE_CATEGORY = Vocabulary.of(List.of("普通", "特许", "认可", "核准", "登记", "其他"),
            "普通许可", "普通", "特许许可", "特许", "认可许可", "认可", "核准许可", "核准", "登记许可", "登记",
            "其他许可", "其他", "其它", "其他");

    /** 承诺类型 of the national 信用承诺 template. */
    public static final Vocabulary COMMITMENT_TYPE = Vocabulary.of(List.of(
                    "审批替代型", "容缺受理型", "证明事项型", "信用修复型", "行业自律型", "主动型", "其他"),
            "审批替代", "审批替代型", "审批替代型承诺", "审批替代型", "告知承诺", "审批替代型",
            "容缺受理", "容缺受理型", "容缺受理型承诺", "容缺受理型", "容缺承诺", "容缺受理型",
            "证明事项", "证明事项型", "证明事项型承诺", "证明事项型", "证明事项告知承诺", "证明事项型",
            "信用修复", "信用修复型", "信用修复型承诺", "信用修复型", "信用修复承诺", "信用修复型",
            "行业自律", "行业自律型", "行业自律型承诺", "行业自律型", "行业自律承诺", "行业自律型",
            "主动", "主动型", "主动型承诺", "主动型", "主动承诺", "主动型", "自主承诺", "主动型",
            "其它", "其他", "其他承诺", "其他");

    /** 承诺履行状态. */
    public static final Vocabulary FULFILMENT = Vocabulary.of(List.of("全部履行", "部分履行", "全部未履行"),
            "已履行", "全部履行", "履行", "全部履行", "完全履行", "全部履行", "已全部履行", "全部履行",
            "部分", "部分履行", "已部分履行", "部分履行",
            "未履行", "全部未履行", "均未履行", "全部未履行");

    /** 公开类型 of the 信用承诺 template: only 可向社会公开 is published by this service. */
    public static final Vocabulary PUBLICATION = Vocabulary.of(List.of("可向社会公开", "特定范围内公开", "不可公开"),
            "公开", "可向社会公开", "社会公开", "可向社会公开", "向社会公开", "可向社会公开",
            "特定范围公开", "特定范围内公开", "有限公开", "特定范围内公开", "依申请公开", "特定范围内公开",
            "不公开", "不可公开", "不予公开", "不可公开");

    /** 双随机一公开 检查结果, as market-regulation inspection results are worded. */
    public static final Vocabulary INSPECTION_RESULT = Vocabulary.of(List.of(
                    "未发现问题", "发现问题已责令改正", "发现问题待后续处理", "发现问题已移送处理",
                    "未发现开展本次抽查涉及的经营活动", "通过登记的住所（经营场所）无法联系", "不配合检查情节严重",
                    "未按规定公示应当公示的信息", "公示信息隐瞒真实情况弄虚作假", "其他"),
            "合格", "未发现问题", "正常", "未发现问题", "无问题", "未发现问题", "检查合格", "未发现问题",
            "未发现违法违规行为", "未发现问题",
            "责令改正", "发现问题已责令改正", "责令整改", "发现问题已责令改正", "已责令整改", "发现问题已责令改正",
            "已责令改正", "发现问题已责令改正", "发现问题已整改", "发现问题已责令改正",
            "待后续处理", "发现问题待后续处理", "发现问题待处理", "发现问题待后续处理",
            "移送处理", "发现问题已移送处理", "已移送", "发现问题已移送处理", "移交相关部门处理", "发现问题已移送处理",
            "无法联系", "通过登记的住所（经营场所）无法联系", "查无下落", "通过登记的住所（经营场所）无法联系",
            "通过登记的住所无法联系", "通过登记的住所（经营场所）无法联系",
            "通过登记的经营场所无法联系", "通过登记的住所（经营场所）无法联系",
            "不配合检查", "不配合检查情节严重", "未公示", "未按规定公示应当公示的信息",
            "弄虚作假", "公示信息隐瞒真实情况弄虚作假", "其它", "其他");

    /** 信用评价等级: A/B/C/D (and M, the 纳税信用 grade for new taxpayers); 级 may follow. */
    public static final Vocabulary GRADE = Vocabulary.of(List.of("A", "B", "C", "D", "M", "AAA", "AA"),
            "A级", "A", "B级", "B", "C级", "C", "D级", "D", "M级", "M", "AAA级", "AAA", "AA级", "AA");

    /** 证件类型 whose numbers follow GB 11643 and are checked as such. */
    public static final Vocabulary RESIDENT_ID_TYPE = Vocabulary.of(List.of("身份证"),
            "居民身份证", "身份证", "身份证件", "身份证", "二代身份证", "身份证", "中华人民共和国居民身份证", "身份证",
            "港澳居民居住证", "身份证", "台湾居民居住证", "身份证");

    /** Other 证件类型: numbers without a checksum we know, stored hashed like resident IDs. */
    public static final Vocabulary OTHER_ID_TYPE = Vocabulary.of(List.of("护照", "港澳居民来往内地通行证",
                    "台湾居民来往大陆通行证", "外国人永久居留身份证", "其他"),
            "港澳通行证", "港澳居民来往内地通行证", "回乡证", "港澳居民来往内地通行证",
            "台胞证", "台湾居民来往大陆通行证", "外国人永久居留证", "外国人永久居留身份证", "其它", "其他");

    /** A record's status (RecordStatus labels), as status feeds and 当前状态 columns word it. */
    public static final Vocabulary STATUS = Vocabulary.of(statusLabels(),
            "ACTIVE", "公示中", "正常", "公示中", "有效", "公示中", "恢复公示", "公示中", "1", "公示中",
            "EXPIRED", "公示期满", "期满", "公示期满", "已过期", "公示期满", "过期", "公示期满", "到期", "公示期满",
            "失效", "公示期满", "已失效", "公示期满", "无效", "公示期满",
            "REPAIRED", "已信用修复", "信用修复", "已信用修复", "已修复", "已信用修复", "修复", "已信用修复",
            "修复完成", "已信用修复", "信用修复完成", "已信用修复",
            "REVOKED", "已撤销", "撤销", "已撤销", "撤回", "已撤销", "已撤回", "已撤销", "撤销决定", "已撤销");

    /** The kind of record a status row names (RecordKind labels). */
    public static final Vocabulary RECORD_KIND = Vocabulary.of(recordKindLabels(),
            "PENALTY", "行政处罚", "处罚", "行政处罚", "LICENSE", "行政许可", "许可", "行政许可",
            "RED_LIST", "守信激励", "红名单", "守信激励", "BLACK_LIST", "失信惩戒", "黑名单", "失信惩戒",
            "失信名单", "失信惩戒", "COMMITMENT", "信用承诺", "承诺", "信用承诺",
            "INSPECTION", "双随机一公开", "抽查", "双随机一公开", "检查", "双随机一公开",
            "EVALUATION", "信用评价", "评价", "信用评价");

    private Vocabularies() {
    }

    private static List<String> statusLabels() {
        return Arrays.stream(RecordStatus.values())
                .map(RecordStatus::label).toList();
    }

    private static List<String> recordKindLabels() {
        return Arrays.stream(RecordKind.values())
                .map(RecordKind::label).toList();
    }

    public static RecordStatus status(String label) {
        for (RecordStatus s : RecordStatus.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException(label);
    }

    public static RecordKind recordKind(String label) {
        for (RecordKind k : RecordKind.values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException(label);
    }
}
