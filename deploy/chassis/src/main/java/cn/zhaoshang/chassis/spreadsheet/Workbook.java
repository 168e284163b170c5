package cn.zhaoshang.chassis.spreadsheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * An .xlsx written as rows arrive (POI's streaming writer keeps {@value #ROWS_IN_MEMORY} rows in memory and the rest
 * in a compressed temporary file), for the reports leaders read: a title row with the scope and as-of time, a bold
 * frozen header row with an auto-filter, 万元 and date formats, and column widths that fit what was written. Text
 * that a spreadsheet would run as a formula is written as text and marked so (CSV/formula injection). Close it after
 * writing, or when giving up, to delete its temporary file.
 */
public final class Workbook implements AutoCloseable {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int ROWS_IN_MEMORY = 200;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Excel's widest column, in characters. */
    private static final int MAX_WIDTH = 60;

    private final SXSSFWorkbook workbook;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle guardedText;
    private final CellStyle money;
    private final CellStyle count;
    private final CellStyle percent;
    private final CellStyle decimal;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final List<Sheet> sheets = new ArrayList<>();

    public Workbook() {
        workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        title = workbook.createCellStyle();
        title.setFont(big);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        guardedText = workbook.createCellStyle();
        guardedText.setQuotePrefixed(true);
        money = numberStyle("#,##0.00");
        count = numberStyle("#,##0");
        percent = numberStyle("0.00%");
        decimal = numberStyle("0.00");
        date = numberStyle("yyyy-mm-dd");
        dateTime = numberStyle("yyyy-mm-dd hh:mm");
    }

    private CellStyle numberStyle(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** A new sheet: the title in row 1, the headers in row 2 (frozen), data from row 3. */
    public Sheet sheet(String name, String titleText, List<Column> columns) {
        Sheet sheet = new Sheet(workbook.createSheet(name), titleText, columns);
        sheets.add(sheet);
        return sheet;
    }

    /** Writes the whole file; the sheets are finished first (widths, filters). */
    public void writeTo(OutputStream out) throws IOException {
        sheets.forEach(Sheet::finish);
        workbook.write(out);
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /**
     * Whether the client asked for a spreadsheet: its most preferred acceptable type is the .xlsx type itself (a
     * client that accepts anything, or JSON first, gets JSON).
     */
    public static boolean requested(jakarta.ws.rs.core.HttpHeaders headers) {
        List<jakarta.ws.rs.core.MediaType> acceptable = headers.getAcceptableMediaTypes();
        return !acceptable.isEmpty() && !acceptable.get(0).isWildcardType()
                && acceptable.get(0).isCompatible(jakarta.ws.rs.core.MediaType.valueOf(MEDIA_TYPE));
    }

    /** A cell written as another kind than its column's, e.g. a count in a column of figures that are mostly 万元. */
    public record As(Column.Kind kind, Object value) {
    }

    /** Whether a spreadsheet would take this text for a formula if it were typed in. */
    public static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    /** Roughly how many character widths a text takes: CJK and other wide characters count two. */
    static int displayWidth(String value) {
        int width = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            width += Character.isIdeographic(cp) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3000 && cp <= 0x303F) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    public final class Sheet {
        private final SXSSFSheet sheet;
        private final List<Column> columns;
        private final int[] widths;
        private int nextRow = 2;

        private Sheet(SXSSFSheet sheet, String titleText, List<Column> columns) {
            this.sheet = sheet;
            this.columns = List.copyOf(columns);
            this.widths = new int[columns.size()];
            Row titleRow = sheet.createRow(0);
            Cell titleCell = titleRow.createCell(0);
            titleCell.setCellValue(titleText);
            titleCell.setCellStyle(title);
            if (columns.size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
            }
            Row headerRow = sheet.createRow(1);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = headerRow.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(header);
                widths[i] = Math.max(displayWidth(columns.get(i).header()), 8);
            }
            sheet.createFreezePane(0, 2);
        }

        /** One data row, a value per column (null leaves the cell empty). */
        public Sheet row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
            }
            Row row = sheet.createRow(nextRow++);
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    widths[i] = Math.max(widths[i], write(row.createCell(i), columns.get(i).kind(), values[i]));
                }
            }
            return this;
        }

        /** Rows written so far, not counting the title and header rows. */
        public int rows() {
            return nextRow - 2;
        }

        /** The auto-filter over the header and data, and widths that fit; called by {@link #writeTo} for every sheet. */
        private void finish() {
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, nextRow - 1), 0, columns.size() - 1));
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.min(widths[i] + 2, MAX_WIDTH) * 256);
            }
        }

        private int write(Cell cell, Column.Kind columnKind, Object cellValue) {
            Column.Kind kind = cellValue instanceof As as ? as.kind() : columnKind;
            Object value = cellValue instanceof As as ? as.value() : cellValue;
            if (value == null) {
                return 0;
            }
            switch (kind) {
                case MONEY, COUNT, PERCENT, DECIMAL -> {
                    BigDecimal number = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
                    // a percent cell holds the fraction, as every spreadsheet expects of a % format
                    cell.setCellValue(kind == Column.Kind.PERCENT ? number.movePointLeft(2).doubleValue() : number.doubleValue());
                    cell.setCellStyle(kind == Column.Kind.MONEY ? money : kind == Column.Kind.COUNT ? count
                            : kind == Column.Kind.PERCENT ? percent : decimal);
                    return number.toPlainString().length() + (kind == Column.Kind.MONEY ? 5 : 2);
                }
                case DATE -> {
                    cell.setCellValue((LocalDate) value);
                    cell.setCellStyle(date);
                    return 10;
                }
                case DATE_TIME -> {
                    LocalDateTime local = value instanceof Instant instant
                            ? LocalDateTime.ofInstant(instant, BEIJING) : (LocalDateTime) value;
                    cell.setCellValue(local);
                    cell.setCellStyle(dateTime);
                    return 16;
                }
                default -> {
                    String string = value.toString();
                    cell.setCellValue(string);
                    cell.setCellStyle(looksLikeFormula(string) ? guardedText : text);
                    return displayWidth(string);
                }
            }
        }
    }
}
