package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Article ids: SHA-256 of the title and story text, so the same story read twice gets the same id. */
public final class ContentHash {
    private ContentHash() {}

    public static String of(String title, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("SHA-256 is required by every JVM", e);
        }
    }
}
