// The corpus map: located events over the offline basemap, clustered on a screen grid (no plugin: points that fall
// in the same 48-pixel cell at the current zoom become one marker sized by its count and coloured by its commonest
// type; a click zooms into it). Popups and tooltips get DOM nodes, never HTML strings.
import { el, swatch } from "./dom.js";
import { basemapMap } from "./map.js";
import { typeColour } from "./types.js";

const CELL = 48;
let map = null;
let layer = null;
let features = [];

function ensureMap(id) {
  if (map) return map;
  map = basemapMap(id, 12, [30, 30]);
  layer = L.layerGroup().addTo(map);
  map.on("zoomend", draw);
  return map;
}

/** Groups the features by grid cell in pixel space at the map's zoom. */
function clusters() {
  const zoom = map.getZoom();
  const cells = new Map();
  for (const f of features) {
    const [lon, lat] = f.geometry.coordinates;
    const pt = map.project([lat, lon], zoom);
    const key = Math.floor(pt.x / CELL) + ":" + Math.floor(pt.y / CELL);
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(f);
  }
  return [...cells.values()];
}

function byType(members) {
  const counts = new Map();
  for (const f of members) counts.set(f.properties.event_type, (counts.get(f.properties.event_type) || 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

function eventCard(f) {
  const p = f.properties;
  return el("div", { className: "popup" },
    el("b", {}, swatch(typeColour(p.event_type)), " ", p.event_type ?? "?"), " ", p.modality ?? "",
    el("div", {}, [p.location, p.event_date].filter(Boolean).join(" · ")),
    el("div", {}, el("a", { href: "/article.html?id=" + encodeURIComponent(p.article_id) }, p.title || "(no headline)")));
}

function draw() {
  layer.clearLayers();
  for (const members of clusters()) {
    const types = byType(members);
    const colour = typeColour(types[0][0]);
    const lat = members.reduce((s, f) => s + f.geometry.coordinates[1], 0) / members.length;
    const lon = members.reduce((s, f) => s + f.geometry.coordinates[0], 0) / members.length;
    if (members.length === 1) {
      L.circleMarker([lat, lon], { radius: 6, color: "#111827", weight: 1, fillColor: colour, fillOpacity: 0.9 })
        .bindTooltip(el("span", {}, members[0].properties.event_type ?? "?"))
        .bindPopup(eventCard(members[0])).addTo(layer);
      continue;
    }
    const radius = Math.min(24, 8 + 3 * Math.log2(members.length));
    const marker = L.circleMarker([lat, lon], { radius, color: "#111827", weight: 1.5, fillColor: colour, fillOpacity: 0.75 })
      .bindTooltip(el("div", {}, el("b", {}, `${members.length} events`), types.map(([t, n]) => el("div", {}, swatch(typeColour(t)), ` ${t}: ${n}`))))
      .addTo(layer);
    marker.on("click", () => {
      const bounds = L.latLngBounds(members.map(f => [f.geometry.coordinates[1], f.geometry.coordinates[0]]));
      if (bounds.getNorthEast().equals(bounds.getSouthWest()) || map.getZoom() >= map.getMaxZoom()) {
        marker.bindPopup(el("div", {}, members.slice(0, 20).map(eventCard))).openPopup(); // one spot: list them
      } else {
        map.fitBounds(bounds.pad(0.2));
      }
    });
    L.marker([lat, lon], { interactive: false, icon: L.divIcon({ className: "cluster-count", html: false, iconSize: [30, 16] }) })
      .on("add", e => { e.target.getElement().textContent = String(members.length); })
      .addTo(layer);
  }
}

export function renderEventMap(id, collection) {
  if (typeof L === "undefined") return; // Leaflet failed to load: the lists still show the events
  const first = !map;
  ensureMap(id);
  features = collection.features.filter(f => f.geometry && Array.isArray(f.geometry.coordinates));
  draw();
  if (first && features.length) {
    const b = L.latLngBounds(features.map(f => [f.geometry.coordinates[1], f.geometry.coordinates[0]]));
    map.fitBounds(b.pad(0.3), { maxZoom: 6 });
  }
}
