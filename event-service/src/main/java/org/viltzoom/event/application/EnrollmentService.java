package org.viltzoom.event.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.viltzoom.event.application.exception.EventNotEditableException;
import org.viltzoom.event.application.exception.TrainingEventNotFoundException;
import org.viltzoom.event.application.exception.ValidationFailedException;
import org.viltzoom.event.application.port.in.EnrollLearners;
import org.viltzoom.event.application.port.out.AccountViews;
import org.viltzoom.event.application.port.out.ConcurrentEventUpdateException;
import org.viltzoom.event.application.port.out.DomainEvents;
import org.viltzoom.event.application.port.out.Enrollments;
import org.viltzoom.event.application.port.out.EventLocks;
import org.viltzoom.event.application.port.out.RegistrationDeletions;
import org.viltzoom.event.application.port.out.RegistrationDeletions.PendingRegistrationDeletion;
import org.viltzoom.event.application.port.out.TrainingEventRepository;
import org.viltzoom.event.application.port.out.ZoomMeetings;
import org.viltzoom.event.domain.Enrollment;
import org.viltzoom.event.domain.EventStatus;
import org.viltzoom.event.domain.RuleViolation;
import org.viltzoom.event.domain.TrainingEvent;
import org.viltzoom.kernel.domain.EmailAddress;
import org.viltzoom.kernel.domain.PlatformId;
import org.viltzoom.kernel.event.trainingevent.LearnerEnrolled;
import org.viltzoom.kernel.event.trainingevent.LearnerUnenrolled;
import org.viltzoom.kernel.zoom.ZoomApiException;
import org.viltzoom.kernel.zoom.ZoomErrorCodes;

