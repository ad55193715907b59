package org.xinyong.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.xinyong.core.code.CreditCode;
import org.xinyong.core.model.CreditRecord;
import org.xinyong.core.model.ListType;
import org.xinyong.core.model.RecordKind;
import org.xinyong.core.model.RecordStatus;
import org.xinyong.core.model.Subject;
import org.xinyong.core.model.SubjectType;
import org.xinyong.core.model.Tier;
import org.xinyong.core.publicity.PublicityRule;
import org.xinyong.core.publicity.PublicityWindow;
import org.xinyong.report.ReportAssembler;
import org.xinyong.report.ReportContext;
import org.xinyong.report.ReportNumbers;
import org.xinyong.report.ReportSettings;
import org.xinyong.report.pdf.ReportRenderer;
import org.xinyong.report.sign.PdfSigner;

/**
 * How long one signed credit report takes: assemble, render and sign a typical 20-record report N
 * times after a warm-up, single-threaded and on 2 threads, then a 500-record report. Prints
 * p50/p90/p99 in ms and reports per second. Not a test: run it by hand (see BENCHMARKS.md).
 *
 * <p>Usage: {@code ReportBenchmark [iterations=1000] [warmup=500]}. Signs with a throw-away
 * self-signed key in a temporary directory, never the data home's.
 */
