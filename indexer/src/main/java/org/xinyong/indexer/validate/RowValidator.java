package org.xinyong.indexer.validate;

import org.xinyong.indexer.feed.ParsedRow;
import org.xinyong.indexer.read.RawRow;

/** Turns one raw data row into an accepted record, a rejection, or a status change. */
public interface RowValidator {
    ParsedRow validate(RawRow row);
}
