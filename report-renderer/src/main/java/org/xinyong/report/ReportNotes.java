package org.xinyong.report;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.xinyong.core.model.CreditRecord;

/** 报告说明: what the report is, where its data comes from, and what the subject can do about it. */
final class ReportNotes {
    /** Enough names to tell the reader which kinds of bodies reported; the tables name each one. */
    private static final int MAX_SOURCES = 8;

    private ReportNotes() {
    }

    static List<String> notes(ReportContext context, List<CreditRecord> records) {
        return List.of(
                "本报告由" + context.issuer() + "依据公共信用信息生成，报告编号 " + context.number() + "，生成时间 "
                        + Texts.dateTime(context.generatedAt()) + "。信息来源于" + sources(records)
                        + "等单位依法归集共享的公共信用信息，数据截至 " + Texts.dateTime(context.dataAsOf()) + "。",
                "本报告仅展示处于公示期内的信息。已过公示期、已完成信用修复或已撤销的信息不予展示；轻微失信信息原则上不予公示。",
                "本报告客观反映信息提供单位报送的原始信息，不对信息内容作任何修改，不作任何评分或评级，不构成对信息主体信用状况的评价结论。",
                "异议申诉：信息主体认为本报告中的信息存在错误、遗漏或超期公示的，可向信息提供单位或本平台提出异议申诉，"
                        + "并提供相关证明材料；经核实有误的，将及时更正或删除。",
                "信用修复：信息主体可按“十、信用状况提升建议”所列日期和条件申请信用修复；修复成功后，相关信息停止公示和共享。",
                "真伪核验：本报告附有电子签名，任何改动都会使签名失效。可扫描首页二维码或访问 " + context.verificationUrl()
                        + " 核验本报告。",
                "本报告仅供参考，使用者应结合其他信息独立作出判断。");
    }

    private static String sources(List<CreditRecord> records) {
        List<String> names = records.stream()
                .map(r -> r.sourceDepartment() != null && !r.sourceDepartment().isBlank() ? r.sourceDepartment() : r.authority())
                .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().sorted().toList();
        if (names.isEmpty()) {
            return "各级行政机关、司法机关和公用事业单位";
        }
        String shown = names.stream().limit(MAX_SOURCES).map(Texts::scrub).collect(Collectors.joining("、"));
        return names.size() > MAX_SOURCES ? shown + "（共" + names.size() + "个单位）" : shown;
    }
}
