#!/usr/bin/env bash
# Rebuilds src/main/resources/org/sitrep/places/gazetteer.tsv.gz from GeoNames (CC BY 4.0) and world-countries (ODbL-1.0).
# Usage: tools/build-gazetteer.sh ../shared/data/geonames path/to/world-countries-5.1.0.tgz
set -euo pipefail
geonames="${1:?path to the GeoNames folder (cities500.txt, admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt)}"
tgz="${2:?path to the npm package world-countries-5.1.0.tgz}"
out="$(dirname "$0")/../src/main/resources/org/sitrep/places/gazetteer.tsv.gz"
mkdir -p "$(dirname "$out")"
python3 "$(dirname "$0")/build-gazetteer.py" "$geonames" "$tgz" "$out"
ls -l "$out"
