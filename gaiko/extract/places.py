"""Places: venues, cities, occasions, and the clock each city keeps.

Data tables: known cities (with their country and UTC offset), venues that imply a city, and the
words that end the name of a gathering (サミット, 外相会合, 総会 …). SudachiPy's place-name tag
(地名) admits cities the table does not know.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from gaiko import countries
from gaiko.text import words_pattern

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
VENUE_CITY = {"飯倉公館": "東京", "総理大臣官邸": "東京", "首相官邸": "東京", "総理官邸": "東京", "官邸": "東京",
              "総理公邸": "東京", "総理大臣公邸": "東京", "首相公邸": "東京", "迎賓館": "東京", "赤坂迎賓館": "東京",
              "迎賓館赤坂離宮": "東京", "国会": "東京", "外務省": None, "クレムリン": "モスクワ", "ホワイトハウス": "ワシントンDC",
              "エリゼ宮": "パリ", "釣魚台国賓館": "北京", "人民大会堂": "北京", "青瓦台": "ソウル", "国務省": "ワシントンDC"}
FACILITY = re.compile(r"(?:宮|館|邸|ハウス|省|庁|ホテル|センター|会議場|公館|府|部|院|議事堂|ビル|宮殿|城|別館|本部|会館|ホール|官邸|公邸|クラブ|宿舎|離宮|大学|会場|空港|基地|パーク|スタジアム|タワー|ターミナル|ガーデン|プラザ|アリーナ|ラウンジ|ルーム)(?:内)?$")
# bodies whose 内 is "within the body", not a building (政府部内で…準備している, 党内で議論): no venue
BODY_INSIDE = ("政府部", "政府", "党", "内閣", "閣")
BODY_INSIDE_RE = re.compile("(?:" + "|".join(BODY_INSIDE) + ")$")
# a building word anywhere in a name (ウィンザーホテル洞爺: a hotel named after its place)
FACILITY_WORD = re.compile(FACILITY.pattern.removesuffix("(?:内)?$"))
# the words that end a gathering's name, and the cues after it that make it the talk's occasion
GATHERING_ENDS = ("サミット", "首脳会議", "首脳会合", "外相会合", "外相会議", "外相理事会", "閣僚会合", "閣僚会議", "閣僚理事会",
                  "大臣会合", "総会", "フォーラム", "式典", "開発会議", "国際会議", "会議", "会合", "東アジア首脳会議",
                  r"APEC(?:首脳会議|首脳会談|閣僚会議|首脳会合)?", r"ASEAN関連[^\s、。のに]{0,10}?", r"G\d{1,2}(?:[^\s、。のに]{0,8}?)")
GATHERING_CUES = ("の際", "の機会", "に際し", "出席", "に出席", "への出席", "に参加", "への参加", "参加", "に合わせ", "のため",
                  r"に[^、。「」]{1,20}?として(?:出席|参加)")  # …会合に日本の代表として出席するため
GATHERING = re.compile(
    r"(?P<occ>(?:[A-Za-z0-9ァ-ヴー一-龥・]|\([A-Za-z0-9]{2,10}\)|\([ァ-ヴー一-龥]{2,15}\)){0,30}?(?:" + "|".join(GATHERING_ENDS) + r")"
    r"(?:\([^()、。]{1,20}\))?)(?=" + "|".join(GATHERING_CUES) + ")"
)
# a gathering named in quotes before its cue (「第4回北海対話」の際に): the quotes mark the name, whatever its last word
# (not 参加: one joins a framework in quotes too, 「…経済枠組み」への参加)
QUOTED_GATHERING = re.compile(r"「(?P<occ>[^「」、。]{2,30})」(?=" + "|".join(c for c in GATHERING_CUES if "参加" not in c and c != "のため") + ")")
OCCASION_SUFFIX_CITY = re.compile(r"^(?:北海道|沖縄|G\d{1,2})?(?P<city>[ァ-ヴー一-龥]{2,12}?)・?(?:サミット|APEC|G20|G7|首脳会議)")


# last characters of abstract kanji nouns that stand before において like a place (政治面において, 経済分野において)
ABSTRACT_ENDS = ("面", "点", "上", "的", "性", "野", "側", "間", "場", "下", "中", "内", "外", "際")
ABSTRACT = re.compile("(?:" + "|".join(ABSTRACT_ENDS) + ")$")
# cities written like their country: in a place phrase they are the city
CITY_STATES = frozenset({"シンガポール", "ルクセンブルク", "香港", "マカオ", "モナコ", "バチカン"})
# words that stand before a city's name without being part of it (ナイジェリアの首都アブジャ)
CITY_PREFIXES = ("首都",)
# words that name a city without its name: 都内 is Tokyo (都内のホテルにおいて, 東京都内で)
CITY_ALIASES = {"都内": "東京", "東京都": "東京", "東京都内": "東京"}
# what may follow a city's name inside a place phrase (ブエノスアイレス市内, ソウル市)
CITY_SUFFIXES = ("市内", "市", "郊外")
TERRITORIES: dict[str, str] = _gazetteer()[1]

_KATA = "ァ-ヴー"


def _edge_ok(text: str, start: int, end: int) -> bool:
    """A city name is a whole word: a katakana (latin) name not inside a longer katakana (latin) word; a kanji
    name not a surname before a title (千葉大臣)."""
    for ch, nb in ((text[start], text[start - 1] if start > 0 else ""), (text[end - 1], text[end:end + 1])):
        for cls in (_KATA_CH, _LATIN_CH):
            if cls.match(ch) and nb and cls.match(nb):
                return False
    return not (re.match("[一-龥]", text[end - 1]) and _TITLE_AFTER.match(text, end))


_KATA_CH = re.compile(f"[{_KATA}]")
_LATIN_CH = re.compile("[A-Za-z]")
_TITLE_AFTER = re.compile(r"[一-龥]{0,8}?(?:大臣|長官|議員|次官|大使|総理|首相|知事|市長|委員|代表|審議官|局長|課長|官|氏|副)")


def find_cities(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """The gazetteer's cities named in text[start:end], longest name first at each place: (name, start, end)."""
    end = len(text) if end is None else end
    return [(m.group(0), m.start(), m.end()) for m in CITY_RE.finditer(text, start, end) if _edge_ok(text, m.start(), m.end())]


