package org.viltzoom.kernel.domain;

/** A course id issued by the LMS. */
public record CourseId(String value) {

    public CourseId {
        Identifiers.requireText(value, "course id");
    }

    public static CourseId of(String value) {
        return new CourseId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
