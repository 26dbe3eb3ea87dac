package org.viltzoom.event.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.viltzoom.event.application.exception.EventNotEditableException;
import org.viltzoom.event.application.exception.TrainingEventNotFoundException;
import org.viltzoom.event.application.exception.ValidationFailedException;
import org.viltzoom.event.application.port.in.EnrollLearners;
import org.viltzoom.event.application.port.out.AccountViews;
import org.viltzoom.event.application.port.out.DomainEvents;
import org.viltzoom.event.application.port.out.Enrollments;
import org.viltzoom.event.application.port.out.TrainingEventRepository;
import org.viltzoom.event.application.port.out.ZoomMeetings;
import org.viltzoom.event.domain.Enrollment;
import org.viltzoom.event.domain.EventStatus;
import org.viltzoom.event.domain.RuleViolation;
import org.viltzoom.event.domain.TrainingEvent;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.trainingevent.LearnerEnrolled;
import org.viltzoom.kernel.event.trainingevent.LearnerUnenrolled;

/**
 * Each learner is registered in Zoom first and then stored with its domain event in a
 * transaction of its own, so a failure part-way keeps the learners done so far and a repeated
 * request continues with the rest.
 */
@ApplicationScoped
class EnrollmentService implements EnrollLearners {

    private static final Logger LOG = Logger.getLogger(EnrollmentService.class);

    @Inject
    TrainingEventRepository events;

    @Inject
    Enrollments enrollments;

    @Inject
    AccountViews accounts;

    @Inject
    ZoomMeetings zoom;

    @Inject
    DomainEvents domainEvents;

    @Override
    public List<Enrollment> replace(String platform, UUID trainingEventId, List<Enrollment> learners) {
        TrainingEvent event = find(platform, trainingEventId);
        if (event.status() != EventStatus.SCHEDULED) {
            throw new EventNotEditableException("event-not-scheduled",
                    "The event is " + event.status() + "; its enrollments can no longer change.");
        }
        Map<String, Enrollment> wanted = unique(learners);
        boolean registration = registrationRequired(event);
        if (registration) {
            requireEmails(learners);
        }

        Map<String, Enrollment> current = new LinkedHashMap<>();
        Transactions.call(() -> enrollments.list(trainingEventId))
                .forEach(enrollment -> current.put(enrollment.lmsUserId(), enrollment));

        for (Enrollment learner : wanted.values()) {
            Enrollment stored = current.get(learner.lmsUserId());
            boolean unregistered = registration && stored != null && stored.registrantId() == null;
            if (stored == null || stored.differsFrom(learner) || unregistered) {
                Enrollment enrolled = enroll(event, learner, registration);
                deleteReplacedRegistration(event, stored, enrolled);
            }
        }
        for (Enrollment stored : current.values()) {
            if (!wanted.containsKey(stored.lmsUserId())) {
                unenroll(event, stored);
            }
        }
        return list(platform, trainingEventId);
    }

    @Override
    public List<Enrollment> list(String platform, UUID trainingEventId) {
        find(platform, trainingEventId);
        return Transactions.call(() -> enrollments.list(trainingEventId));
    }

    /**
     * Registers every enrolled learner on the event's new meeting after a replacement, because
     * personal join URLs belong to one meeting. Each learner gets a LearnerEnrolled with the new URL.
     */
    void registerAgain(UUID trainingEventId) {
        TrainingEvent event = Transactions.call(() -> events.findForUpdate(trainingEventId)).orElseThrow();
        if (!registrationRequired(event)) {
            return;
        }
        for (Enrollment learner : Transactions.call(() -> enrollments.list(trainingEventId))) {
            if (learner.email() == null) {
                continue;
            }
            try {
                enroll(event, learner, true);
            } catch (RuntimeException e) {
                // The stale registration is dropped, so the LMS's next enrollment PUT registers the learner.
                // NOTE: no worker retries this by itself.
                LOG.errorf(e, "Registering learner lmsUserId=%s on the new meeting of trainingEventId=%s failed",
                        learner.lmsUserId(), trainingEventId);
                Enrollment unregistered = new Enrollment(learner.lmsUserId(), learner.email(), learner.firstName(),
                        learner.lastName(), null, null);
                Transactions.run(() -> enrollments.save(trainingEventId, unregistered));
            }
        }
    }

