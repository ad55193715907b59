package org.xinyong.indexer.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** {@code expected-bad-lines.csv}: file, line, problem for every row spoiled on purpose, written as we go. */
final class BadLineLog implements Closeable {
    private final CSVPrinter printer;

    BadLineLog(Path file) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord("file", "line", "problem");
    }

    void add(String file, long line, String problem) throws IOException {
        printer.printRecord(file, line, problem);
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
