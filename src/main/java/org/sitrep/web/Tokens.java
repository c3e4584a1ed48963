package org.sitrep.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The write token of the API: 32 random bytes in hex, generated at the first start and kept beside the store in a
 * file only its owner can read (0600, set when the file is created, so it is never readable by others even briefly).
 *
 * @param created true when this start generated it (the server prints it then, and only then)
 */
public record Tokens(String token, Path file, boolean created) {

    /** The token file of a store: {@code serve.token} in the store's folder. */
    public static Path fileFor(Path db) {
        Path parent = db.toAbsolutePath().getParent();
        return parent.resolve("serve.token");
    }

    public static Tokens loadOrCreate(Path db) throws IOException {
        Path f = fileFor(db);
        if (Files.exists(f)) return new Tokens(read(f), f, false);
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        try {
            Files.createFile(f, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) { // another server started at the same moment: use its token
            return new Tokens(read(f), f, false);
        } catch (UnsupportedOperationException e) { // not a POSIX file system
            Files.createFile(f);
        }
        Files.writeString(f, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        return new Tokens(token, f, true);
    }

    private static String read(Path f) throws IOException {
        String t = Files.readString(f, StandardCharsets.UTF_8).strip();
        if (t.length() < 32) throw new IOException(f + " holds no token (delete it and start again to make a new one)");
        return t;
    }

    /** Constant-time comparison of an {@code Authorization} header with the token: 401 without one, 403 with a wrong one. */
    static void check(String expected, String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new ApiError(401, "this endpoint needs the API token: send 'Authorization: Bearer TOKEN' (the token was printed at the "
                    + "server's first start and is kept in serve.token beside the store)");
        }
        String given = authorization.strip();
        if (given.regionMatches(true, 0, "Bearer ", 0, 7)) given = given.substring(7).strip();
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(403, "wrong API token");
        }
    }
}
