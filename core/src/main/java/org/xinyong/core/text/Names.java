package org.xinyong.core.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Normal forms of subject names, shared by the indexer (which stores them) and the matcher (which
 * compares them), so both sides agree on what "the same name" means.
 */
public final class Names {

    /** Longest first, so 南通市 is stripped before 南通. */
    private static final List<String> REGION_PREFIXES = List.of(
            "江苏省南通市", "江苏南通", "江苏省", "南通市", "南通",
            "崇川区", "港闸区", "通州区", "海门区", "海门市", "如东县", "启东市", "如皋市", "海安市", "海安县",
            "崇川", "港闸", "通州", "海门", "如东", "启东", "如皋", "海安", "中国", "江苏");

    private static final List<String> FORM_SUFFIXES = List.of(
            "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "股份公司", "集团公司", "分公司",
            "总公司", "公司", "农民专业合作社", "专业合作社", "合作社", "个体工商户", "普通合伙", "有限合伙",
            "合伙企业", "集团", "商行", "门市部", "经营部", "工作室");

    private static final java.util.regex.Pattern BRACKETED_REGION =
            java.util.regex.Pattern.compile("\\((?:江苏|南通|中国|江苏省|南通市)\\)");
    private static final java.util.regex.Pattern TRAILING_BRACKET = java.util.regex.Pattern.compile("\\([^)]*\\)$");

    private Names() {
    }

    /**
     * The comparable form: NFKC (full-width letters, digits and brackets to ASCII), Latin upper-case,
     * whitespace removed, Chinese brackets unified to ASCII ones.
     */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0') {
                continue;
            }
            switch (c) {
                case '【', '〔', '[' -> out.append('(');
                case '】', '〕', ']' -> out.append(')');
                case '·', '•' -> out.append('·');
                default -> out.append(c);
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * The distinctive core of a company name: without a region prefix (南通市, 崇川区, a bracketed
     * (南通)), and without the company-form suffix (有限公司, 股份有限公司 …). 南通国际家纺产业园有限公司
     * becomes 国际家纺产业园. Never returns an empty string: a name that is all prefix and suffix
     * keeps its normal form.
     */
    public static String coreName(String name) {
        String n = normalize(name);
        String core = BRACKETED_REGION.matcher(n).replaceAll("");
        core = stripPrefix(core);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : FORM_SUFFIXES) {
                if (core.endsWith(suffix)) {
                    // the longest matching suffix decides; if too little is left, stop (南通有限公司
                    // must not lose 公司 alone and become 南通有限)
                    if (core.length() - suffix.length() >= 2) {
                        core = core.substring(0, core.length() - suffix.length());
                        stripped = true;
                    }
                    break;
                }
            }
        }
        core = TRAILING_BRACKET.matcher(core).replaceAll("");
        core = stripPrefix(core);
        // nothing distinctive left (南通有限公司): the whole normal form is the best core there is
        boolean onlyForm = FORM_SUFFIXES.contains(core) || REGION_PREFIXES.contains(core);
        return core.length() >= 2 && !onlyForm ? core : n;
    }

    private static String stripPrefix(String name) {
        String core = name;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String prefix : REGION_PREFIXES) {
                if (core.startsWith(prefix) && core.length() > prefix.length() + 1) {
                    core = core.substring(prefix.length());
                    stripped = true;
                    break;
                }
            }
        }
        return core;
    }
}
