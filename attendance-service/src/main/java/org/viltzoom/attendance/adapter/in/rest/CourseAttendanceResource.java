package org.viltzoom.attendance.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.viltzoom.attendance.application.port.in.ReadAttendanceReports;
import org.viltzoom.attendance.application.port.in.ReadAttendanceReports.Page;
import org.viltzoom.attendance.application.port.in.ReadAttendanceReports.PageRequest;
import org.viltzoom.attendance.application.port.out.AttendanceReports.SessionStatistics;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.security.Roles;

/** The session statistics of a course: one row per training event with a published result. */
@Path("/api/v1/platforms/{platform}/courses/{courseId}/attendance")
@Tag(name = "Attendance reports")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
public class CourseAttendanceResource {

    @Inject
    ReadAttendanceReports reports;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.SERVICE})
    @Operation(summary = "Read the session statistics of a course, earliest scheduled start first",
            description = "averagePercentage is the mean over the enrolled learners, rounded to two decimals.")
    public Response statistics(@PathParam("platform") String platform, @PathParam("courseId") @NotBlank @Size(max = 255) String courseId,
                               @QueryParam("format") String format,
                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
                               @Context HttpHeaders headers) {
        boolean csv = ReportFormat.isCsv(format, headers);
        Page<SessionStatistics> sessions = reports.course(PlatformId.of(platform), courseId,
                csv ? null : new PageRequest(page, size));

        if (csv) {
            CsvTable table = new CsvTable("training_event_id", "ilt_session_id", "name", "scheduled_start",
                    "actual_length_seconds", "enrolled", "attended", "absent", "average_percentage", "unmatched");
            sessions.items().forEach(line -> table.row(line.trainingEventId(), line.iltSessionId(), line.name(),
                    line.scheduledStart(), line.actualLengthSeconds(), line.enrolled(), line.attended(),
                    line.absent(), line.averagePercentage(), line.unmatched()));
            return table.toResponse("course-attendance.csv");
        }
        return Response.ok(new ReportPage<>(sessions.items(), page, size, sessions.total()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
