// Run: JAVA_HOME=$(bin/java-home); $JAVA_HOME/bin/java -Xmx4g -cp target/sitrep.jar tools/StageBench.java ../shared/data/news-raw/news-raw.jsonl 200
import java.io.InputStream;
import java.time.LocalDate;
import java.util.*;
import org.sitrep.annotate.*;
import org.sitrep.entities.*;
import org.sitrep.events.EventFinder;
import org.sitrep.ingest.*;
import org.sitrep.model.*;
import org.sitrep.places.*;
import org.sitrep.quantities.QuantityFinder;
import org.sitrep.quotes.Attributions;
import org.sitrep.time.TimeFinder;

/** Times the quotes and the events stage alone against the whole per-article pipeline, one thread, on news-raw articles. */
public class StageBench {
    public static void main(String[] args) throws Exception {
        int limit = Integer.parseInt(args[1]);
        List<Article> articles = new ArrayList<>();
        new Inputs(ReadOptions.defaults()).read(List.of(args[0]), InputStream.nullInputStream(), l -> {
            if (!l.failed() && articles.size() < limit + 10) articles.add(l.article());
        });
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        EntityFinder ef = new EntityFinder(); ActorLinker al = new ActorLinker(); PlaceFinder pf = new PlaceFinder();
        TimeFinder tf = new TimeFinder(); QuantityFinder qf = new QuantityFinder(); Attributions at = new Attributions();
        EventFinder ev = new EventFinder();
        long total = 0, quotes = 0, events = 0, tokens = 0, n = 0, found = 0, said = 0;
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            LocalDate ref = null;
            try { ref = a.published() == null ? null : LocalDate.parse(a.published().substring(0, 10)); } catch (Exception e) {}
            long t0 = System.nanoTime();
            Annotated ann = annotator.annotate(a.text(), ref);
            List<Entity> ents = al.link(ef.find(a, ann), ref, a.text());
            List<Place> pl = pf.find(a, ann, ents);
            List<TimeRef> tr = tf.find(a, ann, ref, new ArrayList<>());
            List<Quantity> q = qf.find(ann, tr);
            long tq = System.nanoTime();
            Attributions.Result reported = at.find(a, ann, ents);
            long t1 = System.nanoTime();
            List<Event> v = ev.find(new EventFinder.Input(ann, ents, pl, tr, q, reported.quotes(), reported.claims()));
            long t2 = System.nanoTime();
            if (i < 10) continue; // warm-up
            total += t2 - t0; quotes += t1 - tq; events += t2 - t1; tokens += ann.tokens().size(); n++; found += v.size(); said += reported.quotes().size();
        }
        System.out.printf(Locale.ROOT, "%d articles, %d tokens, %d quotes, %d events; whole pipeline %.1f s (%.0f tokens/s)%n",
                n, tokens, said, found, total / 1e9, tokens / (total / 1e9));
        System.out.printf(Locale.ROOT, "quotes stage %.3f s (%.2f %% of it, %.0f tokens/s); events stage %.3f s (%.2f %% of it, %.0f tokens/s)%n",
                quotes / 1e9, 100.0 * quotes / total, tokens / (quotes / 1e9), events / 1e9, 100.0 * events / total, tokens / (events / 1e9));
    }
}
