package org.sitrep.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.entities.ActorLinker;
import org.sitrep.entities.EntityFinder;
import org.sitrep.events.EventFinder;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Problem;
import org.sitrep.model.Quantity;
import org.sitrep.model.Reading;
import org.sitrep.model.TimeRef;
import org.sitrep.places.Gazetteer;
import org.sitrep.places.PlaceFinder;
import org.sitrep.places.PublisherHomes;
import org.sitrep.quantities.QuantityFinder;
import org.sitrep.quotes.Attributions;
import org.sitrep.time.TimeFinder;

/**
 * Reads one article into a {@link Reading}. Thread-safe and stateless between calls: one instance serves
 * every thread of a process (the models are loaded once, in the constructor).
 */
public final class Analyzer {

    private final Annotator annotator;
    private final EntityFinder entities;
    private final ActorLinker actors;
    private final PlaceFinder places;
    private final TimeFinder times;
    private final QuantityFinder quantities;
    private final Attributions attributions;
    private final EventFinder events;
    private final PublisherHomes homes;

    public Analyzer(Annotator annotator) {
        this.annotator = annotator;
        this.entities = new EntityFinder();
        this.actors = new ActorLinker();
        this.places = new PlaceFinder();
        this.times = new TimeFinder();
        this.quantities = new QuantityFinder();
        this.attributions = new Attributions();
        this.events = new EventFinder();
        this.homes = PublisherHomes.NONE;
    }

    private Analyzer(Analyzer base, PublisherHomes homes) {
        this.annotator = base.annotator;
        this.entities = base.entities;
        this.actors = base.actors;
        this.places = base.places;
        this.times = base.times;
        this.quantities = base.quantities;
        this.attributions = base.attributions;
        this.events = base.events;
        this.homes = homes;
    }

    /**
     * This analyzer (same models, no reloading) reading each article with its publisher's home division as a clue
     * for the place names its story leaves open ({@link PublisherHomes}; the store learns them from what it holds).
     */
    public Analyzer withPublisherHomes(PublisherHomes homes) {
        return new Analyzer(this, homes);
    }

    /** Loads the default models (CoreNLP through its adapter, sitrep's lexicons). Takes a few seconds. */
    public static Analyzer load() {
        // the gazetteer (~0.6 s of CPU) loads on another thread while CoreNLP's models load on this one
        Thread gazetteer = Thread.ofPlatform().daemon().name("sitrep-gazetteer").start(Gazetteer::standard);
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        try {
            gazetteer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Analyzer(annotator);
    }

    /** The linguistic annotator every stage reads from (for tools and tests that need sentences or tokens alone). */
    public Annotator annotator() {
        return annotator;
    }

    public Reading analyze(Article article) {
        List<Problem> problems = new ArrayList<>();
        LocalDate reference = referenceDate(article.published(), problems);
        Annotated annotated = annotator.annotate(article.text(), reference);
        List<Entity> found = actors.link(entities.find(article, annotated), reference, article.text());
        List<Place> located = places.find(article, annotated, found, homes.of(article));
        List<TimeRef> timeRefs = times.find(article, annotated, reference, problems);
        List<Quantity> amounts = quantities.find(annotated, timeRefs);
        Attributions.Result said = attributions.find(article, annotated, found);
        List<Event> coded = events.find(new EventFinder.Input(annotated, found, located, timeRefs, amounts, said.quotes(), said.claims()));
        return new Reading(Reading.CONTRACT_VERSION, article, annotated.sentences(), found, located, timeRefs, amounts,
                said.quotes(), said.claims(), coded, problems);
    }

    static LocalDate referenceDate(String published, List<Problem> problems) {
        if (published == null || published.isBlank()) return null;
        try {
            return LocalDate.parse(published.length() > 10 ? published.substring(0, 10) : published);
        } catch (DateTimeParseException e) {
            problems.add(new Problem("time", "publication date '" + published + "' is not an ISO date; relative dates left unresolved", null, null));
            return null;
        }
    }
}
