package cn.zhaoshang.chassis.problem;

import jakarta.ws.rs.QueryParam;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which query parameter of a request the resource method cannot read. JAX-RS answers a query value it cannot
 * convert (`size=abc`, `status=NOPE`, `asOf=2026-02-30`) with a bare 404, without saying which; this finds it by
 * converting each value the client sent to the type the method declares.
 */
final class QueryParameters {

    /** What a value of a declared type looks like, for the client's error message. */
    record Unreadable(String name, String value, String expected) {
    }

    private QueryParameters() {
    }

    static Optional<Unreadable> firstUnreadable(Method method, Map<String, List<String>> query) {
        if (method == null) {
            return Optional.empty();
        }
        for (Parameter parameter : method.getParameters()) {
            QueryParam name = parameter.getAnnotation(QueryParam.class);
            if (name == null) {
                continue;
            }
            for (String value : query.getOrDefault(name.value(), List.of())) {
                Optional<String> expected = refusal(parameter.getType(), value);
                if (expected.isPresent()) {
                    return Optional.of(new Unreadable(name.value(), value, expected.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** Empty when {@code value} converts to {@code type}; otherwise what a valid value looks like. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Optional<String> refusal(Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
                return Optional.empty();
            }
            if (type == long.class || type == Long.class) {
                Long.parseLong(value);
                return Optional.empty();
            }
            if (type.isEnum()) {
                Enum.valueOf((Class<? extends Enum>) type, value);
                return Optional.empty();
            }
            if (type == LocalDate.class) {
                LocalDate.parse(value);
                return Optional.empty();
            }
            if (type == YearMonth.class) {
                YearMonth.parse(value);
                return Optional.empty();
            }
            if (type == Instant.class) {
                Instant.parse(value);
                return Optional.empty();
            }
            if (type == UUID.class) {
                UUID.fromString(value);
                return Optional.empty();
            }
            if (type == BigDecimal.class) {
                new BigDecimal(value);
                return Optional.empty();
            }
            if (type == boolean.class || type == Boolean.class) {
                return value.equals("true") || value.equals("false") ? Optional.empty() : Optional.of("true or false");
            }
            return Optional.empty();
        } catch (RuntimeException refused) {
            return Optional.of(expected(type));
        }
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }
        if (type == LocalDate.class) {
            return "a date that exists, such as 2026-12-01";
        }
        if (type == YearMonth.class) {
            return "a month such as 2026-12";
        }
        if (type == Instant.class) {
            return "an instant such as 2026-12-01T08:00:00Z";
        }
        if (type == UUID.class) {
            return "an id such as 0b5e8a3c-4f1d-4c2e-9a7b-2d6f1e3c4b5a";
        }
        return "a number";
    }
}
