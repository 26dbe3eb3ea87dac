package org.viltzoom.event.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "training_event_meeting")
public class MeetingHistoryEntity {

    @Id
    @Column(name = "meeting_id")
    public long meetingId;
    @Column(name = "training_event_id")
    public UUID trainingEventId;
    @Column(name = "assigned_at")
    public Instant assignedAt;
}
