package cn.zhaoshang.console.board;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's risk on the supervisor's board, red/amber/green with the reasons in words (the colour is never the
 * only sign): red when the start of construction is overdue or an open 诉求 on it is past its time limit; amber when
 * a planned milestone falls within 30 days and is not reached, or an open 诉求 blocks a milestone; green otherwise.
 */
public record ProjectRisk(JsonNode project, Level level, List<String> reasons) {

    public enum Level {
        RED("红", "高风险"), AMBER("黄", "需关注"), GREEN("绿", "正常");

        private final String colour;
        private final String label;

        Level(String colour, String label) {
            this.colour = colour;
            this.label = label;
        }

        public String colour() {
            return colour;
        }

        public String label() {
            return label;
        }

        public String css() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final int SOON_DAYS = 30;
    private static final List<String> ENDED = List.of("TERMINATED", "SUSPENDED", "IN_PRODUCTION", "AT_CAPACITY", "COMPLETED");

    /** @param openTickets the open tickets on this project */
    public static ProjectRisk of(JsonNode project, List<JsonNode> openTickets, LocalDate today) {
        List<String> red = new ArrayList<>();
        List<String> amber = new ArrayList<>();
        boolean active = !ENDED.contains(project.path("stage").asText());
        for (JsonNode milestone : project.path("milestones")) {
            String planned = milestone.path("plannedOn").asText(null);
            boolean reached = milestone.hasNonNull("actualOn");
            if (planned == null || reached || !active) {
                continue;
            }
            LocalDate plannedOn = LocalDate.parse(planned);
            String label = milestone.path("label").asText(milestone.path("stage").asText());
            if (plannedOn.isBefore(today)) {
                String sentence = label + "逾期（计划" + plannedOn.getMonthValue() + "月" + plannedOn.getDayOfMonth() + "日）";
                if ("CONSTRUCTION_STARTED".equals(milestone.path("stage").asText())) {
                    red.add(sentence);
                } else {
                    amber.add(sentence);
                }
            } else if (!plannedOn.isAfter(today.plusDays(SOON_DAYS))) {
                amber.add(label + "临近（计划" + plannedOn.getMonthValue() + "月" + plannedOn.getDayOfMonth() + "日）");
            }
        }
        for (JsonNode ticket : openTickets) {
            String title = "诉求「" + ticket.path("title").asText() + "」";
            if (ticket.path("resolutionBreached").asBoolean() || ticket.path("resolutionRemainingWorkingMinutes").asLong(0) < 0) {
                red.add(title + "已超时");
            } else if (ticket.hasNonNull("blocksMilestone")) {
                amber.add(title + "阻碍" + ticket.path("blocksMilestone").asText());
            }
        }
        List<String> reasons = new ArrayList<>(red);
        reasons.addAll(amber);
        Level level = !red.isEmpty() ? Level.RED : !amber.isEmpty() ? Level.AMBER : Level.GREEN;
        return new ProjectRisk(project, level, reasons);
    }
}
