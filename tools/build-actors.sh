#!/usr/bin/env bash
# Rebuilds src/main/resources/org/sitrep/entities/{actors,agents}.tsv.gz from the Phoenix/PETRARCH2 dictionaries
# (openeventdata/petrarch2, MIT, Open Event Data Alliance). Needs compiled classes (./mvnw -o -q compile).
# Usage: tools/build-actors.sh ../shared/data/cameo-dictionaries
set -euo pipefail
src="${1:?path to the folder holding Phoenix.*.actors.txt and Phoenix.agents.txt}"
here="$(cd "$(dirname "$0")/.." && pwd)"
JAVA_HOME="${JAVA_HOME:-$("$here/bin/java-home")}"
"$JAVA_HOME/bin/java" -cp "$here/target/classes" "$here/tools/BuildActors.java" "$src" "$here/src/main/resources/org/sitrep/entities"
