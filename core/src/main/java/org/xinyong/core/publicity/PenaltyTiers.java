package org.xinyong.core.publicity;

import java.util.Locale;
import org.xinyong.core.model.Tier;

/**
 * Derives a penalty's tier when the feed gives none, from 处罚类别 and the amounts. An explicit tier
 * column always wins. The mapping follows the examples the NDRC gave with Order No. 36 (简易程序,
 * 警告, 通报批评 are minor; larger fines and confiscation are general; very large fines, licence
 * revocation and bans are serious); the amounts are our policy and are documented in
 * {@code docs/publicity.md}.
 */
public final class PenaltyTiers {

    /** 简易程序 allows fines up to 3,000 yuan for organisations: at or below it a fine is minor. */
    public static final double MINOR_AMOUNT_MAX = 0.3;
    /** From 1,000,000 yuan (100 万元) a fine or confiscation is serious. */
    public static final double SERIOUS_AMOUNT_MIN = 100.0;

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[;；,，、/\\s]+");

    private PenaltyTiers() {
    }

    /**
     * @param categories 处罚类别 as written; several may be joined by ；;、, or spaces
     * @param fine 罚款金额 in 万元, or null
     * @param confiscated 没收金额 in 万元, or null
     */
    public static Tier derive(String categories, Double fine, Double confiscated) {
        Double amount = fine == null && confiscated == null ? null
                : (fine == null ? 0 : fine) + (confiscated == null ? 0 : confiscated);
        Tier worst = null;
        String text = categories == null ? "" : categories.toLowerCase(Locale.ROOT);
        for (String part : SEPARATORS.split(text)) {
            if (!part.isBlank()) {
                worst = max(worst, tierOf(part.trim(), amount));
            }
        }
        return worst != null ? worst : amount != null && amount > 0 ? byAmount(amount) : Tier.GENERAL;
    }

    private static Tier tierOf(String category, Double amount) {
        if (category.contains("暂扣或吊销")) {
            // the national enumeration's combined label does not say which happened; publishing a
            // suspension for three years would harm the subject more than the opposite error
            return Tier.GENERAL;
        }
        if (category.contains("吊销") || category.contains("责令关闭") || category.contains("停产停业")
                || category.contains("限制从业") || category.contains("禁止从业") || category.contains("拘留")
                || category.contains("限制开展生产经营")) {
            return Tier.SERIOUS;
        }
        if (category.contains("暂扣") || category.contains("降低资质")) {
            return Tier.GENERAL;
        }
        if (category.contains("罚款") || category.contains("没收")) {
            // no amount given: we cannot tell a small fine from a large one, so the middle tier
            return amount == null ? Tier.GENERAL : byAmount(amount);
        }
        if (category.contains("警告") || category.contains("通报批评")) {
            return Tier.MINOR;
        }
        return Tier.GENERAL;
    }

    private static Tier byAmount(double amount) {
        if (amount >= SERIOUS_AMOUNT_MIN) {
            return Tier.SERIOUS;
        }
        return amount <= MINOR_AMOUNT_MAX ? Tier.MINOR : Tier.GENERAL;
    }

    private static Tier max(Tier a, Tier b) {
        return a == null || b.ordinal() > a.ordinal() ? b : a;
    }
}
