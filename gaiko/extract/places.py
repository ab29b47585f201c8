"""Places: venues, cities, occasions, and the clock each city keeps.

Data: the gazetteer under gaiko/data/places (known cities with their country and UTC offset, territories);
the ministry's cue words, venues and gatherings are rows of gaiko/extract/lexicon/places.py, from which
every pattern here is built. SudachiPy's place-name tag (地名) admits cities the gazetteer does not know.

Where a row decides a city (a visit cue, a venue, a gathering's name), the functions that take a ``rules``
dict record its id there under ``"city"`` (an ``EventDraft.rules``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from gaiko import countries
from gaiko.extract.lexicon import Row, fire
from gaiko.extract.lexicon import places as lx
from gaiko.extract.matching import FirstAccepted, NearWords, RowLookup, RowPattern, fire_match, guarded, skip_ahead, word_starts
from gaiko.text import country_names_pattern, words_pattern

DATA = Path(__file__).resolve().parents[1] / "data" / "places"


def _rows(name: str) -> list[list[str]]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [ln.rstrip("\n").split("\t") for ln in f if ln.strip() and not ln.startswith("#")]


# the ministry mostly writes ヴ as the plain B-row kana (ビリニュス for CLDR's ヴィリニュス, ジュネーブ)
V_SPELLING = (("ヴァ", "バ"), ("ヴィ", "ビ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"), ("ヴ", "ブ"))


def plain_v(name: str) -> str:
    for a, b in V_SPELLING:
        name = name.replace(a, b)
    return name


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, tuple[str, float]], dict[str, str]]:
    """(city -> (country, UTC offset in hours, standard time), territory name -> code), read once.

    Cities: CLDR's Japanese exemplar cities (cldr_cities.tsv, built by scripts/build_gazetteer.py) and the
    ministry's own spellings and meeting places (mofa_cities.tsv, which wins). Territories: CLDR's Japanese
    names of every country and territory, beside the names of gaiko.countries."""
    cities: dict[str, tuple[str, float]] = {}
    for row in _rows("cldr_cities.tsv"):
        cities[row[0]] = (row[1], float(row[2]))
        cities.setdefault(plain_v(row[0]), (row[1], float(row[2])))  # the ministry's ヴ-less spelling too
    for row in _rows("mofa_cities.tsv"):
        cities[row[0]] = (row[1], float(row[2]))
    territories = {row[0]: row[1] for row in _rows("cldr_territories.tsv")}
    for row in _rows("mofa_territories.tsv"):
        territories[row[0]] = row[1]
    return cities, territories


# city -> (country, UTC offset in hours, standard time; used only to turn a printed Japan time into a local date)
CITIES: dict[str, tuple[str, float]] = _gazetteer()[0]
CAPITALS = {"JP": "東京", "RU": "モスクワ", "CN": "北京", "KR": "ソウル", "US": "ワシントンDC", "GB": "ロンドン",
            "FR": "パリ", "DE": "ベルリン", "IT": "ローマ", "CA": "オタワ", "AU": "キャンベラ", "IN": "ニューデリー",
            "ID": "ジャカルタ", "VN": "ハノイ", "BR": "ブラジリア", "EG": "カイロ", "TH": "バンコク", "PH": "マニラ"}
# venues whose city is plain (the 飯倉公館 is in Tokyo); a venue ending in one of these names is there too
VENUE_CITY: dict[str, str | None] = {r.pattern: r.value for r in lx.VENUES}
_VENUE_ROWS = {r.pattern: r for r in lx.VENUES}
_FACILITY_WORDS = lx.FACILITIES.alternation(lx.FACILITIES.where(group="facility"))
_FACILITY = RowLookup(lx.FACILITIES, lx.FACILITIES.where(group="facility"))
FACILITY = RowPattern("(?P<w>" + _FACILITY_WORDS + ")(?:内)?$", {"w": _FACILITY})
# bodies whose 内 is "within the body", not a building (政府部内で…準備している, 党内で議論): no venue
BODY_INSIDE_RE = RowPattern("(?P<w>" + lx.FACILITIES.alternation(lx.FACILITIES.where(group="body_inside")) + ")$",
                            {"w": RowLookup(lx.FACILITIES, lx.FACILITIES.where(group="body_inside"))})
# a building word anywhere in a name (ウィンザーホテル洞爺: a hotel named after its place)
FACILITY_WORD = RowPattern("(?P<w>" + _FACILITY_WORDS + ")", {"w": _FACILITY})
# the words that end a gathering's name, and the cues after it that make it the talk's occasion
_CUES = lx.GATHERINGS.where(group="gathering_cue")
_GATHERING_ENDS = lx.GATHERINGS.alternation(lx.GATHERINGS.where(group="gathering_end"))
GATHERING = RowPattern(
    # (a name may open with what the gathering is on or with, or with the gathering it is part of: アフガニスタンに
    # 関する東京会合, ASEANとの首脳会合, G7…サミットのアウトリーチ会合)
    r"(?P<occ>(?:[A-Za-z0-9ァ-ヴー一-龥・]{1,20}?(?:に関する|との|(?:" + _GATHERING_ENDS + ")の))?"
    r"(?:[A-Za-z0-9ァ-ヴー一-龥・]|\([A-Za-z0-9]{2,10}\)|\([ァ-ヴー一-龥]{2,15}\)){0,30}?(?P<end>"
    + _GATHERING_ENDS + r")"
    r"(?:\([^()、。]{1,20}\))?)(?=(?P<cue>" + lx.GATHERINGS.alternation(_CUES) + "))",
    {"end": RowLookup(lx.GATHERINGS, lx.GATHERINGS.where(group="gathering_end")), "cue": RowLookup(lx.GATHERINGS, _CUES)},
    precheck=True,
    # (a name's last word and its cue, which every match ends with: most sentences hold a gathering word or a cue,
    # few the two together, and the name's lazy run is tried at every character)
    tail=r"(?:" + _GATHERING_ENDS + r")(?:\([^()、。]{1,20}\))?(?=" + lx.GATHERINGS.alternation(_CUES) + ")",
)
# a name that ends as a gathering's (G20リオデジャネイロ・サミット, before …の会場において)
GATHERING_NAME = RowPattern("(?P<end>" + _GATHERING_ENDS + ")$",
                            {"end": RowLookup(lx.GATHERINGS, lx.GATHERINGS.where(group="gathering_end"))})
# a gathering named in quotes before its cue (「第4回北海対話」の際に): the quotes mark the name, whatever its last word
# (not 参加: one joins a framework in quotes too, 「…経済枠組み」への参加; nor のため)
_QUOTED_CUES = lx.GATHERINGS.where(value="occasion")
QUOTED_GATHERING = RowPattern(r"「(?P<occ>[^「」、。]{2,30})」(?=(?P<cue>" + lx.GATHERINGS.alternation(_QUOTED_CUES) + "))",
                              {"cue": RowLookup(lx.GATHERINGS, _QUOTED_CUES)})
OCCASION_SUFFIX_CITY = re.compile(
    r"^(?P<pre>" + lx.OCCASIONS.alternation(lx.OCCASIONS.where(group="occasion_prefix")) + r")?(?P<city>[ァ-ヴー一-龥]{2,12}?)・?(?P<suf>"
    + lx.OCCASIONS.alternation(lx.OCCASIONS.where(group="occasion_suffix")) + ")")
_OCCASION_PREFIX = RowLookup(lx.OCCASIONS, lx.OCCASIONS.where(group="occasion_prefix"))
_OCCASION_SUFFIX = RowLookup(lx.OCCASIONS, lx.OCCASIONS.where(group="occasion_suffix"))
# words that make the name before サミット no city (核セキュリティ・サミット, 国連…サミット)
NOT_OCCASION_CITY = re.compile(lx.OCCASIONS.alternation(lx.OCCASIONS.where(group="occasion_not_city")))


# last characters of abstract kanji nouns that stand before において like a place (政治面において, 経済分野において)
ABSTRACT = RowPattern("(?P<w>" + lx.CITY_FORMS.alternation(lx.CITY_FORMS.where(group="abstract")) + ")$",
                      {"w": RowLookup(lx.CITY_FORMS, lx.CITY_FORMS.where(group="abstract"))})
# cities written like their country: in a place phrase they are the city
CITY_STATES = {r.pattern: r for r in lx.CITY_FORMS.where(group="city_state")}
# words that stand before a city's name without being part of it (ナイジェリアの首都アブジャ)
CITY_PREFIXES = lx.CITY_FORMS.where(group="city_prefix")
# words that name a city without its name: 都内 is Tokyo (都内のホテルにおいて, 東京都内で)
CITY_ALIASES = {r.pattern: r for r in lx.CITY_FORMS.where(group="alias")}
# what may follow a city's name inside a place phrase (ブエノスアイレス市内, ソウル市), in this order
CITY_SUFFIXES = lx.CITY_FORMS.where(group="city_suffix")
# a region before a city (米国ジョージア州シーアイランド): dropped
_REGION = lx.CITY_FORMS.alternation(lx.CITY_FORMS.where(group="region"))
REGION_BEFORE = re.compile("^[ァ-ヴー一-龥]{1,8}?(?P<w>" + _REGION + ")")
REGION_INSIDE = re.compile(_REGION + ".")
ISLAND = lx.CITY_FORMS["places.island.shima"]
TERRITORIES: dict[str, str] = _gazetteer()[1]

_KATA = "ァ-ヴー"


def _edge_ok(text: str, start: int, end: int) -> bool:
    """A city name is a whole word: a katakana (latin) name not inside a longer katakana (latin) word; a kanji
    name not a surname before a title (千葉大臣)."""
    for ch, nb in ((text[start], text[start - 1] if start > 0 else ""), (text[end - 1], text[end:end + 1])):
        for cls in (_KATA_CH, _LATIN_CH):
            if cls.match(ch) and nb and cls.match(nb):
                return False
    return not (_KANJI_CH.match(text[end - 1]) and _TITLE_AFTER.match(text, end))


_KANJI_CH = re.compile("[一-龥]")
_KATA_CH = re.compile(f"[{_KATA}]")
_LATIN_CH = re.compile("[A-Za-z]")
_TITLE_AFTER = re.compile(r"[一-龥]{0,8}?(?:大臣|長官|議員|次官|大使|総理|首相|知事|市長|委員|代表|審議官|局長|課長|官|氏|副)")


def find_cities(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """The gazetteer's cities named in text[start:end], longest name first at each place: (name, start, end)."""
    end = len(text) if end is None else end
    return [(m.group(0), m.start(), m.end()) for m in CITY_RE.finditer(text, start, end) if _edge_ok(text, m.start(), m.end())]


