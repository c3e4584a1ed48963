// Events, entities, times, numbers and problems as tables. Events render whatever Reading.events holds; the events
// stage fills it (empty until then).
import { el, fill, table, empty } from "./dom.js";
import { entityLink, entityHref } from "./links.js";

/** The evidence sentence with the event's trigger marked. */
function evidence(reading, v) {
  const s = reading.sentences[v.sentence];
  if (!s) return "";
  const text = reading.article.text;
  const t = v.trigger;
  if (!t || t.start < s.start || t.end > s.end || t.start >= t.end) return el("span", { className: "evidence" }, text.slice(s.start, s.end));
  return el("span", { className: "evidence" }, text.slice(s.start, t.start), el("mark", {}, text.slice(t.start, t.end)), text.slice(t.end, s.end));
}

function arg(a, byId, links) {
  if (!a) return "";
  const entity = links && a.entity ? byId.get(a.entity) : null;
  const text = entity ? el("a", { href: entityHref(entity.type, entity.name) }, a.text) : a.text;
  return a.code ? [text, ` [${a.code}]`] : text;
}

export function renderEvents(reading, byId, links) {
  const events = reading.events || [];
  if (!events.length) {
    fill("events", empty("No coded events in this reading."));
    return;
  }
  fill("events", table(["id", "type", "CAMEO", "modality", "who", "whom", "where", "when", "said by", "evidence", "summary"],
    events.map(v => {
      const place = v.place ? byId.get(v.place) : null;
      const claim = v.claim ? byId.get(v.claim) : null;
      const asserted = v.assertedBy ? byId.get(v.assertedBy) : null;
      return [
        v.id,
        el("span", { className: "badge type" }, v.plover + (v.mode ? " / " + v.mode : "")),
        v.cameo ?? "",
        el("span", { className: "modality modality-" + v.modality }, (v.negated ? "not " : "") + v.modality),
        arg(v.source, byId, links),
        arg(v.target, byId, links),
        [place ? place.name : "", v.countries.length ? ` (${v.countries.join(", ")})` : ""].join(""),
        v.date ? `${v.date}${v.precision ? " (" + v.precision + ")" : ""}` : "",
        [asserted ? asserted.name : "", claim ? ` via ${claim.id}` : (asserted ? "" : "the article")].join(""),
        evidence(reading, v),
        v.summary ?? "",
      ];
    })));
}

export function renderEntities(reading, links) {
  const ents = reading.entities || [];
  fill("entities", ents.length ? table(["id", "name", "type", "also called", "titles", "actor code", "mentions"],
    ents.map(e => [e.id, links ? entityLink(e.type, e.name) : e.name, el("span", { className: "entity ent-" + e.type }, e.type), e.aliases.join(", "),
      e.titles.join(", "), e.actor ?? "", String(e.mentions.length)]))
    : empty("No entities found."));
  const rows = [
    ...(reading.times || []).map(t => [t.id, t.text, "time", `${t.value ?? "unresolved"}${t.ambiguous ? " (ambiguous)" : ""}`, `anchored: ${t.anchor}`]),
    ...(reading.quantities || []).map(q => [q.id, q.text, "number", q.value === null ? "vague" : String(q.value) + (q.approximate ? " (approx.)" : ""), q.counted ? "counts: " + q.counted : ""]),
  ];
  fill("times", rows.length ? table(["id", "as written", "kind", "value", "note"], rows) : empty("No times or numbers found."));
}

export function renderProblems(reading) {
  const ps = reading.problems || [];
  fill("problems", ps.length ? el("ul", {}, ps.map(p => el("li", {}, el("b", {}, p.stage), ": ", p.message,
    Number.isInteger(p.start) ? el("span", { className: "evidence" }, ` “${reading.article.text.slice(p.start, p.end)}”`) : null)))
    : empty("Nothing to report."));
}
