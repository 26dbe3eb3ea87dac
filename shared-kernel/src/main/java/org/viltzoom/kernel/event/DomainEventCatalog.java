package org.viltzoom.kernel.event;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.viltzoom.kernel.event.account.AccountPaired;
import org.viltzoom.kernel.event.account.AccountSettingsChanged;
import org.viltzoom.kernel.event.account.AccountSuperseded;
import org.viltzoom.kernel.event.account.AccountUnpaired;
import org.viltzoom.kernel.event.attendance.AttendanceFinalized;
import org.viltzoom.kernel.event.host.HostPaired;
import org.viltzoom.kernel.event.host.HostUnpaired;
import org.viltzoom.kernel.event.trainingevent.LearnerEnrolled;
import org.viltzoom.kernel.event.trainingevent.LearnerUnenrolled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventCancelled;
import org.viltzoom.kernel.event.trainingevent.TrainingEventInvalidated;
import org.viltzoom.kernel.event.trainingevent.TrainingEventReplaced;
import org.viltzoom.kernel.event.trainingevent.TrainingEventScheduled;

/** Every v1 domain-event contract: its CloudEvents type, payload class and topic. */
public final class DomainEventCatalog {

    /** One contract. */
    public record Entry(String type, Class<? extends DomainEvent> payloadType, String topic) {
    }

    private static final Map<String, Entry> BY_TYPE = new LinkedHashMap<>();

    static {
        register(AccountPaired.TYPE, AccountPaired.class, Topics.ACCOUNT);
        register(AccountSettingsChanged.TYPE, AccountSettingsChanged.class, Topics.ACCOUNT);
        register(AccountUnpaired.TYPE, AccountUnpaired.class, Topics.ACCOUNT);
        register(AccountSuperseded.TYPE, AccountSuperseded.class, Topics.ACCOUNT);

        register(HostPaired.TYPE, HostPaired.class, Topics.HOST);
        register(HostUnpaired.TYPE, HostUnpaired.class, Topics.HOST);

        register(TrainingEventScheduled.TYPE, TrainingEventScheduled.class, Topics.TRAINING_EVENT);
        register(TrainingEventReplaced.TYPE, TrainingEventReplaced.class, Topics.TRAINING_EVENT);
        register(TrainingEventCancelled.TYPE, TrainingEventCancelled.class, Topics.TRAINING_EVENT);
        register(TrainingEventInvalidated.TYPE, TrainingEventInvalidated.class, Topics.TRAINING_EVENT);
        register(LearnerEnrolled.TYPE, LearnerEnrolled.class, Topics.TRAINING_EVENT);
        register(LearnerUnenrolled.TYPE, LearnerUnenrolled.class, Topics.TRAINING_EVENT);

        register(AttendanceFinalized.TYPE, AttendanceFinalized.class, Topics.ATTENDANCE);
    }

    private DomainEventCatalog() {
    }

    private static void register(String type, Class<? extends DomainEvent> payloadType, String topic) {
        BY_TYPE.put(type, new Entry(type, payloadType, topic));
    }

    /** Returns the contract of a type, or empty for a type this version does not know. */
    public static Optional<Entry> find(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /**
     * Returns the topic that a domain event is published on.
     *
     * @throws IllegalArgumentException if the event's type is not registered here
     */
    public static String topicOf(DomainEvent event) {
        return find(event.eventType())
                .orElseThrow(() -> new IllegalArgumentException("unregistered domain event type " + event.eventType()))
                .topic();
    }

    public static Iterable<Entry> entries() {
        return BY_TYPE.values();
    }
}
