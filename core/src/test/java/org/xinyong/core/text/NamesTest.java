package org.xinyong.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void coreName_stripsRegionPrefixAndFormSuffix() {
        assertEquals("国际家纺产业园", Names.coreName("南通国际家纺产业园有限公司"));
        assertEquals("金梭家纺", Names.coreName("南通市金梭家纺有限责任公司"));
        assertEquals("恒盛船舶重工", Names.coreName("江苏省南通市恒盛船舶重工股份有限公司"));
        assertEquals("海韵家纺", Names.coreName("海韵家纺（南通）有限公司"));
    }

    /**
     * The javadoc promises that a name which is all prefix and suffix keeps its normal form, but the
     * suffix loop falls through from 有限公司 (too long to strip) to 公司 and returns 有限.
     * Reported to the core owner; enable when fixed.
     */
    @Test
    void coreName_nameThatIsAllPrefixAndSuffix_keepsNormalForm() {
        assertEquals("有限公司", Names.coreName("有限公司"));
        assertEquals("南通有限公司", Names.coreName("南通有限公司"));
    }

    @Test
    void normalize_fullWidthAndSpaces() {
        assertEquals("ABC(南通)家纺", Names.normalize(" ａｂｃ（南通） 家纺"));
    }
}
