// The article text with its facts highlighted. Facts overlap (a place inside a quote, a speaker next to it), so the
// text is cut at every fact boundary and each piece carries the classes of every fact that covers it.
import { el, fill } from "./dom.js";

const KINDS = [
  ["entity", "entities (colour = type)"],
  ["place", "places"],
  ["time", "times"],
  ["quantity", "numbers"],
  ["quote", "quotes"],
  ["speaker", "speakers"],
];

function facts(reading) {
  const out = [];
  for (const e of reading.entities) {
    const extra = [e.titles.length ? "titles: " + e.titles.join("; ") : "", e.actor ? "actor code: " + e.actor : ""].filter(Boolean).join(", ");
    for (const m of e.mentions) {
      out.push({ start: m.start, end: m.end, classes: ["entity", "ent-" + e.type], label: `${e.name} (${e.type}${extra ? ", " + extra : ""})` });
    }
  }
  for (const p of reading.places) {
    for (const m of p.mentions) {
      out.push({ start: m.start, end: m.end, classes: ["place"], label: `place: ${p.name}${p.country ? ", " + p.country : ""} (${p.role}, ${p.precision})` });
    }
  }
  for (const t of reading.times) out.push({ start: t.start, end: t.end, classes: ["time"], label: `time: ${t.value ?? "unresolved"} (${t.type})` });
  for (const q of reading.quantities) {
    out.push({ start: q.start, end: q.end, classes: ["quantity"], label: `number: ${q.value ?? "vague"}${q.approximate ? " (approximate)" : ""}${q.counted ? " of " + q.counted : ""}` });
  }
  for (const q of reading.quotes || []) {
    const who = q.speaker ? q.speaker.text : "unknown speaker";
    out.push({ start: q.start, end: q.end, classes: ["quote", "quote-" + q.kind], label: `${q.kind} quote ${q.id}, said by ${who}`, quote: q.id });
    if (q.speaker && q.speaker.end > q.speaker.start) {
      out.push({ start: q.speaker.start, end: q.speaker.end, classes: ["speaker"], label: `speaker of ${q.id} (${q.speaker.resolution})`, quote: q.id });
    }
    if (q.cue) out.push({ start: q.cue.start, end: q.cue.end, classes: ["cue"], label: `reporting verb of ${q.id}: ${q.cue.lemma}`, quote: q.id });
  }
  const n = reading.article.text.length;
  return out.filter(f => Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= n && f.start < f.end);
}

export function renderText(reading) {
  const text = reading.article.text;
  const all = facts(reading);
  const cuts = new Set([0, text.length]);
  for (const f of all) { cuts.add(f.start); cuts.add(f.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const covering = all.filter(f => f.start <= a && f.end >= b);
    const piece = text.slice(a, b);
    if (!covering.length) { pieces.push(piece); continue; }
    const quote = covering.find(f => f.quote);
    pieces.push(el("span", {
      className: [...new Set(covering.flatMap(f => f.classes))].join(" "),
      title: covering.map(f => f.label).join("\n"),
      dataset: quote ? { quote: quote.quote } : undefined,
      on: quote ? { click: () => focusQuote(quote.quote) } : undefined,
    }, piece));
  }
  fill("text", pieces);
  renderLegend();
}

function focusQuote(id) {
  const card = document.querySelector(`[data-quote-card="${CSS.escape(id)}"]`);
  if (!card) return;
  card.scrollIntoView({ behavior: "smooth", block: "nearest" });
  card.classList.add("flash");
  setTimeout(() => card.classList.remove("flash"), 1200);
}

function renderLegend() {
  const box = document.getElementById("text");
  fill("legend", KINDS.map(([kind, label]) => el("label", { className: "toggle" },
    el("input", { type: "checkbox", checked: !box.classList.contains("hide-" + kind), on: { change: ev => box.classList.toggle("hide-" + kind, !ev.target.checked) } }),
    el("span", { className: kind + (kind === "entity" ? " ent-PERSON" : "") }, label))),
    el("span", { className: "types" }, ["PERSON", "ORGANIZATION", "GPE", "LOCATION", "NORP", "MISC"].map(t => el("span", { className: "entity ent-" + t }, t))));
}
