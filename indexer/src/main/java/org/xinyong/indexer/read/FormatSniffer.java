package org.xinyong.indexer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.xinyong.indexer.feed.FeedException;

/**
 * Tells CSV, xlsx and JSON Lines apart by their first bytes, because departments rename files
 * freely (a .csv that is really a workbook, a .txt export), and turns away what we cannot read
 * (old .xls, PDF, archives, binary) with a message that says what to send instead.
 */
public final class FormatSniffer {
    static final int SAMPLE = 8192;

    private FormatSniffer() {
    }

    public static FeedFormat sniff(Path file) throws FeedException {
        byte[] head = readHead(file);
        String ext = extension(file);
        if (head.length == 0) {
            throw new FeedException(file, "文件为空（0字节），请确认导出是否成功");
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0x50, 0x4B, 0x05, 0x06)) {
            return FeedFormat.XLSX;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new FeedException(file, "这是旧版 Excel（.xls）或 WPS 表格文件，暂不支持；"
                    + "请在 Excel 中另存为“Excel 工作簿(.xlsx)”或“CSV UTF-8(逗号分隔)”后重新报送");
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            throw new FeedException(file, "这是 PDF 文件，无法读取数据；请报送 CSV、xlsx 或 JSON Lines 格式的数据表");
        }
        if (startsWith(head, 0x1F, 0x8B) || startsWith(head, 'R', 'a', 'r', '!') || startsWith(head, '7', 'z', 0xBC, 0xAF)) {
            throw new FeedException(file, "这是压缩包，请解压后报送其中的数据表文件");
        }
        boolean utf16 = startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF);
        if (!utf16 && looksBinary(head)) {
            throw new FeedException(file, "文件内容不是文本表格（含有二进制数据），可能已损坏或不是数据文件；"
                    + "请报送 CSV、xlsx 或 JSON Lines 格式的数据表");
        }
        if (ext.equals("xlsx") || ext.equals("xlsm")) {
            throw new FeedException(file, "扩展名为 ." + ext + "，但内容不是 Excel 工作簿，文件可能已损坏；请重新导出");
        }
        char first = firstSignificant(head);
        if (first == '[' && !ext.equals("csv")) {
            throw new FeedException(file, "这是 JSON 数组；请改为每行一条记录的 JSON Lines（.jsonl）格式");
        }
        if (first == '{' || ext.equals("jsonl") || ext.equals("ndjson")) {
            return FeedFormat.JSONL;
        }
        return FeedFormat.CSV;
    }

    private static byte[] readHead(Path file) throws FeedException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE);
        } catch (NoSuchFileException e) {
            throw new FeedException(file, "文件不存在");
        } catch (AccessDeniedException e) {
            throw new FeedException(file, "没有读取该文件的权限");
        } catch (IOException e) {
            throw new FeedException(file, "无法读取文件（" + e.getMessage() + "）", e);
        }
    }

    /** NUL bytes or many control characters: no text encoding we accept produces those. */
    static boolean looksBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int v = b & 0xFF;
            if (v == 0) {
                return true;
            }
            if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != 0x0C) {
                control++;
            }
        }
        return control > head.length / 100 + 1;
    }

    private static char firstSignificant(byte[] head) {
        int i = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (; i < head.length; i++) {
            char c = (char) (head[i] & 0xFF);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
