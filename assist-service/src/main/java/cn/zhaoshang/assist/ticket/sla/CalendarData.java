package cn.zhaoshang.assist.ticket.sla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the yearly holiday files ({@code calendar/2026.txt}: {@code yyyy-MM-dd HOLIDAY|WORKDAY label}, # for
 * comments). Shipped years come from the classpath; a next year is added by dropping its file into the
 * directory named by configuration, no code change.
 */
public final class CalendarData {

    private CalendarData() {
    }

    public static Map<LocalDate, WorkingCalendar.DayKind> load(Path extraDirectory) {
        Map<LocalDate, WorkingCalendar.DayKind> days = new HashMap<>();
        for (int year = 2000; year <= 2100; year++) {
            try (InputStream in = CalendarData.class.getResourceAsStream("/calendar/" + year + ".txt")) {
                if (in != null) {
                    days.putAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "calendar/" + year + ".txt"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (extraDirectory != null && Files.isDirectory(extraDirectory)) {
            try (Stream<Path> files = Files.list(extraDirectory)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d{4}\\.txt")).sorted().toList()) {
                    days.putAll(parse(Files.readString(file), file.toString()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return days;
    }

    static Map<LocalDate, WorkingCalendar.DayKind> parse(String text, String source) {
        Map<LocalDate, WorkingCalendar.DayKind> days = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                String[] parts = content.split("\\s+", 3);
                try {
                    days.put(LocalDate.parse(parts[0]), WorkingCalendar.DayKind.valueOf(parts[1]));
                } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                    throw new IllegalArgumentException(source + " line " + number + ": expected 'yyyy-MM-dd HOLIDAY|WORKDAY label'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }
}
