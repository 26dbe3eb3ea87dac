package org.viltzoom.event.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "account_view")
public class AccountViewEntity {

    @Id
    @Column(name = "account_id")
    public UUID accountId;
    public String platform;
    public String status;
    @Column(name = "zoom_account_id")
    public String zoomAccountId;
    @Column(name = "max_sessions_per_course")
    public Integer maxSessionsPerCourse;
    @Column(name = "max_sessions_per_account")
    public Integer maxSessionsPerAccount;
    @Column(name = "max_concurrent_rooms")
    public Integer maxConcurrentRooms;
    @Column(name = "mandatory_registration")
    public boolean mandatoryRegistration;
    @Column(name = "mandatory_authentication")
    public boolean mandatoryAuthentication;
    @Column(name = "authentication_option")
    public String authenticationOption;
    /** A JSON array of template ids. */
    @Column(name = "enabled_template_ids")
    public String enabledTemplateIds;
    @Column(name = "default_template_id")
    public String defaultTemplateId;
}