    private Enrollment enroll(TrainingEvent event, Enrollment learner, boolean registration) {
        Enrollment enrolled = learner;
        if (registration) {
            ZoomMeetings.Registrant registrant = zoom.register(event.details().accountId(), event.meeting().meetingId(),
                    event.meeting().kind(), learner.email(), learner.firstName(), learner.lastName());
            enrolled = new Enrollment(learner.lmsUserId(), learner.email(), learner.firstName(), learner.lastName(),
                    registrant.registrantId(), registrant.joinUrl());
        }
        Enrollment result = enrolled;
        Transactions.run(() -> {
            enrollments.save(event.id(), result);
            domainEvents.publish(new PlatformId(event.platform()), new LearnerEnrolled(event.id(), result.lmsUserId(),
                    result.email(), result.firstName(), result.lastName(), result.registrantId(), result.joinUrl()));
        });
        LOG.infof("Enrolled learner trainingEventId=%s lmsUserId=%s registered=%s", event.id(), learner.lmsUserId(),
                registration);
        return result;
    }

    /**
     * Deletes the learner's registration in Zoom first, so that the personal join URL stops
     * working. If Zoom fails, the learner stays enrolled and the request fails, so that the LMS's
     * next enrollment PUT tries again.
     */
    private void unenroll(TrainingEvent event, Enrollment stored) {
        boolean registered = stored.registrantId() != null && event.meeting() != null;
        if (registered) {
            zoom.deleteRegistration(event.details().accountId(), event.meeting().meetingId(), event.meeting().kind(),
                    stored.registrantId());
        }

        Transactions.run(() -> {
            enrollments.remove(event.id(), stored.lmsUserId());
            domainEvents.publish(new PlatformId(event.platform()), new LearnerUnenrolled(event.id(), stored.lmsUserId()));
        });
        LOG.infof("Unenrolled learner trainingEventId=%s lmsUserId=%s registrationDeleted=%s", event.id(),
                stored.lmsUserId(), registered);
    }

    /**
     * Deletes the registration that a new one replaced, as after a change of email. The new
     * enrollment is already stored, so a failure here is logged and does not fail the request.
     */
    private void deleteReplacedRegistration(TrainingEvent event, Enrollment stored, Enrollment enrolled) {
        if (stored == null || stored.registrantId() == null || enrolled.registrantId() == null
                || event.meeting() == null || stored.registrantId().equals(enrolled.registrantId())) {
            return;
        }

        try {
            zoom.deleteRegistration(event.details().accountId(), event.meeting().meetingId(), event.meeting().kind(),
                    stored.registrantId());
            LOG.infof("Deleted the replaced Zoom registration trainingEventId=%s lmsUserId=%s", event.id(),
                    stored.lmsUserId());
        } catch (RuntimeException e) {
            // NOTE: nothing retries this, so the old personal join URL keeps working.
            LOG.errorf(e, "Deleting the replaced Zoom registration of learner lmsUserId=%s of trainingEventId=%s failed",
                    stored.lmsUserId(), event.id());
        }
    }

    private boolean registrationRequired(TrainingEvent event) {
        Boolean own = event.details().registrationRequired();
        if (own != null) {
            return own;
        }
        return accounts.find(event.details().accountId()).map(account -> account.mandatoryRegistration()).orElse(false);
    }

    private TrainingEvent find(String platform, UUID id) {
        return Transactions.call(() -> events.find(platform, id)).orElseThrow(() -> new TrainingEventNotFoundException(id));
    }

    private static Map<String, Enrollment> unique(List<Enrollment> learners) {
        Map<String, Enrollment> byId = new LinkedHashMap<>();
        Set<String> duplicates = new HashSet<>();
        for (int i = 0; i < learners.size(); i++) {
            Enrollment learner = learners.get(i);
            if (learner.lmsUserId() == null || learner.lmsUserId().isBlank()) {
                throw new ValidationFailedException(List.of(new RuleViolation("[" + i + "].lmsUserId", "missing",
                        "Every learner needs an lmsUserId.")));
            }
            if (byId.put(learner.lmsUserId(), learner) != null) {
                duplicates.add(learner.lmsUserId());
            }
        }
        if (!duplicates.isEmpty()) {
            throw new ValidationFailedException(List.of(new RuleViolation("lmsUserId", "duplicate-learner",
                    "Learners " + duplicates + " are listed more than once.")));
        }
        return byId;
    }

    private static void requireEmails(List<Enrollment> learners) {
        for (int i = 0; i < learners.size(); i++) {
            if (learners.get(i).email() == null || learners.get(i).email().isBlank()) {
                throw new ValidationFailedException(List.of(new RuleViolation("[" + i + "].email", "missing",
                        "Registration is mandatory for this event, so learner " + learners.get(i).lmsUserId()
                                + " needs an email.")));
            }
        }
    }
}
