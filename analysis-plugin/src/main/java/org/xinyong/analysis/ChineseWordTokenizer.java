package org.xinyong.analysis;

import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * smartcn word segmentation without punctuation tokens.
 *
 * <p>smartcn already emits Latin words and digit runs as their own tokens (lower-cased, full-width
 * folded to half-width), but it turns every punctuation mark into a "," token; those are dropped
 * here. No stopwords are removed and no position gaps are left, so 南通（集团） still matches the
 * phrase 南通集团.
 */
final class ChineseWordTokenizer extends HMMChineseTokenizer {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    @Override
    protected boolean incrementWord() {
        while (super.incrementWord()) {
            if (hasLetterOrDigit(termAtt)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetterOrDigit(CharSequence term) {
        for (int i = 0; i < term.length(); ) {
            int cp = Character.codePointAt(term, i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
