package org.xinyong.indexer.generate;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.xinyong.core.model.SubjectType;
import org.xinyong.indexer.map.Field;

/** What every row generator needs: the seed, the pool, the base date, and the subject block. */
final class RowContext {
    /** Records spread over this many days before the base date: some expired, some current. */
    static final int SPAN_DAYS = 4 * 365;

    final long seed;
    final SubjectPool pool;
    final LocalDate today;

    RowContext(long seed, SubjectPool pool, LocalDate today) {
        this.seed = seed;
        this.pool = pool;
        this.today = today;
    }

    Rng rng(long stream, long index) {
        return Rng.of(seed, stream, index);
    }

    LocalDate recentDate(Rng rng) {
        return today.minusDays(rng.nextInt(SPAN_DAYS));
    }

    /** A date between {@code from} and today, at least {@code minDays} after from when possible. */
    LocalDate after(LocalDate from, int minDays, Rng rng) {
        long room = today.toEpochDay() - from.toEpochDay() - minDays;
        return room <= 0 ? today : from.plusDays(minDays + rng.nextInt((int) Math.min(room, 3650) + 1));
    }

    static Map<Field, String> row() {
        return new EnumMap<>(Field.class);
    }

    /** The 行政相对人 block. */
    static void subject(Map<Field, String> row, SyntheticSubject s) {
        row.put(Field.NAME, s.name());
        row.put(Field.SUBJECT_TYPE, s.type().label());
        if (s.creditCode() != null) {
            row.put(Field.CREDIT_CODE, s.creditCode());
        }
        if (s.legalRepresentative() != null) {
            row.put(Field.LEGAL_REP, s.legalRepresentative());
        }
        if (s.type() == SubjectType.NATURAL_PERSON) {
            row.put(Field.ID_TYPE, "身份证");
            row.put(Field.ID_NUMBER, s.residentId());
        }
    }

    /** A known subject for the first rows of a kind (search tests rely on them), else a random one. */
    SyntheticSubject subjectFor(long index, Rng rng, int knownCount, boolean allowPersons) {
        if (index < knownCount && (allowPersons || !SubjectPool.KNOWN.get((int) index).isPerson())) {
            return SubjectPool.KNOWN.get((int) index);
        }
        return pool.pick(rng, allowPersons);
    }

    static String amount(double wan) {
        String s = String.format(Locale.ROOT, "%.2f", wan);
        if (wan >= 1000) {
            return String.format(Locale.ROOT, "%,.2f", wan);
        }
        return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }
}
