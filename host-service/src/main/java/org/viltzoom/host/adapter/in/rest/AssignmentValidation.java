package org.viltzoom.host.adapter.in.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.viltzoom.host.adapter.in.rest.HostDtos.AssignHostsRequest;
import org.viltzoom.host.adapter.in.rest.HostDtos.LmsUserBody;
import org.viltzoom.host.domain.HostProfile;
import org.viltzoom.kernel.domain.EmailAddress;
import org.viltzoom.kernel.domain.LmsUserId;
import org.viltzoom.kernel.rest.FieldViolation;
import org.viltzoom.kernel.rest.ProblemException;

/**
 * Turns an assignment request into host profiles, or rejects the whole request with one field
 * error per invalid entry, so that the LMS can fix all of them at once.
 */
final class AssignmentValidation {

    private AssignmentValidation() {
    }

    static List<HostProfile> profiles(AssignHostsRequest request, int maxSize) {
        if (request == null || request.hosts() == null || request.hosts().isEmpty()) {
            throw ProblemException.invalidFields(List.of(new FieldViolation("hosts", "missing",
                    "hosts is missing or empty; send 1 to " + maxSize + " LMS users.")));
        }
        if (request.hosts().size() > maxSize) {
            throw ProblemException.invalidFields(List.of(new FieldViolation("hosts", "too-many",
                    "hosts has " + request.hosts().size() + " entries; send at most " + maxSize
                            + " per request.")));
        }

        List<FieldViolation> violations = new ArrayList<>();
        List<HostProfile> profiles = new ArrayList<>(request.hosts().size());
        Map<String, Integer> firstIndexOfLmsUser = new HashMap<>();
        for (int i = 0; i < request.hosts().size(); i++) {
            LmsUserBody body = request.hosts().get(i);
            HostProfile profile = profile(body, "hosts[" + i + "]", violations);
            // Duplicates are found even in entries with other errors, so that one response lists all of them.
            String lmsUserId = body == null ? null : body.lmsUserId();
            Integer first = lmsUserId == null ? null : firstIndexOfLmsUser.putIfAbsent(lmsUserId, i);
            if (first != null) {
                violations.add(new FieldViolation("hosts[" + i + "].lmsUserId", "duplicate",
                        "LMS user '" + lmsUserId + "' is also at hosts[" + first + "]; list each user once."));
            }
            if (profile != null) {
                profiles.add(profile);
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations);
        }
        return profiles;
    }

    private static HostProfile profile(LmsUserBody body, String path, List<FieldViolation> violations) {
        if (body == null) {
            violations.add(new FieldViolation(path, "missing", path + " is null; send an object with lmsUserId and email."));
            return null;
        }
        int before = violations.size();
        LmsUserId lmsUserId = null;
        EmailAddress email = null;
        try {
            lmsUserId = LmsUserId.of(body.lmsUserId());
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(path + ".lmsUserId", body.lmsUserId() == null ? "missing" : "invalid",
                    e.getMessage() + "."));
        }
        try {
            email = EmailAddress.of(body.email());
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(path + ".email", body.email() == null ? "missing" : "invalid",
                    e.getMessage() + "."));
        }
        checkName(body.firstName(), path + ".firstName", violations);
        checkName(body.lastName(), path + ".lastName", violations);
        if (violations.size() > before) {
            return null;
        }
        return new HostProfile(lmsUserId, email, body.firstName(), body.lastName());
    }

    private static void checkName(String name, String field, List<FieldViolation> violations) {
        if (name != null && name.strip().length() > HostProfile.MAX_NAME_LENGTH) {
            violations.add(new FieldViolation(field, "too-long",
                    field + " is longer than " + HostProfile.MAX_NAME_LENGTH + " characters."));
        }
    }
}
