package org.xinyong.indexer.generate;

import java.time.LocalDate;
import java.util.List;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.code.ResidentId;
import org.xinyong.core.model.SubjectType;
import org.xinyong.core.region.Regions;

/**
 * The subjects records are about: subject {@code j} is a pure function of (seed, j), so the pool
 * needs no memory and the same company keeps its name and code across all files. The first few
 * are fixed, well-known names that search tests look for ({@link #KNOWN}); the rest are 80%
 * companies, 15% 个体工商户 and 5% natural persons. Codes are valid and distinct per subject: the
 * GB 11714 body is an injective function of j.
 */
final class SubjectPool {
    static final List<SyntheticSubject> KNOWN = List.of(
            known(0, SubjectType.LEGAL_PERSON, "南通国际家纺产业园有限公司", "320612", "MB1JF001", "陈建华"),
            known(1, SubjectType.LEGAL_PERSON, "南通金梭家纺有限公司", "320612", "MB1JF002", "顾海燕"),
            known(2, SubjectType.LEGAL_PERSON, "南通海韵家纺科技有限公司", "320614", "MB1JF003", "施志强"),
            known(3, SubjectType.LEGAL_PERSON, "南通恒盛家纺织造有限公司", "320682", "MB1JF004", "季文杰"),
            known(4, SubjectType.LEGAL_PERSON, "中国工商银行股份有限公司南通分行", "320602", "MB1YH001", "王宏伟"),
            known(5, SubjectType.LEGAL_PERSON, "江苏通达船舶重工股份有限公司", "320681", "MB1CB001", "沈国庆"),
            known(6, SubjectType.INDIVIDUAL_BUSINESS, "崇川区张记小吃店", "320602", "MB1GT001", "张秀英"),
            new SyntheticSubject(7, SubjectType.NATURAL_PERSON, "张伟", null, residentId("320602", LocalDate.of(1985, 3, 17), 123),
                    null, null));
    private static final long BODY_SPACE = 887_503_681L; // 31^6
    private static final long BODY_STRIDE = 1_000_003L; // prime, so j → body is injective below BODY_SPACE
    private static final List<String> DISTRICTS = Regions.districtCodes();

    private final long seed;
    private final long size;
    private final long bodyOffset;

    /** @param size how many subjects records are spread over (the known ones included) */
    SubjectPool(long seed, long size) {
        this.seed = seed;
        this.size = Math.max(size, KNOWN.size() + 50);
        this.bodyOffset = Math.floorMod(Rng.mix(seed), BODY_SPACE);
    }

    long size() {
        return size;
    }

    SyntheticSubject get(long j) {
        if (j < KNOWN.size()) {
            return KNOWN.get((int) j);
        }
        Rng rng = Rng.of(seed, 1, j);
        int kind = rng.nextInt(20);
        String region = rng.pick(DISTRICTS);
        String districtName = Regions.name(region).orElseThrow();
        if (kind == 0) {
            return new SyntheticSubject(j, SubjectType.NATURAL_PERSON, Words.personName(rng), null,
                    residentId(rng.pick(DISTRICTS), LocalDate.of(1950, 1, 1).plusDays(Math.floorMod(j * 7919, 19000)),
                            (int) ((j / 19000) % 1000)), null, null);
        }
        String body = body(j);
        if (kind <= 3) {
            String operator = Words.personName(rng);
            String name = districtName + operator.charAt(0) + "记" + rng.pick(Words.SHOPS);
            return new SyntheticSubject(j, SubjectType.INDIVIDUAL_BUSINESS, name, code("92", region, body), null, operator, region);
        }
        String brand = rng.pick(Words.BRAND) + rng.pick(Words.BRAND);
        String industry = rng.pick(Words.INDUSTRIES);
        String prefix = rng.pick(Words.PREFIX_STYLES).replace("{district}", districtName);
        String name = rng.chance(0.08)
                ? brand + industry + "（南通）" + rng.pick(Words.SUFFIXES)
                : prefix + brand + industry + rng.pick(Words.SUFFIXES);
        return new SyntheticSubject(j, SubjectType.LEGAL_PERSON, name, code("91", region, body), null,
                Words.personName(rng), region);
    }

    /** A random subject; persons only where {@code allowPersons}. */
    SyntheticSubject pick(Rng rng, boolean allowPersons) {
        return allowed(KNOWN.size() + (long) (rng.nextDouble() * (size - KNOWN.size())), allowPersons, false);
    }

    /** A subject determined by {@code index} alone, distinct for distinct indices below the pool size. */
    SyntheticSubject spread(long index, boolean allowPersons, boolean enterprisesOnly) {
        long span = size - KNOWN.size();
        return allowed(KNOWN.size() + Math.floorMod(index * stride(span), span), allowPersons, enterprisesOnly);
    }

    /** Subject j, or the next one after it that the caller may use. */
    private SyntheticSubject allowed(long j, boolean allowPersons, boolean enterprisesOnly) {
        for (long k = j; ; k = k + 1 < size ? k + 1 : KNOWN.size()) {
            SyntheticSubject s = get(k);
            boolean ok = (allowPersons || !s.isPerson()) && (!enterprisesOnly || s.type() == SubjectType.LEGAL_PERSON);
            if (ok) {
                return s;
            }
        }
    }

    private static long stride(long span) {
        long stride = 7919;
        while (gcd(stride, span) != 1) {
            stride += 2;
        }
        return stride;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** "MA" + six symbols: the organisation-code body of a post-2015 registration. */
    private String body(long j) {
        long v = Math.floorMod(j * BODY_STRIDE + bodyOffset, BODY_SPACE);
        char[] out = new char[6];
        for (int i = 5; i >= 0; i--) {
            out[i] = CreditCode.ALPHABET.charAt((int) (v % 31));
            v /= 31;
        }
        return "MA" + new String(out);
    }

    static String code(String authorityAndCategory, String region, String body8) {
        String first17 = authorityAndCategory + region + body8 + CreditCode.organisationCheckCharacter(body8);
        return first17 + CreditCode.checkCharacter(first17);
    }

    static String residentId(String region, LocalDate birth, int sequence) {
        String first17 = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + ResidentId.checkCharacter(first17);
    }

    private static SyntheticSubject known(long j, SubjectType type, String name, String region, String body, String rep) {
        return new SyntheticSubject(j, type, name, code(type == SubjectType.INDIVIDUAL_BUSINESS ? "92" : "91", region, body),
                null, rep, region);
    }
}
