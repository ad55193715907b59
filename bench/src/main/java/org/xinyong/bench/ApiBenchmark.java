package org.xinyong.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.xinyong.analysis.pinyin.PinyinConverter;
import org.xinyong.api.es.PreparedSearch;
import org.xinyong.api.es.SearchAnswer;
import org.xinyong.api.search.FoundSubjects;
import org.xinyong.api.search.QueryText;
import org.xinyong.api.search.RecordQueries;
import org.xinyong.api.search.SearchParams;
import org.xinyong.api.search.SearchRoutes;
import org.xinyong.api.search.SubjectMatch;
import org.xinyong.api.search.SubjectQueries;
import org.xinyong.core.es.IndexNames;
import org.xinyong.core.json.Json;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.Tier;
import org.xinyong.core.privacy.IdHasher;

/**
 * Issue #4: the search API on the million-record index against Elasticsearch queried directly
 * with the same two searches, p99 at a fixed rate, cached throughput, and suggest latency.
 *
 * <p>Load comes from other processes: Debian's {@code wrk} (closed loop: N connections, each sends
 * its next request when the last is answered) and {@link OpenLoopClient} in a child JVM (fixed
 * rate, latency from the scheduled send time). The API servers run in this JVM: one uncached
 * ({@code xinyong.cache.max.entries=0}) and one with the default cache.
 *
 * <p>The direct side sends, per query, exactly the two searches the API makes for page 1, built by
 * the API's own code from the same parameters, in the same order: {@link SubjectQueries#search},
 * then {@link RecordQueries#search} for the subjects it found (computed once beforehand, untimed).
 * Both sides are driven by {@code sequences.lua}, which times a query's requests as one. For
 * reference it also sends the two searches at once in one {@code _msearch}: a lower bound that no
 * client reaches, since the second search needs the answer of the first. The added latency is
 * also measured interleaved, query by query ({@link PairedLatencyClient}), out of the machine's
 * drift between the wrk rounds.
 *
 * <p>With {@code -Dxinyong.api.batch.scheduling=true} the API's servers put this JVM under
 * SCHED_BATCH, as {@code serve} then does ({@code ProcessScheduling}); the load generators always
 * start with the default policy ({@link Bench#command}).
 *
 * <p>Usage: {@code ApiBenchmark [seconds=20] [repeats=3] [openSeconds=60] [parts=abcd] [rates=50,100,150,200]}
 * ({@code a} without {@code b}: the comparison with Elasticsearch only; {@code w} alone only writes the request files, for TransportOverhead and profiling; {@code r} alone sweeps fixed rates, open loop, to find the highest at which p99 stays under
 * 20 ms; {@code cd}
 * runs only the cached and suggest parts: after (b) has overloaded the server, its backlog of
 * searches keeps Elasticsearch busy for minutes). Needs the index that
 * IndexerBenchmark leaves ({@code bench-*}) and {@code wrk} on the PATH.
 */
public final class ApiBenchmark {
    private static final List<String> WORDS = List.of("家纺", "建筑", "食品", "物流", "化工", "船舶", "医药", "科技",
            "纺织", "餐饮", "机械", "新材料");

    private static final int WARM_UP_MAX_ROUNDS = 10;
    /** The length of each side's window in the alternating throughput comparison. */
    private static final int WINDOW_SECONDS = 5;

    private final Bench bench;
    private final Path work;
    private final Path script;
    private final Path sequenceScript;
    private final int seconds;
    private final int repeats;
    private final Map<String, List<String>> figures = new LinkedHashMap<>();

    private ApiBenchmark(Bench bench, Path work, int seconds, int repeats) throws IOException {
        this.bench = bench;
        this.work = work;
        this.seconds = seconds;
        this.repeats = repeats;
        this.script = copyResource(work, "requests.lua");
        this.sequenceScript = copyResource(work, "sequences.lua");
    }

