package cn.zhaoshang.assist.ticket.sla;

/** Reads configured working time such as {@code 8h} (working hours) or {@code 3d} (working days) as seconds. */
public final class WorkingDuration {

    private WorkingDuration() {
    }

    public static long seconds(String amount, long secondsPerWorkingDay) {
        String value = amount.strip();
        if (value.length() < 2) {
            throw new IllegalArgumentException("working time '" + amount + "' is not a number followed by h or d");
        }
        long number = Long.parseLong(value.substring(0, value.length() - 1));
        return switch (value.charAt(value.length() - 1)) {
            case 'h' -> number * 3600;
            case 'd' -> number * secondsPerWorkingDay;
            default -> throw new IllegalArgumentException("working time '" + amount + "' must end in h or d");
        };
    }
}
