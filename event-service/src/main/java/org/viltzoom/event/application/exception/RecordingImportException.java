package org.viltzoom.event.application.exception;

import org.viltzoom.event.domain.RecordingProblem;

/** A recording file cannot be imported, for the cause in {@link #problem()}. */
public class RecordingImportException extends RuntimeException {

    private final RecordingProblem problem;

    public RecordingImportException(RecordingProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public RecordingProblem problem() {
        return problem;
    }
}
