package cn.zhaoshang.project.target;

import cn.zhaoshang.chassis.spreadsheet.Column;
import cn.zhaoshang.chassis.spreadsheet.Download;
import cn.zhaoshang.chassis.spreadsheet.Workbook;
import cn.zhaoshang.chassis.text.ChineseText;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The progress report as leaders read it: one row per district and target, ranked, with 序时进度 and whether the
 * district is ahead or behind it in words (not by colour alone). Amounts in 万元, counts as whole numbers.
 */
final class ProgressSheet {

    private static final List<Column> COLUMNS = List.of(Column.text("县区"), Column.text("指标"), Column.text("统计口径"),
            Column.money("目标"), Column.money("实际完成"), Column.money("本期已报未计入"), Column.percent("完成率"),
            Column.percent("序时进度"), Column.money("序时应完成"), Column.money("与序时差额"), Column.text("进度"),
            Column.text("排名"), Column.text("统计截至"));

    private ProgressSheet() {
    }

    static Response download(ProgressReport report, Instant now) {
        String date = report.asOf().format(DateTimeFormatter.BASIC_ISO_DATE);
        return Download.xlsx(report.year() + "年序时进度-" + date + ".xlsx", "progress-" + date + ".xlsx", workbook -> {
            String basis = report.basis() == ProgressBasis.MONTH ? "按已结束月份计" : "按日计";
            Workbook.Sheet sheet = workbook.sheet("序时进度", report.year() + "年各县区目标完成及序时进度（" + basis + "，截至"
                    + ChineseText.date(report.asOf()) + "）　导出于" + ChineseText.fullTime(now), COLUMNS);
            for (ProgressReport.DistrictProgress district : report.districts()) {
                for (ProgressReport.TargetProgress t : district.targets()) {
                    Column.Kind figures = t.metric().isAmount() ? Column.Kind.MONEY : Column.Kind.COUNT;
                    sheet.row(district.districtName(), t.label(), scope(t), as(figures, t.target()), as(figures, t.actual()),
                            as(figures, t.reportedSoFar()), t.completionRate(), district.yearSharePercent(),
                            as(figures, t.proRataDue()), as(figures, t.gapToProRata()),
                            t.aheadOfSchedule() ? "领先序时" : "落后序时", t.rank() + "/" + t.rankedAmong(),
                            month(district.countedThrough(), report.asOf()));
                }
            }
        });
    }

    private static Workbook.As as(Column.Kind kind, Object value) {
        return new Workbook.As(kind, value);
    }

    private static String scope(ProgressReport.TargetProgress t) {
        String tier = t.minTier() == null ? "" : t.minTier() + "及以上";
        String category = t.category() == null ? "" : t.category();
        String both = (tier + " " + category).strip();
        return both.isEmpty() ? "全部项目" : both;
    }

    private static String month(YearMonth countedThrough, LocalDate asOf) {
        return countedThrough == null ? ChineseText.date(asOf) : countedThrough.getYear() + "年" + countedThrough.getMonthValue() + "月";
    }
}