BRACKETED = re.compile(r"(?P<head>[^()]+)\((?P<inner>[^()]+)\)")  # インドネシア(ジャカルタ)
TRAILING_BRACKET = re.compile(r"\([^()]*\)$")  # ウィーン(オーストリア)


def city_name(place: str | None) -> str | None:
    """The city a place phrase names as a whole: 'フランス・パリ' -> 'パリ', '仏ドーヴィル' -> 'ドーヴィル',
    'ウィーン(オーストリア)' -> 'ウィーン', 'ブエノスアイレス市内' -> 'ブエノスアイレス'; a country or an unknown word -> None."""
    if not place:
        return None
    bm = BRACKETED.fullmatch(place.strip())
    if bm and is_country(bm.group("head")) and not is_country(bm.group("inner")):
        return city_name(bm.group("inner"))  # インドネシア(ジャカルタ): the country, its city in brackets
    p = TRAILING_BRACKET.sub("", place).strip()
    alias = CITY_ALIASES.get(p)
    if alias:
        fire(alias)
        return alias.value
    if p in CITIES and not is_country(p):
        return p  # the whole phrase a city, though it opens with its country's name (クウェート市, メキシコシティ)
    c = strip_country(p)
    for suf in CITY_SUFFIXES:
        if c.endswith(suf.pattern) and c[:-len(suf.pattern)] in CITIES:
            fire(suf)
            c = c[:-len(suf.pattern)]
    if c in CITIES and (not is_country(c)):
        return c
    return None


