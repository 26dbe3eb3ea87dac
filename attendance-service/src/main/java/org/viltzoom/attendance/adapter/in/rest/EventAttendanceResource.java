package org.viltzoom.attendance.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.viltzoom.attendance.application.port.in.ReadAttendanceReports;
import org.viltzoom.attendance.application.port.in.ReadAttendanceReports.EventAttendance;
import org.viltzoom.attendance.application.port.in.ReadAttendanceReports.Page;
import org.viltzoom.attendance.application.port.in.ReadAttendanceReports.PageRequest;
import org.viltzoom.attendance.application.port.out.AttendanceReports.EventSummary;
import org.viltzoom.attendance.application.port.out.AttendanceReports.LearnerLine;
import org.viltzoom.attendance.application.port.out.AttendanceReports.UnmatchedLine;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.security.Roles;

/** The published attendance of one training event, as JSON pages or as CSV of all rows. */
@Path("/api/v1/platforms/{platform}/training-events/{eventId}/attendance")
@Tag(name = "Attendance reports")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
public class EventAttendanceResource {

    @Inject
    ReadAttendanceReports reports;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.SERVICE})
    @Operation(summary = "Read the attendance of a training event",
            description = "Learners by last name, first name and LMS user id, with contact data from the enrollment. "
                    + "404 with code attendance-not-final until the meeting ended and a result was published.")
    public Response attendance(@PathParam("platform") String platform, @PathParam("eventId") UUID eventId,
                               @QueryParam("format") String format,
                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
                               @Context HttpHeaders headers) {
        boolean csv = ReportFormat.isCsv(format, headers);
        EventAttendance attendance = reports.eventAttendance(PlatformId.of(platform), eventId,
                csv ? null : new PageRequest(page, size));
        List<LearnerLine> learners = attendance.learners().items().stream().map(Percentages::rounded).toList();

        if (csv) {
            CsvTable table = new CsvTable("lms_user_id", "first_name", "last_name", "email", "status",
                    "seconds_attended", "percentage", "joins", "shared_email");
            learners.forEach(line -> table.row(line.lmsUserId(), line.firstName(), line.lastName(), line.email(),
                    line.status(), line.secondsAttended(), line.percentage(), line.joins(), line.sharedEmail()));
            return table.toResponse("attendance-" + eventId + ".csv");
        }

        EventSummary event = attendance.event();
        return Response.ok(new EventAttendanceResponse(event.trainingEventId(), event.courseId(),
                        event.iltSessionId(), event.name(), event.scheduledStart(), event.scheduledEnd(),
                        event.version(), event.finalizedAt(), event.actualLengthSeconds(), learners, page, size,
                        attendance.learners().total()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @GET
    @Path("/unmatched")
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.SERVICE})
    @Operation(summary = "List the participants who matched no enrolled learner, longest time first")
    public Response unmatched(@PathParam("platform") String platform, @PathParam("eventId") UUID eventId,
                              @QueryParam("format") String format,
                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                              @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
                              @Context HttpHeaders headers) {
        boolean csv = ReportFormat.isCsv(format, headers);
        Page<UnmatchedLine> unmatched = reports.unmatched(PlatformId.of(platform), eventId,
                csv ? null : new PageRequest(page, size));

        if (csv) {
            CsvTable table = new CsvTable("name", "email", "seconds_attended");
            unmatched.items().forEach(line -> table.row(line.name(), line.email(), line.secondsAttended()));
            return table.toResponse("unmatched-" + eventId + ".csv");
        }
        return Response.ok(new ReportPage<>(unmatched.items(), page, size, unmatched.total()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