def city_name(place: str | None) -> str | None:
    """The city a place phrase names as a whole: 'フランス・パリ' -> 'パリ', '仏ドーヴィル' -> 'ドーヴィル',
    'ウィーン(オーストリア)' -> 'ウィーン', 'ブエノスアイレス市内' -> 'ブエノスアイレス'; a country or an unknown word -> None."""
    if not place:
        return None
    bm = re.fullmatch(r"(?P<head>[^()]+)\((?P<inner>[^()]+)\)", place.strip())
    if bm and is_country(bm.group("head")) and not is_country(bm.group("inner")):
        return city_name(bm.group("inner"))  # インドネシア(ジャカルタ): the country, its city in brackets
    p = re.sub(r"\([^()]*\)$", "", place).strip()
    if p in CITY_ALIASES:
        return CITY_ALIASES[p]
    c = strip_country(p)
    for suf in CITY_SUFFIXES:
        if c.endswith(suf) and c[:-len(suf)] in CITIES:
            c = c[:-len(suf)]
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
    return (name in countries.name_index() or name in TERRITORIES) and name not in CITY_STATES


# the longest country name that begins a place and is not all of it (a trie: longest first at a position)
_COUNTRY_PREFIX = re.compile(words_pattern(countries.name_index()) + "(?=.)", re.S)


def strip_country(place: str) -> str:
    """'カナダ・トロント' -> 'トロント'; 'ラオス・ビエンチャン' -> 'ビエンチャン'; '米国ジョージア州シーアイランド島' -> 'シーアイランド';
    'マニラ・フィリピン' -> 'マニラ' (the country after its city)."""
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
        if p.startswith(pre) and len(p) > len(pre) + 1:
            p = p[len(pre):]
    p = re.sub(r"^[ァ-ヴー一-龥]{1,8}?(?:州|県|省|地方)", "", p) if re.search(r"(?:州|県|省|地方).", p) else p
    if p.endswith("島") and len(p) > 2 and p[:-1] in CITIES:
        p = p[:-1]
    return p


# a municipality written with its suffix, after its prefecture or alone: 鹿児島県指宿市, 長野県白馬村, 函館市;
# the name without 市/町/村 is the city (not 同市, 都市, 各市: words that stand for a city without naming it)
MUNICIPALITY = re.compile(r"(?:[一-龥]{2,3}?(?:県|都|府|道))?(?P<city>[一-龥]{2,4}?)(?:市|町|村)(?:内)?")
NOT_MUNICIPALITY = ("同", "当", "本", "各", "大都", "両", "諸", "近隣", "地方", "現地")


def municipality(place: str) -> str | None:
    """'鹿児島県指宿市' -> '指宿'; '函館市' -> '函館'; '同市' -> None."""
    m = MUNICIPALITY.fullmatch(place)
    if not m or m.group("city").startswith(NOT_MUNICIPALITY):
        return None
    if not re.search(r"(?:県|都|府|道)", place[:m.start("city")]) and not place.endswith(("市", "市内")):
        return None  # 町/村 alone is too often a common noun (下町): only after its prefecture
    return m.group("city")


# words that make a city's name the name of a document, not a place (東京宣言, 川奈合意): no city of the talk
DOCUMENT_WORDS = ("宣言", "声明", "合意", "条約", "議定書", "憲章", "行動計画", "原則", "プロセス", "コミュニケ")
_DOCUMENT_AFTER = re.compile("・?(?:" + "|".join(DOCUMENT_WORDS) + ")")


def city_from_occasion(occasion: str | None) -> str | None:
    """G20大阪サミット -> 大阪; ドーヴィル・サミット -> ドーヴィル; 横浜APEC -> 横浜; ペルーAPEC -> None (a country);
    a city naming a document (…訪日(東京宣言)) -> None."""
    if not occasion:
        return None
    for city, _, end in find_cities(occasion):
        if _DOCUMENT_AFTER.match(occasion, end):
            continue
        return city
    m = OCCASION_SUFFIX_CITY.match(occasion)
    if m:
        c = m.group("city")
        if not is_country(c) and not re.search(r"国連|核|安全保障|首脳|外相|関連|セキュリティ", c):
            return c
    return None


# every city of the gazetteer (a country's name left out), as one trie-shaped pattern compiled at import
CITY_RE = re.compile(words_pattern([c for c in CITIES if not is_country(c)]))
