package org.xinyong.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.xinyong.indexer.generate.Generator;
import org.xinyong.indexer.generate.GeneratorOptions;
import org.xinyong.indexer.generate.Manifest;

/** {@code ./xinyong generate --records N --seed S --out DIR}: seeded synthetic feeds of every kind. */
final class GenerateCommand {
    int run(String[] args, PrintStream out) {
        GeneratorOptions options;
        try {
            options = GeneratorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try {
            Manifest manifest = Generator.write(options);
            for (Manifest.FileEntry f : manifest.files()) {
                out.printf("%-20s %-11s %10d rows %8d bad%n", f.name(), f.kind(), f.rows(), f.bad());
            }
            out.printf("%d records (%d bad) for seed %d, base date %s, in %s%n", manifest.records(),
                    manifest.totalBad(), manifest.seed(), manifest.today(), options.out());
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + options.out() + ": " + e.getMessage(), e);
        }
    }
}