/**
 * Each learner is registered in Zoom first and then stored with its domain event in a
 * transaction of its own, so a failure part-way keeps the learners done so far and a repeated
 * request continues with the rest. Registrants that no enrollment uses any more go to a durable
 * queue of deletions in the transaction that stops using them.
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

    @Inject
    RegistrationDeletions registrationDeletions;

    @Inject
    RegistrationDeleter registrationDeleter;

    @Inject
    EventLocks eventLocks;

    @Inject
    Clock clock;

    @Override
    public List<Enrollment> replace(String platform, UUID trainingEventId, List<Enrollment> learners) {
        return eventLocks.withEnrollmentLock(trainingEventId, () -> replaceLocked(platform, trainingEventId, learners));
    }

    /**
     * Applies the new list. The caller holds the event's enrollment lock, so the list read here
     * stays current; an unknown event is reported from here with the lock already taken.
     */
    private List<Enrollment> replaceLocked(String platform, UUID trainingEventId, List<Enrollment> learners) {
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

        // Unenrollments go first: they only change the database, so a learner whose registration
        // fails cannot hold them back.
        List<PendingRegistrationDeletion> replaced = new ArrayList<>();
        for (Enrollment stored : current.values()) {
            if (!wanted.containsKey(stored.lmsUserId())) {
                unenroll(event, stored).ifPresent(replaced::add);
            }
        }
        try {
            for (Enrollment learner : wanted.values()) {
                Enrollment stored = current.get(learner.lmsUserId());
                boolean unregistered = registration && stored != null && stored.registrantId() == null;
                if (stored == null || stored.differsFrom(learner) || unregistered) {
                    enroll(event, learner, stored, registration).ifPresent(replaced::add);
                }
            }
        } catch (ZoomApiException e) {
            throw replacedMeanwhile(event, e);
        } finally {
            deleteRegistrations(replaced);
        }
        return list(platform, trainingEventId);
    }

    @Override
    public List<Enrollment> list(String platform, UUID trainingEventId) {
        find(platform, trainingEventId);
        return Transactions.call(() -> enrollments.list(trainingEventId));
    }

    /**
     * Turns a 404 for a meeting that an edit replaced during this request into a conflict, so
     * that the LMS learns to send the list again rather than that Zoom failed. The learners done
     * so far are registered on the new meeting by the edit's re-registration.
     */
    private RuntimeException replacedMeanwhile(TrainingEvent event, ZoomApiException e) {
        boolean meetingGone = e.error().status() == 404 && e.error().hasCode(ZoomErrorCodes.MEETING_NOT_FOUND);
        if (!meetingGone || event.meeting() == null) {
            return e;
        }
        TrainingEvent current = Transactions.call(() -> events.find(event.platform(), event.id())).orElse(null);
        if (current == null || current.meeting() == null
                || current.meeting().meetingId() == event.meeting().meetingId()) {
            return e;
        }
        LOG.infof("Enrollment of trainingEventId=%s stopped: its Zoom meeting %d was replaced by %d meanwhile",
                event.id(), event.meeting().meetingId(), current.meeting().meetingId());
        return new ConcurrentEventUpdateException(event.id());
    }

    /**
     * Registers every enrolled learner on the event's new meeting after a replacement, because
     * personal join URLs belong to one meeting. Each learner gets a LearnerEnrolled with the new URL.
     */
    void registerAgain(UUID trainingEventId) {
        eventLocks.withEnrollmentLock(trainingEventId, () -> {
            registerAgainLocked(trainingEventId);
            return null;
        });
    }

    private void registerAgainLocked(UUID trainingEventId) {
        TrainingEvent event = Transactions.call(() -> events.findForUpdate(trainingEventId)).orElseThrow();
        if (!registrationRequired(event)) {
            forgetRegistrations(event);
            return;
        }
        for (Enrollment learner : Transactions.call(() -> enrollments.list(trainingEventId))) {
            if (learner.email() == null) {
                continue;
            }
            try {
                // The old registrant went with the old meeting, so there is none to delete.
                enroll(event, learner, null, true);
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

    /**
     * Clears the registrants and personal join URLs of the replaced meeting, which Zoom deleted
     * with it, when the new meeting needs no registration. Each learner concerned gets a
     * LearnerEnrolled without a join URL, so that the LMS stops showing the dead one.
     */
    private void forgetRegistrations(TrainingEvent event) {
        for (Enrollment learner : Transactions.call(() -> enrollments.list(event.id()))) {
            if (learner.registrantId() == null) {
                continue;
            }
            Enrollment unregistered = learner.registeredAs(null, null);
            Transactions.run(() -> {
                enrollments.save(event.id(), unregistered);
                domainEvents.publish(new PlatformId(event.platform()), new LearnerEnrolled(event.id(),
                        unregistered.lmsUserId(), unregistered.email(), unregistered.firstName(),
                        unregistered.lastName(), null, null));
            });
        }
    }

    /**
     * Stores the learner, registered in Zoom first when registration is required. A registrant
     * that the new enrollment no longer uses, as after a change of email, is queued for deletion
     * in the same transaction.
     *
     * @param stored the learner's enrollment before this change, or null
     * @return the queued deletion of the replaced registrant, if there is one
     */
    private Optional<PendingRegistrationDeletion> enroll(TrainingEvent event, Enrollment learner, Enrollment stored,
                                                         boolean registration) {
        Enrollment enrolled = learner;
        if (registration) {
            ZoomMeetings.Registrant registrant = zoom.register(event.details().accountId(), event.meeting().meetingId(),
                    event.meeting().kind(), learner.email(), learner.firstName(), learner.lastName());
            enrolled = learner.registeredAs(registrant.registrantId(), registrant.joinUrl());
        } else if (stored != null && stored.registrantId() != null && sameEmail(stored, learner)) {
            // Registration is no longer required, but the meeting may still ask for it, so the
            // learner keeps the registrant that is valid for this email.
            enrolled = learner.registeredAs(stored.registrantId(), stored.joinUrl());
        }
        Optional<PendingRegistrationDeletion> replaced = stored == null
                || Objects.equals(stored.registrantId(), enrolled.registrantId())
                ? Optional.empty()
                : registrantDeletion(event, stored.registrantId());

        Enrollment result = enrolled;
        Transactions.run(() -> {
            enrollments.save(event.id(), result);
            replaced.ifPresent(registrationDeletions::enqueue);
            domainEvents.publish(new PlatformId(event.platform()), new LearnerEnrolled(event.id(), result.lmsUserId(),
                    result.email(), result.firstName(), result.lastName(), result.registrantId(), result.joinUrl()));
        });
        LOG.infof("Enrolled learner trainingEventId=%s lmsUserId=%s registered=%s", event.id(), learner.lmsUserId(),
                result.registrantId() != null);
        return replaced;
    }

    /**
     * Removes the learner and queues the deletion of its Zoom registrant in the same transaction,
     * so that the personal join URL stops working even when Zoom fails now.
     *
     * @return the queued deletion, if the learner had a registrant
     */
    private Optional<PendingRegistrationDeletion> unenroll(TrainingEvent event, Enrollment stored) {
        Optional<PendingRegistrationDeletion> deletion = registrantDeletion(event, stored.registrantId());
        Transactions.run(() -> {
            enrollments.remove(event.id(), stored.lmsUserId());
            deletion.ifPresent(registrationDeletions::enqueue);
            domainEvents.publish(new PlatformId(event.platform()), new LearnerUnenrolled(event.id(), stored.lmsUserId()));
        });
        LOG.infof("Unenrolled learner trainingEventId=%s lmsUserId=%s registrantQueuedForDeletion=%s", event.id(),
                stored.lmsUserId(), deletion.isPresent());
        return deletion;
    }

    private Optional<PendingRegistrationDeletion> registrantDeletion(TrainingEvent event, String registrantId) {
        if (registrantId == null || event.meeting() == null) {
            return Optional.empty();
        }
        return Optional.of(new PendingRegistrationDeletion(event.meeting().meetingId(), registrantId,
                event.meeting().kind(), event.details().accountId(), event.id(), 0, clock.instant()));
    }

    /**
     * Deletes the queued registrants at once, which is the common case. After the first failure
     * the rest is left to the queue's worker, so that a Zoom outage does not hold the request for
     * each learner's retries.
     */
    private void deleteRegistrations(List<PendingRegistrationDeletion> queued) {
        Map<String, PendingRegistrationDeletion> unique = new LinkedHashMap<>();
        queued.forEach(deletion -> unique.putIfAbsent(deletion.meetingId() + "/" + deletion.registrantId(), deletion));
        for (PendingRegistrationDeletion deletion : unique.values()) {
            if (!registrationDeleter.attemptLocked(deletion)) {
                return;
            }
        }
    }

    /** Compares as Zoom does: letter case and surrounding whitespace aside. */
    private static boolean sameEmail(Enrollment stored, Enrollment learner) {
        return stored.email() != null && learner.email() != null
                && stored.email().trim().equalsIgnoreCase(learner.email().trim());
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
            try {
                EmailAddress.of(learners.get(i).email());
            } catch (IllegalArgumentException e) {
                throw new ValidationFailedException(List.of(new RuleViolation("[" + i + "].email", "invalid",
                        "Learner " + learners.get(i).lmsUserId() + " has an " + e.getMessage()
                                + ", which Zoom cannot register.")));
            }
        }
    }
}
