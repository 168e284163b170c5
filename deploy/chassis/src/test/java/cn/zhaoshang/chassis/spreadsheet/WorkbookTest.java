package cn.zhaoshang.chassis.spreadsheet;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookTest {

    @Test
    void aSheetReadsBackWithTitleFrozenHeaderFormatsAndFilter() throws Exception {
        byte[] file;
        try (Workbook workbook = new Workbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.sheet("项目清单", "项目清单（截至2026年12月1日）", List.of(Column.text("项目名称"), Column.money("总投资（万元）"),
                            Column.date("签约日期"), Column.dateTime("登记时间"), Column.percent("完成率")))
                    .row("通灵智能光伏接线盒项目", new BigDecimal("120000.50"), LocalDate.of(2026, 7, 6),
                            Instant.parse("2026-07-06T01:30:00Z"), new BigDecimal("85.5"))
                    .row("=HYPERLINK(\"http://evil.example\",\"点我\")", null, null, null, null);
            workbook.writeTo(out);
            file = out.toByteArray();
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = read.getSheet("项目清单");
            DataFormatter shown = new DataFormatter();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目清单（截至2026年12月1日）");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("总投资（万元）");
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:E4");

            var first = sheet.getRow(2);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(120000.50);
            assertThat(shown.formatCellValue(first.getCell(1))).isEqualTo("120,000.50");
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 7, 6));
            assertThat(shown.formatCellValue(first.getCell(2))).isEqualTo("2026-07-06");
            assertThat(first.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 7, 6, 9, 30));
            assertThat(shown.formatCellValue(first.getCell(4))).isEqualTo("85.50%");

            var hostile = sheet.getRow(3).getCell(0);
            assertThat(hostile.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hostile.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(hostile.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getRow(3).getCell(1)).isNull();

            // 11 CJK characters fit: 22 widths and a margin, not Excel's default of 8
            assertThat(sheet.getColumnWidth(0) / 256).isGreaterThanOrEqualTo(22);
        }
    }

    @Test
    void formulaStartsAreRecognised() {
        assertThat(List.of("=1+1", "+86 138", "-3", "@SUM(A1)", "\tx", "\rx")).allMatch(Workbook::looksLikeFormula);
        assertThat(List.of("通灵", "1-2", "", "a=b")).noneMatch(Workbook::looksLikeFormula);
    }
}