    private static Path copyResource(Path dir, String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = ApiBenchmark.class.getResourceAsStream(name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** One query of the mix: its category, text and filters. */
    record Query(String category, String q, Map<String, String> filters) {
        String apiPath() {
            StringBuilder s = new StringBuilder("/api/search?q=").append(enc(q));
            filters.forEach((k, v) -> s.append('&').append(k).append('=').append(enc(v)));
            return s.toString();
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int openSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        String parts = args.length > 3 ? args[3] : "abcd";
        List<Integer> rates = args.length > 4 ? Arrays.stream(args[4].split(",")).map(Integer::valueOf).toList()
                : List.of(50, 100, 150, 200);
        Bench.header("ApiBenchmark");
        Path work = Files.createDirectories(Bench.home().resolve("api-bench"));
        try (Bench bench = Bench.start(Map.of())) {
            new ApiBenchmark(bench, work, seconds, repeats).run(openSeconds, parts, rates);
        }
        System.exit(0);
    }

    private void run(int openSeconds, String parts, List<Integer> rates) throws Exception {
        IndexNames names = new IndexNames(Bench.PREFIX);
        System.out.printf("index: %d records, %d subjects%n", count(names.records()), count(names.subjects()));
        List<Query> mix = mix(names);
        Map<String, Integer> composition = new LinkedHashMap<>();
        mix.forEach(q -> composition.merge(q.category(), 1, Integer::sum));
        System.out.printf("query mix: %d queries %s%n", mix.size(), composition);
        Path apiFile = work.resolve("api-search.txt");
        Path esFile = work.resolve("es-msearch.txt");
        Path openFile = work.resolve("api-search-paths.txt");
        Path esSequenceFile = work.resolve("es-sequences.txt");
        writeRequests(mix, names, apiFile, esFile, openFile, esSequenceFile);
        if (parts.equals("w")) {
            System.out.println("request files written to " + work);
            return;
        }
        String es = bench.embedded.url().toString();

        try (BenchServer uncached = BenchServer.start(bench, Map.of("xinyong.cache.max.entries", "0"));
             BenchServer cached = BenchServer.start(bench, Map.of())) {
            if (parts.equals("r")) {
                warmUp(uncached, apiFile);
                List<String> sweep = new ArrayList<>();
                sweep.add("floor " + openLoopFloor(mix, cached, rates.get(rates.size() - 1), openSeconds));
                Bench.header("fixed rates, uncached, open loop (child JVM), " + openSeconds + " s each");
                for (int rate : rates) {
                    sweep.add(openLoop(uncached.baseUrl(), openFile, rate, openSeconds));
                    Thread.sleep(5_000);   // let a backlog drain (searches time out after 2 s)
                }
                Bench.header("ApiBenchmark rate sweep summary");
                sweep.forEach(line -> System.out.printf("(b) %s%n", line));
                return;
            }
            if (!parts.contains("a") && !parts.contains("b")) {
                cachedAndSuggest(mix, names, cached, uncached);
                return;
            }
            warmUp(uncached, apiFile);
            wrk(2, 8, 20, es, esFile, "application/x-ndjson");
            // the API's first round at c=16 was always its slowest (its CPU per search 0.44, 0.39,
            // 0.34 ms over three rounds, 2026-11-26): the JIT still at paths only that concurrency
            // takes. A server runs warm for days; one round of each side, not counted.
            Bench.header("warm-up at c=16, both sides, not counted");
            wrkSequences(16, seconds, uncached.baseUrl(), apiFile);
            wrkSequences(16, seconds, es, esSequenceFile);
            Bench.header("Elasticsearch's own time per query category (took of the two searches, one at a time)");
            tookByCategory(mix, esFile);

            Bench.header("(a) API (uncached) vs Elasticsearch direct, the same two searches in the same order");
            double[] apiP50 = new double[repeats];
            double[] esP50 = new double[repeats];
            double[] apiRps = new double[repeats];
            double[] esRps = new double[repeats];
            double[] apiSatP50 = new double[repeats];
            double[] esSatP50 = new double[repeats];
            for (int i = 0; i < repeats; i++) {
                boolean apiFirst = i % 2 == 0;
                for (int side = 0; side < 2; side++) {
                    if (apiFirst == (side == 0)) {
                        Wrk r = wrkSequences(1, seconds, uncached.baseUrl(), apiFile);
                        apiP50[i] = r.p50Ms;
                        record("a latency c=1 API", r);
                    } else {
                        Wrk r = wrkSequences(1, seconds, es, esSequenceFile);
                        esP50[i] = r.p50Ms;
                        record("a latency c=1 ES ", r);
                    }
                }
                for (int side = 0; side < 2; side++) {
                    if (apiFirst == (side == 0)) {
                        Wrk r = wrkSequences(16, seconds, uncached.baseUrl(), apiFile);
                        apiRps[i] = r.rps;
                        apiSatP50[i] = r.p50Ms;
                        record("a throughput c=16 API", r);
                    } else {
                        Wrk r = wrkSequences(16, seconds, es, esSequenceFile);
                        esRps[i] = r.rps;
                        esSatP50[i] = r.p50Ms;
                        record("a throughput c=16 ES ", r);
                    }
                }
            }
            record("a reference c=1 ES _msearch", wrk(1, 1, seconds, es, esFile, "application/x-ndjson"));
            String windows = alternatingWindows(uncached.baseUrl(), es, apiFile, esSequenceFile, repeats * 3);
            Bench.header("(a) added latency at c=1, the API and Elasticsearch direct interleaved query by query, "
                    + seconds * repeats + " s");
            String paired = paired(uncached.baseUrl(), es, apiFile, esSequenceFile, seconds * repeats);
            double[] added = new double[repeats];
            double[] ratio = new double[repeats];
            for (int i = 0; i < repeats; i++) {
                added[i] = apiP50[i] - esP50[i];
                ratio[i] = apiRps[i] / esRps[i];
            }

            if (!parts.contains("b")) {
                Bench.header("ApiBenchmark summary (a only)");
                printPartA(added, apiP50, esP50, apiRps, esRps, ratio, apiSatP50, esSatP50, paired, windows);
                return;
            }
            Bench.header("(b) fixed rate 200 req/s, uncached, open loop (child JVM)");
            List<String> open = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                open.add(openLoop(uncached.baseUrl(), openFile, 200, openSeconds));
            }
            String floor = openLoopFloor(mix, cached, 200, openSeconds);

            Bench.header("(c) cached hot queries (20 URLs, warmed), wrk -t2 -c64");
            List<String> hot = mix.stream().limit(20).map(Query::apiPath).toList();
            Path hotFile = work.resolve("api-hot.txt");
            Files.write(hotFile, hot.stream().map(p -> "GET\t" + p).toList(), StandardCharsets.UTF_8);
            int hits = warm(cached.baseUrl(), hot);
            System.out.printf("warmed: %d of %d answered from the cache on the second request%n", hits, hot.size());
            double[] cachedRps = new double[repeats];
            for (int i = 0; i < repeats; i++) {
                Wrk r = wrk(2, 64, seconds, cached.baseUrl(), hotFile, null);
                cachedRps[i] = r.rps;
                record("c cached c=64", r);
            }

            Bench.header("(d) /api/suggest, uncached, one connection");
            List<String> suggest = suggestions(names);
            Path suggestFile = work.resolve("api-suggest.txt");
            Files.write(suggestFile, suggest.stream().map(p -> "GET\t" + p).toList(), StandardCharsets.UTF_8);
            double[] took = tookMs(uncached.baseUrl(), suggest);
            double[] suggestP50 = new double[repeats];
            double[] suggestP99 = new double[repeats];
            for (int i = 0; i < repeats; i++) {
                Wrk r = wrk(1, 1, seconds, uncached.baseUrl(), suggestFile, null);
                suggestP50[i] = r.p50Ms;
                suggestP99[i] = r.p99Ms;
                record("d suggest c=1", r);
            }
            Wrk suggestLoaded = wrk(2, 16, seconds, uncached.baseUrl(), suggestFile, null);
            record("d suggest c=16", suggestLoaded);

            Bench.header("ApiBenchmark summary");
            printPartA(added, apiP50, esP50, apiRps, esRps, ratio, apiSatP50, esSatP50, paired, windows);
            open.forEach(line -> System.out.printf("(b) %s (target p99 <= 20 ms)%n", line));
            System.out.printf("(b) floor, the same client on cached answers: %s%n", floor);
            System.out.printf("(c) cached: %s req/s (target >= 10,000)%n", Bench.spread(cachedRps));
            Arrays.sort(took);
            System.out.printf("(d) suggest at c=1: p50 %s ms, p99 %s ms; Elasticsearch took p50 %.0f ms p99 %.0f ms; "
                            + "server histogram: %s%n", Bench.spread(suggestP50), Bench.spread(suggestP99),
                    took[took.length / 2], took[(int) Math.ceil(took.length * 0.99) - 1],
                    uncached.histogram("/api/suggest"));
            System.out.printf("(d) suggest at c=16: %.0f req/s, p50 %.2f ms, p99 %.2f ms%n", suggestLoaded.rps,
                    suggestLoaded.p50Ms, suggestLoaded.p99Ms);
            System.out.printf("server histogram /api/search (uncached server): %s%n", uncached.histogram("/api/search"));
        }
    }

    /** Part (a)'s figures: the rounds, then the interleaved latency and the windows' ratio. */
    private void printPartA(double[] added, double[] apiP50, double[] esP50, double[] apiRps, double[] esRps,
                            double[] ratio, double[] apiSatP50, double[] esSatP50, String paired, String windows) {
        figures.forEach((k, v) -> v.forEach(line -> System.out.printf("  %-22s %s%n", k, line)));
        System.out.printf("(a) added p50 latency, API - ES at c=1: %s ms (target <= 1 ms); API p50 %s; ES p50 %s%n",
                Bench.spread2(added), Bench.spread(apiP50), Bench.spread(esP50));
        System.out.printf("(a) throughput at c=16: API %s req/s, ES %s req/s, ratio %s (target >= 0.9)%n",
                Bench.spread(apiRps), Bench.spread(esRps), Bench.spread2(ratio));
        System.out.printf("(a) p50 at c=16: API %s ms, ES %s ms%n", Bench.spread(apiSatP50), Bench.spread(esSatP50));
        System.out.printf("(a) interleaved at c=1: %s%n", paired);
        System.out.printf("(a) %s%n", windows);
    }

    private void cachedAndSuggest(List<Query> mix, IndexNames names, BenchServer cached, BenchServer uncached)
            throws Exception {
        Bench.header("(c) cached hot queries (20 URLs, warmed), wrk -t2 -c64");
        List<String> hot = mix.stream().limit(20).map(Query::apiPath).toList();
        Path hotFile = work.resolve("api-hot.txt");
        Files.write(hotFile, hot.stream().map(p -> "GET\t" + p).toList(), StandardCharsets.UTF_8);
        System.out.printf("warmed: %d of %d answered from the cache on the second request%n", warm(cached.baseUrl(), hot),
                hot.size());
        for (int i = 0; i < repeats; i++) {
            wrk(2, 64, seconds, cached.baseUrl(), hotFile, null);
        }
        Bench.header("(d) /api/suggest, uncached, one connection");
        List<String> suggest = suggestions(names);
        Path suggestFile = work.resolve("api-suggest.txt");
        Files.write(suggestFile, suggest.stream().map(p -> "GET\t" + p).toList(), StandardCharsets.UTF_8);
        wrk(1, 4, seconds, uncached.baseUrl(), suggestFile, null);
        double[] took = tookMs(uncached.baseUrl(), suggest);
        Arrays.sort(took);
        System.out.printf("Elasticsearch took for suggest: p50 %.0f ms, p99 %.0f ms%n", took[took.length / 2],
                took[(int) Math.ceil(took.length * 0.99) - 1]);
        for (int i = 0; i < repeats; i++) {
            wrk(1, 1, seconds, uncached.baseUrl(), suggestFile, null);
        }
        System.out.printf("server histogram /api/suggest: %s%n", uncached.histogram("/api/suggest"));
    }

    /** Median and p90 of Elasticsearch's {@code took} (records + subjects search) per category of the mix. */
    private void tookByCategory(List<Query> mix, Path esFile) throws IOException, InterruptedException {
        List<String> lines = Files.readAllLines(esFile, StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newHttpClient();
        Map<String, List<Long>> took = new LinkedHashMap<>();
        for (int i = 0; i < mix.size(); i++) {
            RequestLine msearch = RequestLine.sequence(lines.get(i)).get(0);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(bench.embedded.url() + msearch.path()))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(msearch.body())).build(),
                    HttpResponse.BodyHandlers.ofString());
            long sum = 0;
            for (JsonNode response : Json.newMapper().readTree(r.body()).path("responses")) {
                sum += response.path("took").asLong();
            }
            took.computeIfAbsent(mix.get(i).category(), k -> new ArrayList<>()).add(sum);
        }
        took.forEach((category, values) -> {
            long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("  %-9s n=%3d  took p50 %4.0f ms  p90 %4.0f ms  max %4d ms%n", category, v.length,
                    Bench.percentile(v, 50), Bench.percentile(v, 90), v[v.length - 1]);
        });
    }

