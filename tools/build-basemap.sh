#!/usr/bin/env bash
# Builds the workbench's offline basemap (country outlines) from the world-atlas npm package.
#
#   tools/build-basemap.sh            # fetches world-atlas 2.0.2 and topojson-client 3.1.0 with `npm pack`
#
# world-atlas (ISC) packages Natural Earth's 1:110m Admin 0 countries (public domain) as TopoJSON;
# this converts countries-110m.json to GeoJSON (Leaflet reads GeoJSON natively, so the browser needs no
# TopoJSON decoder), rounds coordinates to 0.01° (about 1 km, finer than the 1:110m source) and keeps the
# country name. Rings that cross the antimeridian (Russia's Chukotka, Fiji) are unwrapped past 180° so that Leaflet,
# which draws in plain longitude, does not draw them as bands across the world; Antarctica, which wraps the pole, is
# left out (no news map needs it). The result is committed; the script is here so it can be rebuilt and checked.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/src/main/resources/org/sitrep/web/public/basemap/countries-110m.geojson"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null
mkdir wa tc
tar -xzf world-atlas-2.0.2.tgz -C wa
tar -xzf topojson-client-3.1.0.tgz -C tc
node - "$work/wa/package/countries-110m.json" "$work/tc/package/dist/topojson-client.js" "$out" <<'JS'
const fs = require("fs");
const [topoFile, clientFile, outFile] = process.argv.slice(2);
const topojson = require(clientFile);
const topo = JSON.parse(fs.readFileSync(topoFile, "utf8"));
const fc = topojson.feature(topo, topo.objects.countries);
const round2 = g => ({ type: g.type, coordinates: round(g.coordinates) });
const round = c => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100];
const unwrapRing = ring => {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  return crosses ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
};
const unwrap = g => g.type === "Polygon" ? { ...g, coordinates: g.coordinates.map(unwrapRing) }
  : { ...g, coordinates: g.coordinates.map(poly => poly.map(unwrapRing)) };
const features = fc.features.filter(f => f.geometry && f.properties.name !== "Antarctica").map(f => ({
  type: "Feature",
  properties: { name: f.properties.name },
  geometry: round2(unwrap(f.geometry)),
}));
fs.writeFileSync(outFile, JSON.stringify({
  type: "FeatureCollection",
  credit: "Natural Earth 1:110m Admin 0 countries (public domain, naturalearthdata.com) via world-atlas 2.0.2 (ISC); built by tools/build-basemap.sh (antimeridian rings unwrapped, Antarctica left out)",
  features,
}) + "\n");
console.error(`${features.length} countries -> ${outFile} (${fs.statSync(outFile).size} bytes)`);
JS
