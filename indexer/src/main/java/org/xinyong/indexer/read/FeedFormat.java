package org.xinyong.indexer.read;

/** The container format of a feed file, found from its first bytes rather than its name. */
public enum FeedFormat { CSV, XLSX, JSONL }