    private void record(String label, Wrk r) {
        figures.computeIfAbsent(label, k -> new ArrayList<>()).add(r.toString());
    }

    // ---------------------------------------------------------------- the query mix

    private List<Query> mix(IndexNames names) throws IOException {
        PinyinConverter pinyin = PinyinConverter.standard();
        List<SubjectSample> companies = SubjectSample.draw(bench.es, names.subjects(), 240, 20261125, "LEGAL_PERSON");
        List<SubjectSample> shops = SubjectSample.draw(bench.es, names.subjects(), 20, 7, "INDIVIDUAL_BUSINESS");
        List<Query> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            out.add(new Query("name", companies.get(i).name(), Map.of()));
        }
        for (SubjectSample s : shops) {
            out.add(new Query("name", s.name(), Map.of()));
        }
        for (int i = 60; i < 100; i++) {
            out.add(new Query("code", companies.get(i).creditCode(), Map.of()));
        }
        out.add(new Query("pinyin", "nantong jiafang", Map.of()));
        for (int i = 100; i < 160; i++) {
            String core = companies.get(i).coreName();
            String[] syllables = pinyin.readings(core);
            StringBuilder q = new StringBuilder(companies.get(i).name().startsWith("南通") ? "nantong " : "");
            for (int k = 0; k < syllables.length; k++) {
                if (syllables[k] != null) {
                    q.append(syllables[k]).append(k % 2 == 1 ? " " : "");
                }
            }
            out.add(new Query("pinyin", q.toString().trim(), Map.of()));
        }
        out.add(new Query("initials", "ntjf", Map.of()));
        for (int i = 160; i < 200; i++) {
            String initials = pinyin.toInitials(companies.get(i).coreName());
            out.add(new Query("initials", companies.get(i).name().startsWith("南通") ? "nt" + initials : initials, Map.of()));
        }
        for (String w : WORDS) {
            out.add(new Query("word", w, Map.of()));
        }
        List<String> regions = List.of("320602", "320612", "320613", "320614", "320623", "320681", "320682", "320685");
        Random random = new Random(42);
        for (int i = 0; i < 30; i++) {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("kind", List.of(RecordKind.PENALTY, RecordKind.BLACK_LIST, RecordKind.LICENSE, RecordKind.RED_LIST)
                    .get(i % 4).name());
            f.put("region", regions.get(random.nextInt(regions.size())));
            if (i % 3 == 0) {
                f.put("tier", Tier.GENERAL.name());
            }
            out.add(new Query("filter", i % 2 == 0 ? "" : WORDS.get(random.nextInt(WORDS.size())), f));
        }
        out.add(0, new Query("filter", "", Map.of("kind", "PENALTY", "region", "320602")));
        Collections.shuffle(out.subList(1, out.size()), new Random(1));
        return out;
    }

    private List<String> suggestions(IndexNames names) throws IOException {
        PinyinConverter pinyin = PinyinConverter.standard();
        List<SubjectSample> companies = SubjectSample.draw(bench.es, names.subjects(), 200, 99, "LEGAL_PERSON");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < companies.size(); i++) {
            SubjectSample s = companies.get(i);
            String q = switch (i % 4) {
                case 0 -> s.name().substring(0, Math.min(s.name().length(), 2 + i % 4));
                case 1 -> pinyin.toPinyin(s.coreName()).substring(0, Math.min(pinyin.toPinyin(s.coreName()).length(), 4 + i % 5));
                case 2 -> pinyin.toInitials(s.coreName());
                default -> s.creditCode().substring(0, 8 + i % 6);
            };
            out.add("/api/suggest?q=" + enc(q));
        }
        return out;
    }

    private void writeRequests(List<Query> mix, IndexNames names, Path apiFile, Path esFile, Path openFile,
                               Path esSequenceFile) throws IOException {
        IdHasher hasher = new IdHasher(bench.config.string("xinyong.id.pepper"));
        ObjectMapper mapper = Json.newMapper();
        List<String> api = new ArrayList<>();
        List<String> es = new ArrayList<>();
        List<String> esSequences = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (Query q : mix) {
            QueryText text = QueryText.of(q.q(), hasher);
            SearchParams params = new SearchParams(q.q(),
                    split(q.filters().get("kind")).stream().map(RecordKind::valueOf).toList(),
                    split(q.filters().get("region")),
                    split(q.filters().get("tier")).stream().map(Tier::valueOf).toList(),
                    List.of(), List.of(), null, null, SearchParams.Sort.RELEVANCE, 1, 20, Optional.empty());
            // the API searches subjects first and ranks records by the subjects found; the direct
            // side gets those computed once here (untimed), exactly as the API computes them
            // (and the typo-tolerant subjects search where the API sends it: when the first found nothing)
            List<PreparedSearch> subjectSearches = new ArrayList<>();
            SubjectMatch found = SubjectMatch.NONE;
            if (!text.isEmpty()) {
                PreparedSearch subjectSearch = SubjectQueries.search(names.subjects(), text, SearchRoutes.SUBJECTS_LOOKED_UP);
                subjectSearches.add(subjectSearch);
                FoundSubjects first = SearchAnswer.search(bench.es.client(), subjectSearch, in -> FoundSubjects.read(mapper, in));
                var typo = first.isEmpty()
                        ? SubjectQueries.typoSearch(names.subjects(), text, SearchRoutes.SUBJECTS_LOOKED_UP)
                        : Optional.<PreparedSearch>empty();
                typo.ifPresent(subjectSearches::add);
                FoundSubjects answer = typo.isPresent()
                        ? SearchAnswer.search(bench.es.client(), typo.get(), in -> FoundSubjects.read(mapper, in)).approximately()
                        : first;
                found = SubjectMatch.of(answer.ranked(SearchRoutes.SUBJECTS_ON_FIRST_PAGE), text,
                        SearchRoutes.SUBJECTS_ON_FIRST_PAGE);
            }
            String recordBody = RecordQueries.search(names.records(), params, text, found).bodyText();
            StringBuilder body = new StringBuilder();
            body.append("{\"index\":\"").append(names.records()).append("\"}").append(RequestLine.BODY_NEWLINE)
                    .append(recordBody).append(RequestLine.BODY_NEWLINE);
            StringBuilder sequence = new StringBuilder();
            for (PreparedSearch subjectSearch : subjectSearches) {
                String subjectBody = subjectSearch.bodyText();
                body.append("{\"index\":\"").append(names.subjects()).append("\"}").append(RequestLine.BODY_NEWLINE)
                        .append(subjectBody).append(RequestLine.BODY_NEWLINE);
                sequence.append("POST\t/").append(names.subjects()).append("/_search\t").append(subjectBody)
                        .append(RequestLine.SEQUENCE_SEPARATOR);
            }
            sequence.append("POST\t/").append(names.records()).append("/_search\t").append(recordBody);
            api.add("GET\t" + q.apiPath());
            paths.add(q.apiPath());
            es.add("POST\t/_msearch?typed_keys=true\t" + body);
            esSequences.add(sequence.toString());
        }
        Files.write(apiFile, api, StandardCharsets.UTF_8);
        Files.write(esFile, es, StandardCharsets.UTF_8);
        Files.write(esSequenceFile, esSequences, StandardCharsets.UTF_8);
        Files.write(openFile, paths, StandardCharsets.UTF_8);
    }

    private static List<String> split(String v) {
        return v == null || v.isEmpty() ? List.of() : List.of(v.split(","));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- load generators

    /** @param jvmCpuMsPerRequest this JVM's CPU per request: the API's own cost when the API was the target */
    record Wrk(double rps, double p50Ms, double p90Ms, double p99Ms, double maxMs, long requests, long errors,
               long non2xx, String load, double jvmCpuMsPerRequest, double esCpuMsPerRequest,
               double wrkCpuMsPerRequest) {
        @Override
        public String toString() {
            return String.format("%8.0f req/s  p50 %6.2f  p90 %6.2f  p99 %6.2f  max %7.2f ms  (%d requests, %d socket "
                    + "errors, %d non-2xx; CPU-ms/request: this JVM %.2f, Elasticsearch %.2f, wrk %.2f; load before %s)",
                    rps, p50Ms, p90Ms, p99Ms, maxMs, requests, errors, non2xx, jvmCpuMsPerRequest, esCpuMsPerRequest,
                    wrkCpuMsPerRequest, load);
        }
    }

    /**
     * Rounds of 30 s until the throughput rises by less than 5 % and the API's CPU per request
     * falls by less than 5 % (at least three). Until the JIT
     * has compiled the API's paths, its CPU per request is several times the steady state
     * (measured: 3.9 ms in the first 30 s, 1.0 in the next minute, 0.4–0.6 after), and a freshly
     * started Elasticsearch keeps getting faster for several minutes: figures taken before both
     * have settled compare moving targets. Each round prints its CPU-ms/request.
     */
    private void warmUp(BenchServer api, Path apiFile) throws IOException, InterruptedException {
        Bench.header("warm-up (JIT, Elasticsearch caches), not counted");
        Wrk last = null;
        for (int i = 0; i < WARM_UP_MAX_ROUNDS; i++) {
            Wrk round = wrk(2, 8, 30, api.baseUrl(), apiFile, null);
            // settled when neither the rate rises nor the API's CPU per request falls: the rate
            // alone stopped one run while the API still spent 0.49 ms a search (0.31 once warm)
            if (i >= 2 && round.rps < last.rps * 1.05 && round.jvmCpuMsPerRequest > last.jvmCpuMsPerRequest * 0.95) {
                return;
            }
            last = round;
        }
        System.out.println("  (still rising after " + WARM_UP_MAX_ROUNDS + " rounds; going on)");
    }

    private Wrk wrk(int threads, int connections, int secs, String base, Path requests, String contentType)
            throws IOException, InterruptedException {
        return wrk(script, threads, connections, secs, base, requests, contentType);
    }

    /** Closed loop over query sequences (one connection per wrk thread), each timed as one. */
    private Wrk wrkSequences(int connections, int secs, String base, Path sequences)
            throws IOException, InterruptedException {
        return wrk(sequenceScript, connections, connections, secs, base, sequences, "application/json");
    }

    private Wrk wrk(Path luaScript, int threads, int connections, int secs, String base, Path requests,
                    String contentType) throws IOException, InterruptedException {
        String load = Bench.load();
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + secs + "s",
                "--timeout", "10s", "-s", luaScript.toString(), base, "--", requests.toString()));
        if (contentType != null) {
            command.add(contentType);
        }
        double cpuBefore = Bench.ownCpuSeconds();
        Bench.CpuClock othersBefore = Bench.CpuClock.now(bench.home);
        Process p = new ProcessBuilder(Bench.command(command)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        double cpuSeconds = Bench.ownCpuSeconds() - cpuBefore;
        if (!p.waitFor(secs + 60L, TimeUnit.SECONDS)) {
            p.destroy();
            throw new IllegalStateException("wrk did not finish");
        }
        Bench.CpuClock others = Bench.CpuClock.now(bench.home).since(othersBefore);
        String line = output.lines().filter(l -> l.startsWith("WRK ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no result:\n" + output));
        Map<String, String> v = new LinkedHashMap<>();
        for (String part : line.substring(4).split(" ")) {
            String[] kv = part.split("=");
            v.put(kv[0], kv[1]);
        }
        long n = Long.parseLong(v.get("requests"));
        double dur = Long.parseLong(v.get("duration_us")) / 1e6;
        // only answered requests count: a 429 or 503 is fast and would flatter the rate
        Wrk r = new Wrk((n - Long.parseLong(v.get("non2xx"))) / dur, us(v, "p50_us"), us(v, "p90_us"), us(v, "p99_us"), us(v, "max_us"), n,
                Long.parseLong(v.get("socket_errors")), Long.parseLong(v.get("non2xx")), load, cpuSeconds * 1000 / Math.max(1, n),
                others.elasticsearch() * 1000 / Math.max(1, n), others.children() * 1000 / Math.max(1, n));
        System.out.printf("  wrk -t%d -c%d %-30s %s%n", threads, connections, base.replace("http://127.0.0.1", "")
                + " " + requests.getFileName(), r);
        return r;
    }

    /**
     * The throughput ratio at c=16 from short windows, the API and Elasticsearch direct one after
     * the other, the order alternating pair by pair. The machine's speed moved by a third within
     * minutes (direct rounds 453–689 sequences/s twenty seconds apart, 2026-11-27), so 15 s rounds
     * compared sides run in different weather; 5 s windows put each pair in the same.
     */
    private String alternatingWindows(String apiBase, String esBase, Path apiFile, Path esSequenceFile, int pairs)
            throws IOException, InterruptedException {
        Bench.header("(a) throughput at c=16 in alternating " + WINDOW_SECONDS + " s windows, " + pairs + " pairs");
        double[] ratio = new double[pairs];
        double apiTotal = 0;
        double esTotal = 0;
        for (int i = 0; i < pairs; i++) {
            double api;
            double direct;
            if (i % 2 == 0) {
                api = wrkSequences(16, WINDOW_SECONDS, apiBase, apiFile).rps;
                direct = wrkSequences(16, WINDOW_SECONDS, esBase, esSequenceFile).rps;
            } else {
                direct = wrkSequences(16, WINDOW_SECONDS, esBase, esSequenceFile).rps;
                api = wrkSequences(16, WINDOW_SECONDS, apiBase, apiFile).rps;
            }
            ratio[i] = api / direct;
            apiTotal += api;
            esTotal += direct;
        }
        return String.format("throughput at c=16 in alternating %d s windows: ratio per pair %s; all windows API %.0f "
                        + "/ ES %.0f req/s = %.2f (target >= 0.9)", WINDOW_SECONDS, Bench.spread2(ratio),
                apiTotal / pairs, esTotal / pairs, apiTotal / esTotal);
    }

    private static double us(Map<String, String> v, String key) {
        return Double.parseDouble(v.get(key)) / 1000.0;
    }

    private String openLoop(String base, Path paths, int rate, int secs) throws IOException, InterruptedException {
        return childClient(OpenLoopClient.class, "OPEN ", secs, base, paths.toString(), String.valueOf(rate),
                String.valueOf(secs), "5");
    }

    /** {@link PairedLatencyClient} in a child JVM: the added latency at c=1 with the machine's drift taken out. */
    private static String paired(String apiBase, String esBase, Path apiFile, Path esSequenceFile, int secs)
            throws IOException, InterruptedException {
        return childClient(PairedLatencyClient.class, "PAIRED ", secs, apiBase, esBase, apiFile.toString(),
                esSequenceFile.toString(), String.valueOf(secs));
    }

    /** Runs a load generator's main in a child JVM; its result line (starting with {@code tag}) and the load before. */
    private static String childClient(Class<?> client, String tag, int secs, String... args)
            throws IOException, InterruptedException {
        String load = Bench.load();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), client.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(Bench.command(command)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(secs + 120L, TimeUnit.SECONDS);
        String line = output.lines().filter(l -> l.startsWith(tag)).findFirst()
                .orElseThrow(() -> new IllegalStateException(client.getSimpleName() + " printed no result:\n" + output));
        String result = line + " load_before=" + load.replace(' ', '/');
        System.out.println("  " + result);
        return result;
    }

    /**
     * What the open-loop client and the HTTP hop cost by themselves: the same client at the same
     * rate against answers the cache already holds (no Elasticsearch), a floor under every p99.
     */
    private String openLoopFloor(List<Query> mix, BenchServer cached, int rate, int secs)
            throws IOException, InterruptedException {
        List<String> hot = mix.stream().limit(20).map(Query::apiPath).toList();
        Path hotPaths = work.resolve("api-hot-paths.txt");
        Files.write(hotPaths, hot, StandardCharsets.UTF_8);
        System.out.printf("warmed: %d of %d answered from the cache on the second request%n", warm(cached.baseUrl(), hot),
                hot.size());
        Bench.header("floor: the open-loop client at " + rate + " req/s on cached answers, " + secs + " s");
        return openLoop(cached.baseUrl(), hotPaths, rate, secs);
    }

    private static int warm(String base, List<String> paths) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        int hits = 0;
        for (int round = 0; round < 2; round++) {
            for (String p : paths) {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + p)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (round == 1 && r.headers().firstValue("X-Cache").filter("HIT"::equals).isPresent()) {
                    hits++;
                }
            }
        }
        return hits;
    }

    /** Elasticsearch's own time ({@code tookMs}) for each suggestion, one at a time. */
    private double[] tookMs(String base, List<String> paths) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        double[] out = new double[paths.size()];
        for (int i = 0; i < paths.size(); i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + paths.get(i))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = Json.newMapper().readTree(r.body());
            out[i] = body.path("tookMs").asDouble();
        }
        return out;
    }

    private long count(String index) throws IOException {
        var r = bench.es.rest().performRequest(new org.elasticsearch.client.Request("GET", "/" + index + "/_count"));
        return Json.newMapper().readTree(r.getEntity().getContent()).path("count").asLong();
    }
}
