package org.reportstats.nlp;

/** A model cannot run here (its native runtime or its files failed to load); the message is one line. */
public final class ModelException extends RuntimeException {
    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
