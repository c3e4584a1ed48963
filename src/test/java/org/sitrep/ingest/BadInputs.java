package org.sitrep.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Bad inputs written at test time into a temporary folder, each with the words its one-line error must contain.
 * Shared by the ingest and CLI tests; the 50 MB file is generated, never committed.
 */
public final class BadInputs {

    /** A short story of our own, so the good inputs need no copyrighted text. */
    public static final String STORY = "Flood warning for river towns\n\n"
            + "DRESDEN — Police in Dresden said on Monday that about 200 residents had left their homes as the river Elbe rose, "
            + "and the city council opened two schools as shelters.\n\n"
            + "The mayor told reporters that the water would peak on Wednesday.\n";
    public static final String GOOD_JSONL_1 = "{\"title\":\"Trains collide\",\"date\":\"2021-03-02\",\"text\":\"Officials in Lyon said two trains collided on Tuesday, injuring 14 passengers.\"}";
    public static final String GOOD_JSONL_3 = "{\"title\":\"Market fire\",\"text\":\"Firefighters in Nairobi put out a fire at a market on Sunday; no one was hurt, the fire brigade said.\"}";

    private BadInputs() {}

    /** File name -> words its error must contain, in the order the files are named on a command line. */
    public static Map<Path, String> write(Path dir) throws IOException {
        Map<Path, String> bad = new LinkedHashMap<>();
        bad.put(Files.createFile(dir.resolve("empty.txt")), "empty input");

        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        bad.put(Files.write(dir.resolve("random.bin"), random), "binary file");

        Path gz = dir.resolve("story.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(STORY.getBytes(StandardCharsets.UTF_8));
        }
        bad.put(gz, "gzip-compressed");

        Path big = dir.resolve("big.txt");
        byte[] paragraph = (STORY.repeat(20) + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long n = 0; n < 50L * 1024 * 1024; n += paragraph.length) out.write(paragraph);
        }
        bad.put(big, "too large: 50.0 MB");

        // "Café" in windows-1252: 0xE9 alone is not UTF-8.
        byte[] latin1 = "Police at the Café Central in Vienna said two men were arrested on Friday.\n".getBytes(StandardCharsets.ISO_8859_1);
        bad.put(Files.write(dir.resolve("latin1.txt"), latin1), "not valid UTF-8");

        bad.put(Files.writeString(dir.resolve("front-page.html"),
                "<!doctype html><html><head><title>News</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                        + "<div class='login'>Sign in</div></body></html>"), "no article text");

        bad.put(dir.resolve("missing.txt"), "no such file");

        bad.put(Files.writeString(dir.resolve("counters.txt"), "1814 View\n\n+ -\n"), "no story text");
        return bad;
    }

    /** Two good lines around a malformed one: the error names line 2, the good lines are still read. */
    public static Path mixedJsonl(Path dir) throws IOException {
        return Files.writeString(dir.resolve("mixed.jsonl"), GOOD_JSONL_1 + "\n{\"title\": broken\n" + GOOD_JSONL_3 + "\n");
    }

    public static Path goodStory(Path dir) throws IOException {
        return Files.writeString(dir.resolve("good.txt"), STORY);
    }
}
