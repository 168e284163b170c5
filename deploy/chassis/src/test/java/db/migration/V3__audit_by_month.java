package db.migration;

import cn.zhaoshang.chassis.audit.AuditByMonthMigration;

/** The audit trail by month, as every service has it (the script is the chassis'). */
public class V3__audit_by_month extends AuditByMonthMigration {
}
