package org.sitrep.store;

/** The store could not be opened, read or written; the message says why, in one line, for the user. */
public final class StoreException extends Exception {
    public StoreException(String message, Throwable cause) { super(message, cause); }

    public StoreException(String message) { super(message); }
}
