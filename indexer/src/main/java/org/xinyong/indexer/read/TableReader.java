package org.xinyong.indexer.read;

import java.io.Closeable;
import org.xinyong.indexer.feed.FeedException;

/** Rows of a tabular file (CSV or the first worksheet of an xlsx), one at a time. */
public interface TableReader extends Closeable {

    /** The next row, blank ones included (the caller skips them), or null at the end. */
    RawRow next() throws FeedException;

    /** The text encoding found ("UTF-8", "UTF-8 (BOM)", "GB18030"), or "xlsx". */
    String encoding();

    /** True when cells may hold Excel serial dates (only worksheets do). */
    boolean excelDates();
}
