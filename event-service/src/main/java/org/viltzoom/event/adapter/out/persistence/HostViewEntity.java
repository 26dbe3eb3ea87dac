package org.viltzoom.event.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "host_view")
public class HostViewEntity {

    @Id
    @Column(name = "host_id")
    public UUID hostId;
    @Column(name = "account_id")
    public UUID accountId;
    @Column(name = "lms_user_id")
    public String lmsUserId;
    public String email;
    @Column(name = "email_lower")
    public String emailLower;
    @Column(name = "zoom_user_id")
    public String zoomUserId;
    public boolean paired;
    @Column(name = "webinar_capable")
    public boolean webinarCapable;
}
