package org.sitrep.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.annotate.Annotated;
import org.sitrep.entities.Lexicon;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;

/**
 * The places stage: toponyms found ({@link ToponymFinder}), resolved in context ({@link Resolver}), grouped by
 * the gazetteer entry they resolve to, each with the role its mentions give it ({@link Roles}).
 * Thread-safe; the gazetteer is shared and immutable.
 */
public final class PlaceFinder {
    private final Gazetteer gazetteer;
    private final ToponymFinder toponyms;
    private final Resolver resolver;
    private final Lexicon lexicon = Lexicon.standard();

    public PlaceFinder() { this(Gazetteer.standard()); }

    public PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.resolver = new Resolver(gazetteer);
        this.toponyms = new ToponymFinder(gazetteer, resolver);
    }

    public List<Place> find(Article article, Annotated a, List<Entity> entities) {
        return find(article, a, entities, null);
    }

    /** As above, with the home division of the article's publisher ({@link PublisherHomes}), or null. */
    public List<Place> find(Article article, Annotated a, List<Entity> entities, PublisherHomes.Home home) {
        List<ToponymFinder.Found> found = toponyms.find(article, a, entities);
        List<Resolver.Toponym> spans = found.stream().map(f -> new Resolver.Toponym(f.text(), f.start(), f.end(), f.hint())).toList();
        List<String> countries = contextCountries(entities);
        List<GeoName> resolved = resolver.resolve(a.text(), spans, countries, home, Sites.masthead(article.publisher(), article.url()));
        // The article read without the home tells which points the home chose: that is the evidence a reader needs
        List<GeoName> alone = home == null ? resolved : resolver.resolve(a.text(), spans, countries);
        Map<GeoName, Builder> places = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            ToponymFinder.Found f = found.get(i);
            GeoName g = f.local() != null ? LocalPlaces.place(f, found, resolved) : resolved.get(i);
            if (g == null) continue;
            Builder b = places.computeIfAbsent(g, Builder::new);
            if (f.local() == null && !g.equals(alone.get(i))) b.publisherHome = true;
            if (b.entity == null && !f.nationality()) b.entity = f.entity();
            b.mentions.add(new Mention(f.text(), f.start(), f.end(), f.sentence()));
            if (f.nationality()) continue; // a nationality says whose, not where: it gives the place no role
            String role = Roles.of(a, f.start(), f.end(), f.dateline());
            // the first mention that says more than "mentioned" gives the role; a dateline always wins
            if (b.role.equals(Roles.MENTIONED) || role.equals(Roles.DATELINE)) b.role = role;
        }
        List<Place> out = new ArrayList<>();
        for (Builder b : places.values()) out.add(b.build("p" + (out.size() + 1)));
        return out;
    }

    /** Countries the article's nationalities point to ("Turkish officials"), a weak hint for ambiguous names. */
    private List<String> contextCountries(List<Entity> entities) {
        List<String> out = new ArrayList<>();
        for (Entity e : entities) {
            if (!e.type().equals("NORP")) continue;
            Lexicon.Country lc = lexicon.countryOfDemonym(e.name());
            GeoName c = lc != null ? gazetteer.country(lc.iso2()) : gazetteer.countryOfDemonym(e.name());
            if (c != null) out.add(c.country());
        }
        return out;
    }

    private static final class Builder {
        final GeoName g;
        final List<Mention> mentions = new ArrayList<>();
        String entity;
        String role = Roles.MENTIONED;
        boolean publisherHome;

        Builder(GeoName g) { this.g = g; }

        Place build(String id) {
            return new Place(id, g.name(), g.id() == 0 ? null : g.id(), g.country(), g.admin1(), g.lat(), g.lon(),
                    g.kind().precision, role, entity, publisherHome, mentions);
        }
    }
}
