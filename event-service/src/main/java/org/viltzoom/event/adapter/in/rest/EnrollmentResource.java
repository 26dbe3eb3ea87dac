package org.viltzoom.event.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.viltzoom.event.application.port.in.EnrollLearners;
import org.viltzoom.event.domain.Enrollment;
import org.viltzoom.kernel.rest.FieldViolation;
import org.viltzoom.kernel.rest.ProblemException;
import org.viltzoom.kernel.security.Roles;

@Path("/api/v1/platforms/{platform}/training-events/{eventId}/enrollments")
@Tag(name = "Training events")
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentResource {

    /** A learner as the LMS stores it. */
    public record LearnerBody(String lmsUserId, String email, String firstName, String lastName) {
    }

    /** An enrollment; with registration, the learner's Zoom registrant id and personal join URL. */
    public record EnrollmentBody(String lmsUserId, String email, String firstName, String lastName,
                                 String registrantId, String joinUrl) {
    }

    @Inject
    EnrollLearners enrollments;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "Set the enrollment list of an event",
            description = "Learners not in the list are unenrolled, and their Zoom registrations are deleted; with "
                    + "registration, new learners are registered in Zoom. Registrants no learner uses any more are "
                    + "deleted in Zoom, and retried in the background when Zoom fails. When a registration fails, "
                    + "the learners not done yet stay as they were, so send the same list again.")
    public List<EnrollmentBody> replace(@PathParam("platform") String platform, @PathParam("eventId") UUID eventId,
                                        List<LearnerBody> learners) {
        if (learners == null) {
            throw ProblemException.invalidFields(List.of(new FieldViolation("body", "missing",
                    "Send the enrollment list as a JSON array; an empty array unenrolls everyone.")));
        }
        for (int i = 0; i < learners.size(); i++) {
            if (learners.get(i) == null) {
                throw ProblemException.invalidFields(List.of(new FieldViolation("[" + i + "]", "missing",
                        "Each entry of the enrollment list must be a learner object, not null.")));
            }
        }
        List<Enrollment> wanted = learners.stream()
                .map(learner -> new Enrollment(learner.lmsUserId(), learner.email(), learner.firstName(),
                        learner.lastName(), null, null))
                .toList();
        return enrollments.replace(platform, eventId, wanted).stream().map(EnrollmentResource::toBody).toList();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.SERVICE})
    @Operation(summary = "List the learners enrolled in an event")
    public List<EnrollmentBody> list(@PathParam("platform") String platform, @PathParam("eventId") UUID eventId) {
        return enrollments.list(platform, eventId).stream().map(EnrollmentResource::toBody).toList();
    }

    private static EnrollmentBody toBody(Enrollment enrollment) {
        return new EnrollmentBody(enrollment.lmsUserId(), enrollment.email(), enrollment.firstName(),
                enrollment.lastName(), enrollment.registrantId(), enrollment.joinUrl());
    }
}