public final class ReportBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ReportAssembler assembler = new ReportAssembler();
    private final ReportNumbers numbers = new ReportNumbers();
    private final ReportRenderer renderer;
    private final PdfSigner signer;

    private ReportBenchmark(ReportRenderer renderer, PdfSigner signer) {
        this.renderer = renderer;
        this.signer = signer;
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path keys = Files.createTempDirectory("report-bench-keys");
        long t0 = System.nanoTime();
        ReportRenderer renderer = ReportRenderer.create();
        PdfSigner signer = PdfSigner.create(new ReportSettings(null, null, keys, null,
                ReportSettings.DEFAULT_TSA_TIMEOUT, ReportSettings.DEFAULT_ISSUER, "https://credit.example.cn"));
        System.out.printf("start-up (fonts parsed, key generated): %.0f ms; %d cores, load average %.2f%n",
                (System.nanoTime() - t0) / 1e6, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        new ReportBenchmark(renderer, signer).run(iterations, warmup);
    }

    private void run(int iterations, int warmup) throws Exception {
        Subject typical = company("南通国际家纺产业园有限公司", 42);
        List<CreditRecord> twenty = records(typical, 20);
        byte[] sample = once(typical, twenty);
        System.out.printf("20-record report: %d bytes, signature %s%n", sample.length,
                signer.verifier().verify(sample).valid() ? "valid" : "INVALID");
        for (int i = 0; i < warmup; i++) {
            once(typical, twenty);
        }

        long[] single = new long[iterations];
        long[] cpu = new long[iterations];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            once(typical, twenty);
            single[i] = System.nanoTime() - s;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        print("20 records, 1 thread ", single, System.nanoTime() - start);
        // CPU time is what the machine's other load cannot inflate: compare it with the wall time
        print("  same, CPU time only", cpu, Arrays.stream(cpu).sum());

        long[] two = new long[iterations];
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < warmup; i++) {
                pool.submit(() -> once(typical, twenty));
            }
            List<Future<Long>> futures = new ArrayList<>(iterations);
            start = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                futures.add(pool.submit(() -> {
                    long s = System.nanoTime();
                    once(typical, twenty);
                    return System.nanoTime() - s;
                }));
            }
            for (int i = 0; i < iterations; i++) {
                two[i] = futures.get(i).get();
            }
            print("20 records, 2 threads", two, System.nanoTime() - start);
        } finally {
            pool.shutdown();
        }

        Subject big = company("南通五百条记录测试有限公司", 500);
        List<CreditRecord> fiveHundred = records(big, 500);
        for (int i = 0; i < 3; i++) {
            once(big, fiveHundred);
        }
        long[] large = new long[10];
        int bytes = 0;
        for (int i = 0; i < large.length; i++) {
            long s = System.nanoTime();
            bytes = once(big, fiveHundred).length;
            large[i] = System.nanoTime() - s;
        }
        Arrays.sort(large);
        System.out.printf("500 records: median %.0f ms, max %.0f ms, %d bytes%n",
                large[large.length / 2] / 1e6, large[large.length - 1] / 1e6, bytes);
    }

    private byte[] once(Subject subject, List<CreditRecord> records) throws Exception {
        ZonedDateTime now = ZonedDateTime.now(ZONE);
        ReportContext context = new ReportContext(numbers.next(now), now, now.minusHours(1),
                ReportSettings.DEFAULT_ISSUER, "https://credit.example.cn", TODAY);
        return signer.sign(renderer.render(assembler.assemble(subject, records, context)));
    }

    private static void print(String label, long[] nanos, long wallNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  %.0f reports/s (%d reports)%n", label,
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted.length / (wallNanos / 1e9), sorted.length);
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static Subject company(String name, int n) {
        String first17 = "91320602MA" + String.format("%07d", n);
        String code = first17 + CreditCode.checkCharacter(first17);
        return new Subject(code, SubjectType.LEGAL_PERSON, name, List.of(), null, code, null, null, "张建国", "320602",
                "江苏省南通市崇川区工农路188号", "有限责任公司", LocalDate.of(2012, 5, 18), "存续", null);
    }

    /** A realistic mix: one of every kind, the rest penalties with full 双公示 text. */
    private static List<CreditRecord> records(Subject s, int n) {
        List<CreditRecord> out = new ArrayList<>();
        out.add(record(s, RecordKind.LICENSE, null, "JY13206020001", TODAY.minusMonths(20), null)
                .title("食品经营许可证").content("预包装食品销售，散装食品销售").validTo(TODAY.plusYears(3)).build());
        out.add(record(s, RecordKind.RED_LIST, ListType.TAX_A, "南通税信〔2026〕18号", TODAY.minusMonths(4), null).build());
        out.add(record(s, RecordKind.BLACK_LIST, ListType.ABNORMAL_OPERATION, "崇市监异〔2026〕331号",
                TODAY.minusMonths(2), Tier.GENERAL).content("未按规定报送年度报告").build());
        out.add(record(s, RecordKind.COMMITMENT, null, "崇诺〔2026〕56号", TODAY.minusMonths(3), null)
                .category("审批替代型承诺").content("承诺所填报信息真实、准确").fulfilment("履约中").build());
        out.add(record(s, RecordKind.INSPECTION, null, "崇市监抽〔2026〕88号", TODAY.minusMonths(1), null)
                .title("企业公示信息随机抽查").category("未发现问题").build());
        for (int i = 0; out.size() < n; i++) {
            out.add(record(s, RecordKind.PENALTY, null, "崇市监罚〔2026〕" + (1000 + i) + "号",
                    TODAY.minusDays(20 + i % 300), i % 7 == 0 ? Tier.SERIOUS : Tier.GENERAL)
                    .title("虚假宣传案").violationType("虚假宣传")
                    .content("当事人在网络店铺发布的广告中使用“国家级”“最佳”等用语，对商品的性能作虚假的商业宣传。")
                    .legalBasis("《中华人民共和国反不正当竞争法》第八条第一款").category("罚款").fineAmount(2.5).build());
        }
        return out;
    }

    private static CreditRecord.Builder record(Subject s, RecordKind kind, ListType list, String number,
                                               LocalDate decided, Tier tier) {
        PublicityWindow w = PublicityRule.window(kind, tier, decided, null, null);
        return CreditRecord.builder(kind).id(number).subjectKey(s.key()).subjectName(s.name())
                .subjectType(s.type()).creditCode(s.creditCode()).listType(list).documentNumber(number)
                .decisionDate(decided).tier(tier).authority("南通市崇川区市场监督管理局")
                .publicityStart(w.start()).publicityEnd(w.end()).status(RecordStatus.ACTIVE);
    }
}
