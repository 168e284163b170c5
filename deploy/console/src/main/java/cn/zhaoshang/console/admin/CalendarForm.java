package cn.zhaoshang.console.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A year's arrangement as an admin types it from the State Council's notice: one day a line, 「2027-01-01 元旦」, days
 * off in one box and weekend working days (调休) in the other. A line that cannot be read is named with its number
 * before anything is sent.
 */
public final class CalendarForm {

    /** The request body for PUT /api/v1/calendar/years/{year}, or the sentence saying which line is wrong. */
    public record Read(Map<String, Object> body, String problem) {
    }

    private CalendarForm() {
    }

    public static Read read(String title, String holidays, String workdays) {
        List<Map<String, Object>> off = new ArrayList<>();
        String problem = days("放假日期", holidays, off);
        List<Map<String, Object>> worked = new ArrayList<>();
        if (problem == null) {
            problem = days("调休上班日期", workdays, worked);
        }
        if (problem != null) {
            return new Read(null, problem);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title == null ? "" : title.trim());
        body.put("holidays", off);
        body.put("workdays", worked);
        return new Read(body, null);
    }

    private static String days(String box, String text, List<Map<String, Object>> into) {
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            LocalDate date;
            try {
                date = LocalDate.parse(parts[0]);
            } catch (DateTimeParseException e) {
                return box + "第" + (i + 1) + "行「" + line + "」的日期看不懂：请写成 2027-01-01 元旦 这样，一行一天。";
            }
            if (parts.length < 2 || parts[1].isBlank()) {
                return box + "第" + (i + 1) + "行「" + line + "」缺少名称：请在日期后写上节日名称，如 2027-01-01 元旦。";
            }
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", date.toString());
            day.put("name", parts[1].strip());
            into.add(day);
        }
        return null;
    }
}
