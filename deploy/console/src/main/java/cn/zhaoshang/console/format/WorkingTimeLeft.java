package cn.zhaoshang.console.format;

/**
 * Working time left before a deadline, as the service counted it on the official calendar (working minutes), in
 * words: 「剩余 1个工作日 3小时」, 「已超时 2小时10分钟」. A working day is 7.5 hours (08:30–12:00, 13:30–17:30).
 */
public final class WorkingTimeLeft {

    static final long MINUTES_PER_WORKING_DAY = 450;

    private WorkingTimeLeft() {
    }

    public static String words(Number minutes) {
        if (minutes == null) {
            return "";
        }
        long value = minutes.longValue();
        return value >= 0 ? "剩余 " + span(value) : "已超时 " + span(-value);
    }

    /** Less than half a working day left, not yet passed: the queue's "due soon". */
    public static boolean dueSoon(Number minutes) {
        return minutes != null && minutes.longValue() >= 0 && minutes.longValue() < MINUTES_PER_WORKING_DAY / 2;
    }

    public static boolean overdue(Number minutes) {
        return minutes != null && minutes.longValue() < 0;
    }

    static String span(long minutes) {
        long days = minutes / MINUTES_PER_WORKING_DAY;
        long rest = minutes % MINUTES_PER_WORKING_DAY;
        long hours = rest / 60;
        long mins = rest % 60;
        StringBuilder out = new StringBuilder();
        if (days > 0) {
            out.append(days).append("个工作日");
        }
        if (hours > 0) {
            out.append(hours).append("小时");
        }
        if (mins > 0 || out.length() == 0) {
            out.append(mins).append("分钟");
        }
        return out.toString();
    }
}
