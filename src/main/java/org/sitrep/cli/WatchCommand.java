package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.store.StoreException;
import org.sitrep.watch.Match;
import org.sitrep.watch.WatchRule;
import org.sitrep.watch.WatchStore;
import org.sitrep.watch.Watcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep watch}: rules that flag new events as they are ingested. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watch rules: named event filters (the options of sitrep search) checked over every article stored after the rule's",
                "last check. Matches are kept in the store, listed by 'watch matches', served as an Atom feed per rule by sitrep serve",
                "(/api/watch/NAME/feed.atom) and POSTed as JSON to the rule's --webhook; a failed delivery is tried again by later checks",
                "(after 1 min, then 2, 4, ... up to 8 attempts). sitrep ingest checks the rules at its end; so does sitrep serve after POST /api/ingest.",
                "Exit code 0, 1 when the rule does not exist (or already exists, for add) or a webhook delivery failed, 2 on usage errors."},
        subcommands = {WatchCommand.Add.class, WatchCommand.ListRules.class, WatchCommand.Remove.class, WatchCommand.Check.class,
                WatchCommand.Matches.class})
public final class WatchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
        throw new CommandLine.ParameterException(spec.commandLine(), "a watch command is required (add, list, remove, check, matches)");
    }

    static final class Db {
        @Option(names = "--db", paramLabel = "FILE", defaultValue = IngestCommand.DEFAULT_DB, description = StoreLocation.DESCRIPTION)
        String db;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a rule. Its filters mean what they mean for sitrep search; a rule needs at least one.",
                    "Example: sitrep watch add prison-breaks --actor ISIS --type ASSAULT --modality planned,threatened --country IQ,SY"})
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "Letters, digits, '.', '_' and '-'.")
        String name;

        @Mixin
        QueryOptions filters;

        @Option(names = "--min-sources", paramLabel = "N", defaultValue = "0",
                description = "Only events whose story has at least N independent sources (applies once clusters have counts). Default: no minimum.")
        int minSources;

        @Option(names = "--webhook", paramLabel = "URL", description = "POST each new match as JSON to this http(s) URL.")
        String webhook;

        @Option(names = "--from-now", description = "Check only articles stored from now on (default: the first check also covers the store's backlog).")
        boolean fromNow;

        @Override
        public Integer call() {
            if (filters.since != null || filters.until != null || filters.duplicates) return usage("a rule has no --since, --until or --duplicates");
            WatchRule r;
            try { // WatchRule.of is what POST /api/watch calls too: the same checks and reasons
                r = WatchRule.of(name, filters.actors, filters.types, filters.modalities, filters.countries, filters.near,
                        filters.near == null ? null : filters.radius, filters.outlets, minSources, webhook);
            } catch (IllegalArgumentException e) {
                return usage(e.getMessage());
            }
            try (WatchStore ws = WatchStore.open(filters.db)) {
                if (!ws.add(r, fromNow)) return fail("a rule named " + name + " exists (sitrep watch remove " + name + " first)");
                System.err.println("sitrep watch: added " + name + (fromNow ? "; it checks articles stored from now on" : "; sitrep watch check runs it now"));
                return Main.OK;
            } catch (StoreException e) {
                return usage(e.getMessage());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the rules: filters, matches, last check.")
    static final class ListRules implements Callable<Integer> {
        @Mixin
        Db db;

        @Override
        public Integer call() {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            try (WatchStore ws = WatchStore.open(db.db)) {
                List<WatchStore.Stored> rules = ws.rules();
                for (WatchStore.Stored s : rules) out.println(describe(s));
                out.flush();
                if (rules.isEmpty()) System.err.println("sitrep watch: no rules (sitrep watch add NAME --actor ... to add one)");
                return Main.OK;
            } catch (StoreException e) {
                return usage(e.getMessage());
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a rule with its matches and delivery log.")
    static final class Remove implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Mixin
        Db db;

        @Override
        public Integer call() {
            try (WatchStore ws = WatchStore.open(db.db)) {
                if (!ws.remove(name)) return fail("no rule named " + name);
                System.err.println("sitrep watch: removed " + name);
                return Main.OK;
            } catch (StoreException e) {
                return usage(e.getMessage());
            }
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check every rule now over the articles stored since its last check; print the new matches as JSON lines and make the due webhook deliveries (new matches, and earlier failed ones whose backoff has passed).")
    static final class Check implements Callable<Integer> {
        @Mixin
        Db db;

        @Override
        public Integer call() {
            try {
                Watcher.Result r = Watcher.check(db.db);
                PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
                for (Match m : r.matches()) out.println(m.json());
                out.flush();
                System.err.println("sitrep watch: " + r.matches().size() + " new matches" + (r.delivered() + r.undelivered() > 0
                        ? "; webhooks: " + r.delivered() + " delivered, " + r.undelivered() + " failed" : ""));
                return r.undelivered() == 0 ? Main.OK : Main.SOME_FAILED;
            } catch (StoreException e) {
                return usage(e.getMessage());
            }
        }
    }

    @Command(name = "matches", mixinStandardHelpOptions = true, description = "A rule's matches as JSON lines, newest first.")
    static final class Matches implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Mixin
        Db db;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "Most matches. Default: ${DEFAULT-VALUE}.")
        int limit;

        @Override
        public Integer call() {
            if (limit < 1) return usage("--limit must be at least 1");
            try (WatchStore ws = WatchStore.open(db.db)) {
                Optional<WatchStore.Stored> rule = ws.rule(name);
                if (rule.isEmpty()) return fail("no rule named " + name);
                PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
                for (Match m : ws.matches(name, limit, 0)) out.println(m.json());
                out.flush();
                return Main.OK;
            } catch (StoreException e) {
                return usage(e.getMessage());
            }
        }
    }

    static String describe(WatchStore.Stored s) {
        WatchRule r = s.rule();
        StringBuilder b = new StringBuilder(r.name());
        opt(b, "--actor", r.actors());
        opt(b, "--type", r.types());
        opt(b, "--modality", r.modalities());
        opt(b, "--country", r.countries());
        if (r.near() != null) b.append(" --near ").append(r.near().lat()).append(',').append(r.near().lon()).append(" --radius ").append(r.near().radiusKm()).append("km");
        opt(b, "--outlet", r.outlets());
        if (r.minSources() > 0) b.append(" --min-sources ").append(r.minSources());
        if (r.webhook() != null) b.append(" --webhook ").append(r.webhook());
        b.append("\t").append(s.matches()).append(" matches, ").append(s.checkedAt() == null ? "not checked yet" : "checked " + s.checkedAt());
        return b.toString();
    }

    private static void opt(StringBuilder b, String name, List<String> values) {
        if (!values.isEmpty()) b.append(' ').append(name).append(' ').append(String.join(",", values));
    }

    static int usage(String message) {
        System.err.println("sitrep watch: " + message);
        return Main.USAGE;
    }

    static int fail(String message) {
        System.err.println("sitrep watch: " + message);
        return Main.SOME_FAILED;
    }

}
