package org.xinyong.indexer.generate;

/**
 * The renderings the generator can write: UTF-8 CSV with Chinese headers, GBK CSV with national
 * field codes, xlsx workbooks, and JSON Lines of our record schema.
 */
public enum OutputFormat { CSV, GBK, XLSX, JSONL }
