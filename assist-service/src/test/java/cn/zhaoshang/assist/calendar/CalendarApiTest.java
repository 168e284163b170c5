package cn.zhaoshang.assist.calendar;

import cn.zhaoshang.assist.ticket.sla.CalendarArrangement;
import cn.zhaoshang.assist.ticket.sla.OfficialCalendar;
import cn.zhaoshang.testsupport.EventContract;
import cn.zhaoshang.testsupport.KafkaProbe;
import cn.zhaoshang.testsupport.MovableClock;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static cn.zhaoshang.assist.ticket.TicketFixtures.TONGLING;
import static cn.zhaoshang.assist.ticket.TicketFixtures.knownProject;
import static cn.zhaoshang.assist.ticket.TicketFixtures.read;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Loading a year's official arrangement through the API: checked, stored, audited, used at once, and open tickets'
 * deadlines moved with a timeline entry and an event. 2028 and 2029 have no arrangement shipped, so they start
 * provisional.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "assist_service"))
class CalendarApiTest {

    private static final String NOTICE_2028 = "国务院办公厅关于2028年部分节假日安排的通知";

    @Inject
    MovableClock clock;
    @Inject
    DataSource dataSource;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    /** A 2028 as a notice could give it: 春节 from 25 January to 2 February, made up on Saturday 5 February. */
    static Map<String, Object> arrangement2028() {
        List<Map<String, Object>> holidays = new ArrayList<>();
        CalendarArrangement.statutoryDays(2028).forEach((day, name) -> holidays.add(day(day.toString(), name)));
        for (String day : new String[] {"2028-01-03", "2028-01-29", "2028-01-30", "2028-01-31", "2028-02-01", "2028-02-02"}) {
            holidays.add(day(day, day.startsWith("2028-01-03") ? "元旦" : "春节"));
        }
        return Map.of("title", NOTICE_2028, "holidays", holidays, "workdays", List.of(day("2028-02-05", "春节调休")));
    }

    private static Map<String, Object> day(String date, String name) {
        Map<String, Object> day = new HashMap<>();
        day.put("date", date);
        day.put("name", name);
        return day;
    }

    @Test
    void anAdminLoadsAYearAndAnOpenTicketsDeadlineMovesWithATimelineEntryAndAnEvent() {
        setLimits("UTILITIES", 1, 12);
        clock.set(Instant.parse("2028-01-10T02:00:00Z")); // Monday 10:00 in Beijing
        UUID projectId = knownProject("CONSTRUCTION_STARTED");
        String ticket = given().auth().oauth2(TestTokens.enterprise("tl", TONGLING)).contentType("application/json")
                .body(Map.of("projectId", projectId, "category", "UTILITIES", "title", "临时用水接入", "description", "施工用水"))
                .post("/api/v1/tickets").then().statusCode(201)
                .body("resolutionDueAt", equalTo("2028-02-01T09:30:00Z")).body("calendar", equalTo("PROVISIONAL"))
                .extract().path("id");
        given().auth().oauth2(TestTokens.staff("zhang.wei", "etdz")).get("/api/v1/calendar/years/2028").then().statusCode(200)
                .body("status", equalTo("PROVISIONAL")).body("holidays.date", hasItem("2028-01-25"));

        // refused loads store nothing
        given().auth().oauth2(TestTokens.staff("zhang.wei", "etdz")).contentType("application/json").body(arrangement2028())
                .put("/api/v1/calendar/years/2028").then().statusCode(403);
        Map<String, Object> weekdayWorked = new HashMap<>(arrangement2028());
        weekdayWorked.put("workdays", List.of(day("2028-02-07", "春节调休")));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(weekdayWorked)
                .put("/api/v1/calendar/years/2028").then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("2028-02-07 is a monday"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/calendar/years/2028").then().body("status", equalTo("PROVISIONAL"));

        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(arrangement2028())
                .put("/api/v1/calendar/years/2028").then().statusCode(200)
                .body("status", equalTo("OFFICIAL")).body("source", equalTo("LOADED")).body("title", equalTo(NOTICE_2028))
                .body("loadedBy", equalTo("admin-1")).body("ticketsMoved", greaterThanOrEqualTo(1))
                .body("workdays[0].weekday", equalTo("星期六"));

        given().auth().oauth2(TestTokens.enterprise("tl", TONGLING)).get("/api/v1/tickets/" + ticket).then().statusCode(200)
                .body("resolutionDueAt", equalTo("2028-02-04T09:30:00Z")).body("calendar", equalTo("OFFICIAL"));
        List<Map<String, Object>> timeline = given().auth().oauth2(TestTokens.enterprise("tl", TONGLING))
                .get("/api/v1/tickets/" + ticket + "/timeline").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(timeline).anySatisfy(entry -> {
            assertThat(entry).containsEntry("action", "DEADLINES_MOVED").containsEntry("actor", "system");
            assertThat(entry.get("body")).isEqualTo("节假日安排调整（" + NOTICE_2028 + "）：办结时限由2月1日 17:30改为2月4日 17:30。");
        });

        List<ConsumerRecord<String, String>> events = KafkaProbe.await("assist.events",
                r -> r.value().contains("\"subject\":\"" + ticket + "\"") && r.value().contains("ticket.deadlines-moved"), 1,
                Duration.ofSeconds(10));
        events.forEach(r -> EventContract.assertConforms("assist.events", r.key(), r.value()));
        assertThat(read(events.get(0).value()).at("/data/change/resolutionDueAt/to").asText()).isEqualTo("2028-02-04T09:30:00Z");

        List<Map<String, Object>> audit = given().auth().oauth2(TestTokens.admin()).queryParam("actor", "admin-1")
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(audit).extracting(e -> e.get("method") + " " + e.get("path") + " " + e.get("status"))
                .contains("PUT /api/v1/calendar/years/2028 200", "PUT /api/v1/calendar/years/2028 400");

        // loading the same arrangement again moves nothing
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(arrangement2028())
                .put("/api/v1/calendar/years/2028").then().statusCode(200).body("ticketsMoved", equalTo(0));
    }

    /** A year loaded by another replica (written straight to the shared table) counts for the very next deadline. */
    @Test
    void aYearAnotherReplicaLoadedCountsForTheNextDeadlineAtOnce() throws Exception {
        setLimits("APPROVAL", 1, 5);
        UUID projectId = knownProject("CONSTRUCTION_STARTED");
        clock.set(Instant.parse("2029-03-02T02:00:00Z")); // Friday 10:00 in Beijing
        assertThat(submitApproval(projectId).getString("responseDueAt")).isEqualTo("2029-03-05T09:30:00Z");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            // in one transaction, as a load commits it: the calendar's refresh must not see the year without its days
            connection.setAutoCommit(false);
            sql.execute("insert into calendar_year (year, title, loaded_by, loaded_at, revision)"
                    + " values (2029, '另一副本载入', 'admin-2', now(), nextval('calendar_revision'))");
            sql.execute("insert into calendar_day (day, year, kind, name) values ('2029-03-05', 2029, 'HOLIDAY', '测试')");
            connection.commit();
        }
        JsonPath next = submitApproval(projectId);
        assertThat(next.getString("responseDueAt")).as("Monday 5 March is off now").isEqualTo("2029-03-06T09:30:00Z");
        assertThat(next.getString("calendar")).isEqualTo("OFFICIAL");
    }

