package cn.zhaoshang.assist.ticket;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Schema(examples = "{\"assignee\": \"li.na\", \"note\": \"请项目长协调供电公司\"}")
    public record Assign(@NotBlank @Size(max = 200) String assignee, @Size(max = 2000) String note) {
    }

    /** A comment; {@code internal} ones stay within the team. */
    @Schema(examples = "{\"body\": \"已联系供电公司，正在排期迁改\", \"internal\": false}")
    public record Comment(@NotBlank @Size(max = 5000) String body, Boolean internal) {
    }

    @Schema(examples = "{\"resolution\": \"供电公司已完成杆线迁改，场地具备开工条件\"}")

    public record Resolve(@NotBlank @Size(max = 5000) String resolution) {
    }

    /** 跟踪问效: the enterprise confirms the fix and rates it 1–5. */
    @Schema(examples = "{\"rating\": 5, \"comment\": \"响应及时，迁改顺利\"}")
    public record Confirm(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 2000) String comment) {
    }

    /** Stop the resolution clock while waiting on the enterprise (documents) or a department (e.g. the power company). */
    @Schema(examples = "{\"waitingOn\": \"DEPARTMENT\", \"department\": \"国网淮安供电公司\", \"reason\": \"等待供电公司现场勘察\"}")
    public record Pause(@NotNull WaitingOn waitingOn, @Size(max = 200) String department, @NotBlank @Size(max = 2000) String reason) {
    }

    public enum WaitingOn {
        ENTERPRISE, DEPARTMENT
    }

    @Schema(examples = "{\"reason\": \"杆线仍未迁改\"}")

    public record Reopen(@NotBlank @Size(max = 2000) String reason) {
    }

    /** Put the ticket one level up the ladder, saying why. */
    @Schema(examples = "{\"reason\": \"供电公司排期过长，需包联领导协调\"}")
    public record Escalate(@NotBlank @Size(max = 2000) String reason) {
    }

    /** 会办: put the ticket on the agenda of a joint meeting on a given day. */
    @Schema(examples = "{\"meetingOn\": \"2026-12-08\", \"topic\": \"杆线迁改会办\"}")
    public record Meeting(@NotNull @FutureOrPresent LocalDate meetingOn, @NotBlank @Size(max = 500) String topic) {
    }

    /** What the joint meeting decided. */
    @Schema(examples = "{\"decision\": \"供电公司12月15日前完成迁改\"}")
    public record MeetingDecision(@NotBlank @Size(max = 5000) String decision) {
    }
}
