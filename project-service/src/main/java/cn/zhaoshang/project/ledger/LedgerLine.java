package cn.zhaoshang.project.ledger;

import cn.zhaoshang.project.lifecycle.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One valid ledger row, in the system's terms (codes, 万元, dates). {@code stage} is the row's or, where the row
 * leaves it empty, the last milestone it dates (LEAD when it dates none).
 */
record LedgerLine(int row, String projectName, String enterpriseName, String creditCode, String district,
                  String industry, List<String> categories, String attractionMethod, BigDecimal totalInvestment,
                  BigDecimal agreedInvestment, Stage stage, Map<Stage, LocalDate> planned, Map<Stage, LocalDate> actual,
                  String chief, String leader, String remark) {

    /** The date the line's stage was reached, where the ledger gives one (null for LEAD/NEGOTIATING without dates). */
    LocalDate lastActualDate() {
        return actual.values().stream().max(LocalDate::compareTo).orElse(null);
    }
}
