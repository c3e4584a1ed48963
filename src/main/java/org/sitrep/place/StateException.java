package org.sitrep.place;

/** The placer's state could not be read or written (a database or a state backend failed). */
public final class StateException extends RuntimeException {

    public StateException(String message, Throwable cause) { super(message, cause); }
}
