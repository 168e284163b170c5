package cn.zhaoshang.assist.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A 帮办 ticket: an enterprise's problem on one project, owned by whoever accepted it (首问负责制). */
@Entity
public class Ticket extends PanacheEntityBase {
    /**
     * SQL over {@code ticket t} at {@code :now}: open and past the response deadline (not yet accepted) or the
     * resolution deadline. A ticket waiting on someone else (paused) is not overdue: its clock stands still.
     */
    public static final String OVERDUE = "t.status in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REOPENED') and not t.paused"
            + " and (t.resolution_due_at < :now or (t.status = 'SUBMITTED' and t.response_due_at < :now))";

    @Id
    public UUID id;
    @Version
    public long version;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "project_name")
    public String projectName;
    @Column(name = "enterprise_code")
    public String enterpriseCode;
    public String district;
    @Enumerated(EnumType.STRING)
    public Category category;
    @Enumerated(EnumType.STRING)
    public Priority priority;
    public String title;
    public String description;
    public String contact;
    @Column(name = "blocks_milestone")
    public String blocksMilestone;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String owner;
    @Column(name = "escalation_level")
    public int escalationLevel;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "response_due_at")
    public Instant responseDueAt;
    @Column(name = "resolution_due_at")
    public Instant resolutionDueAt;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    /** Waiting on the enterprise or a department: the resolution clock is stopped. */
    public boolean paused;
    @Column(name = "waiting_on")
    public String waitingOn;
    @Column(name = "waiting_department")
    public String waitingDepartment;
    @Column(name = "paused_at")
    public Instant pausedAt;
    /** Working seconds spent waiting so far, already added to the resolution deadline. */
    @Column(name = "paused_seconds")
    public long pausedSeconds;
    public Integer rating;
    @Column(name = "rating_comment")
    public String ratingComment;
    @Column(name = "updated_at")
    public Instant updatedAt;

    // The SLA clocks: when to warn, which resolution round is running, whether a limit was broken.
    @Column(name = "warning_ratio")
    public BigDecimal warningRatio;
    @Column(name = "response_warn_at")
    public Instant responseWarnAt;
    @Column(name = "resolution_warn_at")
    public Instant resolutionWarnAt;
    @Column(name = "resolution_limit_seconds")
    public long resolutionLimitSeconds;
    @Column(name = "resolution_round")
    public int resolutionRound;
    @Column(name = "response_breached")
    public boolean responseBreached;
    @Column(name = "resolution_breached")
    public boolean resolutionBreached;
    /** Working seconds from submission to acceptance; and to the first resolution, waits excluded. */
    @Column(name = "response_seconds")
    public Long responseSeconds;
    @Column(name = "resolution_seconds")
    public Long resolutionSeconds;
    @Column(name = "reopen_count")
    public int reopenCount;
    @Column(name = "confirm_remind_at")
    public Instant confirmRemindAt;
    @Column(name = "auto_close_at")
    public Instant autoCloseAt;
    // 会办
    @Column(name = "meeting_on")
    public LocalDate meetingOn;
    @Column(name = "meeting_topic")
    public String meetingTopic;
    @Column(name = "meeting_decision")
    public String meetingDecision;

    /** With a row lock: one ticket's actions (and their events) happen one after another. */
    public static Optional<Ticket> lockedById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public SlaState slaState() {
        return new SlaState(status, paused, responseWarnAt, responseDueAt, resolutionWarnAt, resolutionDueAt,
                resolutionRound, confirmRemindAt, autoCloseAt, reopenCount);
    }
}
