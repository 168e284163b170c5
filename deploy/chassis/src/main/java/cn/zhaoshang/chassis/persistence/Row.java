package cn.zhaoshang.chassis.persistence;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One row of a native query, read by column name and type rather than by position. Create the query with
 * {@code Tuple.class} as its result class and read it with {@link #all}; the JDBC types PostgreSQL's driver
 * hands back (timestamps, times, numbers of any width) are converted here, once.
 */
public final class Row {

    private final Tuple tuple;

    private Row(Tuple tuple) {
        this.tuple = tuple;
    }

    @SuppressWarnings("unchecked")
    public static List<Row> all(Query tupleQuery) {
        return ((List<Tuple>) tupleQuery.getResultList()).stream().map(Row::new).toList();
    }

    public String text(String column) {
        Object value = tuple.get(column);
        return value == null ? null : value.toString();
    }

    public UUID uuid(String column) {
        Object value = tuple.get(column);
        return value == null || value instanceof UUID ? (UUID) value : UUID.fromString(value.toString());
    }

    public int integer(String column) {
        return ((Number) tuple.get(column)).intValue();
    }

    /** An integer column that may be null. */
    public Integer optionalInteger(String column) {
        Object value = tuple.get(column);
        return value == null ? null : ((Number) value).intValue();
    }

    public long number(String column) {
        return ((Number) tuple.get(column)).longValue();
    }

    public boolean flag(String column) {
        return Boolean.TRUE.equals(tuple.get(column));
    }

    public BigDecimal decimal(String column) {
        Object value = tuple.get(column);
        return value == null || value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
    }

    public Instant instant(String column) {
        Object value = tuple.get(column);
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) value).toInstant();
    }

    public LocalTime time(String column) {
        Object value = tuple.get(column);
        if (value == null || value instanceof LocalTime) {
            return (LocalTime) value;
        }
        return ((Time) value).toLocalTime();
    }

    public LocalDate date(String column) {
        Object value = tuple.get(column);
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    /** A text array column (such as an {@code array_agg}); empty when null. */
    public List<String> texts(String column) {
        Object value = tuple.get(column);
        if (value instanceof java.sql.Array array) {
            try {
                value = array.getArray();
            } catch (SQLException e) {
                throw new IllegalStateException("the array in column " + column + " cannot be read", e);
            }
        }
        return value == null ? List.of() : Arrays.stream((Object[]) value).map(String::valueOf).toList();
    }
}
