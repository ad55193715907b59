package org.xinyong.indexer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.code.ResidentId;
import org.xinyong.core.privacy.IdHasher;
import org.xinyong.indexer.feed.Feed;
import org.xinyong.indexer.feed.FeedContext;
import org.xinyong.indexer.feed.FeedException;
import org.xinyong.indexer.feed.FeedKind;
import org.xinyong.indexer.feed.ParsedRow;

/** Shared test data: valid codes computed with the standards' algorithms, and feed helpers. */
public final class Fixtures {
    public static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    public static final IdHasher HASHER = new IdHasher("test-pepper-for-indexer-tests");
    public static final Charset GBK = Charset.forName("GBK");

    /** Valid enterprise codes in 崇川区 and 通州区, and an individual business. */
    public static final String CODE_A = code("91", "320602", "MA1MXX12");
    public static final String CODE_B = code("91", "320612", "MA1N2P3Q");
    public static final String CODE_SHOP = code("92", "320602", "MA1Q2R3T");
    public static final String CODE_AUTHORITY = code("11", "320600", "MB0000011");
    /** A resident ID with a valid check character (invented). */
    public static final String PERSON_ID = id("32060219850317123");

    private Fixtures() {
    }

    public static String code(String prefix, String region, String body) {
        String b = body.substring(0, 8);
        String first17 = prefix + region + b + CreditCode.organisationCheckCharacter(b);
        return first17 + CreditCode.checkCharacter(first17);
    }

    public static String id(String first17) {
        return first17 + ResidentId.checkCharacter(first17);
    }

    /** The same code with a wrong check character. */
    public static String badCheck(String code) {
        char last = code.charAt(17);
        return code.substring(0, 17) + (last == '0' ? '1' : '0');
    }

    public static Path write(Path dir, String name, Charset charset, boolean bom, String... lines) throws IOException {
        Path file = dir.resolve(name);
        byte[] body = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        if (bom) {
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);
            body = withBom;
        }
        Files.write(file, body);
        return file;
    }

    public static Path utf8(Path dir, String name, String... lines) throws IOException {
        return write(dir, name, StandardCharsets.UTF_8, false, lines);
    }

    public static FeedContext context(Path file) {
        return FeedContext.forFile(file, HASHER, TODAY);
    }

    public static List<ParsedRow> parse(Path file) throws FeedException {
        return parse(file, null);
    }

    public static List<ParsedRow> parse(Path file, FeedKind kind) throws FeedException {
        try (Feed feed = Feed.open(file, Optional.ofNullable(kind), context(file))) {
            List<ParsedRow> rows = new ArrayList<>();
            Iterator<ParsedRow> it = feed.rows();
            it.forEachRemaining(rows::add);
            return rows;
        }
    }

    public static List<ParsedRow.Accepted> accepted(List<ParsedRow> rows) {
        return rows.stream().filter(ParsedRow.Accepted.class::isInstance).map(ParsedRow.Accepted.class::cast).toList();
    }

    public static List<ParsedRow.Rejected> rejected(List<ParsedRow> rows) {
        return rows.stream().filter(ParsedRow.Rejected.class::isInstance).map(ParsedRow.Rejected.class::cast).toList();
    }
}
