package cn.zhaoshang.assist.stats;

import cn.zhaoshang.assist.ticket.Category;

/** What ticket statistics are grouped by; a team is the 专班 of one project. */
enum GroupBy {
    TEAM("cast(t.project_id as text)", "t.project_name"),
    CATEGORY("t.category", "t.category"),
    DISTRICT("t.district", "t.district");

    final String keyColumn;
    final String labelColumn;

    GroupBy(String keyColumn, String labelColumn) {
        this.keyColumn = keyColumn;
        this.labelColumn = labelColumn;
    }

    String label(String key, String label) {
        return this == CATEGORY ? Category.valueOf(key).label() : label;
    }
}