def city_country(city: str | None) -> str | None:
    if not city:
        return None
    hit = CITIES.get(city)
    return hit[0] if hit else None


def utc_offset(city: str | None) -> float | None:
    hit = CITIES.get(city or "")
    return hit[1] if hit else None


def is_country(name: str) -> bool:
    if name in CITY_STATES:
        fire(CITY_STATES[name])  # (a city, though its country has its name)
        return False
    return name in countries.name_index() or name in TERRITORIES


# the longest country name that begins a place and is not all of it (a trie: longest first at a position)
# (a whole katakana word: マリ is no prefix of マリウポリ, インド none of インドネシア)
_COUNTRY_PREFIX = skip_ahead(re.compile(country_names_pattern() + "(?=.)", re.S))


def strip_country(place: str) -> str:
    """'カナダ・トロント' -> 'トロント'; 'ラオス・ビエンチャン' -> 'ビエンチャン'; '米国ジョージア州シーアイランド島' -> 'シーアイランド';
    'マニラ・フィリピン' -> 'マニラ' (the country after its city). A country's own name is kept whole: インドネシア is no
    インド before a city ネシア (the prefix is a whole katakana word)."""
    p = place
    if "・" in p:
        head, _, tail = p.rpartition("・")
        if head and is_country(tail) and not is_country(head):
            p = head
    m = _COUNTRY_PREFIX.match(p)
    if m:
        p = p[m.end():].lstrip("・")
    abbr = countries.abbr_index()
    if len(p) > 2 and p[0] in abbr and p[0] != "日" and p[1:] in CITIES:
        p = p[1:]  # 仏ドーヴィル
    for pre in CITY_PREFIXES:
        if p.startswith(pre.pattern) and len(p) > len(pre.pattern) + 1:
            fire(pre)
            p = p[len(pre.pattern):]
    if REGION_INSIDE.search(p):
        region = REGION_BEFORE.match(p)
        if region:
            fire_match(_REGIONS, region, "w")
            p = p[region.end():]
    if p.endswith(ISLAND.pattern) and len(p) > 2 and p[:-1] in CITIES:
        fire(ISLAND)
        p = p[:-1]
    return p


