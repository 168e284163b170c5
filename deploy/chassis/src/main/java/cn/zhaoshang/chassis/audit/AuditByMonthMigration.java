package cn.zhaoshang.chassis.audit;

import cn.zhaoshang.chassis.persistence.ChassisMigration;

/**
 * The migration that keeps the audit trail by month ({@code audit_by_month.sql} beside this class), written once
 * for every service: each service names it under its own next version ({@code db.migration.V<n>__audit_by_month}).
 */
public abstract class AuditByMonthMigration extends ChassisMigration {

    protected AuditByMonthMigration() {
        super(AuditByMonthMigration.class, "audit_by_month.sql");
    }
}
