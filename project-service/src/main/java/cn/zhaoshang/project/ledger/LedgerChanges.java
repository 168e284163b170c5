package cn.zhaoshang.project.ledger;

import cn.zhaoshang.project.lifecycle.Lifecycle;
import cn.zhaoshang.project.lifecycle.Stage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What importing a row would change on a project already registered, or why it cannot: history is never rewritten (a
 * stage does not go back, a milestone reached keeps its date), and suspended or terminated projects are the system's
 * to resume. Empty fields of the row leave the project's as they are. Plain Java.
 */
final class LedgerChanges {

    private LedgerChanges() {
    }

    /** The headers of the columns that would change, and the problems (empty when the row can be imported). */
    record Outcome(List<String> changed, List<String> problems) {
    }

    static Outcome between(RegisteredProject project, LedgerLine line) {
        List<String> changed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        differs(changed, LedgerColumn.DISTRICT, project.district(), line.district());
        differs(changed, LedgerColumn.INDUSTRY, project.industry(), line.industry());
        if (!line.categories().isEmpty() && !line.categories().stream().sorted().toList().equals(project.categories())) {
            changed.add(LedgerColumn.CATEGORIES.header());
        }
        differs(changed, LedgerColumn.ATTRACTION_METHOD, project.attractionMethod(), line.attractionMethod());
        money(changed, LedgerColumn.TOTAL_INVESTMENT, project.totalInvestment(), line.totalInvestment());
        money(changed, LedgerColumn.AGREED_INVESTMENT, project.agreedInvestment(), line.agreedInvestment());
        differs(changed, LedgerColumn.CHIEF, project.chief(), line.chief());
        differs(changed, LedgerColumn.LEADER, project.leader(), line.leader());
        differs(changed, LedgerColumn.REMARK, project.remark(), line.remark());
        for (Stage milestone : LedgerColumn.DATED) {
            differs(changed, LedgerColumn.planned(milestone), project.planned().get(milestone), line.planned().get(milestone));
            Object recorded = project.actual().get(milestone);
            Object given = line.actual().get(milestone);
            if (recorded != null && given != null && !recorded.equals(given)) {
                problems.add(LedgerColumn.actual(milestone).header() + "为 " + given + "，系统中记录的是 " + recorded
                        + "：已发生的日期不能由导入改写，如确有错误请联系管理员更正");
            } else if (recorded == null && given != null) {
                changed.add(LedgerColumn.actual(milestone).header());
            }
        }
        if (project.stage() == Stage.SUSPENDED || project.stage() == Stage.TERMINATED) {
            if (line.stage() != null && !changed.isEmpty()) {
                problems.add("项目在系统中已" + project.stage().label() + "；请先在系统中恢复，再导入变更");
            }
        } else if (Lifecycle.isBefore(line.stage(), project.stage())) {
            problems.add("项目阶段为「" + line.stage().label() + "」，系统中已到「" + project.stage().label() + "」：阶段不能回退");
        } else if (line.stage() != project.stage()) {
            changed.add(LedgerColumn.STAGE.header());
        }
        return new Outcome(changed, problems);
    }

    private static void differs(List<String> changed, LedgerColumn column, Object current, Object proposed) {
        if (proposed != null && !Objects.equals(current, proposed)) {
            changed.add(column.header());
        }
    }

    private static void money(List<String> changed, LedgerColumn column, BigDecimal current, BigDecimal proposed) {
        if (proposed != null && (current == null || current.compareTo(proposed) != 0)) {
            changed.add(column.header());
        }
    }
}
