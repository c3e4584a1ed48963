#!/usr/bin/env python3
"""Rebuilds src/main/resources/org/sitrep/events/{verbs.tsv.gz,cameo-plover.tsv} from the PETRARCH verb-pattern
dictionary (openeventdata/petrarch2, CAMEO.verbpatterns.150430.txt, MIT, Open Event Data Alliance) and the
CAMEO->PLOVER table (openeventdata/PLOVER, CAMEO2PLOVER-2021.txt, CC BY-SA 4.0).

Usage: tools/build-event-lexicon.py ../shared/data/cameo-dictionaries

verbs.tsv rows (tab-separated):
  V  lemma [particle ...]  code  blocks     a verb form of a block; code '---' = no code without a pattern
  P  block  left-words  right-words  code  a pattern of the block's verbs: words that must occur before / after the verb, in order;
                                           '/' separates alternatives (synonym sets), '_' joins words that must
                                           stand next to each other; a word ending in '_' matches exactly, others
                                           as prefixes (TABARI's convention)
The output is deterministic (sorted), so a rebuild from the same inputs gives the same bytes.
"""
import gzip
import io
import os
import re
import sys

src = sys.argv[1] if len(sys.argv) > 1 else sys.exit(__doc__)
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out_dir = os.path.join(here, "src/main/resources/org/sitrep/events")
os.makedirs(out_dir, exist_ok=True)

CODE = re.compile(r"\[([^\]]*)\]")


def code_of(text):
    m = CODE.search(text)
    if not m:
        return None
    c = m.group(1).strip().split(":")[0].strip()  # "040:040" = source:target codes; the source side is the event
    return c if re.fullmatch(r"\d{2,4}|---", c) else None


lines = open(os.path.join(src, "CAMEO.verbpatterns.150430.txt"), encoding="utf-8", errors="replace").read().splitlines()
sets, current_set = {}, None
verbs, patterns = set(), set()
block_code, block_name, section = None, None, "head"
for raw in lines:
    line = raw.split("#", 1)[0].rstrip()
    if raw.startswith("####### SYNONYM"):
        section = "sets"; continue
    if raw.startswith("####### VERB PATTERNS"):
        section = "verbs"; continue
    if section == "sets":
        if line.startswith("&"):
            current_set = line[1:].strip().rstrip("_"); sets[current_set] = []
        elif line.startswith("+") and current_set:
            sets[current_set].append(line[1:].strip())
        continue
    if section != "verbs" or not line.strip():
        continue
    if line.startswith("---"):
        block_code = code_of(line) or "---"
        block_name = line.strip("- ").split()[0].split("[")[0]
        continue
    if line.startswith("- "):
        c = code_of(line)
        if c is None or c == "---":
            continue  # a pattern that discards is a filter PETRARCH needs its parser for; sitrep simply has no event
        body = CODE.split(line[2:])[0]
        words = body.split()
        if "*" not in words:
            continue
        star = words.index("*")

        def clean(ws):
            out = []
            for w in ws:
                if w in ("$", "+", "%", "^") or not re.search(r"[A-Za-z]", w):
                    continue
                if w.startswith("&"):
                    name = w[1:].rstrip("_")
                    alts = sets.get(name)
                    if not alts:
                        continue
                    out.append("/".join(sorted({a.lower() for a in alts})))
                else:
                    out.append(w.lower())
            return out

        left, right = clean(words[:star]), clean(words[star + 1:])
        if not left and not right:
            continue
        patterns.add((block_name, " ".join(left), " ".join(right), c))
        continue
    # a verb line: WORD, WORD {forms}, WORD [code], +MULTI_WORD {forms} [code]
    head = re.split(r"[{\[]", line, 1)[0].strip()
    if not head or head.startswith("&"):
        continue
    words = head.lstrip("+").rstrip("_").lower().split("_")
    if not all(re.fullmatch(r"[a-z][a-z'-]*", w) for w in words):
        continue
    if len(words) > 3 or "and" in words:
        continue  # "ATTACKED_AND_STABBED": inflected coordinations a lemma matcher cannot use
    verb = " ".join(words)
    own = code_of(line.split("{")[0] + (line[line.index("}") + 1:] if "}" in line else ""))
    verbs.add((verb, own or block_code, block_name))

# one code per verb form: a form listed in several blocks keeps the most specific (longest) code, then the smallest;
# the patterns of all its blocks stay available
best, blocks_of = {}, {}
for verb, c, block in sorted(verbs):
    blocks_of.setdefault(verb, set()).add(block)
    old = best.get(verb)
    if old is None or (old == "---" and c != "---") or (c != "---" and len(c) > len(old)):
        best[verb] = c

header = ("# sitrep event lexicon: verbs and verb patterns -> CAMEO event codes.\n"
          "# Derived by tools/build-event-lexicon.py from CAMEO.verbpatterns.150430.txt of openeventdata/petrarch2\n"
          "# (MIT License, (c) 2015 Open Event Data Alliance; dictionary development funded by the U.S. National Science\n"
          "# Foundation, grants SES89-10738, SES90-25130, SBR-9410023, SBE-0455158, SBE-0527564, SES-1004414, SES-1259190).\n")
with open(os.path.join(out_dir, "verbs.tsv.gz"), "wb") as raw_out, \
        gzip.GzipFile(fileobj=raw_out, mode="wb", filename="", mtime=0) as gz, \
        io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as f:
    f.write(header)
    for verb in sorted(best):
        f.write(f"V\t{verb}\t{best[verb]}\t{','.join(sorted(blocks_of[verb]))}\n")
    for p in sorted(patterns):
        f.write("P\t" + "\t".join(p) + "\n")

rows = []
for raw in open(os.path.join(src, "CAMEO2PLOVER-2021.txt"), encoding="utf-8"):
    m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", raw)
    if m:
        rows.append((m.group(1), m.group(2), m.group(3).strip()))
with open(os.path.join(out_dir, "cameo-plover.tsv"), "w", encoding="utf-8") as f:
    f.write("# CAMEO event code -> PLOVER type and mode. Derived by tools/build-event-lexicon.py from CAMEO2PLOVER-2021.txt\n"
            "# of openeventdata/PLOVER (PLOVER manual draft 0.8, Philip Schrodt; CC BY-SA 4.0, Open Event Data Alliance).\n")
    for code, plover, mode in sorted(set(rows)):
        f.write(f"{code}\t{plover}\t{mode}\n")
print(f"{len(best)} verbs, {len(patterns)} patterns, {len(rows)} CAMEO->PLOVER rows -> {out_dir}", file=sys.stderr)
