package cn.zhaoshang.chassis.spreadsheet;

/** One column of a written sheet: its Chinese header (units in it, e.g. 总投资（万元）) and how its cells read. */
public record Column(String header, Kind kind) {

    public enum Kind {
        /** Text as it is; text a spreadsheet would run as a formula is kept as text. */
        TEXT,
        /** 万元 with two decimals and thousands separators. */
        MONEY,
        /** A whole number. */
        COUNT,
        /** A figure in percent as the API gives it (85.5), written as the fraction 0.855 in a 0.00% cell. */
        PERCENT,
        /** A figure with two decimals (hours, a mean rating). */
        DECIMAL,
        /** A date cell (LocalDate), shown as 2026-07-06. */
        DATE,
        /** A date and time cell in Beijing time (an Instant is converted), shown as 2026-07-06 09:30. */
        DATE_TIME
    }

    public static Column text(String header) {
        return new Column(header, Kind.TEXT);
    }

    public static Column money(String header) {
        return new Column(header, Kind.MONEY);
    }

    public static Column count(String header) {
        return new Column(header, Kind.COUNT);
    }

    public static Column percent(String header) {
        return new Column(header, Kind.PERCENT);
    }

    public static Column decimal(String header) {
        return new Column(header, Kind.DECIMAL);
    }

    public static Column date(String header) {
        return new Column(header, Kind.DATE);
    }

    public static Column dateTime(String header) {
        return new Column(header, Kind.DATE_TIME);
    }
}
