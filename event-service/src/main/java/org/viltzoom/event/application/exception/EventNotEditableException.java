package org.viltzoom.event.application.exception;

/**
 * The event's state forbids the change, for example a replacement while its meeting runs.
 *
 * @see #code()
 */
public class EventNotEditableException extends RuntimeException {

    private final String code;

    public EventNotEditableException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** {@code event-running}, {@code event-in-past} or {@code event-not-scheduled}. */
    public String code() {
        return code;
    }
}
