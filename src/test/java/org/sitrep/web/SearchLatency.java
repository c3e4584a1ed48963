package org.sitrep.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sitrep.store.TestReadings;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.store.Corpus;
import org.sitrep.store.Store;

/**
 * Search latency through the API on a synthetic store (not a unit test: run by hand, see docs/workbench.md).
 * {@code SearchLatency DB N [--serve PORT]}: writes N synthetic articles with 1–3 events each when DB is absent
 * (fixed seed, so the store is the same every time), starts the server on it, and times each query shape 200
 * times; with --serve it then keeps serving (for screenshots).
 */
public final class SearchLatency {

    static final String[] TYPES = {"ASSAULT", "PROTEST", "THREATEN", "COERCE", "CONSULT", "DEMAND", "AID", "MOBILIZE"};
    static final String[] MODALITIES = {"happened", "happened", "happened", "planned", "threatened", "alleged", "denied"};
    static final String[] OUTLETS = {"Reuters", "AP", "AFP", "NRT", "Rudaw", "Al Jazeera", "BBC", "Kurdistan 24", "Anadolu", "The National"};
    static final String[][] ACTORS = {{"Islamic State", "ISIS", "Daesh"}, {"Iraqi army"}, {"SDF"}, {"Turkish army"}, {"PKK"}, {"protesters"},
            {"Kurdistan Regional Government", "KRG"}, {"Hashd al-Shaabi", "PMF"}, {"United Nations", "UN"}, {"Syrian army"}};
    static final Object[][] PLACES = {{"Kirkuk", "IQ", 35.47, 44.39}, {"Baghdad", "IQ", 33.34, 44.40}, {"Mosul", "IQ", 36.34, 43.13},
            {"Basra", "IQ", 30.51, 47.81}, {"Erbil", "IQ", 36.19, 44.01}, {"Raqqa", "SY", 35.95, 39.01}, {"Deir ez-Zor", "SY", 35.34, 40.14},
            {"Qamishli", "SY", 37.05, 41.22}, {"Aleppo", "SY", 36.20, 37.16}, {"Idlib", "SY", 35.93, 36.63}, {"Gaziantep", "TR", 37.06, 37.38},
            {"Diyarbakir", "TR", 37.91, 40.24}, {"Beirut", "LB", 33.89, 35.50}, {"Amman", "JO", 31.95, 35.93}, {"Tehran", "IR", 35.69, 51.39}};
    static final String[] WORDS = ("officials said the attack checkpoint convoy village district council police forces militants protest "
            + "crowd street government minister statement ceasefire talks border camp prison fighters strike drone market hospital "
            + "residents witnesses reported wounded killed arrested demanded aid shipment refugees road bridge oil field election").split(" ");

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int servePort = args.length > 3 && args[2].equals("--serve") ? Integer.parseInt(args[3]) : -1;
        if (!Files.exists(db)) build(db, n);
        try (Store store = Store.open(db); Corpus corpus = Corpus.open(db, 4)) {
            Analyzer none = new Analyzer((text, ref) -> { throw new IllegalStateException("no analysis in the latency run"); });
            WebOptions o = WebOptions.defaults();
            WebApp app = new WebApp(none, o, List.of(new StoreRoutes(store, corpus, none, o, "latency-run-token-0123456789"))).start("127.0.0.1",
                    Math.max(0, servePort));
            String base = "http://127.0.0.1:" + app.port();
            System.out.println("store: " + db + " " + corpus.stats().articles() + " articles, " + corpus.stats().events() + " events");
            for (String q : List.of("/api/events?limit=50", "/api/events?type=ASSAULT&country=IQ&since=2019-06-01&limit=50",
                    "/api/events?actor=ISIS&modality=planned,threatened&country=IQ,SY&limit=50", "/api/events?near=37.06,37.38&radius=100km&type=ASSAULT",
                    "/api/events?q=prison+attack&type=ASSAULT", "/api/events?type=PROTEST&offset=500&limit=50", "/api/events/facets?type=ASSAULT&country=SY",
                    "/api/events/timeline?country=IQ", "/api/events.geojson?type=ASSAULT&since=2019-10-01", "/api/articles?q=ceasefire+talks&limit=20")) {
                time(base, q);
            }
            if (servePort >= 0) {
                System.out.println("serving at " + base + "/corpus.html (Ctrl-C stops)");
                Thread.currentThread().join();
            }
            app.stop();
        }
    }

    static void time(String base, String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).GET().build();
        for (int i = 0; i < Math.min(10, Integer.getInteger("runs", 200)); i++) client.send(req, HttpResponse.BodyHandlers.ofString()); // warm-up
        int runs = Integer.getInteger("runs", 200); // -Druns=30 for a quicker look at a large store
        double[] ms = new double[runs];
        String body = "";
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
            body = r.body();
        }
        Arrays.sort(ms);
        String total = body.replaceAll("(?s)^\\{\"total\":(\\d+).*", "$1");
        System.out.printf(Locale.ROOT, "%-80s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  %s%n", path, ms[runs / 2 - 1], ms[(int) Math.ceil(0.95 * runs) - 1],
                ms[runs - 1], total.length() < 12 ? "total " + total : body.length() + " bytes");
    }

    static void build(Path db, int n) throws Exception {
        Random rnd = new Random(7);
        long t0 = System.nanoTime();
        try (Store store = Store.open(db)) {
            store.putAll(StoreFixture.readings()); // includes the script-injection article, for a look at the pages
            List<Reading> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) { // the same articles in the same order as one put each, written a thousand per transaction
                batch.add(synthetic(rnd, i));
                if (batch.size() == 1000 || i == n - 1) {
                    store.putAll(batch);
                    batch.clear();
                    if ((i + 1) % 10000 == 0) System.out.printf(Locale.ROOT, "%d articles, %.0f s%n", i + 1, (System.nanoTime() - t0) / 1e9);
                }
            }
        }
        System.out.printf(Locale.ROOT, "built %d articles in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    }

    static Reading synthetic(Random rnd, int i) {
        String date = java.time.LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(365)).toString();
        List<Entity> entities = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int k = 1 + rnd.nextInt(3);
        for (int j = 0; j < k; j++) {
            String[] actor = ACTORS[rnd.nextInt(ACTORS.length)];
            Object[] p = PLACES[rnd.nextInt(PLACES.length)];
            String type = TYPES[rnd.nextInt(TYPES.length)];
            String eid = "e" + (j + 1), pid = "p" + (j + 1);
            entities.add(TestReadings.entity(eid, "ORGANIZATION", actor[0], null, Arrays.copyOfRange(actor, 1, actor.length)));
            places.add(TestReadings.place(pid, (String) p[0], (String) p[1], (double) p[2] + rnd.nextGaussian() * 0.2, (double) p[3] + rnd.nextGaussian() * 0.2));
            int sentence = j;
            events.add(TestReadings.event("v" + (j + 1), type, MODALITIES[rnd.nextInt(MODALITIES.length)], eid, actor[0], pid, List.of((String) p[1]),
                    java.time.LocalDate.parse(date).minusDays(rnd.nextInt(3)).toString(), sentence));
            text.append(actor[0]).append(' ').append(type.toLowerCase(Locale.ROOT)).append(" in ").append(p[0]);
            for (int w = 0; w < 12; w++) text.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
            text.append(" (report ").append(i).append('-').append(j).append("). ");
        }
        for (int w = 0; w < 40; w++) text.append(WORDS[rnd.nextInt(WORDS.length)]).append(w % 10 == 9 ? ". " : " ");
        String title = "Report " + i + ": " + events.get(0).plover().toLowerCase(Locale.ROOT) + " in " + places.get(0).name();
        return TestReadings.reading(title, text.toString().strip(), OUTLETS[rnd.nextInt(OUTLETS.length)], date, entities, places, events);
    }
}