# a municipality written with its suffix, after its prefecture or alone: 鹿児島県指宿市, 長野県白馬村, 函館市;
# the name without 市/町/村 is the city (not 同市, 都市, 各市: words that stand for a city without naming it)
_PREFECTURE_ROWS = (lx.CITY_FORMS["places.region.ken"], *lx.CITY_FORMS.where(group="prefecture"))  # 県, 都, 府, 道
_PREFECTURE = lx.CITY_FORMS.alternation(_PREFECTURE_ROWS)
MUNICIPALITY = re.compile(r"(?:[一-龥]{2,3}?(?P<pref>" + _PREFECTURE + r"))?(?P<city>[一-龥]{2,4}?)(?P<suf>"
                          + lx.CITY_FORMS.alternation(lx.CITY_FORMS.where(group="municipality")) + r")(?:内)?")
PREFECTURE = re.compile(_PREFECTURE)
_CITY_SUFFIX = lx.CITY_FORMS["places.municipality.shi"]  # (市 and 市内 stand alone; 町/村 only after a prefecture)
NOT_MUNICIPALITY = lx.CITY_FORMS.where(group="not_municipality")
_MUNICIPALITY_SUFFIX = RowLookup(lx.CITY_FORMS, lx.CITY_FORMS.where(group="municipality"))
_PREFECTURES = RowLookup(lx.CITY_FORMS, _PREFECTURE_ROWS)
_REGIONS = RowLookup(lx.CITY_FORMS, lx.CITY_FORMS.where(group="region"))


def municipality(place: str) -> str | None:
    """'鹿児島県指宿市' -> '指宿'; '函館市' -> '函館'; '同市' -> None."""
    m = MUNICIPALITY.fullmatch(place)
    if not m:
        return None
    word = next((r for r in NOT_MUNICIPALITY if m.group("city").startswith(r.pattern)), None)
    if word:
        fire(word)
        return None
    if not PREFECTURE.search(place, 0, m.start("city")) and not place.endswith((_CITY_SUFFIX.pattern, _CITY_SUFFIX.pattern + "内")):
        return None  # 町/村 alone is too often a common noun (下町): only after its prefecture
    fire_match(_PREFECTURES, m, "pref")
    fire_match(_MUNICIPALITY_SUFFIX, m, "suf")
    return m.group("city")


# words that make a city's name the name of a document, not a place (東京宣言, 川奈合意): no city of the talk
DOCUMENT_AFTER = re.compile("・?(?P<w>" + lx.OCCASIONS.alternation(lx.OCCASIONS.where(group="document")) + ")")
_DOCUMENT = RowLookup(lx.OCCASIONS, lx.OCCASIONS.where(group="document"))
_NOT_OCCASION_CITY = RowLookup(lx.OCCASIONS, lx.OCCASIONS.where(group="occasion_not_city"))


