package org.viltzoom.attendance.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.viltzoom.attendance.application.port.in.ErasePersonalData;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.security.Roles;

/** Erasure of an LMS user's personal data in attendance-service, for data-protection requests. */
@Path("/api/v1/platforms/{platform}/lms-users/{lmsUserId}/personal-data")
@Tag(name = "Personal data")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    @Inject
    ErasePersonalData erasure;

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "Erase an LMS user's personal data on the platform",
            description = "Removes the user's names, email and registrant id from enrollments, the identity of the "
                    + "Zoom connections credited to the user, and unmatched participants with the user's email. "
                    + "Attendance figures stay under the LMS user id. A repeated request returns 204 as well; "
                    + "an enrollment that event-service sent before the erasure and delivers again stores no "
                    + "contact data.")
    public Response erase(@PathParam("platform") String platform,
                          @PathParam("lmsUserId") @Size(min = 1, max = 255) String lmsUserId) {
        erasure.erase(PlatformId.of(platform), lmsUserId);
        return Response.noContent().build();
    }
}
