package org.xinyong.indexer.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.xinyong.indexer.feed.FeedException;

/**
 * A JSON Lines file: UTF-8 (a BOM is tolerated), one JSON object per line. Each line comes out as
 * a one-cell {@link RawRow} holding the line's text.
 */
public final class JsonLinesReader implements TableReader {
    private final Path file;
    private final BufferedReader reader;
    private long line;

    private JsonLinesReader(Path file, BufferedReader reader) {
        this.file = file;
        this.reader = reader;
    }

    public static JsonLinesReader open(Path file) throws FeedException {
        try {
            InputStream in = Files.newInputStream(file);
            byte[] bom = in.readNBytes(3);
            boolean hasBom = bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF;
            in.close();
            in = Files.newInputStream(file);
            in.skipNBytes(hasBom ? 3 : 0);
            return new JsonLinesReader(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16));
        } catch (IOException e) {
            throw new FeedException(file, "无法读取文件（" + e.getMessage() + "）", e);
        }
    }

    @Override
    public RawRow next() throws FeedException {
        try {
            String text = reader.readLine();
            if (text == null) {
                return null;
            }
            line++;
            return new RawRow(line, List.of(text));
        } catch (CharacterCodingException e) {
            throw new FeedException(file, "第" + (line + 1) + "行不是 UTF-8 编码；JSON Lines 文件必须使用 UTF-8", e);
        } catch (IOException e) {
            throw new FeedException(file, "读取第" + (line + 1) + "行时出错（" + e.getMessage() + "）", e);
        }
    }

    @Override
    public String encoding() {
        return "UTF-8";
    }

    @Override
    public boolean excelDates() {
        return false;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
