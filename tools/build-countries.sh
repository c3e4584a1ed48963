#!/usr/bin/env bash
# Rebuilds src/main/resources/org/sitrep/entities/countries.tsv from GeoNames countryInfo.txt (CC BY 4.0).
# Usage: tools/build-countries.sh ../shared/data/geonames/countryInfo.txt
set -euo pipefail
src="${1:?path to GeoNames countryInfo.txt}"
out="$(dirname "$0")/../src/main/resources/org/sitrep/entities/countries.tsv"
{
  echo "# iso2	iso3	name	capital	continent — derived from GeoNames countryInfo.txt (https://www.geonames.org, CC BY 4.0)"
  grep -v '^#' "$src" | awk -F'\t' 'NF > 8 && $5 != "" { print $1 "\t" $2 "\t" $5 "\t" $6 "\t" $9 }'
} > "$out"
echo "wrote $(grep -vc '^#' "$out") countries to $out"
