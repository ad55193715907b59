package org.xinyong.cli;

import java.io.PrintStream;
import java.util.List;
import org.xinyong.core.settings.Config;
import org.xinyong.es.EmbeddedElasticsearch;
import org.xinyong.es.EmbeddedSettings;

/** {@code ./xinyong es}: only the embedded server, in the foreground until Ctrl-C. */
final class EsCommand {
    int run(String[] args, PrintStream out) {
        Flags flags = Flags.parse(args, List.of());
        Config config = Config.load(flags.settings());
        EmbeddedElasticsearch server = EmbeddedElasticsearch.start(EmbeddedSettings.from(config));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "es-stop"));
        out.println("Elasticsearch is up at " + server.url() + " (Ctrl-C stops it)");
        out.flush();
        if (!server.ownsServer()) {
            out.println("It was already running for this home; leaving it to the process that started it.");
            return 0;
        }
        try {
            server.awaitExit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
