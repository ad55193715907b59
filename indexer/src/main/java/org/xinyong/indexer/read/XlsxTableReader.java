package org.xinyong.indexer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xinyong.indexer.feed.FeedException;

/**
 * The first worksheet of an xlsx workbook, streamed: POI opens the package and the shared strings
 * and styles, and the sheet XML is pulled row by row with StAX, so a million-row sheet never sits
 * in memory (only its shared-string table does). Cells come out as text; see {@link XlsxCells}.
 */
public final class XlsxTableReader implements TableReader {
    private final Path file;
    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final XlsxCells cells;
    private long lastLine;

    private XlsxTableReader(Path file, OPCPackage pkg, InputStream sheet, XMLStreamReader xml, XlsxCells cells) {
        this.file = file;
        this.pkg = pkg;
        this.sheet = sheet;
        this.xml = xml;
        this.cells = cells;
    }

    public static XlsxTableReader open(Path file) throws FeedException {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            XlsxCells cells = new XlsxCells(new ReadOnlySharedStringsTable(pkg), reader.getStylesTable());
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new FeedException(file, "工作簿中没有工作表");
            }
            InputStream sheet = sheets.next();
            XMLInputFactory factory = XMLInputFactory.newFactory();
            // a worksheet never needs a DTD; refusing them keeps external entities out
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            return new XlsxTableReader(file, pkg, sheet, factory.createXMLStreamReader(sheet), cells);
        } catch (FeedException e) {
            revertQuietly(pkg);
            throw e;
        } catch (Exception e) {
            // POI signals broken packages with a zoo of checked and unchecked exceptions
            revertQuietly(pkg);
            throw new FeedException(file, "无法打开 Excel 工作簿：文件已损坏或不完整（可能在传输中被截断）；"
                    + "请在 Excel 中打开确认后重新导出为 .xlsx（技术信息：" + e.getClass().getSimpleName() + "）", e);
        }
    }

    @Override
    public RawRow next() throws FeedException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    return readRow();
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw new FeedException(file, "Excel 工作表内容不完整或已损坏（约第" + (lastLine + 1)
                    + "行），文件可能在传输中被截断；请重新导出后报送", e);
        }
    }

    private RawRow readRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        long line = r != null ? Long.parseLong(r) : lastLine + 1;
        lastLine = line;
        List<String> values = new ArrayList<>();
        int column = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                if (ref != null) {
                    column = XlsxCells.columnIndex(ref);
                }
                String value = readCell();
                while (values.size() < column) {
                    values.add("");
                }
                values.add(value);
                column++;
            }
        }
        return new RawRow(line, values);
    }

    /** At a {@code <c>} start: its value as text, leaving the reader at {@code </c>}. */
    private String readCell() throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String raw = null;
        StringBuilder inline = null;
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("v".equals(name)) {
                    raw = xml.getElementText();
                } else if ("rPh".equals(name)) {
                    phonetic++;
                } else if ("t".equals(name) && phonetic == 0) {
                    inline = inline == null ? new StringBuilder() : inline;
                    inline.append(xml.getElementText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ("rPh".equals(name)) {
                    phonetic--;
                } else if ("c".equals(name)) {
                    break;
                }
            }
        }
        return cells.text(type, style, raw, inline == null ? null : inline.toString());
    }

    @Override
    public String encoding() {
        return "xlsx";
    }

    @Override
    public boolean excelDates() {
        return true;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            sheet.close();
            pkg.revert();
        }
    }

    private static void revertQuietly(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }
}
