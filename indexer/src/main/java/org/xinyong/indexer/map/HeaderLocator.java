package org.xinyong.indexer.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xinyong.indexer.feed.FeedException;
import org.xinyong.indexer.read.RawRow;
import org.xinyong.indexer.read.RowSource;

/**
 * Finds the header row. Exports often start with a title row (行政处罚信息公示表) or two, and the
 * national templates sometimes carry two header rows (Chinese names, then field codes); both are
 * handled here so the kind detection sees one clean header.
 */
public final class HeaderLocator {
    /** How far down a header may start: past this, the file is not one of our tables. */
    static final int MAX_TITLE_ROWS = 10;

    /** @param header the header cells, with a second (code) header row merged in where it helps */
    public record Located(RawRow row, List<String> header) {
    }

    private HeaderLocator() {
    }

    public static Located locate(RowSource rows, Path file) throws FeedException {
        for (int i = 0; i < MAX_TITLE_ROWS; i++) {
            RawRow row = rows.next();
            if (row == null) {
                break;
            }
            if (knownCount(row) >= 2) {
                return new Located(row, mergeSecondHeader(row, rows));
            }
        }
        throw new FeedException(file, "前" + MAX_TITLE_ROWS + "行中没有找到可识别的表头（如“行政相对人名称”“统一社会信用代码”"
                + "或国家标准字段代码 CF_XDR_MC 等）；请确认文件第一行是列名，且是本系统支持的数据类型");
    }

    private static List<String> mergeSecondHeader(RawRow header, RowSource rows) throws FeedException {
        RawRow next = rows.next();
        if (next == null) {
            return header.cells();
        }
        long nonBlank = next.cells().stream().filter(c -> !c.isBlank()).count();
        int known = knownCount(next);
        if (known < 2 || known * 2 < nonBlank) {
            rows.pushBack(next);
            return header.cells();
        }
        List<String> merged = new ArrayList<>();
        int width = Math.max(header.cells().size(), next.cells().size());
        for (int i = 0; i < width; i++) {
            String first = header.cell(i);
            merged.add(HeaderDictionary.isKnownAnywhere(first) || !HeaderDictionary.isKnownAnywhere(next.cell(i))
                    ? first : next.cell(i));
        }
        return merged;
    }

    private static int knownCount(RawRow row) {
        int known = 0;
        for (String cell : row.cells()) {
            if (HeaderDictionary.isKnownAnywhere(cell)) {
                known++;
            }
        }
        return known;
    }
}
