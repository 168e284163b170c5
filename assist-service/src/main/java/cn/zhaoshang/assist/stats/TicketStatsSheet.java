package cn.zhaoshang.assist.stats;

import cn.zhaoshang.chassis.spreadsheet.Column;
import cn.zhaoshang.chassis.spreadsheet.Download;
import cn.zhaoshang.chassis.spreadsheet.Workbook;
import cn.zhaoshang.chassis.text.ChineseText;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Ticket statistics as leaders read them: a sheet of groups with the total last, and a sheet of department waits. */
final class TicketStatsSheet {

    private static final List<Column> GROUPS = List.of(Column.text("分组"), Column.count("新增诉求"), Column.count("已办结"),
            Column.count("在办"), Column.count("超时在办"), Column.percent("按时响应率"), Column.percent("按时办结率"),
            Column.decimal("平均响应（工作小时）"), Column.decimal("90%响应（工作小时）"), Column.decimal("平均办结（工作小时）"),
            Column.decimal("90%办结（工作小时）"), Column.percent("重开率"), Column.decimal("平均满意度（1–5）"), Column.count("评价数"));
    private static final List<Column> WAITS = List.of(Column.text("部门"), Column.count("等待次数"), Column.count("正在等待"),
            Column.count("超出部门时限"), Column.decimal("平均等待（工作小时）"));

    private TicketStatsSheet() {
    }

    static Response download(TicketStats stats, Instant now) {
        String file = stats.from().format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + stats.to().format(DateTimeFormatter.BASIC_ISO_DATE);
        return Download.xlsx("诉求统计-" + file + ".xlsx", "ticket-stats-" + file + ".xlsx", workbook -> {
            String period = ChineseText.date(stats.from()) + "至" + ChineseText.date(stats.to());
            String by = switch (stats.groupBy()) {
                case "team" -> "按专班";
                case "category" -> "按诉求类别";
                default -> "按县区";
            };
            Workbook.Sheet groups = workbook.sheet("诉求统计", "帮办诉求统计（" + by + "，" + period + "提交的诉求；在办、超时为导出时）　导出于"
                    + ChineseText.fullTime(now), GROUPS);
            stats.groups().forEach(g -> row(groups, g.label(), g));
            row(groups, "合计", stats.total());
            Workbook.Sheet waits = workbook.sheet("部门等待", "等待外部门办理情况（" + period + "）　导出于" + ChineseText.fullTime(now), WAITS);
            stats.departmentWaits().forEach(w -> waits.row(w.department(), w.waits(), w.openNow(), w.overdue(), w.meanWaitHours()));
        });
    }

    private static void row(Workbook.Sheet sheet, String label, TicketStats.Group g) {
        sheet.row(label, g.opened(), g.resolved(), g.openNow(), g.overdueNow(), percent(g.responseOnTimeRate()),
                percent(g.resolutionOnTimeRate()), g.meanResponseHours(), g.p90ResponseHours(), g.meanResolutionHours(),
                g.p90ResolutionHours(), percent(g.reopenRate()), g.meanSatisfaction(), g.ratings());
    }

    /** The API's rates are fractions (0.875); the sheet's percent cells take percent figures. */
    private static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : fraction.movePointRight(2);
    }
}
