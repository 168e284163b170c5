package cn.zhaoshang.project.ledger;

import cn.zhaoshang.project.enterprise.CreditCode;
import cn.zhaoshang.project.lifecycle.Lifecycle;
import cn.zhaoshang.project.lifecycle.Stage;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one ledger row into a {@link LedgerLine}, or says everything wrong with it, cell by cell, in Chinese. Only
 * the row itself is judged here (formats, reference data, the order of dates, the stage against the dates); what
 * the row would do to projects already registered is {@link LedgerPlan}'s. Plain Java.
 */
final class LedgerRowParser {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final BigDecimal MAX_MONEY = new BigDecimal("100000000");

    private final LedgerLayout layout;
    private final ReferenceLookup reference;
    private final LocalDate today;

    LedgerRowParser(LedgerLayout layout, ReferenceLookup reference, LocalDate today) {
        this.layout = layout;
        this.reference = reference;
        this.today = today;
    }

    /** The line, or the problems (never both). */
    record Parsed(LedgerLine line, List<RowProblem> problems) {
        boolean ok() {
            return line != null;
        }
    }

    Parsed parse(SheetRow row) {
        Cells cells = new Cells(row);
        String projectName = cells.text(LedgerColumn.PROJECT_NAME);
        String enterpriseName = cells.text(LedgerColumn.ENTERPRISE_NAME);
        String creditCode = cells.text(LedgerColumn.CREDIT_CODE);
        if (creditCode != null) {
            creditCode = creditCode.toUpperCase();
            Optional<String> wrong = creditCodeProblem(creditCode);
            if (wrong.isPresent()) {
                cells.problem(LedgerColumn.CREDIT_CODE, wrong.get());
            }
        }
        String district = cells.reference(LedgerColumn.DISTRICT, reference::district, "县区/园区");
        String industry = cells.reference(LedgerColumn.INDUSTRY, reference::industry, "产业类别");
        List<String> categories = new ArrayList<>();
        String categoryText = cells.text(LedgerColumn.CATEGORIES);
        if (categoryText != null) {
            for (String part : categoryText.split("[、,，;；/\\n]")) {
                if (!part.isBlank()) {
                    reference.category(part).ifPresentOrElse(categories::add,
                            () -> cells.problem(LedgerColumn.CATEGORIES, "没有名为「" + part.strip() + "」的项目类别；请从下拉列表中选择，多个类别用顿号分隔"));
                }
            }
        }
        String method = cells.reference(LedgerColumn.ATTRACTION_METHOD, reference::method, "招引方式");
        BigDecimal total = cells.money(LedgerColumn.TOTAL_INVESTMENT);
        BigDecimal agreed = cells.money(LedgerColumn.AGREED_INVESTMENT);
        Map<Stage, LocalDate> planned = new EnumMap<>(Stage.class);
        Map<Stage, LocalDate> actual = new EnumMap<>(Stage.class);
        for (Stage milestone : LedgerColumn.DATED) {
            cells.date(LedgerColumn.planned(milestone)).ifPresent(d -> planned.put(milestone, d));
            cells.date(LedgerColumn.actual(milestone)).ifPresent(d -> {
                if (d.isAfter(today)) {
                    cells.problem(LedgerColumn.actual(milestone), "实际日期 " + d + " 晚于今天（" + today + "）");
                }
                actual.put(milestone, d);
            });
        }
        inOrder(cells, planned, true);
        inOrder(cells, actual, false);
        Stage stage = stage(cells, actual);
        String chief = cells.text(LedgerColumn.CHIEF);
        String leader = cells.text(LedgerColumn.LEADER);
        if ((chief == null) != (leader == null)) {
            cells.problem(chief == null ? LedgerColumn.CHIEF : LedgerColumn.LEADER, "项目长和包联领导要么都填，要么都不填（专班需要两者）");
        }
        String remark = cells.text(LedgerColumn.REMARK);
        if (!cells.problems.isEmpty()) {
            return new Parsed(null, List.copyOf(cells.problems));
        }
        return new Parsed(new LedgerLine(row.number(), projectName, enterpriseName, creditCode, district, industry,
                List.copyOf(new LinkedHashSet<>(categories)), method, total, agreed, stage, planned, actual, chief, leader,
                remark), List.of());
    }

    private static Optional<String> creditCodeProblem(String code) {
        if (code.length() != 18) {
            return Optional.of("统一社会信用代码应为18位，「" + code + "」是" + code.codePointCount(0, code.length()) + "位");
        }
        if (CreditCode.isValid(code)) {
            return Optional.empty();
        }
        boolean wellFormed = code.chars().allMatch(c -> "0123456789ABCDEFGHJKLMNPQRTUWXY".indexOf(c) >= 0);
        if (wellFormed && code.charAt(17) != CreditCode.checkCharacter(code.substring(0, 17))) {
            return Optional.of("「" + code + "」的校验位（第18位）不符，请核对是否抄错");
        }
        return Optional.of("「" + code + "」不是有效的统一社会信用代码（GB 32100）：请核对字符、登记管理部门和行政区划代码");
    }

    /** Dates of later milestones may not come before earlier ones. */
    private static void inOrder(Cells cells, Map<Stage, LocalDate> dates, boolean planned) {
        Stage previous = null;
        for (Stage milestone : LedgerColumn.DATED) {
            LocalDate date = dates.get(milestone);
            if (date == null) {
                continue;
            }
            if (previous != null && date.isBefore(dates.get(previous))) {
                LedgerColumn column = planned ? LedgerColumn.planned(milestone) : LedgerColumn.actual(milestone);
                LedgerColumn earlier = planned ? LedgerColumn.planned(previous) : LedgerColumn.actual(previous);
                cells.problem(column, "日期顺序不对：" + date + " 早于" + earlier.header() + " " + dates.get(previous));
            }
            previous = milestone;
        }
    }

