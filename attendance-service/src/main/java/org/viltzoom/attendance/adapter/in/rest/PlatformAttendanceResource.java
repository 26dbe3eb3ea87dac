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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.viltzoom.attendance.application.port.in.ReadAttendanceReports;
import org.viltzoom.attendance.application.port.in.ReadAttendanceReports.Page;
import org.viltzoom.attendance.application.port.in.ReadAttendanceReports.PageRequest;
import org.viltzoom.attendance.application.port.out.AttendanceReports.RangeLine;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.rest.FieldViolation;
import org.viltzoom.kernel.rest.ProblemException;
import org.viltzoom.kernel.security.Roles;

/** The VILT report: every learner result of the finalized events that start in a time range. */
@Path("/api/v1/platforms/{platform}/attendance")
@Tag(name = "Attendance reports")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
public class PlatformAttendanceResource {

    @Inject
    ReadAttendanceReports reports;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "Read the learner results of the events scheduled to start in [from, to)",
            description = "from and to are ISO-8601 instants such as 2026-03-01T00:00:00Z; the range spans at most "
                    + "366 days. Rows by scheduled start, event, last name, first name and LMS user id.")
    public Response range(@PathParam("platform") String platform,
                          @QueryParam("from") String from,
                          @QueryParam("to") String to,
                          @QueryParam("format") String format,
                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                          @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
                          @Context HttpHeaders headers) {
        List<FieldViolation> violations = new ArrayList<>();
        Instant start = parseInstant("from", from, violations);
        Instant end = parseInstant("to", to, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations);
        }

        boolean csv = ReportFormat.isCsv(format, headers);
        Page<RangeLine> lines = reports.range(PlatformId.of(platform), start, end,
                csv ? null : new PageRequest(page, size));
        List<RangeLine> rows = lines.items().stream().map(Percentages::rounded).toList();

        if (csv) {
            CsvTable table = new CsvTable("training_event_id", "course_id", "event_name", "scheduled_start",
                    "lms_user_id", "first_name", "last_name", "email", "status", "seconds_attended", "percentage");
            rows.forEach(line -> table.row(line.trainingEventId(), line.courseId(), line.eventName(),
                    line.scheduledStart(), line.lmsUserId(), line.firstName(), line.lastName(), line.email(),
                    line.status(), line.secondsAttended(), line.percentage()));
            return table.toResponse("vilt-attendance.csv");
        }
        return Response.ok(new ReportPage<>(rows, page, size, lines.total()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private static Instant parseInstant(String field, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "missing",
                    field + " is required: an ISO-8601 instant such as 2026-03-01T00:00:00Z."));
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "invalid-instant",
                    field + " must be an ISO-8601 instant such as 2026-03-01T00:00:00Z."));
            return null;
        }
    }
}
