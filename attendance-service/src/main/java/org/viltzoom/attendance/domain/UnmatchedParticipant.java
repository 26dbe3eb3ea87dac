package org.viltzoom.attendance.domain;

import java.time.Duration;
import org.viltzoom.kernel.domain.EmailAddress;

/** A participant who matched no enrolled learner and so credited no one. */
public record UnmatchedParticipant(String name, EmailAddress email, Duration attended) {
}