    /**
     * A deadline set while a load is in progress waits for it and uses what it committed: the load's lock and the
     * revision read after it must not share one snapshot taken before the wait.
     */
    @Test
    void aDeadlineSetDuringALoadWaitsAndUsesTheLoadedYear() throws Exception {
        setLimits("APPROVAL", 1, 5);
        UUID projectId = knownProject("CONSTRUCTION_STARTED");
        clock.set(Instant.parse("2030-03-01T02:00:00Z")); // Friday 10:00 in Beijing
        try (Connection load = dataSource.getConnection(); Statement sql = load.createStatement()) {
            load.setAutoCommit(false);
            sql.execute("select pg_advisory_xact_lock(" + OfficialCalendar.LOCK_KEY + ")");
            sql.execute("insert into calendar_year (year, title, loaded_by, loaded_at, revision)"
                    + " values (2030, '载入中', 'admin-2', now(), nextval('calendar_revision'))");
            sql.execute("insert into calendar_day (day, year, kind, name) values ('2030-03-04', 2030, 'HOLIDAY', '测试')");
            CompletableFuture<JsonPath> submitted = CompletableFuture.supplyAsync(() -> submitApproval(projectId));
            Thread.sleep(1500);
            assertThat(submitted).as("the submission waits for the load").isNotDone();
            load.commit();
            JsonPath ticket = submitted.get(30, TimeUnit.SECONDS);
            assertThat(ticket.getString("responseDueAt")).as("Monday 4 March is off now").isEqualTo("2030-03-05T09:30:00Z");
        }
    }

    @Test
    void theYearsListTheShippedOnesAndThisYearAndTheNext() {
        int thisYear = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        List<Map<String, Object>> years = given().auth().oauth2(TestTokens.enterprise("tl", TONGLING))
                .get("/api/v1/calendar/years").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(years).anySatisfy(y -> assertThat(y).containsEntry("year", 2026).containsEntry("status", "OFFICIAL")
                .containsEntry("source", "SHIPPED").containsEntry("title", "国务院办公厅关于2026年部分节假日安排的通知"));
        assertThat(years).extracting(y -> y.get("year")).contains(2025, thisYear, thisYear + 1);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/calendar/years/1999").then().statusCode(400);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/calendar/years/next").then().statusCode(404);
        given().get("/api/v1/calendar/years").then().statusCode(401);
    }

    private JsonPath submitApproval(UUID projectId) {
        return given().auth().oauth2(TestTokens.enterprise("tl", TONGLING)).contentType("application/json")
                .body(Map.of("projectId", projectId, "category", "APPROVAL", "title", "备案", "description", "项目备案变更"))
                .post("/api/v1/tickets").then().statusCode(201).extract().jsonPath();
    }

    private static void setLimits(String category, int responseDays, int resolutionDays) {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("priority", "NORMAL", "responseAmount", responseDays, "responseUnit", "WORKING_DAYS",
                        "resolutionAmount", resolutionDays, "resolutionUnit", "WORKING_DAYS"))
                .put("/api/v1/sla-policies/" + category).then().statusCode(200);
    }
}
