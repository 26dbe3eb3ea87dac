package org.viltzoom.kernel.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.viltzoom.kernel.security.Roles;

/** A test resource that exercises validation and the problem-details mappers. */
@Path("/api/v1/platforms/{platform}/echo")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class EchoResource {

    public record EchoRequest(
            @NotBlank @Size(max = 255) String name,
            @Min(1) @Max(999) Integer limit,
            @Size(max = 3) List<@Email String> emails) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public EchoRequest echo(@PathParam("platform") String platform, @Valid EchoRequest request) {
        return request;
    }

    @GET
    public List<String> page(@QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return List.of("size=" + size);
    }

    @GET
    @Path("refused")
    public String refused() {
        throw new ProblemException(409, "account-already-paired", "Conflict",
                "Zoom account Qx7 is already paired to account A of platform sandbox.");
    }

    @GET
    @Path("bug")
    public String bug() {
        throw new IllegalStateException("internal detail that must not leak");
    }
}
