package cn.zhaoshang.assist.ticket.sla;

/** An amount of working time as configured: {@code 8h} (working hours) or {@code 3d} (working days). */
public record WorkingTime(int amount, LimitUnit unit) {

    public static final WorkingTime NONE = new WorkingTime(0, LimitUnit.WORKING_HOURS);

    public static WorkingTime parse(String text) {
        String value = text.strip();
        if (value.length() < 2) {
            throw new IllegalArgumentException("working time '" + text + "' is not a number followed by h or d");
        }
        int number = Integer.parseInt(value.substring(0, value.length() - 1));
        return switch (value.charAt(value.length() - 1)) {
            case 'h' -> new WorkingTime(number, LimitUnit.WORKING_HOURS);
            case 'd' -> new WorkingTime(number, LimitUnit.WORKING_DAYS);
            default -> throw new IllegalArgumentException("working time '" + text + "' must end in h or d");
        };
    }

    /** As working seconds, a day counting as one full working day ({@code secondsPerWorkingDay}): for measuring waits. */
    public long seconds(long secondsPerWorkingDay) {
        return unit == LimitUnit.WORKING_DAYS ? amount * secondsPerWorkingDay
                : unit == LimitUnit.WORKING_HOURS ? amount * 3600L : amount * 60L;
    }
}
