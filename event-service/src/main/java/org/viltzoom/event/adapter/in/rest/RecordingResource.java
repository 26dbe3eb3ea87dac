package org.viltzoom.event.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.viltzoom.event.application.port.in.ImportRecordings;
import org.viltzoom.event.application.port.in.RecordRecordings;
import org.viltzoom.event.domain.RecordingFile;
import org.viltzoom.kernel.security.Roles;

@Path("/api/v1/platforms/{platform}/training-events/{eventId}/recordings")
@Tag(name = "Training events")
@Produces(MediaType.APPLICATION_JSON)
public class RecordingResource {

    /** A recording file without its download token. */
    public record RecordingFileBody(String meetingUuid, String fileId, String fileType, long fileSize,
                                    String recordingType, String status) {
    }

    /** The result of an import. */
    public record ImportedBody(String fileId, String fileType, long bytes, String location) {
    }

    @Inject
    RecordRecordings recordings;

    @Inject
    ImportRecordings imports;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "List the cloud recording files Zoom announced for the event's meetings")
    public List<RecordingFileBody> list(@PathParam("platform") String platform, @PathParam("eventId") UUID eventId) {
        return recordings.list(platform, eventId).stream().map(RecordingResource::toBody).toList();
    }

    @GET
    @Path("/zoom")
    @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "List the cloud recording files of the event's current meeting as Zoom has them now")
    public List<RecordingFileBody> listInZoom(@PathParam("platform") String platform,
                                              @PathParam("eventId") UUID eventId) {
        return imports.listInZoom(platform, eventId).stream().map(RecordingResource::toBody).toList();
    }

    @POST
    @Path("/{fileId}/import")
    @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "Import a cloud recording file",
            description = "Distinct problem codes for a file still processing, a meeting not recorded, a deleted or "
                    + "expired file, a missing Zoom permission, a file above the maximum size and disabled downloads.")
    public ImportedBody importFile(@PathParam("platform") String platform, @PathParam("eventId") UUID eventId,
                                   @PathParam("fileId") String fileId) {
        ImportRecordings.Imported imported = imports.importFile(platform, eventId, fileId);
        return new ImportedBody(imported.file().fileId(), imported.file().fileType(), imported.bytes(),
                imported.location());
    }

    private static RecordingFileBody toBody(RecordingFile file) {
        return new RecordingFileBody(file.meetingUuid(), file.fileId(), file.fileType(), file.fileSize(),
                file.recordingType(), file.status());
    }
}
