package cn.zhaoshang.chassis.problem;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class QueryParametersTest {

    @Test
    void valuesOfTheDeclaredTypePass() {
        assertThat(QueryParameters.refusal(int.class, "20")).isEmpty();
        assertThat(QueryParameters.refusal(ChronoUnit.class, "DAYS")).isEmpty();
        assertThat(QueryParameters.refusal(LocalDate.class, "2026-02-28")).isEmpty();
        assertThat(QueryParameters.refusal(UUID.class, UUID.randomUUID().toString())).isEmpty();
        assertThat(QueryParameters.refusal(String.class, "anything")).isEmpty();
    }

    @Test
    void whatCannotBeReadSaysWhatWouldDo() {
        assertThat(QueryParameters.refusal(int.class, "abc")).get().asString().startsWith("a whole number");
        assertThat(QueryParameters.refusal(int.class, "2147483648")).isPresent();
        assertThat(QueryParameters.refusal(ChronoUnit.class, "NOPE")).get().asString().contains("DAYS");
        assertThat(QueryParameters.refusal(LocalDate.class, "2026-02-30")).get().asString().contains("a date that exists");
        assertThat(QueryParameters.refusal(Boolean.class, "yes")).contains("true or false");
    }
}
