package org.xinyong.api.search;

/**
 * A facet a word may name: the search's filter parameter (the answer's name for it), the record
 * field it filters, and the score a record gets when the facet says the word. Kinds, list types,
 * tiers and years score above any one word's score in a text (a title, ×2, holding 行政处罚 with
 * its bigrams scores 15 on the million records), so that '行政处罚' lists penalties before the
 * commitments titled 申请行政处罚信息信用修复. A region scores less: its name is as often part of
 * a company's name (崇川区海安船舶配套, registered elsewhere), and a name's words (×5, ≈ 20)
 * should keep those records ahead of the district's (10, plus 海安 in an authority's name ≈ 6).
 */
public enum Facet {
    KIND("kind", "kind", 20f), LIST_TYPE("listType", "listType", 20f), REGION("region", "region", 10f),
    TIER("tier", "tier", 20f), YEAR("year", "decisionYear", 20f);

    private final String parameter;
    private final String field;
    private final float score;

    Facet(String parameter, String field, float score) {
        this.parameter = parameter;
        this.field = field;
        this.score = score;
    }

    public float score() {
        return score;
    }

    public String parameter() {
        return parameter;
    }

    public String field() {
        return field;
    }
}
