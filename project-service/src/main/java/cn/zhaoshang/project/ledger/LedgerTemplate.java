package cn.zhaoshang.project.ledger;

import cn.zhaoshang.project.lifecycle.Stage;
import cn.zhaoshang.project.reference.ReferenceEntry;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger template (.xlsx): a note row, the headers with their units, required headers in bold, drop-down lists
 * for districts, industries, categories, attraction methods and stages (kept on a hidden sheet, by Chinese name),
 * date and 万元 formats on the data rows.
 */
final class LedgerTemplate {

    static final String SHEET = "项目台账";
    private static final int DATA_ROWS = 5000;

    private LedgerTemplate() {
    }

    static byte[] write(List<ReferenceEntry> districts, List<ReferenceEntry> industries, List<ReferenceEntry> categories,
                        List<ReferenceEntry> methods) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Map<LedgerColumn, List<String>> lists = new LinkedHashMap<>();
            lists.put(LedgerColumn.DISTRICT, districts.stream().map(ReferenceEntry::name).toList());
            lists.put(LedgerColumn.INDUSTRY, industries.stream().map(ReferenceEntry::name).toList());
            lists.put(LedgerColumn.CATEGORIES, categories.stream().map(ReferenceEntry::name).toList());
            lists.put(LedgerColumn.ATTRACTION_METHOD, methods.stream().map(ReferenceEntry::name).toList());
            lists.put(LedgerColumn.STAGE, Arrays.stream(Stage.values()).filter(s -> s.isMilestone()).map(Stage::label).toList());

            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle required = workbook.createCellStyle();
            required.setFont(bold);
            required.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            required.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            required.setWrapText(true);
            CellStyle optional = workbook.createCellStyle();
            optional.setWrapText(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));

            LedgerColumn[] columns = LedgerColumn.values();
            Row note = sheet.createRow(0);
            note.createCell(0).setCellValue("项目台账导入模板：加粗的列必填；金额以万元计；日期如 2026-07-06；县区、产业、类别、招引方式、阶段请从下拉列表选择，"
                    + "多个项目类别用顿号分隔；项目长、包联领导填系统登录账号。同一企业（统一社会信用代码）的同名项目视为同一项目，再次导入只更新有变化的内容。");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.length - 1));
            note.setHeightInPoints(32);
            note.getCell(0).setCellStyle(optional);
            Row header = sheet.createRow(1);
            for (int i = 0; i < columns.length; i++) {
                LedgerColumn column = columns[i];
                header.createCell(i).setCellValue(column.header());
                header.getCell(i).setCellStyle(column.required() ? required : optional);
                sheet.setColumnWidth(i, Math.max(12, Math.min(40, column.header().length() * 2 + 4)) * 256);
                sheet.setDefaultColumnStyle(i, column.isDate() ? date : column.isMoney() ? money : text);
            }
            sheet.createFreezePane(1, 2);

            Sheet hidden = workbook.createSheet("参考数据");
            DataValidationHelper helper = sheet.getDataValidationHelper();
            int listColumn = 0;
            for (Map.Entry<LedgerColumn, List<String>> list : lists.entrySet()) {
                List<String> values = list.getValue();
                for (int r = 0; r < values.size(); r++) {
                    Row row = hidden.getRow(r) == null ? hidden.createRow(r) : hidden.getRow(r);
                    row.createCell(listColumn).setCellValue(values.get(r));
                }
                if (!values.isEmpty()) {
                    Name name = workbook.createName();
                    name.setNameName("list_" + list.getKey().name());
                    String letters = org.apache.poi.ss.util.CellReference.convertNumToColString(listColumn);
                    name.setRefersToFormula("'参考数据'!$" + letters + "$1:$" + letters + "$" + values.size());
                    int target = list.getKey().ordinal();
                    DataValidation validation = helper.createValidation(helper.createFormulaListConstraint("list_" + list.getKey().name()),
                            new CellRangeAddressList(2, DATA_ROWS, target, target));
                    // categories may hold several, separated by 、: the list helps, it does not forbid
                    validation.setShowErrorBox(list.getKey() != LedgerColumn.CATEGORIES);
                    validation.createErrorBox("请从列表中选择", "请从下拉列表中选择" + list.getKey().header());
                    sheet.addValidationData(validation);
                }
                listColumn++;
            }
            workbook.setSheetHidden(workbook.getSheetIndex(hidden), true);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
