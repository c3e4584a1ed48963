import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.sitrep.entities.ActorRegistry;
import org.sitrep.entities.CameoDictionary;

/**
 * Derives src/main/resources/org/sitrep/entities/{actors,agents}.tsv.gz from the Phoenix/PETRARCH dictionaries.
 * Run through tools/build-actors.sh. Output is byte-for-byte reproducible (gzip without a timestamp).
 */
public final class BuildActors {
    static final String CREDIT = """
            # Derived from the Phoenix/PETRARCH2 dictionaries (openeventdata/petrarch2 @676801cd, data/dictionaries):
            #   The MIT License (MIT), Copyright (c) 2014 Open Event Data Alliance; CountryInfo funded by NSF
            #   (SES-1004414, SES-1259190). Rebuilt by tools/build-actors.sh; do not edit by hand.
            """;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BuildActors DICTIONARY_DIR OUTPUT_DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]), out = Path.of(args[1]);
        StringBuilder actors = new StringBuilder(CREDIT).append("# kind\tname\tcodes (CODE or CODE@from..to, |-separated)\taliases (|-separated)\n");
        int n = 0;
        for (String[] f : List.of(new String[] {"Phoenix.MilNonState.actors.txt", "nonstate"},
                new String[] {"Phoenix.International.actors.txt", "international"},
                new String[] {"Phoenix.Countries.actors.txt", "country"})) {
            try (Reader r = Files.newBufferedReader(dir.resolve(f[0]), StandardCharsets.UTF_8)) {
                for (ActorRegistry.Actor a : CameoDictionary.readActors(r, f[1])) {
                    // The Countries file mixes countries (a bare country code on the head) with people and institutions.
                    String kind = f[1].equals("country") && !isCountry(a) ? "national" : f[1];
                    if (a.roles().isEmpty()) continue; // nothing to code with
                    actors.append(new ActorRegistry.Actor(clean(a.name()), a.aliases().stream().map(BuildActors::clean).toList(), a.roles(), kind).toRow()).append('\n');
                    n++;
                }
            }
        }
        StringBuilder agents = new StringBuilder(CREDIT).append("# phrase\tagent code (~XXX is appended to the actor's code, XXX~ prepended)\n");
        try (Reader r = Files.newBufferedReader(dir.resolve("Phoenix.agents.txt"), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : CameoDictionary.readAgents(r).entrySet()) agents.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
        }
        write(out.resolve("actors.tsv.gz"), actors.toString());
        write(out.resolve("agents.tsv.gz"), agents.toString());
        System.err.println("wrote " + n + " actors");
    }

    static boolean isCountry(ActorRegistry.Actor a) {
        return a.roles().size() == 1 && a.roles().get(0).from() == null && a.roles().get(0).to() == null && a.roles().get(0).code().length() == 3;
    }

    /** Tabs and bars are the table's separators. */
    static String clean(String s) { return s.replace('\t', ' ').replace('|', '/'); }

    static void write(Path p, String text) throws IOException {
        // GZIPOutputStream writes a zero mtime, so the file is reproducible.
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(p)), StandardCharsets.UTF_8)) {
            w.write(text);
        }
    }
}