def city_from_occasion(occasion: str | None, rules: dict[str, str] | None = None) -> str | None:
    """G20大阪サミット -> 大阪; ドーヴィル・サミット -> ドーヴィル; 横浜APEC -> 横浜; ペルーAPEC -> None (a country);
    a city naming a document (…訪日(東京宣言)) -> None. ``rules``: gets the row that found the city under "city"."""
    if not occasion:
        return None
    for city, _, end in find_cities(occasion):
        if fire_match(_DOCUMENT, DOCUMENT_AFTER.match(occasion, end), "w"):
            continue
        return city  # (a gazetteer city in the gathering's name: no row decided it)
    m = OCCASION_SUFFIX_CITY.match(occasion)
    if m:
        c = m.group("city")
        if not is_country(c) and not fire_match(_NOT_OCCASION_CITY, NOT_OCCASION_CITY.search(c)):
            fire_match(_OCCASION_PREFIX, m, "pre")
            _rule(rules, fire_match(_OCCASION_SUFFIX, m, "suf"))
            return c
    return None


def _rule(rules: dict[str, str] | None, row: Row | None) -> None:
    """Record the row that decided the city in ``rules`` (an EventDraft's), when given."""
    if rules is not None and row is not None:
        rules["city"] = row.id


# every city of the gazetteer (a country's name left out), as one trie-shaped pattern compiled at import
CITY_RE = re.compile(words_pattern([c for c in CITIES if c in CITY_STATES
                                    or not (c in countries.name_index() or c in TERRITORIES)]))  # (is_country, unfired at import)


# --- the side is in a city: visit cues, venues, clocks -------------------------------------------------
def _cue(group: str) -> str:
    return lx.VISITS.alternation(lx.VISITS.where(group=group))


def _lookup(group: str) -> RowLookup:
    return RowLookup(lx.VISITS, lx.VISITS.where(group=group))


_PLACE_CHARS = "[ァ-ヴー一-龥A-Za-z・]"
# (CITY時間), CITY時間の, and the local clock named after its city (ロンドン現地時間9月23日, (NY現地時間))
_CLOCK = "(?:" + lx.VISITS["places.clock.genchi_jikan"].source + "|" + lx.VISITS["places.clock.jikan"].source + ")"
# cues that put the speaker in a city: CITY を訪問中, CITY出張中の, 訪問中の CITY において, (CITY時間), 於:CITY,
# …のCITY訪問を機会に; the named groups p, w, q, t, u, v hold the place, pc/ps/wc/qc/qp the cue's words
VISIT_CUES = re.compile(
    r"(?P<p>" + _PLACE_CHARS + r"{2,30}?(?:\(" + _PLACE_CHARS + r"{2,15}\))?)(?:(?P<pc>" + _cue("visit") + ")"
    r"|(?<=[ァ-ヴー一-龥)])(?P<ps>" + _cue("visit_suffix") + ")の)"
    r"|の(?P<w>" + _PLACE_CHARS + r"{2,20}?)(?P<wc>"  # not …訪問の際の会談に続き: an earlier visit
    + lx.VISITS.alternation([lx.VISITS["places.visit_occasion.wo_kikai"], lx.VISITS["places.visit_occasion.chu"]]) + ")"
    r"|(?P<qc>" + _cue("visit_at") + ")の(?P<q>" + _PLACE_CHARS + r"{2,30}?)(?P<qp>" + _cue("at") + ")"
    r"|\((?P<t>" + _PLACE_CHARS + r"{2,15}?)" + _CLOCK + r"\)|(?<![ァ-ヴー一-龥A-Za-z])(?P<u>[ァ-ヴー一-龥A-Z]{2,15}?)" + _CLOCK
    + r"(?:[0-9午]|の)"
    r"|" + lx.VISITS["places.cue.o"].source + r"\s*[:]\s*(?P<v>[^)\s、。]{2,30})")
# the place after 於 in brackets ((於:フィリピン外務省), a heading's (於:京都迎賓館)): a venue when it is one (is_venue)
O_PLACE = re.compile(lx.VISITS["places.cue.o"].source + r"\s*[:]\s*(?P<v>[^)\s、。]{2,30})\)")


