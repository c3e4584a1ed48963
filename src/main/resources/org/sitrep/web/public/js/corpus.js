// The corpus page: a search over the store with facet filters, a map, a timeline, events with their evidence
// sentences and matching articles. The state lives in the page's URL (shareable, back button works); every value
// from the store reaches the page as a text node.
import { el, fill, empty, swatch, status } from "./dom.js";
import { typeColour } from "./types.js";
import { renderEventMap } from "./corpus-map.js";
import { renderTimeline } from "./timeline.js";
import { entityLink, placeLink } from "./links.js";

const $ = id => document.getElementById(id);
const FACETS = [["type", "Event type"], ["modality", "Modality"], ["actor", "Actor"], ["country", "Country"], ["outlet", "Outlet"]];
const PAGE = 25;

/** The filters, from the URL: words, dates, near/radius, and the facet values chosen (each a list). */
function readState() {
  const p = new URLSearchParams(location.search);
  const s = { q: p.get("q") || "", since: p.get("since") || "", until: p.get("until") || "", near: p.get("near") || "",
    radius: p.get("radius") || "", offset: Number(p.get("offset")) || 0, aoffset: Number(p.get("aoffset")) || 0 };
  for (const [f] of FACETS) s[f] = p.getAll(f).flatMap(v => v.split(",")).map(v => v.trim()).filter(Boolean); // as the API reads them
  return s;
}

function params(s, withEventFilters = true) {
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  if (s.since) p.set("since", s.since);
  if (s.until) p.set("until", s.until);
  for (const v of s.outlet) p.append("outlet", v);
  if (!withEventFilters) return p;
  if (s.near) { p.set("near", s.near); if (s.radius) p.set("radius", s.radius); }
  for (const [f] of FACETS) if (f !== "outlet") for (const v of s[f]) p.append(f, v);
  return p;
}

function go(s) {
  const p = params(s);
  if (s.offset) p.set("offset", s.offset);
  if (s.aoffset) p.set("aoffset", s.aoffset);
  history.pushState(null, "", "?" + p);
  run();
}

async function getJson(url) {
  const res = await fetch(url);
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body && body.error ? body.error : res.status + " " + res.statusText);
  return body;
}


async function run() {
  const s = readState();
  $("s-q").value = s.q; $("s-since").value = s.since; $("s-until").value = s.until; $("s-near").value = s.near; $("s-radius").value = s.radius;
  status("Searching…");
  const ev = params(s), ar = params(s, false);
  const with_ = (p, extra) => { const q = new URLSearchParams(p); for (const [k, v] of Object.entries(extra)) q.set(k, v); return q; };
  try {
    const [events, facets, timeline, points, articles] = await Promise.all([
      getJson("/api/events?" + with_(ev, { limit: PAGE, offset: s.offset })),
      getJson(`/api/events/facets?${ev}`),
      getJson(`/api/events/timeline?${ev}`),
      getJson(`/api/events.geojson?${ev}`),
      getJson("/api/articles?" + with_(ar, { limit: PAGE, offset: s.aoffset })),
    ]);
    status("");
    renderFacets(s, facets);
    renderEvents(s, events);
    renderArticles(s, articles);
    renderTimeline($("timeline"), timeline.days, day => go({ ...s, since: day, until: day, offset: 0, aoffset: 0 }));
    renderEventMap("corpus-map", points);
    $("map-note").textContent = points.total > points.features.length
      ? `The newest ${points.features.length} of ${points.total} located events.` : `${points.total} located events.`;
  } catch (err) {
    status("Refused: " + err.message, true);
  }
}

