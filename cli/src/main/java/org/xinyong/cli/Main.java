package org.xinyong.cli;

import java.io.PrintStream;
import java.util.Arrays;
import org.xinyong.core.settings.SettingsException;
import org.xinyong.es.EmbeddedEsException;

/**
 * {@code ./xinyong COMMAND}: serve, es, generate, index. Errors a user can fix are printed as one
 * line and exit with status 2 (usage) or 1 (failure); stack traces only with XINYONG_DEBUG=1.
 */
public final class Main {
    private Main() {
    }

    static final String USAGE = """
            usage: ./xinyong COMMAND [options]

              serve                 run the service (embedded Elasticsearch unless ES_URL is set;
                                    sample data loaded on first run) at http://127.0.0.1:8080/
                  --port N          HTTP port (XINYONG_PORT)
              es                    run only the embedded Elasticsearch, in the foreground
              generate              write synthetic feeds: --records N --seed S --out DIR
                                    [--bad-share 0.02] [--formats csv,gbk,xlsx,jsonl] [--today YYYY-MM-DD]
              index FILE...         load feeds into the live indexes [--kind KIND] [--rejects FILE]
              index --rebuild DIR   rebuild the indexes from every feed in DIR and swap atomically

            Settings: any --key.name=value, environment variables, see README.md.
            """;

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** {@code ./xinyong index --help} shows the usage too, rather than asking for the flag's value. */
    private static boolean asksForHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || Arrays.stream(args).anyMatch(Main::asksForHelp)) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "serve" -> new ServeCommand().run(rest);
                case "es" -> new EsCommand().run(rest, out);
                case "generate" -> new GenerateCommand().run(rest, out);
                case "index" -> new IndexCommand().run(rest, out, err);
                default -> throw new UsageException("unknown command '" + args[0] + "'\n" + USAGE);
            };
        } catch (UsageException e) {
            err.println("xinyong: " + e.getMessage());
            return 2;
        } catch (SettingsException | EmbeddedEsException e) {
            err.println("xinyong: " + e.getMessage());
            debug(e, err);
            return 1;
        } catch (RuntimeException e) {
            err.println("xinyong: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            debug(e, err);
            return 1;
        }
    }

    private static void debug(Throwable e, PrintStream err) {
        if ("1".equals(System.getenv("XINYONG_DEBUG"))) {
            e.printStackTrace(err);
        }
    }
}