def is_venue(place: str) -> bool:
    """The place names a building: a venue row or a name ending with a building word (外務省, 宮殿, ホテル)."""
    return place in VENUE_CITY or FACILITY.search(place) is not None


# one of these words is in every match of VISIT_CUES (each row's value): a cheap test before its costly scan
VISIT_CUE_WORDS = tuple(dict.fromkeys(r.value for r in lx.VISITS.where(group="visit") + lx.VISITS.where(group="visit_suffix")
                                      + lx.VISITS.where(group="visit_at") + lx.VISITS.where(group="visit_occasion")
                                      + (lx.VISITS["places.clock.jikan"], lx.VISITS["places.cue.o"]) if r.value))
_CUE_ROWS = {"pc": _lookup("visit"), "ps": _lookup("visit_suffix"), "wc": _lookup("visit_occasion"), "qc": _lookup("visit_at")}
_AT = _lookup("at")
# the side visits a city, said anywhere in the record: 大臣のXX訪問を機会に
VISIT_ON_OCCASION = re.compile(r"の(?P<w>" + _PLACE_CHARS + r"{2,20}?)(?P<wc>" + lx.VISITS.alternation(
    [lx.VISITS["places.visit_occasion.wo_kikai"], lx.VISITS["places.visit_occasion.no_kikai"]]) + ")に")
# a local clock noted beside a time: the ministry notes one only for a talk abroad (現地時間, オランダ現地時間)
FOREIGN_CLOCK = re.compile(lx.VISITS["places.clock.genchi_jikan"].source)
KATAKANA_CITY = re.compile(r"[ァ-ヴー]{3,20}")  # a katakana place the gazetteer may lack


def venue_city(venue: str, rules: dict[str, str] | None = None, inside: bool = False) -> str | None:
    """The city of a named venue (飯倉公館 -> 東京): the venue itself, else a venue its name ends with (…の迎賓館)
    or, ``inside``, one its name holds (於:総理大臣官邸大ホール). ``rules`` gets the venue's row under "city"."""
    row = _VENUE_ROWS.get(venue)
    if row is not None and row.value is None:
        fire(row)  # a ministry: no city by itself
    if row is None or row.value is None:
        # the longest row the name ends with (or holds): 京都迎賓館 before 迎賓館
        row = max((r for r in lx.VENUES if r.value and (r.pattern in venue if inside else venue.endswith(r.pattern))),
                  key=lambda r: len(r.pattern), default=None)
    if row is None:
        return None
    fire(row)
    _rule(rules, row)
    return row.value


def _has_cue_word(norm: str, start: int, end: int) -> bool:
    """One of VISIT_CUE_WORDS stands in norm[start:end] (as ``norm.find(w, start, end) >= 0`` for one of them)."""
    for w, starts in word_starts(norm, VISIT_CUE_WORDS):
        k = bisect_left(starts, start)
        if k < len(starts) and starts[k] + len(w) <= end:
            return True
    return False


def visit_city(norm: str, start: int, end: int, rules: dict[str, str] | None = None) -> tuple[str, int, int, str] | None:
    """A city the talk's side is in, by a cue in norm[start:end]: a city of the gazetteer (not a country), or a
    katakana name written after its country (米国ジョージア州シーアイランド島): (city, start, end, the cue's row id).
    ``rules`` gets the cue's row under "city"."""
    if not _has_cue_word(norm, start, end):
        return None  # no word every VISIT_CUES match holds: nothing for its costly scan to find
    return _first_visit(VISIT_CUES_NEAR.finditer(norm, start, end), rules)


_VisitHit = tuple[str, int, int, Row, "re.Match[str] | None"]


def _visit_hit(m: re.Match[str]) -> _VisitHit | None:
    """The city a match of VISIT_CUES names, with its cue's row (and the match whose "qp" fires too), or None."""
    key = next(k for k in ("p", "q", "t", "u", "v", "w") if m.group(k))
    p = m.group(key).split("の")[-1]
    if key == "v":
        c = city_name(p) or venue_city(p, inside=True)
    else:
        c = city_name(p)
        if c is None and key == "p":
            rest = strip_country(p)
            if KATAKANA_CITY.fullmatch(rest) and not is_country(rest) and not FACILITY.search(rest):
                c = rest  # a katakana place visited that is no country nor a building: a city the gazetteer lacks
    if not c:
        return None
    cue = {"p": "pc" if m.group("pc") else "ps", "q": "qc", "w": "wc"}.get(key)
    row = fire_match(_CUE_ROWS[cue], m, cue) if cue else lx.VISITS["places.cue.o" if key == "v" else "places.clock.jikan"]
    assert row is not None  # (the cue group matched, so its row is found)
    at = m.start(key) + m.group(key).rfind(c)
    return c, at, at + len(c), row, m if key == "q" else None


