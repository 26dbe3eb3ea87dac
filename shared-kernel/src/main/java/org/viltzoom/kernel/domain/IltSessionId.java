package org.viltzoom.kernel.domain;

/** An instructor-led-training session id issued by the LMS; a session has dated training events. */
public record IltSessionId(String value) {

    public IltSessionId {
        Identifiers.requireText(value, "ILT session id");
    }

    public static IltSessionId of(String value) {
        return new IltSessionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
