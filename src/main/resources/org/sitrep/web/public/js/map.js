// The places on a Leaflet map over an offline basemap of country outlines (Natural Earth via world-atlas, shipped
// in the jar). No tiles are fetched from anywhere. Popups and tooltips get DOM nodes, never HTML strings: Leaflet
// parses strings as HTML.
import { el, fill, table, empty } from "./dom.js";
import { placeLink } from "./links.js";

export const ROLE_COLOURS = {
  dateline: "#6b7280",
  event_location: "#dc2626",
  actor_location: "#2563eb",
  origin: "#d97706",
  destination: "#7c3aed",
  mentioned: "#059669",
};

let map = null;
let markers = null;
let basemap = null;

async function loadBasemap() {
  if (!basemap) {
    const res = await fetch("/basemap/countries-110m.geojson");
    if (!res.ok) throw new Error("basemap: HTTP " + res.status);
    basemap = await res.json();
  }
  return basemap;
}

/** A Leaflet map in element {@code id} over the offline country outlines (the analyse and corpus pages share it). */
export function basemapMap(id, maxZoom, centre) {
  const m = L.map(id, { worldCopyJump: true, minZoom: 1, maxZoom }).setView(centre, 2);
  m.attributionControl.setPrefix("Leaflet");
  m.attributionControl.addAttribution("Natural Earth (public domain) via world-atlas");
  loadBasemap().then(geo => {
    L.geoJSON(geo, { interactive: false, style: { color: "#9ca3af", weight: 0.6, fillColor: "#f3f4f6", fillOpacity: 1 } }).addTo(m).bringToBack();
  }).catch(err => console.warn(err));
  return m;
}

function ensureMap() {
  if (map) return map;
  map = basemapMap("map", 10, [25, 20]);
  markers = L.layerGroup().addTo(map);
  addLegend(map);
  return map;
}

function addLegend(m) {
  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = () => el("div", { className: "map-legend" },
    Object.keys(ROLE_COLOURS).map(role => el("div", {},
      el("span", { className: "dot dot-" + role }), " " + role.replace("_", " "))));
  legend.addTo(m);
}

function placeCard(p) {
  return el("div", { className: "popup" },
    el("b", {}, p.name), p.country ? ` (${p.country})` : "",
    el("div", {}, `${p.role.replace("_", " ")} · ${p.precision}`),
    p.publisherHome ? el("div", { className: "basis" }, "placed by the publisher's home: the article alone would put it elsewhere") : null,
    el("div", {}, `as written: ${[...new Set(p.mentions.map(m => m.text))].join(", ")}`),
    p.geonamesId ? el("div", { className: "basis" }, `GeoNames ${p.geonamesId} · ${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}`) : null);
}

export function renderMap(reading, links) {
  const places = reading.places || [];
  fill("places", places.length ? table(["id", "place", "country", "role", "precision", "as written", "lat, lon"],
    places.map(p => [p.id, links ? placeLink(p.geonamesId, p.name) : p.name, p.country ?? "", p.role,
      p.publisherHome ? `${p.precision} (publisher's home)` : p.precision,
      [...new Set(p.mentions.map(m => m.text))].join(", "), `${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}`]))
    : empty("No places found."));
  if (typeof L === "undefined") return; // Leaflet failed to load: the table above still shows the places
  const m = ensureMap();
  markers.clearLayers();
  const points = [];
  for (const p of places) {
    if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
    const colour = ROLE_COLOURS[p.role] || "#111827";
    const radius = p.precision === "country" || p.precision === "region" ? 9 : 6;
    L.circleMarker([p.lat, p.lon], { radius, color: "#111827", weight: 1, fillColor: colour, fillOpacity: 0.85 })
      .bindTooltip(el("span", {}, p.name))
      .bindPopup(placeCard(p))
      .addTo(markers);
    points.push([p.lat, p.lon]);
  }
  // The map is laid out while hidden on the first reading; it measures itself again once shown.
  setTimeout(() => {
    m.invalidateSize();
    if (points.length) m.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 6 });
  }, 0);
}
