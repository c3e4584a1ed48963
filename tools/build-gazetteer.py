#!/usr/bin/env python3
"""Builds sitrep's embedded gazetteer (src/main/resources/org/sitrep/places/gazetteer.tsv.gz).

Inputs: a GeoNames dump folder (cities500.txt, admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt; CC BY 4.0)
and the npm package world-countries 5.1.0 tarball (mledoze/countries, ODbL-1.0) for country points, other names and
demonyms. Output rows (tab-separated, '|' between names):
  kind geonameid name othernames lat lon fcode country admin1 population demonyms
othernames are lookup keys (see name_key()), the main name included. kind: C country, A1 first-order division, A2 second-order division, P populated place.
Divisions have no coordinates in these GeoNames files, so a division's point is the middle of the box around its
populated places (a geographic centre, as gazetteers give for areas; a mean of the towns would lean towards where
people live, hundreds of km off for Ontario or Queensland) and its population the sum of theirs.
Deterministic: same inputs, same bytes (rows sorted, gzip mtime 0).
"""
import gzip, json, sys, tarfile, unicodedata, collections, os

geonames, tgz, out = sys.argv[1], sys.argv[2], sys.argv[3]

def latin(s):
    for ch in s:
        if ord(ch) < 128:
            continue
        cat = unicodedata.category(ch)
        if cat.startswith('L') and not unicodedata.name(ch, '').startswith('LATIN'):
            return False
    return True

def clean_alts(name, ascii_name, alts):
    seen = {name.lower(), ascii_name.lower()}
    kept = []
    for a in alts:
        a = a.strip()
        if len(a) < 3 or any(c.isdigit() for c in a) or a.startswith('http') or '|' in a:
            continue
        if a.isupper() and len(a) <= 4:  # airport and postal codes, not names
            continue
        if a.islower():  # lower-case romanisations are search keys, not names
            continue
        if not latin(a) or a.lower() in seen:
            continue
        seen.add(a.lower())
        kept.append(a)
    return kept

def name_key(s):
    """Lookup key; org.sitrep.places.Names.key must compute the same: NFKD, no combining marks, lower case,
    hyphens as spaces, no dots or apostrophes, single spaces."""
    s = ''.join(ch for ch in unicodedata.normalize('NFKD', s) if unicodedata.category(ch) != 'Mn').lower()
    s = s.replace('-', ' ')
    for ch in ".'’‘`":
        s = s.replace(ch, '')
    return ' '.join(s.split())

def keys(names):
    return list(dict.fromkeys(k for k in (name_key(n) for n in names) if k))

rows = []
admin_points = collections.defaultdict(lambda: [[], [], 0, 0])  # lats, lons, count, population
with open(os.path.join(geonames, 'cities500.txt'), encoding='utf-8') as f:
    for line in f:
        c = line.rstrip('\n').split('\t')
        gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc, a1, a2, pop = (
            c[0], c[1], c[2], c[3], float(c[4]), float(c[5]), c[6], c[7], c[8], c[10], c[11], int(c[14] or 0))
        others = clean_alts(name, ascii_name, alts.split(',') if alts else [])
        if ascii_name and ascii_name.lower() != name.lower():
            others.insert(0, ascii_name)
        rows.append(('P', gid, name, others, lat, lon, fcode, cc, a1, pop, []))
        for key in (f'{cc}.{a1}', f'{cc}.{a1}.{a2}'):
            p = admin_points[key]
            p[0].append(lat); p[1].append(lon); p[2] += 1; p[3] += pop

def middle(values):
    """Middle of the range of values (trimming the outermost 5% was tried: worse on three of the four dev corpora)."""
    return (min(values) + max(values)) / 2

def divisions(fname, kind, fcode):
    with open(os.path.join(geonames, fname), encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            key, name, ascii_name, gid = c[0], c[1], c[2], c[3]
            p = admin_points.get(key)
            if not p or p[2] == 0:
                continue  # no populated place to place it by
            parts = key.split('.')
            others = [ascii_name] if ascii_name.lower() != name.lower() else []
            for suffix in (' County', ' Parish', ' Borough'):  # "Avoyelles" for "Avoyelles Parish"
                if kind == 'A2' and parts[0] == 'US' and name.endswith(suffix):
                    others.append(name[:-len(suffix)])
            rows.append((kind, gid, name, others, middle(p[0]), middle(p[1]), fcode, parts[0], parts[1], p[3], []))

divisions('admin1CodesASCII.txt', 'A1', 'ADM1')
divisions('admin2Codes.txt', 'A2', 'ADM2')

country_ids, country_pop = {}, {}
with open(os.path.join(geonames, 'countryInfo.txt'), encoding='utf-8') as f:
    for line in f:
        if line.startswith('#'):
            continue
        c = line.rstrip('\n').split('\t')
        if len(c) > 16 and c[16]:
            country_ids[c[0]] = (c[16], c[4])
            country_pop[c[0]] = int(c[7] or 0)

# The United States at the geographic centre of the 48 conterminous states (USGS; near Lebanon, Kansas), the point
# GeoNames and the corpora built on it use, rather than world-countries' 38,-97 (the CIA Factbook's rounded point,
# 235 km away). Other countries keep world-countries' points: the largest-landmass centroid was tried for all of them
# and agreed less often with GeoNames' and Wikipedia's points (which mostly are these rounded ones).
COUNTRY_POINTS = {'US': (39.8283, -98.5795)}

with tarfile.open(tgz) as t:
    countries = json.load(t.extractfile('package/countries.json'))
for k in countries:
    cc = k['cca2']
    if cc not in country_ids or not k.get('latlng'):
        continue
    gid, gname = country_ids[cc]
    # GeoNames' short English name first ("Turkey"); two-letter codes only where news uses them as names
    names = [gname, k['name']['common'], k['name']['official']] + [a for a in k.get('altSpellings', [])
                                                                    if len(a) > 2 or a in ('US', 'UK')]
    main = names[0]
    others = [n for n in dict.fromkeys(names[1:]) if n.lower() != main.lower() and latin(n)]
    dem = k.get('demonyms', {}).get('eng', {})
    demonyms = sorted({d for d in (dem.get('m'), dem.get('f')) if d})
    lat, lon = COUNTRY_POINTS.get(cc, (float(k['latlng'][0]), float(k['latlng'][1])))
    rows.append(('C', gid, main, others, lat, lon, 'PCLI', cc, '', country_pop.get(cc, 0), demonyms))

rows.sort(key=lambda r: (r[0], int(r[1])))
with open(out, 'wb') as raw, gzip.GzipFile(fileobj=raw, mode='wb', mtime=0, filename='') as z:
    z.write(('# sitrep gazetteer v1: kind geonameid name othernames lat lon fcode country admin1 population demonyms\n'
             '# Places, divisions and country names: GeoNames (https://www.geonames.org), CC BY 4.0. Country points, other names\n'
             '# and demonyms: world-countries 5.1.0 (https://github.com/mledoze/countries), ODbL-1.0. Built by tools/build-gazetteer.sh.\n').encode())
    for r in rows:
        z.write('\t'.join([r[0], r[1], r[2], '|'.join(keys([r[2]] + list(r[3]))), f'{r[4]:.4f}', f'{r[5]:.4f}', r[6], r[7], r[8], str(r[9]), '|'.join(r[10])]).encode() + b'\n')
print(f'wrote {len(rows)} rows to {out}')
