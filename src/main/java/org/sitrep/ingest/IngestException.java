package org.sitrep.ingest;

/** An input that cannot be read as an article; the message says why, in one line, for the user. */
public class IngestException extends Exception {
    public IngestException(String reason) { super(reason); }

    public IngestException(String reason, Throwable cause) { super(reason, cause); }
}
