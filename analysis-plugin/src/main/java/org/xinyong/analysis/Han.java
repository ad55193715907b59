package org.xinyong.analysis;

/** Which chars count as Chinese for bigrams and pinyin. */
final class Han {

    private Han() {}

    /** Han script by code point: unified ideographs, extensions, compatibility ideographs, 〇 and 々. */
    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static boolean containsHan(CharSequence s) {
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            if (isHan(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    static boolean startsWithHan(CharSequence s) {
        return s.length() > 0 && isHan(Character.codePointAt(s, 0));
    }

    static boolean endsWithHan(CharSequence s) {
        return s.length() > 0 && isHan(Character.codePointBefore(s, s.length()));
    }
}
