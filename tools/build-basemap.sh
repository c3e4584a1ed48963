#!/usr/bin/env bash
# Builds the workbench's offline basemap (country outlines) from the world-atlas npm package.
#
#   tools/build-basemap.sh            # fetches world-atlas 2.0.2 and topojson-client 3.1.0 with `npm pack`
#
# world-atlas (ISC) packages Natural Earth's 1:110m Admin 0 countries (public domain) as TopoJSON;
# this converts countries-110m.json to GeoJSON (Leaflet reads GeoJSON natively, so the browser needs no
# TopoJSON decoder), rounds coordinates to 0.01° (about 1 km, finer than the 1:110m source) and keeps the
# country name. The result is committed; the script is here so it can be rebuilt and checked.
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
const round = c => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100];
const features = fc.features.filter(f => f.geometry).map(f => ({
  type: "Feature",
  properties: { name: f.properties.name },
  geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
}));
fs.writeFileSync(outFile, JSON.stringify({
  type: "FeatureCollection",
  credit: "Natural Earth 1:110m Admin 0 countries (public domain, naturalearthdata.com) via world-atlas 2.0.2 (ISC); built by tools/build-basemap.sh",
  features,
}) + "\n");
console.error(`${features.length} countries -> ${outFile} (${fs.statSync(outFile).size} bytes)`);
JS
