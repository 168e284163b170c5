package cn.zhaoshang.project.ledger;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The first sheet of an .xlsx, read as a stream of XML (POI's event API): memory holds the shared strings and one
 * row, never the sheet. Cells are taken as stored, not as formatted: numbers exactly as written, date-formatted
 * numbers as dates, a formula's cached result.
 */
final class XlsxSheetReader implements SheetReader {

    private static final String MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    private final Path file;

    XlsxSheetReader(Path file) {
        this.file = file;
    }

    @Override
    public void read(Consumer<SheetRow> rows) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            if (!pkg.getPartsByContentType(MACRO_WORKBOOK).isEmpty()) {
                throw LedgerFileRefused.unsupported("这是启用宏的工作簿（.xlsm），出于安全不予读取；请在 Excel 中另存为「Excel 工作簿（.xlsx）」后上传。");
            }
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw LedgerFileRefused.unreadable("工作簿中没有工作表。");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new Handler(strings, styles, rows));
                parser.parse(new InputSource(sheet));
            }
        } catch (LedgerFileRefused e) {
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw LedgerFileRefused.unsupported("文件不是有效的 Excel 工作簿（.xlsx）：" + e.getMessage());
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw LedgerFileRefused.tooLarge("文件解压后异常膨胀（疑似压缩炸弹），不予读取。");
            }
            throw LedgerFileRefused.unreadable("工作簿内容损坏，无法读取（" + e.getClass().getSimpleName() + "）；请在 Excel 中打开后另存为 .xlsx 再上传。");
        }
    }

    /** POI's zip-bomb guard (an entry inflating over 100 times its size) speaks in messages, wrapped at any depth. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("max. ratio") || message.contains("exceed the max")) {
                return true;
            }
        }
        return false;
    }

    /** SAX over sheetN.xml: <row r><c r t s><f/><v/><is><t/></is></c></row>. */
    private static final class Handler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Consumer<SheetRow> rows;
        private List<String> cells;
        private int rowNumber;
        private int column;
        private String type;
        private int style;
        private boolean formula;
        private boolean collecting;
        private final StringBuilder text = new StringBuilder();
        private String value;

        Handler(ReadOnlySharedStringsTable strings, StylesTable styles, Consumer<SheetRow> rows) {
            this.strings = strings;
            this.styles = styles;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? cells.size() : columnOf(ref);
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    formula = false;
                    value = null;
                }
                case "f" -> formula = true;
                case "v", "t" -> {
                    collecting = true;
                    text.setLength(0);
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> {
                    value = text.toString();
                    collecting = false;
                }
                case "t" -> {
                    value = value == null ? text.toString() : value + text;
                    collecting = false;
                }
                case "c" -> {
                    while (cells.size() <= column) {
                        cells.add(null);
                    }
                    cells.set(column, cellText());
                }
                case "row" -> {
                    rows.accept(new SheetRow(rowNumber, cells));
                    cells = null;
                }
                default -> {
                }
            }
        }

        private String cellText() {
            if (value == null) {
                return formula ? SheetRow.FORMULA_WITHOUT_RESULT : null;
            }
            if (type == null || type.equals("n")) {
                return number(value);
            }
            switch (type) {
                case "s":
                    return strings.getItemAt(Integer.parseInt(value.strip())).getString();
                case "b":
                    return "1".equals(value) ? "TRUE" : "FALSE";
                case "e":
                    return SheetRow.ERROR_VALUE;
                default: // str (a formula's text result), inlineStr
                    return value;
            }
        }

        private String number(String raw) {
            BigDecimal number;
            try {
                number = new BigDecimal(raw.strip());
            } catch (NumberFormatException e) {
                return SheetRow.ERROR_VALUE;
            }
            if (style >= 0 && style < styles.getNumCellStyles()) {
                XSSFCellStyle cellStyle = styles.getStyleAt(style);
                if (DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                        && DateUtil.isValidExcelDate(number.doubleValue())) {
                    return DateUtil.getLocalDateTime(number.doubleValue()).toLocalDate().toString();
                }
            }
            return number.stripTrailingZeros().toPlainString();
        }

        private static int columnOf(String ref) {
            int column = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return column - 1;
        }
    }
}
