package org.xinyong.indexer.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What to generate.
 *
 * @param records data rows across all files (the status feed comes on top: 1 per 100 penalties)
 * @param badShare the share of rows spoiled on purpose, 0 to 1
 * @param today the base date records are spread back from; fixed by default (not the clock) so
 *     the same seed gives the same bytes on any day
 */
public record GeneratorOptions(long records, long seed, Path out, double badShare, Set<OutputFormat> formats,
                               LocalDate today) {
    public static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 7, 1);
    static final String USAGE = "generate --records N --seed S --out DIR [--bad-share 0.02] "
            + "[--formats csv,gbk,xlsx,jsonl] [--today 2026-07-01]";

    public GeneratorOptions {
        if (records < 0) {
            throw new IllegalArgumentException("--records must be 0 or more, was " + records);
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required: the directory to write into");
        }
        if (!(badShare >= 0 && badShare <= 1)) {
            throw new IllegalArgumentException("--bad-share must be between 0 and 1, was " + badShare);
        }
        if (formats == null || formats.isEmpty()) {
            throw new IllegalArgumentException("--formats needs at least one of csv, gbk, xlsx, jsonl");
        }
        formats = Set.copyOf(formats);
    }

    public static GeneratorOptions parse(String... args) {
        long records = 1000;
        long seed = 1;
        Path out = null;
        double badShare = 0;
        Set<OutputFormat> formats = EnumSet.allOf(OutputFormat.class);
        LocalDate today = DEFAULT_TODAY;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            String value = i + 1 < args.length ? args[++i] : null;
            if (value == null) {
                throw new IllegalArgumentException(flag + " needs a value; usage: " + USAGE);
            }
            switch (flag) {
                case "--records" -> records = number(flag, value);
                case "--seed" -> seed = number(flag, value);
                case "--out" -> out = Path.of(value);
                case "--bad-share" -> badShare = share(value);
                case "--formats" -> formats = formats(value);
                case "--today" -> today = date(value);
                default -> throw new IllegalArgumentException("unknown option " + flag + "; usage: " + USAGE);
            }
        }
        return new GeneratorOptions(records, seed, out, badShare, formats, today);
    }

    private static long number(String flag, String value) {
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a whole number, was " + value);
        }
    }

    private static double share(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--bad-share must be a number like 0.02, was " + value);
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--today must be a date like 2026-07-01, was " + value);
        }
    }

    private static Set<OutputFormat> formats(String value) {
        Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        for (String part : value.split(",")) {
            try {
                formats.add(OutputFormat.valueOf(part.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format " + part + " in --formats; use csv, gbk, xlsx, jsonl");
            }
        }
        return formats;
    }
}
