// The place page: /place.html?key=GEONAMES_ID (or a name, for a region with no GeoNames point; ?name=… from a page
// that knows only the name) shows one place across the store: its point on the map with the events located there,
// its roles, and the articles that name it. Every value from the store reaches the page as a text node.
import { el, fill, swatch, status } from "./dom.js";
import { basemapMap, ROLE_COLOURS } from "./map.js";
import { typeColour } from "./types.js";
import { eventItem, pagedLists } from "./items.js";
import { placeHref, articleLink, getJson, counted } from "./links.js";

const $ = id => document.getElementById(id);
const LIMIT = 20;


function renderMeta(v) {
  document.title = "sitrep · " + v.name; // a property: never parsed as HTML
  const row = (k, value) => el("tr", {}, el("th", {}, k), el("td", {}, value ?? "–"));
  fill("place-meta",
    el("h2", {}, v.name),
    el("p", { className: "meta" }, `${v.articles.toLocaleString()} articles · key `, el("code", {}, v.key)),
    el("table", {}, el("tbody", {},
      row("GeoNames id", v.geonames_id === null ? "none (a region)" : String(v.geonames_id)),
      row("country", v.country), row("admin1", v.admin1),
      row("lat, lon", Number.isFinite(v.lat) ? `${v.lat.toFixed(4)}, ${v.lon.toFixed(4)}` : null),
      row("precision", v.precision),
      row("roles", counted(v.roles)),
      row("written as", counted(v.names)))),
    Number.isFinite(v.lat) ? el("p", { className: "meta" },
      el("a", { href: "/corpus.html?" + new URLSearchParams({ near: `${v.lat},${v.lon}`, radius: "50" }) }, "Events within 50 km on the corpus page")) : null);
}

/** The place's point and its located events (most share the point; a popup lists them). */
function renderMap(v, events) {
  if (typeof L === "undefined" || !Number.isFinite(v.lat)) return; // no Leaflet, or no point: the lists still show everything
  const m = basemapMap("map", 10, [v.lat, v.lon]);
  const zoom = v.precision === "country" || v.precision === "region" ? 4 : 6;
  L.circleMarker([v.lat, v.lon], { radius: 9, color: "#111827", weight: 1, fillColor: ROLE_COLOURS.event_location, fillOpacity: 0.85 })
    .bindTooltip(el("span", {}, v.name))
    .bindPopup(el("div", { className: "popup" }, el("b", {}, v.name), v.country ? ` (${v.country})` : "",
      events.length ? events.map(e => el("div", {}, swatch(typeColour(e.type)), ` ${e.type ?? "?"} · ${e.date ?? "?"} · `, articleLink(e.article_id, e.title)))
        : el("div", {}, "No events located here.")))
    .addTo(m);
  for (const e of events) {
    if (!Number.isFinite(e.lat) || !Number.isFinite(e.lon) || (e.lat === v.lat && e.lon === v.lon)) continue;
    L.circleMarker([e.lat, e.lon], { radius: 5, color: "#111827", weight: 1, fillColor: typeColour(e.type), fillOpacity: 0.9 })
      .bindTooltip(el("span", {}, e.type ?? "?")).addTo(m);
  }
  setTimeout(() => { m.invalidateSize(); m.setView([v.lat, v.lon], zoom); }, 0);
}

function article(a) {
  return el("li", { className: "hit" }, el("div", { className: "hit-head" }, articleLink(a.article_id, a.title)),
    el("div", { className: "meta" }, a.outlet ?? "outlet unknown", " · ", a.published ?? "date unknown"));
}

async function load() {
  const p = new URLSearchParams(location.search);
  let key = p.get("key");
  const name = p.get("name");
  if (!key && !name) {
    status("No place: open one from an article or the corpus page.");
    return;
  }
  status("Loading…");
  try {
    if (!key) {
      const found = await getJson("/api/places?" + new URLSearchParams({ name, limit: 50 }));
      if (found.items.length !== 1) {
        status(found.items.length ? "" : `No place is named “${name}”.`);
        $("choices").hidden = !found.items.length;
        fill("choice-list", found.items.map(i => el("li", { className: "hit" }, el("a", { href: placeHref(i.geonames_id, i.name) }, i.name),
          el("span", { className: "meta" }, ` ${i.country ?? ""} · ${i.articles} articles`))));
        return;
      }
      key = found.items[0].key;
      history.replaceState(null, "", "?" + new URLSearchParams({ key }));
    }
    const base = "/api/places/" + encodeURIComponent(key);
    const v = await getJson(base + "?limit=" + LIMIT);
    status("");
    $("results").hidden = false;
    renderMeta(v);
    renderMap(v, v.events.items);
    pagedLists(base, v, [["events", "events-pager", "events", eventItem], ["articles", "articles-pager", "articles_mentioning", article]],
      LIMIT, err => status("Failed: " + err.message, true));
  } catch (err) {
    status(err.status === 404 ? `Not in the store: ${err.message}` : "Failed: " + err.message, true);
  }
}

load();