function renderFacets(s, facets) {
  fill("facets", FACETS.map(([f, label]) => {
    const counts = facets[f] || {};
    const values = [...new Set([...Object.keys(counts), ...s[f]])];
    return el("fieldset", {}, el("legend", {}, label),
      values.length ? values.map(v => el("label", { className: "facet" },
        el("input", { type: "checkbox", checked: s[f].includes(v), on: { change: e => {
          const chosen = e.target.checked ? [...s[f], v] : s[f].filter(x => x !== v);
          go({ ...s, [f]: chosen, offset: 0, aoffset: 0 });
        } } }),
        f === "type" ? swatch(typeColour(v)) : null, " ", v, el("span", { className: "count" }, String(counts[v] ?? 0))))
        : empty("none"));
  }));
}

function pager(id, page, onMove) {
  const from = page.total ? page.offset + 1 : 0, to = page.offset + page.items.length;
  fill(id, `${from}–${to} of ${page.total.toLocaleString()}`, " ",
    el("button", { type: "button", className: "secondary", disabled: page.offset === 0, on: { click: () => onMove(Math.max(0, page.offset - page.limit)) } }, "‹ newer"),
    " ",
    el("button", { type: "button", className: "secondary", disabled: to >= page.total, on: { click: () => onMove(page.offset + page.limit) } }, "older ›"));
}

function articleLink(id, title) {
  return el("a", { href: "/article.html?id=" + encodeURIComponent(id) }, title || "(no headline)");
}

function renderEvents(s, page) {
  pager("event-pager", page, offset => go({ ...s, offset }));
  fill("event-list", page.items.length ? page.items.map(h => el("li", { className: "hit" },
    el("div", { className: "hit-head" },
      el("span", { className: "badge type" }, swatch(typeColour(h.event_type)), " ", h.event_type ?? "?", h.sub_event_type ? " / " + h.sub_event_type : ""),
      " ", el("span", { className: "modality modality-" + h.modality }, h.modality ?? ""),
      " · ", h.event_date ?? "date unknown",
      h.actor1 || h.actor2 ? [" · ", entityLink(null, h.actor1) || "?", " → ", entityLink(null, h.actor2) || "?"] : "",
      h.location || h.country ? [" · ", placeLink(null, h.location), h.country ? ` (${h.country})` : ""] : ""),
    el("blockquote", { className: "evidence" }, h.evidence ?? ""),
    el("div", { className: "meta" }, articleLink(h.article_id, h.title), " · ", h.source_chain || h.publisher || "",
      h.copies ? ` · +${h.copies} ${h.copies === 1 ? "copy" : "copies"}` : ""))) : empty("No events match."));
}

function renderArticles(s, page) {
  pager("article-pager", page, aoffset => go({ ...s, aoffset }));
  fill("article-list", page.items.length ? page.items.map(h => el("li", { className: "hit" },
    el("div", { className: "hit-head" }, articleLink(h.article_id, h.title)),
    el("div", { className: "meta" }, h.publisher ?? "publisher unknown", " · ", h.published ?? "date unknown",
      h.copies ? ` · +${h.copies} ${h.copies === 1 ? "copy" : "copies"}` : ""),
    h.evidence ? el("blockquote", { className: "evidence" }, h.evidence) : null)) : empty("No articles match."));
}

async function stats() {
  try {
    const st = await getJson("/api/stats");
    $("stats").textContent = `The store holds ${st.articles.toLocaleString()} articles (${st.duplicates.toLocaleString()} copies), `
      + `${st.events.toLocaleString()} events from ${st.outlets.toLocaleString()} outlets`
      + (st.first_published ? `, published ${st.first_published.slice(0, 10)} to ${st.last_published.slice(0, 10)}.` : ".");
  } catch (err) {
    $("stats").textContent = "No store is attached to this server (start it with sitrep serve --db FILE).";
  }
}

$("search-form").addEventListener("submit", e => {
  e.preventDefault();
  const s = readState();
  go({ ...s, q: $("s-q").value.trim(), since: $("s-since").value, until: $("s-until").value, near: $("s-near").value.trim(),
    radius: $("s-radius").value.trim(), offset: 0, aoffset: 0 });
});
$("s-clear").addEventListener("click", () => { history.pushState(null, "", location.pathname); run(); });
window.addEventListener("popstate", run);
stats();
run();
