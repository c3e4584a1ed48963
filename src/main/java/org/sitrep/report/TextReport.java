package org.sitrep.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Quote;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Reading;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeRef;

/** A plain-text report of one reading: metadata, then each kind of fact with the sentence it came from. */
public final class TextReport {

    private static final Map<String, String> SECTIONS = Map.of("PERSON", "People", "ORGANIZATION", "Organisations",
            "GPE", "Countries and cities", "LOCATION", "Other places", "NORP", "Nationalities and groups", "MISC", "Other names");
    private static final List<String> ORDER = List.of("PERSON", "ORGANIZATION", "GPE", "LOCATION", "NORP", "MISC");

    private TextReport() {}

    public static String render(Reading r) {
        Article a = r.article();
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(a.title() == null ? "(no title)" : a.title()).append('\n');
        field(sb, "source", a.source());
        field(sb, "publisher", a.publisher());
        field(sb, "author", a.author());
        field(sb, "published", a.published());
        field(sb, "dateline", a.dateline() == null ? null : a.dateline().text());
        field(sb, "url", a.url());
        field(sb, "id", a.id());
        if (!a.furniture().isEmpty()) {
            field(sb, "not story", a.furniture().stream().map(f -> f.kind() + ": \"" + f.text() + "\"").collect(Collectors.joining("; ")));
        }
        for (String type : ORDER) {
            List<Entity> group = r.entities().stream().filter(e -> e.type().equals(type)).toList();
            if (group.isEmpty()) continue;
            sb.append('\n').append(SECTIONS.get(type)).append('\n');
            for (Entity e : group) {
                sb.append("  ").append(e.name());
                if (!e.titles().isEmpty()) sb.append(" — ").append(String.join("; ", e.titles()));
                if (!e.aliases().isEmpty()) sb.append("  (also: ").append(String.join(", ", e.aliases())).append(')');
                if (e.note() != null) sb.append("  [").append(e.note()).append(']');
                sb.append("  ×").append(e.mentions().size()).append('\n');
                evidence(sb, r, e.mentions().get(0).sentence());
            }
        }
        if (!r.places().isEmpty()) {
            sb.append("\nPlaces\n");
            for (Place p : r.places()) {
                sb.append("  ").append(p.name());
                if (p.country() != null) sb.append(", ").append(p.country());
                sb.append(String.format(" (%.4f, %.4f; %s", p.lat(), p.lon(), p.precision()));
                if (p.geonamesId() != null) sb.append("; GeoNames ").append(p.geonamesId());
                sb.append(") — ").append(p.role().replace('_', ' '));
                if (p.publisherHome()) sb.append(" (placed by the publisher's home)");
                String written = p.mentions().stream().map(m -> m.text()).distinct().collect(Collectors.joining(", "));
                sb.append("  as: ").append(written).append("  ×").append(p.mentions().size()).append('\n');
                evidence(sb, r, p.mentions().get(0).sentence());
            }
        }
        if (!r.times().isEmpty()) {
            sb.append("\nDates and times\n");
            for (TimeRef t : r.times()) {
                sb.append("  ").append(t.text()).append(" = ").append(t.value() == null ? "?" : t.value());
                if (t.ambiguous()) sb.append("  (ambiguous: no publication date)");
                sb.append('\n');
                evidence(sb, r, t.sentence());
            }
        }
        if (!r.quantities().isEmpty()) {
            sb.append("\nNumbers\n");
            for (Quantity q : r.quantities()) {
                sb.append("  ").append(q.text());
                if (q.value() != null) sb.append(" = ").append(format(q.value()));
                if (q.approximate()) sb.append(" (approximate)");
                if (q.counted() != null) sb.append(" — ").append(q.counted());
                sb.append('\n');
                evidence(sb, r, q.sentence());
            }
        }
        if (!r.quotes().isEmpty()) {
            sb.append("\nWho said what\n");
            for (int i = 0; i < r.quotes().size(); i++) {
                Quote q = r.quotes().get(i);
                Claim c = i < r.claims().size() ? r.claims().get(i) : null;
                String who = q.speaker() == null ? "(unknown speaker)" : nameOf(r, q.speaker().entity(), q.speaker().text());
                sb.append("  ").append(who).append(' ').append(q.cue() == null ? "said" : q.cue().text())
                        .append(" (").append(q.kind()).append("): \"").append(abbreviate(q.text(), 140)).append("\"\n");
                if (c != null && !c.chain().isEmpty()) {
                    sb.append("      source chain: ").append(c.chain().stream().map(Claim.Source::name).collect(Collectors.joining(" <- ")));
                    if (c.evidence() != null) sb.append(" <- \"").append(c.evidence().text()).append("\" (cited evidence)");
                    sb.append('\n');
                }
            }
        }
        if (!r.events().isEmpty()) {
            sb.append("\nWhat happened\n");
            sb.append(String.format("  %-4s %-22s %-6s %-12s %-24s %-24s %-8s %s%n", "id", "type", "cameo", "modality", "who", "to whom", "where", "said by"));
            for (Event e : r.events()) {
                String type = e.plover() + (e.mode() == null ? "" : "/" + e.mode());
                String where = String.join(",", e.countries());
                sb.append(String.format("  %-4s %-22s %-6s %-12s %-24s %-24s %-8s %s%n", e.id(), type, e.cameo() == null ? "-" : e.cameo(),
                        e.modality() + (e.negated() ? " (not)" : ""), abbreviate(actor(r, e.source()), 24), abbreviate(actor(r, e.target()), 24),
                        where.isEmpty() ? "-" : where, e.assertedBy() == null ? "-" : nameOf(r, e.assertedBy(), e.assertedBy())));
                sb.append("       ").append(e.summary()).append('\n');
                evidence(sb, r, e.sentence());
            }
        }
        if (!r.problems().isEmpty()) {
            sb.append("\nNot resolved\n");
            r.problems().forEach(p -> sb.append("  ").append(p.stage()).append(": ").append(p.message()).append('\n'));
        }
        return sb.toString();
    }

    private static String actor(Reading r, Event.Argument a) {
        if (a == null) return "-";
        // an adjectival entity ("European") stands for the phrase it opens ("European countries")
        boolean adjectival = r.entities().stream().anyMatch(e -> e.id().equals(a.entity()) && (e.type().equals("NORP") || e.type().equals("MISC")));
        return adjectival ? a.text() : nameOf(r, a.entity(), a.text());
    }

    private static String nameOf(Reading r, String entityId, String fallback) {
        if (entityId == null) return fallback;
        return r.entities().stream().filter(e -> e.id().equals(entityId)).map(Entity::name).findFirst().orElse(fallback);
    }

    private static String abbreviate(String s, int max) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 3) + "...";
    }

    private static void field(StringBuilder sb, String name, String value) {
        if (value != null && !value.isBlank()) sb.append(String.format("%-10s %s%n", name + ":", value));
    }

    private static void evidence(StringBuilder sb, Reading r, int sentence) {
        Sentence s = r.sentences().get(sentence);
        String text = r.article().text().substring(s.start(), s.end()).replaceAll("\\s+", " ");
        if (text.length() > 160) text = text.substring(0, 157) + "...";
        sb.append("      \"").append(text).append("\"\n");
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format("%,d", (long) v) : String.valueOf(v);
    }
}
