package org.sitrep.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The embedded gazetteer: GeoNames populated places (500+ people), first- and second-order divisions, countries
 * and a hand-made table of continents and regions (built by tools/build-gazetteer.sh). Immutable once loaded.
 * Names are indexed by a 46-bit hash of their key packed with the entry number in one sorted long[]: half a
 * million names cost 4 MB instead of the ~100 MB a HashMap of strings would.
 */
public final class Gazetteer {
    private static final String RESOURCE = "/org/sitrep/places/gazetteer.tsv.gz";
    private static final String REGIONS = "/org/sitrep/places/regions.tsv";
    private static final int INDEX_BITS = 18;
    private static volatile Gazetteer standard;

    private final GeoName[] entries;
    private final long[] index;
    private final Map<String, Integer> countryByIso = new HashMap<>();
    private final Map<String, Integer> countryByDemonym = new HashMap<>();
    private final Map<String, Integer> admin1ByCode = new HashMap<>();

    private Gazetteer(List<GeoName> list, long[] index, List<String[]> demonyms) {
        this.entries = list.toArray(GeoName[]::new);
        this.index = index;
        for (int i = 0; i < entries.length; i++) {
            GeoName g = entries[i];
            if (g.kind() == GeoName.Kind.COUNTRY) countryByIso.putIfAbsent(g.country(), i);
            if (g.kind() == GeoName.Kind.ADMIN1) admin1ByCode.put(g.country() + "." + g.admin1(), i);
        }
        for (String[] d : demonyms) countryByDemonym.putIfAbsent(Names.key(d[1]), countryByIso.get(d[0]));
    }

    /** The shipped gazetteer, loaded once per process. */
    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (standard == null) standard = load();
                g = standard;
            }
        }
        return g;
    }

    static Gazetteer load() {
        List<GeoName> list = new ArrayList<>(230_000);
        long[] keys = new long[600_000];
        int n = 0;
        List<String[]> demonyms = new ArrayList<>();
        Map<String, String> shared = new HashMap<>();  // codes repeat across 200k rows: keep one copy of each
        try (InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE);
             BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                int at = list.size();
                GeoName.Kind kind = switch (c[0]) {
                    case "C" -> GeoName.Kind.COUNTRY;
                    case "A1" -> GeoName.Kind.ADMIN1;
                    case "A2" -> GeoName.Kind.ADMIN2;
                    default -> GeoName.Kind.CITY;
                };
                list.add(new GeoName(Long.parseLong(c[1]), c[2], kind, shared.computeIfAbsent(c[6], k -> k),
                        shared.computeIfAbsent(c[7], k -> k), c[8].isEmpty() ? null : shared.computeIfAbsent(c[8], k -> k),
                        decimal(c[4]), decimal(c[5]), Long.parseLong(c[9])));
                String names = c[3];
                for (int from = 0; from < names.length(); ) {
                    int to = names.indexOf('|', from);
                    if (to < 0) to = names.length();
                    if (n == keys.length) keys = Arrays.copyOf(keys, n * 2);
                    keys[n++] = pack(Names.hash(names, from, to), at);
                    from = to + 1;
                }
                if (!c[10].isEmpty()) for (String d : c[10].split("\\|")) demonyms.add(new String[] {c[7], d});
            }
            try (InputStream r = Gazetteer.class.getResourceAsStream(REGIONS);
                 BufferedReader regions = new BufferedReader(new InputStreamReader(r, StandardCharsets.UTF_8))) {
                while ((line = regions.readLine()) != null) {
                    if (line.startsWith("#") || line.isBlank()) continue;
                    String[] c = line.split("\t", -1);
                    int at = list.size();
                    list.add(new GeoName(c[4].isEmpty() ? 0 : Long.parseLong(c[4]), c[0], GeoName.Kind.REGION, "RGN", null, null,
                            Double.parseDouble(c[2]), Double.parseDouble(c[3]), 0));
                    List<String> all = new ArrayList<>(List.of(c[0]));
                    if (!c[1].isEmpty()) all.addAll(List.of(c[1].split("\\|")));
                    for (String name : all) {
                        if (n == keys.length) keys = Arrays.copyOf(keys, n * 2 + 1);
                        keys[n++] = pack(Names.hash(Names.key(name)), at);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
        }
        if (list.size() >= 1 << INDEX_BITS) throw new IllegalStateException("gazetteer too large for its index");
        long[] index = Arrays.copyOf(keys, n);
        Arrays.sort(index);
        return new Gazetteer(list, index, demonyms);
    }

    /** The build writes plain decimals ("-12.3456"); parsing them by hand is several times faster than parseDouble. */
    private static double decimal(String s) {
        long v = 0;
        int scale = 0;
        boolean negative = s.charAt(0) == '-', point = false;
        for (int i = negative ? 1 : 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '.') { point = true; continue; }
            v = v * 10 + (ch - '0');
            if (point) scale++;
        }
        double d = v / Math.pow(10, scale);
        return negative ? -d : d;
    }

    private static long pack(long hash, int entry) { return (hash >>> INDEX_BITS) << INDEX_BITS | entry; }

    /** Every entry with this name (any of its names, case, accents and punctuation ignored). */
    public List<GeoName> lookup(String name) { return lookupKey(Names.key(name)); }

    List<GeoName> lookupKey(String key) {
        if (key.isEmpty()) return List.of();
        long h = Names.hash(key) >>> INDEX_BITS << INDEX_BITS;
        int i = Arrays.binarySearch(index, h);
        if (i < 0) i = -i - 1;
        List<GeoName> out = new ArrayList<>(2);
        long mask = -1L << INDEX_BITS;
        for (; i < index.length && (index[i] & mask) == h; i++) {
            GeoName g = entries[(int) (index[i] & ~mask)];
            if (!out.contains(g)) out.add(g);
        }
        return out;
    }

    public GeoName country(String iso2) {
        Integer i = iso2 == null ? null : countryByIso.get(iso2);
        return i == null ? null : entries[i];
    }

    /** The country whose people or adjective this is ("Turkish", "Iraqi"), or null. */
    public GeoName countryOfDemonym(String word) {
        Integer i = countryByDemonym.get(Names.key(word));
        return i == null ? null : entries[i];
    }

    public GeoName admin1(String country, String code) {
        Integer i = code == null ? null : admin1ByCode.get(country + "." + code);
        return i == null ? null : entries[i];
    }

    public int size() { return entries.length; }

    private volatile long[] ids; // sorted GeoNames ids, built on first use: only evaluations ask

    /** Whether the gazetteer holds the GeoNames feature with this id. */
    public boolean contains(long geonameId) {
        long[] a = ids;
        if (a == null) ids = a = Arrays.stream(entries).mapToLong(GeoName::id).filter(id -> id != 0).sorted().toArray();
        return Arrays.binarySearch(a, geonameId) >= 0;
    }
}
