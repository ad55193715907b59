package org.xinyong.api.search;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xinyong.api.support.Echoes;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.code.ResidentId;
import org.xinyong.core.privacy.IdHasher;
import org.xinyong.core.text.Names;

/**
 * What a typed query is: a 统一社会信用代码, a resident ID (turned into its keyed hash at once, so
 * the number itself goes no further), Latin letters (pinyin or initials), or Chinese text, maybe
 * several words with spaces ({@link QueryWords}).
 */
public record QueryText(String raw, String normalized, Optional<String> creditCode, Optional<String> personIdHash,
                        boolean latin, String latinCompact, QueryWords words) {
    /** What people put between pinyin syllables or name parts (compiled once: every search uses it). */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s'’·-]+");

    public static QueryText of(String raw, IdHasher hasher) {
        String normalized = Names.normalize(raw);
        Optional<String> code = CreditCode.tryParse(raw).map(CreditCode::value);
        Optional<ResidentId> wholeId = code.isPresent() ? Optional.empty() : ResidentId.tryParse(raw);
        Optional<String> idHash = code.isPresent() ? Optional.empty()
                : wholeId.or(() -> idAmongWords(raw)).map(id -> hasher.hash(id.value()));
        String compact = SEPARATORS.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll("");
        boolean latin = !compact.isEmpty() && compact.chars().allMatch(c -> c >= 'a' && c <= 'z');
        // pinyin with spaces is one name (the subjects search reads it); a code or ID names one subject
        // (the words of a name and an ID typed together are kept only to be echoed, masked: the ID decides)
        QueryWords words = latin || code.isPresent() || wholeId.isPresent() ? QueryWords.NONE : QueryWords.of(raw);
        return new QueryText(raw, normalized, code, idHash, latin, compact, words);
    }

    private static final Pattern ID_SEPARATORS = Pattern.compile("[\\s,，、]+");

    /**
     * A valid resident ID typed among other words (张三 320602…): it names the person as the ID alone
     * does, and like it goes no further than its hash; the searches then send only that (the
     * number itself went to Elasticsearch as a word of the text before).
     */
    private static Optional<ResidentId> idAmongWords(String raw) {
        if (raw.length() < 16) {
            return Optional.empty();   // no room for an ID and another word: most queries stop here
        }
        for (String word : ID_SEPARATORS.split(raw.strip())) {
            Optional<ResidentId> id = word.length() >= 15 ? ResidentId.tryParse(word) : Optional.empty();
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return raw.isBlank();
    }

    /** The query names one subject exactly (a valid code or ID): rank that subject first. */
    public boolean identifiesSubject() {
        return creditCode.isPresent() || personIdHash.isPresent();
    }

    /**
     * The query as it may be shown back: a resident ID only masked, alone or among words, like
     * everywhere else; a credit code as typed, though all digits ({@link Echoes}).
     */
    public String echo() {
        return personIdHash.isPresent() && ResidentId.tryParse(raw).isPresent()
                ? org.xinyong.core.privacy.Masking.maskId(normalized) : Echoes.of(raw);
    }

    @Override
    public String toString() {
        // never log a resident ID
        return personIdHash.isPresent() ? "QueryText[resident ID]" : "QueryText[" + raw + "]";
    }
}
