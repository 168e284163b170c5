package cn.zhaoshang.notify.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

@Entity
public class Notification extends PanacheEntityBase {
    @Id
    public UUID id;
    /** Creation order, for stable paging and live-push resume. */
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Enumerated(EnumType.STRING)
    @Column(name = "audience_type")
    public Audience audienceType;
    @Column(name = "audience_key")
    public String audienceKey;
    public String kind;
    public String urgency;
    public String title;
    public String body;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "ticket_id")
    public UUID ticketId;
    @Column(name = "source_event_id")
    public String sourceEventId;
    @Column(name = "created_at")
    public Instant createdAt;
}
