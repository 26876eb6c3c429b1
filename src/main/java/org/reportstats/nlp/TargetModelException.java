package org.reportstats.nlp;

/** The target model cannot run here (its native runtime or its files failed to load); the message is one line. */
public final class TargetModelException extends RuntimeException {
    public TargetModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
