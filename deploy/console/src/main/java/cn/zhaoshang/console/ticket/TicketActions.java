package cn.zhaoshang.console.ticket;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The actions on a ticket the console offers, each with the API path it calls, the request body it builds from the
 * form's fields, and what the person is told once it is done.
 */
public enum TicketActions {
    ACCEPT("accept", "已受理，这件诉求由您负责（首问负责制）。", form -> null),
    ASSIGN("assign", "已交办。", form -> body("assignee", form.apply("assignee"), "note", form.apply("note"))),
    COMMENT("comments", "留言已添加。", form -> {
        Map<String, Object> body = body("body", form.apply("body"));
        body.put("internal", "on".equals(form.apply("internal")));
        return body;
    }),
    PAUSE("pause", "已暂停计时，等待期间不计入办结时限。",
            form -> body("waitingOn", form.apply("waitingOn"), "department", form.apply("department"), "reason", form.apply("reason"))),
    RESUME("resume", "已恢复计时，等待的工作时间已加到办结时限上。", form -> null),
    RESOLVE("resolve", "已办结，等待企业确认。", form -> body("resolution", form.apply("resolution"))),
    ESCALATE("escalate", "已升级到上一级。", form -> body("reason", form.apply("reason"))),
    MEETING("meeting", "已列入会办。", form -> body("meetingOn", form.apply("meetingOn"), "topic", form.apply("topic"))),
    DECISION("meeting/decision", "会办决定已记录。", form -> body("decision", form.apply("decision"))),
    CONFIRM("confirm", "感谢您的评价，诉求已关闭。", form -> {
        Map<String, Object> body = body("comment", form.apply("comment"));
        String rating = form.apply("rating");
        body.put("rating", rating == null || !rating.matches("[1-5]") ? null : Integer.valueOf(rating));
        return body;
    }),
    REOPEN("reopen", "诉求已重新打开，专班会继续办理。", form -> body("reason", form.apply("reason")));

    private final String path;
    private final String done;
    private final Function<Function<String, String>, Map<String, Object>> body;

    TicketActions(String path, String done, Function<Function<String, String>, Map<String, Object>> body) {
        this.path = path;
        this.done = done;
        this.body = body;
    }

    /** The action a form posts to /tickets/{id}/{name}, by its lower-case name. */
    public static Optional<TicketActions> named(String name) {
        for (TicketActions action : values()) {
            if (action.name().toLowerCase(java.util.Locale.ROOT).equals(name)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    public String apiPath() {
        return path;
    }

    public String done() {
        return done;
    }

    /** The request body from the form's fields; blank fields are left out, so the service names what is missing. */
    public Map<String, Object> body(Function<String, String> field) {
        return body.apply(field);
    }

    private static Map<String, Object> body(String... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                body.put(namesAndValues[i], value.trim());
            }
        }
        return body;
    }
}
