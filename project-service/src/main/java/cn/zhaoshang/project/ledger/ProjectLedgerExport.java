package cn.zhaoshang.project.ledger;

import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.chassis.spreadsheet.Column;
import cn.zhaoshang.chassis.spreadsheet.Download;
import cn.zhaoshang.chassis.spreadsheet.Workbook;
import cn.zhaoshang.chassis.text.ChineseText;
import cn.zhaoshang.project.lifecycle.Stage;
import cn.zhaoshang.project.reference.ReferenceData;
import cn.zhaoshang.project.reference.ReferenceEntry;
import cn.zhaoshang.project.registry.ProjectAccess;
import cn.zhaoshang.project.registry.ProjectQuery;
import cn.zhaoshang.project.registry.ProjectSpreadsheet;
import cn.zhaoshang.project.registry.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The project list as the office's ledger: the import template's columns (so an export imports back as the same
 * projects) and, after them, what the system derives (tier, 重大项目, investment completed, registered at). Rows are
 * read through a database cursor and written as they come, so 100,000 projects take bounded memory.
 */
@ApplicationScoped
public class ProjectLedgerExport implements ProjectSpreadsheet {

    private static final String[] DATED_STAGES = Arrays.stream(LedgerColumn.DATED).map(Stage::name).toArray(String[]::new);

    private final EntityManager entityManager;
    private final ProjectAccess access;
    private final ReferenceData reference;
    private final Caller caller;
    private final Clock clock;

    public ProjectLedgerExport(EntityManager entityManager, ProjectAccess access, ReferenceData reference, Caller caller, Clock clock) {
        this.entityManager = entityManager;
        this.access = access;
        this.reference = reference;
        this.caller = caller;
        this.clock = clock;
    }

    static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (LedgerColumn column : LedgerColumn.values()) {
            columns.add(column.isMoney() ? Column.money(column.header()) : column.isDate() ? Column.date(column.header())
                    : Column.text(column.header()));
        }
        columns.add(Column.text("项目等级"));
        columns.add(Column.text("重大项目"));
        columns.add(Column.money("累计完成投资（万元）"));
        columns.add(Column.dateTime("登记时间"));
        return columns;
    }

    @Override
    @Transactional
    public Response export(ProjectQuery query) {
        Instant now = Instant.now(clock);
        Map<String, Object> params = new HashMap<>();
        StringBuilder select = new StringBuilder("select p.name, e.name, e.creditCode, p.districtCode, p.industryCode, p.categories,"
                + " p.attractionMethod, p.totalInvestment, p.agreedInvestment, p.stage");
        for (String stage : DATED_STAGES) {
            for (String date : List.of("plannedOn", "actualOn")) {
                select.append(", (select m.").append(date).append(" from Milestone m where m.projectId = p.id and m.stage = ")
                        .append(Stage.class.getName()).append('.').append(stage).append(')');
            }
        }
        select.append(", t.chief, t.leaderInCharge, p.remark, p.tier, p.major, p.investmentCompleted, p.createdAt"
                + " from Project p join Enterprise e on e.id = p.enterpriseId left join Team t on t.projectId = p.id where ")
                .append(access.listCondition(params)).append(" and ").append(query.where(params))
                .append(" order by ").append(query.orderBy());
        var rows = entityManager.createQuery(select.toString(), Object[].class)
                .setHint("org.hibernate.fetchSize", 500)
                .setHint("org.hibernate.readOnly", true);
        params.forEach(rows::setParameter);

        Map<String, String> districts = names(reference.districts());
        Map<String, String> industries = names(reference.industries());
        Map<String, String> categories = names(reference.categories());
        Map<String, String> methods = names(reference.attractionMethods());
        return Download.xlsx("项目清单-" + fileDate(now) + ".xlsx", "projects-" + fileDate(now) + ".xlsx", workbook -> {
            Workbook.Sheet sheet = workbook.sheet("项目清单", title(query, districts, now), columns());
            try (Stream<Object[]> stream = rows.getResultStream()) {
                // the query selects the columns in the sheet's order; codes become the names a person reads
                stream.forEach(r -> {
                    r[3] = districts.getOrDefault((String) r[3], (String) r[3]);
                    r[4] = industries.getOrDefault((String) r[4], (String) r[4]);
                    r[5] = Arrays.stream((String[]) r[5]).map(c -> categories.getOrDefault(c, c)).collect(Collectors.joining("、"));
                    r[6] = r[6] == null ? null : methods.getOrDefault((String) r[6], (String) r[6]);
                    r[9] = ((Stage) r[9]).label();
                    r[23] = ((Tier) r[23]).name();
                    r[24] = Boolean.TRUE.equals(r[24]) ? "是" : "否";
                    sheet.row(r);
                });
            }
        });
    }

    private String title(ProjectQuery query, Map<String, String> districts, Instant now) {
        List<String> filters = new ArrayList<>();
        if (query.district() != null) {
            filters.add("县区：" + districts.getOrDefault(query.district(), query.district()));
        }
        if (query.stage() != null) {
            filters.add("阶段：" + query.stage().label());
        }
        if (query.tier() != null) {
            filters.add("等级：" + query.tier().name());
        }
        if (query.industry() != null) {
            filters.add("产业：" + query.industry());
        }
        if (query.category() != null) {
            filters.add("类别：" + query.category());
        }
        if (query.q() != null && !query.q().isBlank()) {
            filters.add("搜索：" + query.q().strip());
        }
        String scope = caller.cityWide() ? "全市" : caller.district().map(d -> districts.getOrDefault(d, d))
                .orElse(caller.isEnterpriseOnly() ? "本企业" : "本人可见");
        return "项目清单　范围：" + scope + (filters.isEmpty() ? "" : "　筛选：" + String.join("，", filters))
                + "　截至" + ChineseText.fullTime(now);
    }

    static String fileDate(Instant now) {
        return LocalDate.ofInstant(now, java.time.ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static Map<String, String> names(List<ReferenceEntry> entries) {
        return entries.stream().collect(Collectors.toMap(ReferenceEntry::code, ReferenceEntry::name, (a, b) -> a));
    }
}
