package org.viltzoom.event.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.viltzoom.event.adapter.in.rest.TrainingEventDtos.PasscodeResponse;
import org.viltzoom.event.application.port.in.GeneratePasscodes;
import org.viltzoom.kernel.rest.FieldViolation;
import org.viltzoom.kernel.rest.ProblemException;
import org.viltzoom.kernel.security.Roles;

@Path("/api/v1/platforms/{platform}/accounts/{accountId}/passcodes")
@Tag(name = "Training events")
@Produces(MediaType.APPLICATION_JSON)
public class PasscodeResource {

    @Inject
    GeneratePasscodes passcodes;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.SERVICE})
    @Operation(summary = "Generate a passcode that the host's Zoom passcode policy accepts")
    public PasscodeResponse generate(@PathParam("platform") String platform, @PathParam("accountId") UUID accountId,
                                     @QueryParam("hostId") UUID hostId) {
        if (hostId == null) {
            throw ProblemException.invalidFields(List.of(new FieldViolation("hostId", "missing",
                    "Name the host whose Zoom passcode policy applies, as query parameter hostId.")));
        }
        return new PasscodeResponse(passcodes.generate(platform, accountId, hostId));
    }
}
