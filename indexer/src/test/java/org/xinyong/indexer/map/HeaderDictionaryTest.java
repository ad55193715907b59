package org.xinyong.indexer.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xinyong.indexer.feed.FeedException;
import org.xinyong.indexer.feed.FeedKind;

class HeaderDictionaryTest {

    @Test
    void normalize_widthSpacesMarksBracketsCase() {
        assertEquals("罚款金额(万元)", HeaderNormalizer.normalize(" *罚款金额 （万元）(必填)："));
        assertEquals("CF_XDR_MC", HeaderNormalizer.normalize("ｃｆ_xdr_mc"));
        assertEquals("处罚决定书文号", HeaderNormalizer.normalize("\uFEFF“处罚决定书文号”"));
    }

    @Test
    void lookup_aliasesCodesAndCombinedHeaders() {
        HeaderDictionary penalty = HeaderDictionary.forKind(FeedKind.PENALTY);
        assertEquals(Field.FINE, field(penalty, "罚款金额(万元)"));
        assertEquals(Field.FINE, field(penalty, "cf_nr_fk"));
        assertEquals(Field.FINE_YUAN, field(penalty, "罚款金额（元）"));
        assertEquals(Field.NAME, field(penalty, "行政相对人名称(CF_XDR_MC)"));
        assertEquals(Field.CREDIT_CODE, field(penalty, "行政相对人代码_1（统一社会信用代码）"));
        assertEquals(Field.FACTS, field(penalty, "处罚事由"));
        assertEquals(Field.CONTENT, field(penalty, "处罚结果"));
        assertEquals(Field.TITLE, field(penalty, "处罚名称"));
        assertEquals(Field.REMARK, field(penalty, "BZ"));
        assertFalse(penalty.lookup("序号").isPresent());
        assertEquals(Field.NAME, field(HeaderDictionary.forKind(FeedKind.COMMITMENT), "承诺人名称"));
        assertEquals(Field.VALID_TO, field(HeaderDictionary.forKind(FeedKind.LICENSE), "XK_YXQZI"));
        assertEquals(Field.VALID_FROM, field(HeaderDictionary.forKind(FeedKind.LICENSE), "XK_YXQZ"));
    }

    @Test
    void bind_severalColumnsOneField_unknownReported() {
        BoundHeader h = HeaderDictionary.forKind(FeedKind.PENALTY).bind(List.of("序号", "处罚类别1", "处罚类别2", "CF_WSH"));
        assertEquals(List.of(1, 2), h.columns(Field.CATEGORY));
        assertEquals(List.of("序号"), h.unknownColumns());
        assertEquals("CF_WSH（行政处罚决定书文号）", h.label(Field.DOC_NUMBER));
        assertEquals("处罚决定日期", h.label(Field.DECISION_DATE));
    }

    @Test
    void detect_eachKindFromItsHeader() throws FeedException {
        assertEquals(FeedKind.PENALTY, detect("行政相对人名称,统一社会信用代码,行政处罚决定书文号,处罚类别,处罚决定日期,处罚机关"));
        assertEquals(FeedKind.LICENSE, detect("XK_XDR_MC,XK_XDR_SHXYM,XK_WSH,XK_XKLB,XK_JDRQ,XK_XKJG"));
        assertEquals(FeedKind.BLACK_LIST, detect("名称,统一社会信用代码,执行法院,案号,发布时间"));
        assertEquals(FeedKind.RED_LIST, detect("纳税人名称,纳税人识别号,评价年度,数据来源"));
        assertEquals(FeedKind.COMMITMENT, detect("承诺编码,承诺人名称,承诺人代码,承诺类型,承诺受理单位"));
        assertEquals(FeedKind.INSPECTION, detect("检查对象名称,统一社会信用代码,抽查任务编号,检查事项,检查日期,检查结果,检查机关"));
        assertEquals(FeedKind.EVALUATION, detect("评价对象,统一社会信用代码,评价等级,评价年度,评价机关"));
        assertEquals(FeedKind.STATUS, detect("行政处罚决定书文号,处罚机关,新状态,状态日期"));
    }

    @Test
    void detect_overrideWins() throws FeedException {
        KindDetector.Detection d = KindDetector.detect(List.of("名称", "统一社会信用代码", "认定部门", "列入日期"),
                Path.of("x.csv"), Optional.of(FeedKind.RED_LIST));
        assertEquals(FeedKind.RED_LIST, d.kind());
        assertTrue(d.overridden());
    }

    private static FeedKind detect(String header) throws FeedException {
        return KindDetector.detect(List.of(header.split(",")), Path.of("feed.csv"), Optional.empty()).kind();
    }

    private static Field field(HeaderDictionary d, String header) {
        return d.lookup(header).map(HeaderDictionary.Entry::field).orElse(null);
    }
}
