package cn.zhaoshang.assist.ticket;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The bodies of the ticket actions. */
public final class ActionRequests {

    private ActionRequests() {
    }

    /** 交办: hand the ticket to another person, with a note. */
    public record Assign(@NotBlank @Size(max = 200) String assignee, @Size(max = 2000) String note) {
    }

    /** A comment; {@code internal} ones stay within the team. */
    public record Comment(@NotBlank @Size(max = 5000) String body, Boolean internal) {
    }

    public record Resolve(@NotBlank @Size(max = 5000) String resolution) {
    }

    /** 跟踪问效: the enterprise confirms the fix and rates it 1–5. */
    public record Confirm(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 2000) String comment) {
    }

    /** Stop the resolution clock while waiting on the enterprise (documents) or a department (e.g. the power company). */
    public record Pause(@NotNull WaitingOn waitingOn, @Size(max = 200) String department, @NotBlank @Size(max = 2000) String reason) {
    }

    public enum WaitingOn {
        ENTERPRISE, DEPARTMENT
    }

    public record Reopen(@NotBlank @Size(max = 2000) String reason) {
    }

    /** Put the ticket one level up the ladder, saying why. */
    public record Escalate(@NotBlank @Size(max = 2000) String reason) {
    }

    /** 会办: put the ticket on the agenda of a joint meeting on a given day. */
    public record Meeting(@NotNull @FutureOrPresent LocalDate meetingOn, @NotBlank @Size(max = 500) String topic) {
    }

    /** What the joint meeting decided. */
    public record MeetingDecision(@NotBlank @Size(max = 5000) String decision) {
    }
}
