package cn.zhaoshang.assist.ticket.sla;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the yearly arrangement files ({@code calendar/2026.txt}: {@code yyyy-MM-dd HOLIDAY|WORKDAY name} per line,
 * {@code # title: …} for the notice's title, # for comments). The shipped years come from the classpath and seed
 * the calendar; a directory named by configuration may add or replace years without a code change. Admins load
 * further years through the API instead ({@link OfficialCalendar}).
 */
public final class CalendarData {

    private static final String TITLE = "# title:";

    private CalendarData() {
    }

    /** The shipped years, then those of {@code extraDirectory} (null for none), one arrangement per year. */
    public static Map<Integer, CalendarArrangement> load(Path extraDirectory) {
        Map<Integer, CalendarArrangement> years = new TreeMap<>();
        for (int year = CalendarArrangement.FIRST_YEAR; year <= CalendarArrangement.LAST_YEAR; year++) {
            try (InputStream in = CalendarData.class.getResourceAsStream("/calendar/" + year + ".txt")) {
                if (in != null) {
                    years.put(year, parse(year, new String(in.readAllBytes(), StandardCharsets.UTF_8), "calendar/" + year + ".txt"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (extraDirectory != null && Files.isDirectory(extraDirectory)) {
            try (Stream<Path> files = Files.list(extraDirectory)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d{4}\\.txt")).sorted().toList()) {
                    int year = Integer.parseInt(file.getFileName().toString().substring(0, 4));
                    years.put(year, parse(year, Files.readString(file), file.toString()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return years;
    }

    /** All days of the given arrangements as exceptions to Monday to Friday. */
    public static Map<LocalDate, WorkingCalendar.DayKind> days(Map<Integer, CalendarArrangement> years) {
        Map<LocalDate, WorkingCalendar.DayKind> days = new TreeMap<>();
        years.values().forEach(arrangement -> days.putAll(arrangement.days()));
        return days;
    }

    static CalendarArrangement parse(int year, String text, String source) {
        String title = source;
        List<CalendarArrangement.Day> holidays = new ArrayList<>();
        List<CalendarArrangement.Day> workdays = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int number = 1; number <= lines.length; number++) {
            String content = lines[number - 1].strip();
            if (content.startsWith(TITLE)) {
                title = content.substring(TITLE.length()).strip();
            }
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] parts = content.split("\\s+", 3);
            LocalDate date;
            WorkingCalendar.DayKind kind;
            try {
                date = LocalDate.parse(parts[0]);
                kind = WorkingCalendar.DayKind.valueOf(parts[1]);
            } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(source + " line " + number + ": expected 'yyyy-MM-dd HOLIDAY|WORKDAY name'");
            }
            if (date.getYear() != year) {
                throw new IllegalArgumentException(source + " line " + number + ": " + date + " is not in " + year);
            }
            CalendarArrangement.Day day = new CalendarArrangement.Day(date, parts.length > 2 ? parts[2] : "", null);
            (kind == WorkingCalendar.DayKind.HOLIDAY ? holidays : workdays).add(day);
        }
        return new CalendarArrangement(year, title, holidays, workdays);
    }
}
