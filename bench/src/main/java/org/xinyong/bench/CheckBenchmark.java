package org.xinyong.bench;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.xinyong.analysis.pinyin.PinyinConverter;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.es.Visibility;
import org.xinyong.core.json.Json;
import org.xinyong.core.text.Names;

/**
 * Issue #4: {@code POST /api/check} with 1,000 entries — how long it takes, and how many entries
 * it gets right on a labelled set drawn from the index's own subjects.
 *
 * <p>Categories and what counts as right (a "confident" verdict for a subject with public adverse
 * records — a black-list entry or a public penalty — is HIT, for one without is CLEAR):
 * <ul>
 *   <li>{@code exact+code}, {@code exact}: the registered name with or without its code; right when
 *       the matched subject is the label and the verdict is the confident one.
 *   <li>{@code typo} (one character of the core name replaced by an unrelated one),
 *       {@code stripped} (region prefix such as 南通市/崇川区 removed), {@code homophone} (one character
 *       replaced by another with the same pinyin): right when the matched subject is the label and
 *       the verdict is not CLEAR for a subject that has adverse records (HIT or REVIEW are both
 *       acceptable: an uncertain match is allowed to ask a person).
 *   <li>{@code wrong-code}: a real name with another real subject's valid code; right when REVIEW.
 *   <li>{@code unrelated}: made-up names that are in no data; right when no subject is matched.
 * </ul>
 * An entry is "ambiguous" when another subject has the same name (exact categories) or the same
 * core name (typo, stripped, homophone): then even a perfect matcher cannot tell which is meant
 * from the name alone, and REVIEW (ask a person) counts as right for it; accuracy is also printed
 * for the unambiguous entries alone.
 *
 * <p>Usage: {@code CheckBenchmark [entries=1000] [timedRuns=5]}. Needs the index IndexerBenchmark
 * leaves. Writes the labelled set and the answers to {@code $XINYONG_HOME/check-bench/}.
 */
public final class CheckBenchmark {
    /** Common characters: replacements for typos and the pool homophones are found in. */
    private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子"
            + "说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开"
            + "它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解"
            + "问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接"
            + "知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世"
            + "金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八"
            + "离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断"
            + "深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型"
            + "眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞锦绣宏瑞丰嘉禾阳帆虹润博凯祥银紫琅濠港"
            + "启辰永富康鑫源泰韵梭恒盛诚德";
    private static final List<String> REGION_PREFIXES = List.of("江苏省南通市", "南通市", "南通", "江苏", "崇川区", "港闸区",
            "通州区", "海门区", "海门市", "如东县", "启东市", "如皋市", "海安市");
    private static final List<String> OTHER_TRADES = List.of("咨询服务", "文化传媒", "教育科技", "广告设计", "酒店管理",
            "园林绿化", "装饰工程", "人力资源", "旅游开发", "影视制作");

    private record Labelled(String category, String name, String code, String labelKey, boolean ambiguous,
                            boolean adverse) {
    }

    private final Bench bench;
    private final IndexNames names = new IndexNames(Bench.PREFIX);
    private final ObjectMapper mapper = Json.newMapper();
    private final PinyinConverter pinyin = PinyinConverter.standard();
    private final Random random = new Random(20261125);

    private CheckBenchmark(Bench bench) {
        this.bench = bench;
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Bench.header("CheckBenchmark " + entries + " entries");
        try (Bench bench = Bench.start(Map.of()); BenchServer server = BenchServer.start(bench, Map.of())) {
            new CheckBenchmark(bench).run(server, entries, runs);
        }
        System.exit(0);
    }

    private void run(BenchServer server, int size, int runs) throws Exception {
        List<Labelled> set = labelledSet(size);
        Path dir = Files.createDirectories(bench.home.resolve("check-bench"));
        ArrayNode body = mapper.createArrayNode();
        for (Labelled l : set) {
            body.addObject().put("name", l.name()).put("code", l.code());
        }
        byte[] json = mapper.writeValueAsBytes(body);
        Files.write(dir.resolve("entries.json"), json);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/check"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + BenchServer.BANK_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();

        Bench.header("POST /api/check with " + set.size() + " entries (" + json.length + " bytes)");
        double[] seconds = new double[runs];
        String answer = null;
        for (int i = -1; i < runs; i++) {
            String load = Bench.load();
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            double s = (System.nanoTime() - t0) / 1e9;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("check answered " + r.statusCode() + ": " + r.body());
            }
            answer = r.body();
            System.out.printf("  %s: %.3f s (%d bytes answered; load before %s)%n", i < 0 ? "warm-up" : "run " + (i + 1),
                    s, r.body().length(), load);
            if (i >= 0) {
                seconds[i] = s;
            }
        }
        Files.writeString(dir.resolve("answers.json"), answer);

