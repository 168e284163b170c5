package cn.zhaoshang.assist.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Ticket statistics over the tickets submitted between {@code from} and {@code to} (Asia/Shanghai days,
 * both included); {@code openNow} and {@code overdueNow} are as of the request. Times are working hours.
 */
public record TicketStats(String groupBy, LocalDate from, LocalDate to, List<Group> groups, Group total,
                          List<DepartmentWaits> departmentWaits) {

    public record Group(String key, String label, long opened, long resolved, long openNow, long overdueNow,
                        BigDecimal responseOnTimeRate, BigDecimal resolutionOnTimeRate,
                        BigDecimal meanResponseHours, BigDecimal p90ResponseHours,
                        BigDecimal meanResolutionHours, BigDecimal p90ResolutionHours,
                        BigDecimal reopenRate, BigDecimal meanSatisfaction, long ratings) {
    }

    /** How long tickets waited on each outside department, and how often it overran its own limit. */
    public record DepartmentWaits(String department, long waits, long openNow, long overdue, BigDecimal meanWaitHours) {
    }
}
