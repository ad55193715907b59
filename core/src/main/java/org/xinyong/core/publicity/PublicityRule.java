package org.xinyong.core.publicity;

import java.time.LocalDate;
import java.time.Period;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.ListType;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.RecordStatus;
import org.xinyong.core.model.Tier;

/**
 * The publicity periods of 《信用修复管理办法》 (NDRC Order No. 36, in force since 2026-04-01),
 * counted from the decision date:
 *
 * <ul>
 *   <li>轻微 (MINOR): in principle not published; where published, at most 3 months. We do not
 *       publish them: their window is empty.
 *   <li>一般 (GENERAL): at least 3 months, at most 1 year.
 *   <li>严重 (SERIOUS): at least 1 year, at most 3 years.
 * </ul>
 *
 * <p>An authority's own 公示截止期 shortens the window, never lengthens it. Favourable and neutral
 * information (licences, red lists, commitments, inspections, evaluations) has no tier; it is
 * public while it is valid, and at most {@link #NEUTRAL_MAX} when no validity is given. The full
 * table with reasons is in {@code docs/publicity.md}.
 *
 * <p>Visibility is decided at query time from the stored window and status, so a record leaves
 * public view on the day its window ends without any job having to run.
 */
public final class PublicityRule {

    public static final Period MINOR_MAX = Period.ofMonths(3);
    public static final Period GENERAL_MIN = Period.ofMonths(3);
    public static final Period GENERAL_MAX = Period.ofYears(1);
    public static final Period SERIOUS_MIN = Period.ofYears(1);
    public static final Period SERIOUS_MAX = Period.ofYears(3);
    public static final Period NEUTRAL_MAX = Period.ofYears(3);

    /** Publicity days are Nantong's days: "today" is always the date in China Standard Time. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    private PublicityRule() {
    }

    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /**
     * The window for a record.
     *
     * @param decisionDate 处罚决定日期 / 列入日期 / 许可决定日期 …
     * @param authorityEnd the source's own end (公示截止期, 移出日期), or null
     * @param validTo the end of validity (有效期至, 承诺有效期), or null
     */
    public static PublicityWindow window(RecordKind kind, Tier tier, LocalDate decisionDate,
                                         LocalDate authorityEnd, LocalDate validTo) {
        LocalDate start = decisionDate;
        LocalDate end;
        if (tier != null) {
            end = switch (tier) {
                case MINOR -> start;
                case GENERAL -> start.plus(GENERAL_MAX);
                case SERIOUS -> start.plus(SERIOUS_MAX);
            };
        } else {
            end = validTo != null ? validTo.plusDays(1) : start.plus(NEUTRAL_MAX);
        }
        if (authorityEnd != null && authorityEnd.plusDays(1).isBefore(end)) {
            end = authorityEnd.plusDays(1);
        }
        if (end.isBefore(start)) {
            end = start;
        }
        return new PublicityWindow(start, end);
    }

    /** The tier a kind of record has when the source gives none and no derivation applies. */
    public static Tier defaultTier(RecordKind kind, ListType listType) {
        if (kind == RecordKind.BLACK_LIST) {
            return listType == ListType.ABNORMAL_OPERATION ? Tier.GENERAL : Tier.SERIOUS;
        }
        return null;
    }

    /** The one rule every public endpoint applies: ACTIVE and inside the window today. */
    public static boolean isPublic(CreditRecord record, LocalDate today) {
        return record.status() == RecordStatus.ACTIVE
                && record.publicityStart() != null && record.publicityEnd() != null
                && new PublicityWindow(record.publicityStart(), record.publicityEnd()).contains(today);
    }

    /** The first day a subject may apply to repair the record: the minimum period has passed. */
    public static LocalDate repairEligibleFrom(Tier tier, LocalDate decisionDate) {
        if (tier == null) {
            return decisionDate;
        }
        return switch (tier) {
            case MINOR -> decisionDate;
            case GENERAL -> decisionDate.plus(GENERAL_MIN);
            case SERIOUS -> decisionDate.plus(SERIOUS_MIN);
        };
    }
}
