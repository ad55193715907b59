package org.xinyong.indexer.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file in a given encoding. With {@code mixedDates}, date cells are written in the styles
 * departments use (2024/1/5, 20240105, 2024年1月5日 …), varying by row, to exercise the parser.
 */
final class CsvSink implements RowSink {
    private final CSVPrinter printer;
    private final Layout layout;
    private final boolean mixedDates;

    CsvSink(Path file, Charset charset, boolean bom, Layout layout, boolean mixedDates) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (bom) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        // an unencodable character must fail the generator, not turn into '?' in the data
        OutputStreamWriter writer = new OutputStreamWriter(out, charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        this.printer = new CSVPrinter(new BufferedWriter(writer, 1 << 16), CSVFormat.RFC4180);
        this.layout = layout;
        this.mixedDates = mixedDates;
        printer.printRecord(layout.header());
    }

    @Override
    public void write(long index, List<String> cells) throws IOException {
        if (!mixedDates) {
            printer.printRecord(cells);
            return;
        }
        List<String> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            out.add(layout.columns().get(i).type() == Layout.Type.DATE ? style(cells.get(i), index) : cells.get(i));
        }
        printer.printRecord(out);
    }

    static String style(String iso, long index) {
        LocalDate d;
        try {
            d = LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return iso; // blank, 长期, or a deliberately bad date
        }
        return switch ((int) (index % 6)) {
            case 0 -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
            case 1 -> iso.replace("-", "");
            case 2 -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            case 3 -> iso.replace('-', '.');
            case 4 -> iso + " 00:00:00";
            default -> iso;
        };
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