    /** The row's stage, checked against its dates: every dated milestone reached, the stage's own date given. */
    private static Stage stage(Cells cells, Map<Stage, LocalDate> actual) {
        Stage lastDated = Arrays.stream(LedgerColumn.DATED).filter(actual::containsKey).reduce((a, b) -> b).orElse(null);
        String text = cells.text(LedgerColumn.STAGE);
        if (text == null) {
            return lastDated == null ? Stage.LEAD : lastDated;
        }
        Optional<Stage> named = ReferenceLookup.stage(text);
        if (named.isEmpty()) {
            cells.problem(LedgerColumn.STAGE, "没有「" + text + "」这个阶段；请从下拉列表中选择");
            return null;
        }
        Stage stage = named.get();
        // SUSPENDED and TERMINATED are decided in the system, with a reason
        if (!stage.isMilestone()) {
            cells.problem(LedgerColumn.STAGE, "暂缓、终止的项目须在系统中办理并说明理由，不能从台账导入");
            return null;
        }
        if (lastDated != null && Lifecycle.isBefore(stage, lastDated)) {
            cells.problem(LedgerColumn.STAGE, "阶段为「" + stage.label() + "」，但已填" + LedgerColumn.actual(lastDated).header()
                    + "：日期不支持这个阶段，请改为「" + lastDated.label() + "」或之后的阶段");
            return null;
        }
        Stage needsDate = stage == Stage.REGISTERED ? Stage.SIGNED : stage == Stage.AT_CAPACITY ? Stage.IN_PRODUCTION : stage;
        if (Arrays.asList(LedgerColumn.DATED).contains(needsDate) && !actual.containsKey(needsDate)) {
            cells.problem(LedgerColumn.actual(needsDate), "阶段为「" + stage.label() + "」，须填" + LedgerColumn.actual(needsDate).header());
            return null;
        }
        return stage;
    }

    /** One row's cells as the layout finds them, collecting problems as they are read. */
    private final class Cells {
        private final SheetRow row;
        private final List<RowProblem> problems = new ArrayList<>();

        Cells(SheetRow row) {
            this.row = row;
        }

        void problem(LedgerColumn column, String message) {
            problems.add(RowProblem.of(row.number(), layout.indexOf(column), column, message));
        }

        /** The cell's text, stripped; null when empty; checked for length and required-ness. */
        String text(LedgerColumn column) {
            String raw = row.cell(layout.indexOf(column));
            if (SheetRow.FORMULA_WITHOUT_RESULT.equals(raw)) {
                problem(column, "公式没有计算结果；请在 Excel 中打开并保存，或粘贴为数值");
                return null;
            }
            if (SheetRow.ERROR_VALUE.equals(raw)) {
                problem(column, "单元格是错误值（如 #REF!、#DIV/0!）");
                return null;
            }
            String value = raw == null ? null : raw.strip();
            if (value == null || value.isEmpty()) {
                if (column.required()) {
                    problem(column, "必填，不能为空");
                }
                return null;
            }
            if (value.codePointCount(0, value.length()) > column.maxLength()) {
                problem(column, "超过" + column.maxLength() + "个字（现有" + value.codePointCount(0, value.length()) + "个）");
                return null;
            }
            if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
                problem(column, "含有控制字符");
                return null;
            }
            return value;
        }

        String reference(LedgerColumn column, java.util.function.Function<String, Optional<String>> lookup, String what) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            Optional<String> code = lookup.apply(value);
            if (code.isEmpty()) {
                problem(column, "没有名为「" + value + "」的" + what + "；请从下拉列表中选择");
                return null;
            }
            return code.get();
        }

        BigDecimal money(LedgerColumn column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            String plain = value.replaceAll("[,，\\s]", "").replaceAll("万元$|万$", "");
            BigDecimal amount;
            try {
                amount = new BigDecimal(plain);
            } catch (NumberFormatException e) {
                problem(column, "「" + value + "」不是金额；请填以万元计的数字，如 120000 或 3500.5");
                return null;
            }
            if (amount.signum() < 0 || amount.compareTo(MAX_MONEY) > 0) {
                problem(column, "金额应在 0 到 100000000 万元之间");
                return null;
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                problem(column, "金额以万元计，最多两位小数");
                return null;
            }
            return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        }

        Optional<LocalDate> date(LedgerColumn column) {
            String value = text(column);
            if (value == null) {
                return Optional.empty();
            }
            Matcher m = DATE.matcher(value);
            Matcher compact = COMPACT_DATE.matcher(value);
            Matcher found = m.matches() ? m : compact.matches() ? compact : null;
            if (found == null) {
                problem(column, "「" + value + "」不是日期；请填如 2026-07-06 或 2026年7月6日");
                return Optional.empty();
            }
            LocalDate date;
            try {
                date = LocalDate.of(Integer.parseInt(found.group(1)), Integer.parseInt(found.group(2)), Integer.parseInt(found.group(3)));
            } catch (DateTimeException e) {
                problem(column, "「" + value + "」不是存在的日期");
                return Optional.empty();
            }
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                problem(column, "日期应在 1990 年到 2100 年之间");
                return Optional.empty();
            }
            return Optional.of(date);
        }
    }
}