        JsonNode results = mapper.readTree(answer).path("results");
        Map<String, int[]> byCategory = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> outcomes = new LinkedHashMap<>();
        for (int i = 0; i < set.size(); i++) {
            Labelled l = set.get(i);
            JsonNode r = results.get(i);
            String verdict = r.path("verdict").asText();
            String matched = r.path("subject").isObject() ? r.path("subject").path("key").asText() : null;
            boolean right = right(l, verdict, matched);
            int[] c = byCategory.computeIfAbsent(l.category(), k -> new int[4]);
            c[0]++;
            c[1] += right ? 1 : 0;
            if (!l.ambiguous()) {
                c[2]++;
                c[3] += right ? 1 : 0;
            }
            String outcome = verdict + (matched == null ? "/none" : l.labelKey() != null && l.labelKey().equals(matched)
                    ? "/label" : "/other");
            outcomes.computeIfAbsent(l.category(), k -> new LinkedHashMap<>()).merge(outcome, 1, Integer::sum);
        }
        Bench.header("CheckBenchmark summary");
        System.out.printf("time for %d entries: %s s (target <= 2 s)%n", set.size(), Bench.spread(seconds));
        int[] total = new int[4];
        System.out.printf("%-11s %7s %9s %15s   outcomes (verdict/matched subject)%n", "category", "entries", "right",
                "unambiguous");
        for (var e : byCategory.entrySet()) {
            int[] c = e.getValue();
            for (int k = 0; k < 4; k++) {
                total[k] += c[k];
            }
            System.out.printf("%-11s %7d %8.1f%% %8.1f%% of %-4d  %s%n", e.getKey(), c[0], 100.0 * c[1] / c[0],
                    c[2] == 0 ? Double.NaN : 100.0 * c[3] / c[2], c[2], outcomes.get(e.getKey()));
        }
        System.out.printf("%-11s %7d %8.1f%% %8.1f%% of %-4d%n", "overall", total[0], 100.0 * total[1] / total[0],
                100.0 * total[3] / total[2], total[2]);
    }

    private static boolean right(Labelled l, String verdict, String matched) {
        boolean isLabel = matched != null && matched.equals(l.labelKey());
        if (l.ambiguous() && !l.category().equals("wrong-code") && !l.category().equals("exact+code")) {
            // several subjects fit the name equally: the right answer is to ask a person (REVIEW),
            // or to find the labelled one if the matcher had a reason to prefer it
            return verdict.equals("REVIEW") || isLabel && !(l.adverse() && verdict.equals("CLEAR"));
        }
        String confident = l.adverse() ? "HIT" : "CLEAR";
        return switch (l.category()) {
            case "exact+code", "exact" -> isLabel && verdict.equals(confident);
            case "typo", "stripped", "homophone" -> isLabel && !(l.adverse() && verdict.equals("CLEAR"));
            case "wrong-code" -> verdict.equals("REVIEW");
            case "unrelated" -> matched == null;
            default -> throw new IllegalArgumentException(l.category());
        };
    }

    // ---------------------------------------------------------------- the labelled set

    private List<Labelled> labelledSet(int size) throws IOException {
        List<SubjectSample> pool = new ArrayList<>(SubjectSample.draw(bench.es, names.subjects(), 1500, 4242,
                "LEGAL_PERSON", "INDIVIDUAL_BUSINESS"));
        Map<String, List<Character>> homophones = homophones(pool);
        Map<String, Integer> quota = new LinkedHashMap<>();
        quota.put("exact+code", size * 15 / 100);
        quota.put("exact", size * 15 / 100);
        quota.put("typo", size * 15 / 100);
        quota.put("stripped", size * 15 / 100);
        quota.put("homophone", size * 15 / 100);
        quota.put("wrong-code", size * 10 / 100);
        quota.put("unrelated", size - quota.values().stream().mapToInt(Integer::intValue).sum());
        List<Labelled> out = new ArrayList<>();
        int next = 0;
        for (var q : quota.entrySet()) {
            String category = q.getKey();
            int made = 0;
            while (made < q.getValue()) {
                if (category.equals("unrelated")) {
                    String name = unrelatedName();
                    if (SubjectSample.count(bench.es, names.subjects(), "name.exact", name) == 0
                            && SubjectSample.count(bench.es, names.subjects(), "coreName.exact", Names.coreName(name)) == 0) {
                        out.add(new Labelled(category, name, "", null, false, false));
                        made++;
                    }
                    continue;
                }
                if (next >= pool.size()) {
                    throw new IllegalStateException("not enough subjects drawn for " + category);
                }
                SubjectSample s = pool.get(next++);
                String name = switch (category) {
                    case "exact+code", "exact", "wrong-code" -> s.name();
                    case "typo" -> typo(s);
                    case "stripped" -> stripped(s.name());
                    case "homophone" -> homophone(s, homophones);
                    default -> throw new IllegalArgumentException(category);
                };
                if (name == null) {
                    continue;
                }
                String code = switch (category) {
                    case "exact+code" -> s.creditCode();
                    case "wrong-code" -> pool.get(pool.size() - 1 - made).creditCode();
                    default -> "";
                };
                boolean ambiguous = category.startsWith("exact") || category.equals("wrong-code")
                        ? SubjectSample.count(bench.es, names.subjects(), "name.exact", s.name()) > 1
                        : SubjectSample.count(bench.es, names.subjects(), "coreName.exact", s.coreName()) > 1;
                out.add(new Labelled(category, name, code == null ? "" : code, s.key(), ambiguous, adverse(s.key())));
                made++;
            }
        }
        return out;
    }

    /** One character of the core name replaced by a common one with another reading. */
    private String typo(SubjectSample s) {
        String core = s.coreName();
        int at = s.name().indexOf(core);
        if (core == null || core.length() < 2 || at < 0) {
            return null;
        }
        int i = at + random.nextInt(core.length());
        char original = s.name().charAt(i);
        for (int tries = 0; tries < 50; tries++) {
            char c = COMMON.charAt(random.nextInt(COMMON.length()));
            if (c != original && pinyin.reading(c) != null && !pinyin.reading(c).equals(pinyin.reading(original))) {
                return s.name().substring(0, i) + c + s.name().substring(i + 1);
            }
        }
        return null;
    }

    private static String stripped(String name) {
        for (String prefix : REGION_PREFIXES) {
            if (name.startsWith(prefix) && name.length() > prefix.length() + 2) {
                String rest = name.substring(prefix.length());
                // 南通市崇川区… loses both
                for (String inner : REGION_PREFIXES) {
                    if (rest.startsWith(inner) && rest.length() > inner.length() + 2) {
                        return rest.substring(inner.length());
                    }
                }
                return rest;
            }
        }
        return null;
    }

    /** One character of the core name replaced by another with the same reading. */
    private String homophone(SubjectSample s, Map<String, List<Character>> byReading) {
        String core = s.coreName();
        int at = s.name().indexOf(core);
        if (core == null || at < 0) {
            return null;
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = at; i < at + core.length(); i++) {
            String reading = pinyin.reading(s.name().charAt(i));
            if (reading != null && byReading.getOrDefault(reading, List.of()).size() > 1) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            return null;
        }
        int i = positions.get(random.nextInt(positions.size()));
        char original = s.name().charAt(i);
        List<Character> options = new ArrayList<>(byReading.get(pinyin.reading(original)));
        options.remove(Character.valueOf(original));
        char c = options.get(random.nextInt(options.size()));
        return s.name().substring(0, i) + c + s.name().substring(i + 1);
    }

    private Map<String, List<Character>> homophones(List<SubjectSample> pool) {
        Set<Character> chars = new HashSet<>();
        for (char c : COMMON.toCharArray()) {
            chars.add(c);
        }
        pool.forEach(s -> s.name().chars().forEach(c -> chars.add((char) c)));
        Map<String, List<Character>> out = new HashMap<>();
        for (char c : chars) {
            String r = pinyin.reading(c);
            if (r != null) {
                out.computeIfAbsent(r, k -> new ArrayList<>()).add(c);
            }
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    private String unrelatedName() {
        StringBuilder s = new StringBuilder(random.nextBoolean() ? "南通" : "南通市");
        for (int i = 0; i < 2; i++) {
            s.append(COMMON.charAt(random.nextInt(200)));
        }
        return s.append(OTHER_TRADES.get(random.nextInt(OTHER_TRADES.size()))).append("有限公司").toString();
    }

    /** Whether the subject has what makes a confident match a HIT: a public penalty or black-list entry. */
    private boolean adverse(String key) throws IOException {
        return bench.es.client().count(c -> c.index(names.records()).query(q -> q.bool(b -> b
                .filter(Visibility.publicOnly())
                .filter(f -> f.term(t -> t.field("subjectKey").value(key)))
                .filter(f -> f.terms(t -> t.field("kind").terms(v -> v.value(List.of(FieldValue.of("PENALTY"),
                        FieldValue.of("BLACK_LIST"))))))))).count() > 0;
    }
}
