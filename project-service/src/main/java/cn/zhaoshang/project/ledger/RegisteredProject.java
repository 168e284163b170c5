package cn.zhaoshang.project.ledger;

import cn.zhaoshang.project.lifecycle.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A project as the system holds it, in the ledger's terms, to compare a row with. */
record RegisteredProject(UUID id, String district, String industry, List<String> categories, String attractionMethod,
                         BigDecimal totalInvestment, BigDecimal agreedInvestment, Stage stage,
                         Map<Stage, LocalDate> planned, Map<Stage, LocalDate> actual, String chief, String leader,
                         String remark) {
}
