package cn.zhaoshang.assist.calendar;

import cn.zhaoshang.chassis.text.VisibleText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A year's official arrangement as the State Council's notice gives it. */
@Schema(examples = "{\"title\": \"国务院办公厅关于2028年部分节假日安排的通知\", \"holidays\": [{\"date\": \"2028-01-01\", \"name\": \"元旦\"}, {\"date\": \"2028-01-25\", \"name\": \"春节\"}], \"workdays\": [{\"date\": \"2028-02-05\", \"name\": \"春节调休\"}]}")
public record CalendarYearRequest(
        @Schema(description = "The notice's title", examples = "国务院办公厅关于2028年部分节假日安排的通知")
        @NotBlank @VisibleText @Size(max = 200) String title,
        @Schema(description = "Every day off, weekends within a holiday included")
        @NotNull @Size(max = 80) List<@NotNull @Valid Day> holidays,
        @Schema(description = "Weekend days worked instead (调休); each a Saturday or a Sunday")
        @NotNull @Size(max = 30) List<@NotNull @Valid Day> workdays) {

    public record Day(
            @NotNull LocalDate date,
            @Schema(examples = "春节") @NotBlank @VisibleText @Size(max = 50) String name,
            @Schema(description = "Why a weekday is off when neither the statute nor the year's 补休 and 调休 account for it")
            @Size(max = 200) String reason) {
    }
}