def _take_visit(hit: _VisitHit, rules: dict[str, str] | None) -> tuple[str, int, int, str]:
    c, at, end, row, qm = hit
    fire(row)
    if qm is not None:
        fire_match(_AT, qm, "qp")
    _rule(rules, row)
    return c, at, end, row.id


def _first_visit(matches: Iterable[re.Match[str]], rules: dict[str, str] | None) -> tuple[str, int, int, str] | None:
    for m in matches:
        hit = _visit_hit(m)
        if hit:
            return _take_visit(hit, rules)
    return None


# How far past its start a VISIT_CUES attempt may read, whitespace aside: its longest branch is a place of 30
# characters, a bracket of 15 and a cue row (no row repeats anything, so none matches more than its source's
# length); (於 : X) adds each whitespace run it crosses, counted apart (VisitCities.window)
_VISIT_SPAN = 2 + 30 + 17 + max(len(r.source) for g in ("visit", "visit_suffix", "visit_at", "at", "visit_occasion")
                                for r in lx.VISITS.where(group=g)) + 8
assert not any(ch in r.source for g in ("visit", "visit_suffix", "visit_at", "at", "visit_occasion")
               for r in lx.VISITS.where(group=g) for ch in "*+{")


@lru_cache(maxsize=4)
def _longest_space_run(norm: str) -> int:
    return max((len(x) for x in re.findall(r"\s+", norm)), default=0)


class VisitCities:
    """``visit_city(norm, start, end, rules)`` for one text and start, asked with many ends (a talk's lead, from the
    body's start to each talk in turn, which reading again for each talk was quadratic): the matches of VISIT_CUES
    read once (matching.FirstAccepted), within a window of the longest attempt and the whitespace it may cross."""

    __slots__ = ("norm", "start", "_first")

    def __init__(self, norm: str, start: int):
        self.norm, self.start = norm, start
        self._first: FirstAccepted | None = None  # (made when a cue word first asks for it)

    def find(self, end: int, rules: dict[str, str] | None = None) -> tuple[str, int, int, str] | None:
        if not _has_cue_word(self.norm, self.start, end):
            return None
        if self._first is None:
            window = _visit_window(self.norm)
            self._first = FirstAccepted(VISIT_CUES_NEAR, self.norm, self.start, window, _visit_hit)
        hit = self._first.find(end)
        return _take_visit(hit, rules) if hit is not None else None


def visit_occasion_city(norm: str, start: int, end: int, rules: dict[str, str] | None = None) -> tuple[str, int, int] | None:
    """The city the talk's side visits, said anywhere (大臣のXX訪問を機会に): (city, start, end); ``rules`` gets the cue."""
    for vm in VISIT_ON_OCCASION.finditer(norm, start, end):
        c = city_name(vm.group("w"))
        if c:
            _rule(rules, fire_match(_CUE_ROWS["wc"], vm, "wc"))
            return c, vm.start("w"), vm.end("w")
    return None


def foreign_clock(norm: str, start: int, end: int) -> bool:
    """A local clock is noted in norm[start:end] (午前9時(オランダ現地時間)): the talk is abroad."""
    if FOREIGN_CLOCK.search(norm, start, end):
        fire("places.clock.genchi_jikan")
        return True
    return False


# patterns the regex engine would try at every position (they open with an optional group or a group of words),
# guarded: the same matches, found faster (matching.guarded; the largest gains of a timing of each pattern)
VISIT_CUES = guarded(VISIT_CUES)


def _visit_window(norm: str) -> int:
    return _VISIT_SPAN + 2 * _longest_space_run(norm)


# VISIT_CUES tried only within its longest attempt before one of its cue words (each attempt tries every length of a
# place before its cue, at every kanji or katakana of the text)
VISIT_CUES_NEAR = NearWords(VISIT_CUES, VISIT_CUE_WORDS, _visit_window)
