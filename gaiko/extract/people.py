"""People: names with their titles and sides, read from the text.

Forms handled (on the normalised text):
- Japanese: surname (+ given name) + title: 川口外務大臣, 茂木敏充外務大臣, 安倍晋三内閣総理大臣.
- Foreign names in katakana joined by ・, optionally followed by a country: ラヴロフ・ロシア外務大臣,
  ナレンドラ・モディ・インド首相, イワノフ露外務大臣, ジョセフ・R・バイデン・ジュニア米国大統領.
- Chinese and Korean names in kanji: 王毅国務委員兼外交部長, 習近平国家主席, 李相哲外交部第1次官.
- Attendee lists: (同席、日本側:A、B、ロシア側:C), 日本側から…ほか、中国側から…ほかが同席,
  (同席者) lines 日本側：…, 当方:… 先方:…, 日本側からは…が、ドイツ側からは…が同席.

A name is reported in its shortest complete form the document itself uses (モディ for ナレンドラ・モディ
when the text also says モディ首相); a role in its plain form (外相 -> 外務大臣), without a country prefix.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import overload

from gaiko import countries
from gaiko.extract import lexicon, places
from gaiko.extract.drafts import PersonMention
from gaiko.extract.lexicon import Row
from gaiko.extract.lexicon import sides as side_words
from gaiko.extract.lexicon.attendees import CUES, JOINERS, LABELS, ORDER, OTHERS, ROSTER
from gaiko.extract.lexicon.attendees import MEAL_ONLY as MEAL_ONLY_ROWS
from gaiko.extract.lexicon.roles import ABBREVIATED as ROLE_ABBREVIATED
from gaiko.extract.lexicon.roles import (
    BODY_PAIRS,
    COUNTRY_SHORT,
    ENDINGS,
    FORMER_SHUSHO,
    GATHERING_AFTER,
    JP_LOCAL_TITLES,
    KANJI_SURNAMES,
    KEPT_WHOLE,
    NAME_END_KEPT,
    NAME_PARTS,
    ORG_TITLES,
    PLAIN_AFTER,
    REGION_TITLES,
    ROYALS,
    STARTS,
    TITLE_FIRST,
)
from gaiko.extract.lexicon.roles import COUNTRIES as ROLE_COUNTRY_ROWS
from gaiko.extract.lexicon.roles import NOT_NAMES as NOT_NAME_ROWS
from gaiko.extract.lexicon.talks import LESSER
from gaiko.extract.matching import Opens, guarded, holds_word, required_words, skip_ahead
from gaiko.text import Doc, country_names_pattern, is_dictionary_surname, tokenize, words_pattern


# --- patterns built from the roles lexicon (gaiko/extract/lexicon/roles.py) -----------------------
class RowSearch:
    """A search over rows that tells which row matched. ``rx`` is the rows' alternation in row order (``prefix`` and
    ``suffix`` stand before and after every row: grammar they share), searched as one pattern; ``row(m)`` is the
    first row, in order, that matches where ``m`` does (a pattern with a named group per row, tried only there: a
    named group per row in the searched pattern itself would slow its scan)."""

    def __init__(self, rows, suffix: str = "", prefix: str = "") -> None:
        self.rows = tuple(rows)
        alts = [f"(?:{r.source}){suffix}" for r in self.rows]
        self.rx = skip_ahead(re.compile(prefix + "(?:" + "|".join(alts) + ")"))
        self._named = re.compile(prefix + "(?:" + "|".join(f"(?P<r{i}>{a})" for i, a in enumerate(alts)) + ")")

    def search(self, text: str) -> Row | None:
        m = self.rx.search(text)
        return self.row(m) if m else None

    def row(self, m: re.Match) -> Row:
        """The row of a match of ``rx``."""
        named = self._named.match(m.string, m.start(), m.endpos)
        # (the same alternation as rx with each row's branch named r<i>, and rows add no groups of their own)
        assert named is not None and named.lastgroup is not None
        return self.rows[int(named.lastgroup[1:])]


# The last word of a title; the plain form of a title (外相 -> 外務大臣)
ROLE_ENDINGS = ENDINGS.words()
ROLE_PLAIN = {r.pattern: r.value for r in ENDINGS if r.value}
_ENDING_BY_WORD = {r.pattern: r for r in ENDINGS}
_LONGEST_ENDING = max(map(len, ROLE_ENDINGS))
# Words a title starts with (used to find where a kanji name ends and the title begins).
ROLE_STARTS = tuple(r.pattern for r in STARTS.where(group="start"))
_FORMER = tuple(r.pattern for r in STARTS.where(group="former"))


def is_former(role: str | None) -> bool:
    """A former holder's title (前大統領, 元外相: roles.former rows before a title); 元首, a head of state, is a title
    of its own (an ENDINGS row whole)."""
    return role is not None and role.startswith(_FORMER) and ENDINGS.which(role) is None
# title words in katakana: after a ・-joined name they start the title (アブドルアジーズ・エネルギー大臣)
KATAKANA_ROLE_STARTS = frozenset(r for r in ROLE_STARTS if re.fullmatch(r"[ァ-ヴー]+", r))
# Titles that name one country's or organisation's office, for a person the text gives no country (王毅国務委員,
# バローゾ欧州委員会委員長, NATO事務総長): rows in order, the first found decides
_ROLE_COUNTRY = tuple((r, re.compile(r.source)) for r in ROLE_COUNTRY_ROWS)
_ANY_ROLE_COUNTRY = re.compile(ROLE_COUNTRY_ROWS.alternation())
ORGANISATIONS = tuple(dict.fromkeys(r.value for r in ROLE_COUNTRY_ROWS.where(group="org")))
# titles of an international organisation's officers (OSCE事務総長, 包括的核実験禁止条約機関(CTBTO)事務局長): the
# person has no country (the organisation stays in the title); EU and NATO have codes of their own (above)
_LATIN_ORGS = [r for r in ROLE_COUNTRY_ROWS.where(group="org") if r.pattern.isascii()]
# (a title as written keeps its brackets and acronym full-width where the page writes them: …機関（ＣＴＢＴＯ）事務局長)
ORG_ROLE = skip_ahead(re.compile(
    r"^(?!" + ROLE_COUNTRY_ROWS.alternation(_LATIN_ORGS) + r")(?P<acronym>" + ORG_TITLES["roles.org_title.acronym"].source
    + r")(?!.*" + ENDINGS["roles.end.taishi"].source + r")|(?P<body>" + ORG_TITLES.alternation(ORG_TITLES.where(group="org_body"))
    + r")(?:[(（][A-ZＡ-Ｚ]+[)）])?(?P<unit>" + ORG_TITLES.alternation(ORG_TITLES.where(group="org_unit")) + r")?(?P<officer>" + ORG_TITLES.alternation(ORG_TITLES.where(group="org_officer")) + ")"))


def org_officer(role: str) -> bool:
    """Whether a title is an international organisation's office (OSCE事務総長); fires the rows that say so."""
    m = ORG_ROLE.search(role)
    if not m:
        return False
    if m.group("acronym"):
        lexicon.fire(ORG_TITLES["roles.org_title.acronym"])
    else:
        lexicon.fire(ORG_TITLES.which(m.group("body")))
        if m.group("unit"):
            lexicon.fire(ORG_TITLES.which(m.group("unit")))
        lexicon.fire(ORG_TITLES.which(m.group("officer")))
    return True


# words that make a run before a title something other than a name (日米電話外相会談, 日英定期外相協議)
NOT_NAME_PARTS = tuple(r.pattern for r in NOT_NAME_ROWS.where(group="not_name_part"))
_NOT_NAME_PART = RowSearch(NOT_NAME_ROWS.where(group="not_name_part"))
_NOT_NAME_END = {r.pattern: r for r in NOT_NAME_ROWS.where(group="not_name_end")}
# the words of Japan's side (lexicon.sides)
SIDE_WORDS = {r.pattern: r.value for r in side_words.SIDES.where(value="JP")}


@lru_cache(maxsize=1024)
def _side_row(word: str) -> Row | None:
    """The lexicon.sides row a word is (日本側, 先方), or None."""
    return side_words.side_of(word)

_KATA = r"[ァ-ヴー]+"
_ROLE_END_RE = words_pattern(ROLE_ENDINGS, guard=True)  # longest first
# A run that may hold a name and a title: katakana/kanji/Latin initials joined by ・ (katakana also by =, one name:
# アル=サーニ, トレイヤ=マスィー), ending in a title word.
# (an organisation's acronym may stand in parentheses inside the title: 欧州安全保障協力機構(OSCE)事務総長)
_ROLE_CHARS = r"(?:[一-龥豈-龎々ァ-ヴー0-9A-Za-z・]|\([A-Z]{2,8}\))"
# the characters of a name's reading in parentheses after it: kana (王毅(おう・き), 文在寅(ムン・ジェイン)) or hangul
# (姜恩珠(강은주))
_READING = "ぁ-ゖァ-ヴー・ 가-힣"
PERSON_RE = guarded(re.compile(
    r"(?P<full>(?:[ァ-ヴー一-龥豈-龎々A-Z]+・|[ァ-ヴー]+=)*[ァ-ヴー一-龥豈-龎々]+?(?:・[ァ-ヴー一-龥豈-龎々A-Z]+|=[ァ-ヴー]+)*?)(?P<reading>\([" + _READING + r"]+\))?(?P<role>" + _ROLE_CHARS + r"{0,16}?(?:"
    + _ROLE_END_RE + r")(?:(?![ァ-ヴ])(?:[一-龥豈-龎ァ-ヴー]|\([A-Z]{2,8}\)){0,14}?(?:" + _ROLE_END_RE + r")){0,2})"
))
# a foreign name followed by its English form, then the title: プラユット・X(H.E. Mr. Prayuth X)タイ王国首相,
# ジョセフ・キマニ(Joseph Kimani)・ケニア大統領 (latin words with a space or a small letter: no acronym, (ASEAN)). The
# English form is no part of name or title (matched as PERSON_RE's reading)
ENGLISH_BETWEEN = skip_ahead(re.compile(
    r"(?P<full>[ァ-ヴー]+(?:・[ァ-ヴー]+)*)(?P<reading>\((?:(?:H\.\s?E\.|Mr\.|Ms\.|Mrs\.|Dr\.|Prof\.|The |His |Her )[^()]{2,80}"
    r"|(?=[^()]{0,80}?[ a-z])[A-Z][A-Za-z .,'-]{1,80})\))・?(?P<role>"
    + _ROLE_CHARS + r"{0,16}?(?:" + _ROLE_END_RE + r")(?:[一-龥豈-龎ァ-ヴー]{0,14}?(?:" + _ROLE_END_RE + r")){0,2})"
))
# the name's last katakana, an opening bracket and a capital letter stand in every ENGLISH_BETWEEN match (its reading
# opens so, right after the name): the cheap test before its scan, which tries every katakana run of the page (most
# pages give no English form; many a bracketed abbreviation after a kanji word, 国際原子力機関(IAEA))
ENGLISH_HINT = re.compile(r"[ァ-ヴー]\([A-Z]")
NOT_NAMES = frozenset(r.pattern for r in NOT_NAME_ROWS.where(group="not_name"))
_COUNTRY_ALT = "|".join(sorted({*countries.name_index(), *[a for a in countries.abbr_index() if len(a) == 1]}, key=len, reverse=True))
# a title opens with a start word; or 駐/在 and a country (駐米大使); or 在 and a city before 総領事 (在シカゴ総領事); or 前/元 right before a head's or minister's title
_FORMER_TITLES = ENDINGS.alternation([ENDINGS[i] for i in ("roles.end.daitoryo", "roles.end.shusho", "roles.end.sori",
                                                          "roles.end.gaisho", "roles.end.daijin", "roles.end.chokan")])
ROLE_START_RE = re.compile(
    r"(?:" + STARTS.alternation(STARTS.where(group="posted")) + r"(?:日|" + _COUNTRY_ALT + r")|"
    + STARTS.alternation(STARTS.where(group="consulate")) + r"(?=総?領事)|"
    + STARTS.alternation(STARTS.where(group="former")) + r"(?=[一-龥\uf900-\ufad9]{0,3}" + _FORMER_TITLES + r")|"
    + STARTS.alternation(STARTS.where(group="start")) + r")"
)


def _start_row(word: str) -> Row:
    """The STARTS row of a ROLE_START_RE match (駐米 -> the posted row of 駐)."""
    return STARTS.which(word) or STARTS.row_of(word[0])  # (every branch opens on a STARTS word)


# a title that opens with a pair of Japan and a country (日・ポーランド友好議員連盟会長): a Japanese body's office
_JAPAN_PAIR_TITLE = re.compile(r"日・(?:" + _COUNTRY_ALT + r")")
_COUNTRY_START = guarded(re.compile(country_names_pattern() + "|[" + "".join(a for a in countries.abbr_index() if len(a) == 1) + "]"))
_COUNTRY_OPENS = Opens(_COUNTRY_START)  # (asked at every mention's start: a test of its first character first)


@overload
def plain_role(role: str) -> str: ...
@overload
def plain_role(role: str | None) -> str | None: ...
def plain_role(role: str | None) -> str | None:
    if not role:
        return role
    role = role.strip("・ ")
    if role in ROLE_PLAIN:
        return ROLE_PLAIN[role]
    m = _PLAIN_AFTER_RE.match(role)
    if m and m.group("short") in _SHORT_PLAIN:
        lexicon.fire(PLAIN_AFTER.which(m.group("k") or m.group("p")))
        return role[:m.start("short")] + _SHORT_PLAIN[m.group("short")]  # 次期外相 -> 次期外務大臣
    return role


# a minister's short title after a status or a joint office (次期外相, 副首相兼外相): PLAIN_AFTER
_SHORT_PLAIN = {k: v for k, v in ROLE_PLAIN.items() if v != ENDINGS["roles.end.sori"].value}
_PLAIN_AFTER_RE = re.compile(r"^(?:.*(?P<k>" + PLAIN_AFTER["roles.plain_after.ken"].source + ")|(?P<p>"
                             + PLAIN_AFTER.alternation([PLAIN_AFTER[i] for i in ("roles.plain_after.jiki", "roles.plain_after.mae", "roles.plain_after.moto")])
                             + r"))(?P<short>.+)$")


_NAMES_BY_FIRST = countries.names_by_first()  # (country names longest first, by first character)
_ACRONYM_AFTER = re.compile(r"^\([A-Z]{2,6}\)(?=.)")


def _un_after(name: str, text: str) -> bool:
    """A country's name ending in 国 that reads into 国連 (バハマ国連常駐代表: バハマ + 国連…, not バハマ国 + 連…)."""
    return name.endswith("国") and text.startswith("連", len(name))


# a title's opening word, and those that open with 国 (国務長官, 国防相): the 国 of a country name before one may be the
# title's (米国務長官)
_TITLE_OPENING = re.compile(STARTS.alternation(STARTS.where(group="start")) + "|" + _ROLE_END_RE)
_TITLE_OPENING_KOKU = re.compile(STARTS.alternation([r for r in STARTS.where(group="start") if r.pattern.startswith("国")]))


def strip_country_prefix(role: str) -> tuple[str, str | None]:
    """'露外務大臣' -> ('外務大臣','RU'); 'ロシア連邦大統領' -> ('大統領','RU'); '駐露大使' stays."""
    r = role.lstrip("・")
    if r.startswith(_FORMER) and _COUNTRY_START.match(r, 1):
        rest, code = strip_country_prefix(r[1:])
        if code is not None:
            return r[0] + rest, code  # 前オランダ首相 -> ('前首相', 'NL'): a former holder of that country's office
    if not _COUNTRY_START.match(r):
        return r, None
    for name, code in _NAMES_BY_FIRST.get(r[0], ()):
        if r.startswith(name) and len(r) > len(name) and not _un_after(name, r):
            rest = _ACRONYM_AFTER.sub("", r[len(name):], count=1).lstrip("・")  # (欧州連合(EU)外務・…: no (EU))
            if name.endswith("国") and _TITLE_OPENING_KOKU.match("国" + rest) and not _TITLE_OPENING.match(rest):
                rest = "国" + rest  # 米国務長官: 米 and 国務長官, not 米国 and 務長官 (韓国防相: 韓 and 国防相)
            # (…側, …政府: a side, not a title; ジョージア州知事: a US state named as a country is, its 州 after it)
            if rest and not rest.startswith(("側", "政府", "州")) and not (rest[0] == "人" and not rest.startswith("人民")):
                return rest, code
    abbr = countries.abbr_index()
    if len(r) > 2 and r[0] in abbr and r[0] != "日" and r[1:].startswith(("外務", "国防", "大統領", "首相", "外相")):
        return r[1:], abbr[r[0]]
    return r, None


def _title_country(rest: str) -> bool:
    """Whether the title after a name names a country by itself: a country before it (英外相) or its own (国務長官)."""
    role, code = strip_country_prefix(rest)
    return code is not None or (bool(role) and role_country(role) is not None)


def _island_surname(norm: str, at: int, code: str) -> int:
    """The length of the katakana part at ``at`` when it read as a country's short form (クック for クック諸島, code) but
    the page also writes it on its own with a title (ジェームズ・クック外務大臣, then クック外相より): a surname, then."""
    part = _KATA_PART.match(norm, at)
    if part is None or (short := _short_country(part.group(0))) is None or short[0] != code:
        return 0
    if not used_with_title(norm, part.group(0), KATAKANA_NAME_CHARS, FOREIGN_TITLE_AFTER, KATAKANA_NAME_CHARS):
        return 0
    return len(part.group(0))


_KATA_PART = re.compile(r"[ァ-ヴー]+")


def _short_country(part: str) -> tuple[str, Row] | None:
    """(code, row) of a country named without its last word (マーシャル for マーシャル諸島), else None."""
    names = countries.name_index()
    for row in COUNTRY_SHORT:
        code = names.get(part + row.pattern)
        if code is not None:
            return code, row
    return None


_REGION_TITLE = {r.pattern: r for r in REGION_TITLES}


def _katakana_name(parts: list[str], rest: str) -> tuple[list[str], str, str | None]:
    """Split a country off the end of a ・-joined name (and the start of the title after it):
    ([ラヴロフ, ロシア], '外務大臣') -> ([ラヴロフ], '外務大臣', RU);
    ([ファム, ミン, チン, ベトナム], '社会主義共和国首相') -> ([ファム, ミン, チン], '首相', VN)."""
    for k in range(min(3, len(parts) - 1), 0, -1):
        for joiner in ("・", ""):
            tail = joiner.join(parts[-k:]) + rest
            for name, code in _NAMES_BY_FIRST.get(tail[:1], ()):
                if tail.startswith(name) and len(name) >= len(joiner.join(parts[-k:])) and not _un_after(name, tail) \
                        and not tail.startswith("州", len(name)):  # (ケンプ・ジョージア州知事: a US state of a country's name)
                    return parts[:-k], tail[len(name):].lstrip("・"), code
    if rest:
        # a country joined by ・ to a title that opens in katakana (アリフィン・インドネシア・エネルギー鉱物資源大臣)
        for i in range(1, len(parts) - 1):
            joined = countries.name_index().get(parts[i])
            if joined is not None:
                return parts[:i], "・".join(parts[i + 1:]) + rest, joined
    return parts, rest, None


# a katakana name: parts joined by ・ (a double-barrelled surname joined by = stays one part: ヌコアナ=マシャバネ), and
# a monarch's regnal number (フェリペ6世)
_KATAKANA_NAME = re.compile(r"(?:[ァ-ヴー]+(?:[=＝][ァ-ヴー]+)*|[A-Z]\.?)(?:・(?:[ァ-ヴー]+(?:[=＝][ァ-ヴー]+)*|[A-Z]\.?))*"
                            r"(?:[0-9]{1,2}世)?")
_KANJI_RUN = re.compile("[一-龥\uf900-\ufad9々]+")


def split_name_role(s: str, offset: int = 0, doc: Doc | None = None) -> tuple[str, str, str | None, int] | None:
    """'植竹外務副大臣' -> ('植竹', '外務副大臣', None, name_len). None if it is not name+title. Fires the rows
    that decided the split (the title's start word, a word that is no name)."""
    got, fired = _split_name_role(s)
    for rid in fired:
        lexicon.fire(rid)
    return got


@lru_cache(maxsize=8192)
def _split_name_role(s: str) -> tuple[tuple[str, str, str | None, int] | None, tuple[str, ...]]:
    """The split and the ids of the rows that decided it (cached: the caller fires them)."""
    fired: list[Row] = []
    got = _split(s, fired)
    return got, tuple(r.id for r in fired)


def _split(s: str, fired: list[Row]) -> tuple[str, str, str | None, int] | None:
    m = _KATAKANA_NAME.match(s)
    if m and m.end() > 0:
        parts = m.group(0).split("・")
        rest = s[m.end():]
        # a country word may be glued to the title instead of joined by ・ (イワノフ露外務大臣)
        name_parts, rest, code = _katakana_name(parts, rest)
        if (code is None and len(name_parts) >= 2 and (short := _short_country(name_parts[-1])) is not None
                and not _title_country(rest)):
            # ロヤック・マーシャル大統領: マーシャル(諸島); not a surname before a title that names its own country
            # (デイヴィッド・ソロモン英外相, ジョージ・マーシャル米国務長官, …・マーシャル国務長官)
            fired.append(short[1])
            code = short[0]
            name_parts = name_parts[:-1]
        while len(name_parts) > 1 and name_parts[-1] in KATAKANA_ROLE_STARTS:
            fired.append(STARTS.row_of(name_parts[-1]))
            rest = name_parts.pop() + rest
        if code is None and len(name_parts) > 1 and (region := _REGION_TITLE.get(rest[:1])) is not None:
            city_code = places.city_country(name_parts[-1])
            if region.id.split(".")[1] != "region_city" or city_code is not None:
                fired.append(region)  # …・ニューサウスウェールズ州多文化主義大臣: the state's name opens the title
                rest = name_parts.pop() + rest
                code = city_code  # …・パリ市長: the city's country (a state's name gives none)
        if not name_parts:
            return None
        name = "・".join(name_parts)
        name_len = len(name)
        role, code2 = strip_country_prefix(rest)
        if not role:
            return None
        return name, role, code or code2, name_len
    if s.endswith(_JP_LOCAL_ENDS) and (local := _jp_local_split(s, fired)) is not None:
        return local  # 小池東京都知事, 野口横浜市長: a governor or mayor of Japan
    # kanji name: the title starts at a known title word (or a country before it); the name is what stands before
    first_role = ROLE_START_RE.search(s, 1)
    for i in range(2, min(6, len(s) - 1)):  # a full name of up to five characters (安倍晋太郎日本国外務大臣)
        if first_role and first_role.start() <= i:
            break
        if _COUNTRY_START.match(s, i) and _KANJI_RUN.fullmatch(s[:i]):
            if s[:i] in NOT_NAMES:
                fired.append(NOT_NAME_ROWS.row_of(s[:i]))
                continue
            role, code = strip_country_prefix(s[i:])
            if role != s[i:] and any(role.endswith(e) for e in ROLE_ENDINGS):
                return s[:i], role, code, i
            if _JAPAN_PAIR_TITLE.match(s, i) and any(s.endswith(e) for e in ROLE_ENDINGS):
                return s[:i], s[i:], None, i  # 吉田日・ポーランド友好議員連盟会長: the title of a body of Japan and X
    splits = []
    for i in range(1, min(6, len(s))):
        if not ROLE_START_RE.match(s, i):
            continue
        name = s[:i]
        if not (_KANJI_RUN.fullmatch(name) or _STAND_IN_NAME.fullmatch(name)):
            continue
        if name in NOT_NAMES:
            fired.append(NOT_NAME_ROWS.row_of(name))  # 同大臣, 副大臣: no name before the title
            break  # nor further on: 同外務大臣 is the same minister, not 同外務 + 大臣
        if ROLE_START_RE.match(name):
            continue
        splits.append(i)
    if not splits:
        return _region_split(s, fired)
    i = splits[0]
    if i == 1 and len(splits) > 1 and splits[1] == 2 and _reads_as_name(s[:2] + s[2:4], 2):
        i = 2  # 阿南アジア局長: a two-character surname before アジア, not 阿 + 南アジア
    role, code = strip_country_prefix(s[i:])
    if not role:
        return None
    sm = ROLE_START_RE.match(s, i)
    assert sm is not None  # (splits holds only positions where ROLE_START_RE matches)
    fired.append(_start_row(sm.group(0)))
    return s[:i], role, code, i


def _region_split(s: str, fired: list[Row]) -> tuple[str, str, str | None, int] | None:
    """A kanji name before a region's title (陳立民広東省長, 金正浩京畿道知事 is none: 道 no region row): the title opens
    at the place name the tokenizer reads right before a region word (広東 + 省長); the name is what stands before."""
    if not any(s.endswith(e) for e in ROLE_ENDINGS):
        return None
    if not any(c in _REGION_TITLE for c in s[3:-1]):
        return None  # (the region word stands after a place opening at 2-4 and before the title's last character)
    for t in tokenize(s):
        if 2 <= t.start <= 4 and t.pos[2] == "地名" and (region := _REGION_TITLE.get(s[t.end:t.end + 1])) is not None:
            name = s[:t.start]
            if _KANJI_RUN.fullmatch(name) and name not in NOT_NAMES and len(s) > t.end + 1:
                fired.append(region)
                return name, s[t.start:], None, t.start
    return None


_JP_LOCAL_TAIL = re.compile(JP_LOCAL_TITLES.alternation())
_JP_LOCAL_ENDS = ("知事", "市長")
_PREFECTURE_END = ("都", "府", "県")


def _jp_local_split(s: str, fired: list[Row]) -> tuple[str, str, str | None, int] | None:
    """A kanji name before the title of a Japanese governor or mayor, the title opening at the tokenizer's place name."""
    for t in tokenize(s):
        if 2 <= t.start <= 4 and t.pos[2] == "地名" and (local := _jp_local(s, t.start, t.end)) is not None:
            name = s[:t.start]
            if _KANJI_RUN.fullmatch(name) and name not in NOT_NAMES:
                fired.append(local)
                return name, s[t.start:], "JP", t.start
    return None


def _jp_local(s: str, start: int, end: int) -> Row | None:
    """The row when the place name s[start:end] opens the title of a Japanese governor (東京 + 都知事, 大阪府 + 知事) or a
    Japanese city's mayor (横浜 + 市長) that ends ``s``."""
    m = _JP_LOCAL_TAIL.fullmatch(s, end)
    if m is None:
        return None
    row = JP_LOCAL_TITLES.which(m.group(0))
    if row is None:
        return None
    if row.value == "prefecture":
        ok = (m.group(0) != "知事") != s[start:end].endswith(_PREFECTURE_END)
    else:
        ok = places.city_country(s[start:end]) == "JP"
    return row if ok else None


@lru_cache(maxsize=1024)
def _is_surname(word: str) -> bool:
    toks = tokenize(word)
    return len(toks) == 1 and toks[0].pos[2] == "人名"


# a Chinese name with a character the page spells in katakana (唐家セン): two kanji and one or two kana syllables
_STAND_IN_NAME = re.compile(r"[一-龥豈-龎]{2}[ァ-ヶ]{1,2}|[一-龥豈-龎][ァ-ヶ]{1,2}[一-龥豈-龎]")


def japanese_surname(doc: Doc, start: int, end: int) -> int | None:
    """Length of the surname when SudachiPy reads the kanji name as surname + given name (茂木敏充)."""
    if end - start < 2:
        return None
    return _surname_length(doc.text[start:end])


@lru_cache(maxsize=4096)
def _surname_length(name: str) -> int | None:
    toks = tokenize(name)
    if len(toks) >= 2 and toks[0].is_surname and toks[1].pos[2] == "人名" and toks[1].pos[3] == "名" and toks[1].end == len(name):
        return toks[0].end
    return None


def as_written(doc: Doc, role: str, lo: int, hi: int) -> str:
    """The title as the text writes it (full-width digits kept), found in the normalised span."""
    i = doc.norm.find(role, lo, hi)
    return doc.text[i:i + len(role)] if i >= 0 else role


def looks_like_name(doc: Doc, start: int, end: int) -> bool:
    """A kanji run before a title is a name unless SudachiPy reads it as common nouns only (関連, 同国)."""
    if end - start >= 3:
        return True
    return _reads_as_name(doc.text[start:end + 2], end - start)


# The kanji classes of this module run 一-龥 and the compatibility ideographs U+F900-U+FAD9 (﨑 of 磯﨑), which
# the ministry keeps in people's names.
_COMPAT_KANJI = re.compile("[\uf900-\ufad9]")


@lru_cache(maxsize=4096)
def _reads_as_name(s: str, n: int) -> bool:
    if _COMPAT_KANJI.search(s, 0, n):
        return True  # a compatibility ideograph (磯﨑) is written only in names; the tokenizer does not know it
    toks = [t for t in tokenize(s) if t.start < n]
    if toks and toks[-1].end > n:
        # a word read across the name's end (山|本日・ペルー…: 本日) is not the name's: read the name alone
        toks = tokenize(s[:n])
    if not toks or any(t.pos[1] == "固有名詞" or t.pos[2] == "人名" for t in toks):
        return True
    # two kanji the dictionary also lists as a surname, before a title that opens in kanji (大木駐ケニア大使: the
    # common noun's reading in context; not 南部アジア部長, a region's word before a katakana name)
    return n == 2 and not _KATAKANA_START.match(s, n) and is_dictionary_surname(s[:n])


_KATAKANA_START = re.compile("[ァ-ヴー]")


def find_people(doc: Doc, start: int, end: int) -> list[PersonMention]:
    """Name+title mentions in a range of the text (found once per document, then filtered)."""
    cache = doc.people_found
    if cache is None:
        cache = doc.people_found = _find_people(doc, 0, len(doc.norm))
        doc.people_by_start = _by_start(cache)
    index = doc.people_by_start
    if index is None:
        return [p.copy() for p in cache if start <= p.start and p.role_end <= end]
    # those starting in [start, end] (a mention ends after it starts), in the order found: a page of many talks
    # asks once per talk, and reading every mention each time was quadratic
    starts, order = index
    hits = [i for i in order[bisect_left(starts, start):bisect_right(starts, end)] if cache[i].role_end <= end]
    return [cache[i].copy() for i in sorted(hits)]


def _by_start(found: list[PersonMention]) -> tuple[list[int], list[int]] | None:
    """(starts sorted, the mentions' indices in that order); None when a mention would end before it starts."""
    if any(p.role_end < p.start for p in found):
        return None
    order = sorted(range(len(found)), key=lambda i: found[i].start)
    return [found[i].start for i in order], order


_RUN = re.compile(r"(?:\([" + _READING + r"]{1,20}\)|[ァ-ヴー一-龥豈-龎々A-Za-z0-9・=() ]){2,120}")
_ROLE_END_ONLY = re.compile(words_pattern(ROLE_ENDINGS))
# titles that may follow a name standing on its own (used_with_title); a title may open with words of its
# own before its last word (オジュクウ外務担当国務大臣, ロサレス外務次官)
# (an honorific, 氏, is no title, but the name before it stands on its own)
FOREIGN_TITLE_AFTER = re.compile(r"(?:[一-龥\uf900-\ufad9]{0,8}?(?:" + _ROLE_END_RE + r")|氏)")
# (a title may open with a start word before its ending: 塩谷特派大使 after 塩谷立衆議院議員)
JAPANESE_TITLE_AFTER = re.compile(r"(?:" + STARTS.alternation(STARTS.where(group="start")) + r")?(?:" + _ROLE_END_RE + r")")
KATAKANA_NAME_CHARS = re.compile(r"[・=ァ-ヴー]")
KANJI_NAME_CHARS = re.compile(r"[一-龥豈-龎々]")


def used_with_title(norm: str, sub: str, not_before: re.Pattern, titles: re.Pattern, not_next: str | re.Pattern) -> bool:
    """Whether ``sub`` occurs in ``norm`` directly followed by a title, with no ``not_before`` character
    before it and no ``not_next`` (a string, or a pattern of one character) after it: the regex
    (?<!not_before)sub(?!not_next)(?:titles), without compiling one pattern per name."""
    i = norm.find(sub)
    j = len(sub)
    while i >= 0:
        e = i + j
        if not (i and not_before.match(norm, i - 1)) and titles.match(norm, e) and not (
            norm.startswith(not_next, e) if isinstance(not_next, str) else not_next.match(norm, e)
        ):
            return True
        i = norm.find(sub, i + 1)
    return False


# Every character a _RUN match can hold (its units, and the hiragana of a reading in parentheses): no run
# crosses any other character, so the runs of a stretch of these characters do not depend on the text around it.
_ZONE = re.compile(r"[" + _READING + r"ァ-ヴー一-龥豈-龎々A-Za-z0-9・=() ]*")


def _candidates(norm: str, start: int, end: int):
    """PERSON_RE matches, tried only inside runs of name/title characters that hold a title word.

    The runs are looked for only in the stretches (_ZONE) that hold a title word, found first: the same runs
    as scanning the whole range, at a fraction of the cost (most stretches hold none).

    Whether a run holds a title word is read from the scan's own hits where they tell (_run_holds_title), without a
    search of each run."""
    rev = norm[::-1]
    n = len(norm)
    zone_end = -1
    hits = [hit.span() for hit in _ROLE_END_ONLY.finditer(norm, start, end)]
    starts = [a for a, _ in hits]
    ends = [b for _, b in hits]
    for h, _ in hits:
        if h < zone_end:
            continue  # in the stretch just done
        back = _ZONE.match(rev, n - h)  # the stretch's characters before h, read backwards
        ahead = _ZONE.match(norm, h, end)
        assert back is not None and ahead is not None  # (_ZONE is a starred class: it matches, if only empty)
        zone_start = max(start, h - (back.end() - back.start()))
        zone_end = ahead.end()
        for run in _RUN.finditer(norm, zone_start, zone_end):
            if _run_holds_title(norm, run.start(), run.end(), starts, ends):
                yield from PERSON_RE.finditer(norm, run.start(), run.end())


def _run_holds_title(norm: str, rs: int, re_: int, starts: list[int], ends: list[int]) -> bool:
    """Whether a title word (_ROLE_END_ONLY, literal words) stands within norm[rs:re_], told from the scan's hits
    (starts, ends: its matches in order, over a range holding this one) where they can: a hit within the range
    holds one; where no hit overlaps it, none stands there (the scan takes a word at its start unless a hit
    before it covers that start, a hit that overlaps the range then); else the range is searched."""
    j = bisect_left(starts, rs)
    if j < len(starts) and ends[j] <= re_:
        return True
    i = bisect_right(ends, rs)
    if i >= len(starts) or starts[i] >= re_:
        return False
    return _ROLE_END_ONLY.search(norm, rs, re_) is not None


def person_matches(text: str) -> Iterator[re.Match[str]]:
    """PERSON_RE's matches in ``text``; none read where no title word stands (every match's title ends with one of
    ROLE_ENDINGS: the cheap scan first, a heading or a line with no title left at that)."""
    return PERSON_RE.finditer(text) if _ROLE_END_ONLY.search(text) else iter(())


_KATAKANA_FIRST = re.compile(r"[ァ-ヴ]")


@lru_cache(maxsize=4096)
def _ending_row(role: str) -> Row | None:
    """The ENDINGS row a title ends with (the longest): the row that found its holder."""
    for k in range(min(len(role), _LONGEST_ENDING), 0, -1):
        r = _ENDING_BY_WORD.get(role[-k:])
        if r is not None:
            return r
    return None


_KANJI_NAME = re.compile(r"[一-龥豈-龎々]+")
GATHERING_AFTER_RE = re.compile(GATHERING_AFTER.alternation())


_MOTO_SHU = FORMER_SHUSHO["roles.former_shusho.moto"]


def _find_people(doc: Doc, start: int, end: int) -> list[PersonMention]:
    out: list[PersonMention] = []
    norm = doc.norm
    country_names, abbr = countries.name_index(), countries.abbr_index()
    cands = list(_candidates(norm, start, end))
    if "(" in norm:
        if ENGLISH_HINT.search(norm, start, end):
            cands += ENGLISH_BETWEEN.finditer(norm, start, end)
        cands.sort(key=lambda m: m.start())
    # kanji full names the page gives with a reading (金大中(キム・デジュン)): the name wherever it stands
    read_names = {m.group("full") for m in cands if m.group("reading") and _KANJI_NAME.fullmatch(m.group("full"))
                  and 2 <= len(m.group("full")) <= 5}
    for m in cands:
        if m.group("reading"):  # 文在寅(ムン・ジェイン)大統領: the reading is not part of name or title
            s = m.group("full") + m.group("role")
        else:
            s = m.group(0)
        longer = 0
        if s.endswith(_MOTO_SHU.pattern) and norm.startswith("相", m.end()):
            lexicon.fire(_MOTO_SHU)  # カルニンシュ元首相: a former prime minister, the title read to its end
            s, longer = s + "相", 1
        got = split_name_role(s)
        if m.group("reading") and m.group("reading")[1:2].isascii() and got:
            # an English form between a katakana name and its title: the name is what stands before it
            full = m.group("full")
            role, code = strip_country_prefix(m.group("role"))
            got = (full, role, code, len(full)) if role else None
        if got and read_names:
            # the reading gives the whole name (金大中(キム・デジュン)大統領), not 金大 + 中(国)大統領
            full = next((r for r in read_names if len(r) > got[3] and s.startswith(r)), None)
            if full:
                role, code = strip_country_prefix(s[len(full):])
                got = (full, role, code, len(full)) if role else got
        if not got:
            continue
        name, role, code, nlen = got
        ms, me = m.start(), m.end() + longer
        if code is not None and norm.startswith("・", ms + nlen) and (kept := _island_surname(norm, ms + nlen + 1, code)):
            name, nlen, code = doc.text[ms:ms + nlen + 1 + kept], nlen + 1 + kept, None
        if (ga := GATHERING_AFTER_RE.match(norm, me)) is not None:
            lexicon.fire(GATHERING_AFTER.which(ga.group(0)))  # G7カプリ外相会合: a gathering, not カプリ外相
            continue
        cm = _COUNTRY_START.match(norm, ms) if _COUNTRY_OPENS.at(norm, ms) else None
        if cm and cm.end() >= me:
            continue  # the start of a country's name (アラブ首長国連邦), not a person with a title (首長)
        role = as_written(doc, role, ms + nlen, me)
        ending = _ending_row(role)
        role = plain_role(role)
        if not name or not role or len(name) > 36:  # (Arabic names run long: ムハンマド・ビン・…)
            continue
        # (a name the page gives with a reading is one, though it reads as a word: 王立(おう・りつ))
        if (_KANJI_NAME.fullmatch(name) and name not in read_names and not looks_like_name(doc, ms, ms + nlen)
                and not _surname_before_country(name, code) and not (code == "JP" and role.endswith(_JP_LOCAL_ENDS))):
            # (小池東京都知事: a name before the title of Japan's governor, though it reads as a word)
            continue
        if name in SIDE_WORDS:
            lexicon.fire(_side_row(name))  # 日本側代表: a side, not a person
            continue
        if country_names.get(name):
            continue
        if name[-1] in _NOT_NAME_END and (name[-1] != "部" or not _is_surname(name)) and not _kept_before_country(name, code):
            lexicon.fire(_NOT_NAME_END[name[-1]])  # 日本側, 同国, 外務省, 首相府; an office (外交部, 国防部), unless a
            continue  # surname ending in 部 (阿部, 小田部)
        if len(name) <= 3 and all(c in abbr for c in name):  # 日韓次官級 is not a person
            continue
        part = _NOT_NAME_PART.search(name)
        if part:
            lexicon.fire(part)  # 日米電話外相会談
            continue
        if code is None:
            code = role_country(role)
        named = None
        if code is None:  # スロバキアのX外務副大臣, 欧州委員会のX委員長: the side named before the person
            bm = _SIDE_BEFORE.search(norm, max(0, ms - 16), ms)
            if bm:
                named = country_names.get(bm.group("c")) or role_country(bm.group("c"))
                if named in ORGANISATIONS:
                    code, named = named, None
        rule = lexicon.fire(ending)
        if ms and norm[ms - 1] == "-" and _KATAKANA_FIRST.match(name):
            hm = _HYPHEN_BEFORE.search(norm, max(0, ms - 20), ms)
            if hm:  # a long vowel written as a hyphen (マハディ-ル首相): the name runs on before it
                nlen += ms - hm.start("k")
                ms = hm.start("k")
                name = doc.text[ms:ms + nlen]
        # (its comma stands right before the name, or before a line's end there: where none does, no search)
        sm = (_SURNAME_FIRST.search(norm, max(0, ms - 20), ms)
              if "・" in name and "," in norm[max(0, ms - 2):ms] and _KATAKANA_FIRST.match(name) else None)
        if sm and not country_names.get(sm.group("s")):
            # surname first, a comma, then the given names: ラヴロフ,セルゲイ・ヴィクトロヴィチ露外務大臣 -> ラヴロフ
            out.append(PersonMention(doc.text[sm.start("s"):sm.end("s")], role, code, sm.start("s"), sm.end("s"), me, named,
                                     rule))
            continue
        out.append(PersonMention(doc.text[ms:ms + nlen], role, code, ms, ms + nlen, me, named, rule))
    if _TREATY_JAPAN in norm and _TREATY_LEAD.search(norm, start, end):
        out = _treaty_people(doc, out, start, end)
    return _abbreviated_people(doc, out, start, end) if "「" in norm else out


# treaty style: the country's full name, the title, the name, then と / は / 及び / 、 (日本国内閣総理大臣田中一郎と…)
_TREATY_JAPAN = "日本国"
_TREATY_LEAD = re.compile(_TREATY_JAPAN + "(?:" + TITLE_FIRST.alternation() + ")")  # 日本国内閣総理大臣…: Japan's leader first
_TREATY_NAMED = skip_ahead(re.compile(
    r"(?P<c>" + country_names_pattern() + r")(?P<t>" + TITLE_FIRST.alternation() + r")"
    r"(?P<n>[一-龥\uf900-\ufad9]{2,5}|[ァ-ヴー]{2,}(?:・[ァ-ヴー]+)*)(?=と|は|及び|[、,])"))


def _treaty_people(doc: Doc, found: list[PersonMention], start: int, end: int) -> list[PersonMention]:
    """The people found, and those a joint document names in treaty style, the title before the name (日本国内閣総理大臣
    田中一郎と…大統領クワメ・アサンテは): the name in its short form (a Japanese surname, a katakana name's last part)."""
    norm = doc.norm
    added: list[PersonMention] = []
    taken = {p.start for p in found}
    for m in _TREATY_NAMED.finditer(norm, start, end):
        code = countries.name_index().get(m.group("c"))
        n_start, n_end = m.span("n")
        if code is None or n_start in taken:
            continue
        name = m.group("n")
        if "・" in name:
            n_start += name.rindex("・") + 1  # クワメ・アサンテ -> アサンテ
        elif code == "JP" and (sl := _surname_length(name)) is not None:
            n_end = n_start + sl  # 田中一郎 -> 田中 (a Chinese or Korean full name stays whole: 習近平)
        row = TITLE_FIRST.which(m.group("t"))
        if row is None or row.value is None:
            continue
        lexicon.fire(row)
        added.append(PersonMention(doc.text[n_start:n_end], row.value, code, n_start, n_end, m.end("n"), None, row.id))
    return sorted(found + added, key=lambda p: p.start) if added else found


def _abbreviated_people(doc: Doc, found: list[PersonMention], start: int, end: int) -> list[PersonMention]:
    """The people found, and those a page names only by an abbreviation in katakana in quotes before a foreign title
    (「シュ」首相より) that no name of the page starts with (an excerpt that never gives the full name): named by it as
    written. (A word in kanji quoted before a title names an office, not a person: 「観光」大使.)"""
    norm = doc.norm
    added: list[PersonMention] = []
    for m in _ABBREVIATED_TITLED.finditer(norm, start, end):
        t = FOREIGN_TITLE_AFTER.match(norm, m.end())
        head = m.group(1)
        if t is None or not _KATA_PART.fullmatch(head) or (ending := _ending_row(t.group(0))) is None or any(
                part.startswith(head) for p in found for part in p.name.split("・")):
            continue
        role = plain_role(t.group(0))
        lexicon.fire(_ABBREVIATED)
        added.append(PersonMention(doc.text[m.start(1):m.end(1)], role, role_country(role), m.start(1), m.end(1), t.end(),
                                   None, lexicon.fire(ending)))
    return sorted(found + added, key=lambda p: p.start) if added else found


def _surname_before_country(name: str, code: str | None) -> bool:
    """A two-kanji name opening with a Chinese or Korean surname (王海) with its country right after it."""
    row = KANJI_SURNAMES.which(name[0]) if len(name) == 2 and code is not None else None
    if row is None:
        return False
    lexicon.fire(row)
    return True


def _kept_before_country(name: str, code: str | None) -> bool:
    """A kanji full name whose last character is a not_name_end row's (王建国) with its country right after it."""
    row = NAME_END_KEPT.which(name[-1])
    if row is None or code is None or len(name) < 3 or not _KANJI_NAME.fullmatch(name):
        return False
    lexicon.fire(row)
    return True


# katakana before a hyphen that stands for the long vowel mark (マハディ-ル), right before a name
_HYPHEN_BEFORE = re.compile(r"(?<![ァ-ヴー・\-])(?P<k>[ァ-ヴー]+(?:-[ァ-ヴー]+)*)-$")
# a katakana surname on its own and a comma right before a ・-joined given name (the index order some pages use)
_SURNAME_FIRST = skip_ahead(re.compile(r"(?<![ァ-ヴー・])(?P<s>[ァ-ヴー]{2,}),$"))


# a country (or an organisation of ROLE_COUNTRY) and の right before a name: the person's side
_SIDE_BEFORE = guarded(re.compile(
    r"(?<![ァ-ヴー一-龥豈-龎])(?P<c>" + country_names_pattern(foreign=True, katakana_words=False)
    + "|" + ROLE_COUNTRY_ROWS.alternation(ROLE_COUNTRY_ROWS.where(group="org")) + ")の$"
))


_FOREIGN_NAME = re.compile(country_names_pattern(foreign=True))
_ROYAL_TITLE = re.compile("(?:" + ROYALS.alternation(ROYALS.where(group="royal")) + ")$")
_ROYAL_HOUSE = re.compile("(?P<c>" + country_names_pattern(foreign=True) + ")(?P<w>"
                          + ROYALS.alternation(ROYALS.where(group="royal_house")) + ")")


_BODY_PAIR = re.compile(r"(?<![一-龥豈-龎々])日(?P<a>[" + "".join(a for a, c in countries.abbr_index().items() if len(a) == 1 and c != "JP")
                        + "])(?P<w>" + BODY_PAIRS.alternation() + ")")


def royal_title(role: str | None) -> Row | None:
    """The ROYALS row of a monarch's or a royal's title (アブドッラー国王, ハムザ皇太子), else None."""
    m = _ROYAL_TITLE.search(role) if role else None
    return ROYALS.which(m.group(0)) if m else None


def named_counterpart(doc: Doc, royal: Row | None = None) -> str | None:
    """The country of the page's section (a line above the body that names a country only: イタリア共和国), else,
    for a royal counterpart (``royal``), the country whose royal house the body names (ヨルダン王室), else the foreign
    country the body names most often (the first of those named as often): the counterpart of a page whose heading
    and people give none (ハリーファ大統領 on a page about アラブ首長国連邦)."""
    names = countries.name_index()
    for ln in doc.lines:  # the page sits in a country's section (a line above the body naming the country only)
        if ln.start >= doc.body_start:
            break
        code = names.get(doc.norm[ln.start:ln.end].strip())
        if code and code != "JP":
            return code
    house = _ROYAL_HOUSE.search(doc.norm, doc.body_start, doc.body_end) if royal else None
    if house is not None:
        lexicon.fire(royal)
        lexicon.fire(ROYALS.which(house.group("w")))
        return names[house.group("c")]
    pairs: dict[str, list[int]] = {}
    for k, m in enumerate(_BODY_PAIR.finditer(doc.norm, doc.body_start, doc.body_end)):
        c = pairs.setdefault(m.group("a"), [0, k])
        c[0] -= 1
        lexicon.fire(BODY_PAIRS.which(m.group("w")))
    if pairs:
        return countries.abbr_index()[min(pairs, key=lambda a: pairs[a])]
    count: dict[str, list[int]] = {}
    for k, m in enumerate(_FOREIGN_NAME.finditer(doc.norm, doc.body_start, doc.body_end)):
        c = count.setdefault(names[m.group(0)], [0, k])
        c[0] -= 1
    return min(count, key=lambda c: count[c]) if count else None


# an ambassador posted in Japan is of the country the title names: 駐日カザフスタン共和国特命全権大使 -> KZ
_POSTED_IN_JAPAN = re.compile(r"^駐日(?P<c>" + "|".join(re.escape(n) for n, c in countries.names_longest_first() if c != "JP" and len(n) >= 2) + ")")


def role_country(role: str | None) -> str | None:
    """The country or organisation a title names by itself (国務委員兼外交部長 -> CN, 駐日ペルー大使 -> PE), else None."""
    if role:
        pm = _POSTED_IN_JAPAN.match(role)
        if pm:
            return countries.name_index()[pm.group("c")]
        r = _role_country_row(role)
        if r is not None:
            lexicon.fire(r)
            return r.value
    return None


@lru_cache(maxsize=4096)
def _role_country_row(role: str) -> Row | None:
    """The first COUNTRIES row found in a title (one search first for any of them: most titles hold none)."""
    if not _ANY_ROLE_COUNTRY.search(role):
        return None
    return next((r for r, rx in _ROLE_COUNTRY if rx.search(role)), None)


_KATAKANA_JOINED = re.compile(r"[ァ-ヴー・=]+")


def shortest_form(doc: Doc, full: str) -> str:
    """The shortest run of a ・-joined foreign name that the page uses on its own with a title:
    モディ for ナレンドラ・モディ, フォン・デア・ライエン for ウルズラ・フォン・デア・ライエン."""
    parts = full.split("・")
    if len(parts) <= 1:
        return full
    best = None
    for i in range(len(parts)):
        for j in range(i + 1, len(parts) + 1):
            if (i, j) == (0, len(parts)):
                continue
            sub = "・".join(parts[i:j])
            if len(sub.replace("・", "")) < 2 or not _KATAKANA_JOINED.fullmatch(sub):
                continue
            if (best is None or len(sub) < len(best)) and sub in _titled_runs(doc):
                best = sub
    return best or _abbreviated_form(doc, parts) or full


_KEPT_WHOLE = {r.text: r for r in KEPT_WHOLE}


def kept_whole(country: str | None) -> bool:
    """Whether a principal of this country keeps the full name in katakana the page gives where it shortens it later
    (リー・シェンロン, then リー首相): KEPT_WHOLE (a name never shortened is surname_form's: NAME_PARTS' name_whole)."""
    row = _KEPT_WHOLE.get(country) if country else None
    lexicon.fire(row)
    return row is not None


_NAME_PARTS = {r.pattern: r for r in NAME_PARTS if r.value is None}
_WHOLE_NAMES = {r.text: r for r in NAME_PARTS if r.id.startswith("roles.name_whole.")}
_LAST_NAMES = {r.text: r for r in NAME_PARTS if r.id.startswith("roles.name_last.")}


def surname_form(full: str, country: str | None) -> str:
    """The name of a ・-joined foreign name the page never writes shorter with a title (NAME_PARTS): its last
    part (ジョセフ・キマニ -> キマニ); from a particle or a Spanish surname on (デ・ラ・フエンテ, ゴンサレス・ロペス); the
    part before a suffix (…・バイデン・ジュニア -> バイデン); the given name before a patronymic (ファイサル・ビン・ハーリド -> ファイサル);
    the whole name for a country that writes names whole (フン・セン), or when the last part is an initial or of one
    character."""
    parts = full.split("・")
    if len(parts) < 2:
        return full
    if country in _WHOLE_NAMES:
        lexicon.fire(_WHOLE_NAMES[country])
        return full
    row = next((_NAME_PARTS[p] for p in parts[1:-1] if p in _NAME_PARTS and ".name_patronymic." in _NAME_PARTS[p].id), None)
    if row is not None and country in _LAST_NAMES:
        lexicon.fire(_LAST_NAMES[country])  # (ファム・ビン・ミン: ビン is a Vietnamese name)
    elif row is not None:
        lexicon.fire(row)
        return parts[0]
    if parts[-1] in _NAME_PARTS and ".name_suffix." in _NAME_PARTS[parts[-1]].id:
        lexicon.fire(_NAME_PARTS[parts[-1]])
        parts = parts[:-1]
    for i in range(len(parts) - 1):
        if country in _LAST_NAMES and parts[i] in _NAME_PARTS:
            lexicon.fire(_LAST_NAMES[country])
            break  # (ヴォー・ヴァン・トゥオン: ヴァン is a Vietnamese name, no particle)
        if parts[i] in _NAME_PARTS and (".name_particle." in _NAME_PARTS[parts[i]].id
                                        or ".name_surname." in _NAME_PARTS[parts[i]].id):
            lexicon.fire(_NAME_PARTS[parts[i]])
            return "・".join(parts[i:])
    last = parts[-1]
    if len(parts) < 2 or not _SURNAME_PART.fullmatch(last):
        return full
    return last


_SURNAME_PART = re.compile(r"[ァ-ヴー]{2,}(?:[=＝][ァ-ヴー]+)*")  # (no initial, no one-character part: ジョン・F・ケネディ)


_ABBREVIATED = ROLE_ABBREVIATED["roles.abbreviated.kagi"]
_ABBREVIATED_TITLED = re.compile(_ABBREVIATED.source.removesuffix("$"))  # 「ロ」 anywhere, a title to follow


def _abbreviated_form(doc: Doc, parts: list[str]) -> str | None:
    """The part of a ・-joined name (with what follows it) that the page abbreviates to its first character in
    quotes before a title (ペトレ・ロマン, then 「ロ」首相: ロマン); the last such part when several start alike."""
    if "「" not in doc.norm:
        return None
    heads = {m.group(1) for m in _ABBREVIATED_TITLED.finditer(doc.norm) if FOREIGN_TITLE_AFTER.match(doc.norm, m.end())}
    for i in range(len(parts) - 1, 0, -1):
        if len(parts[i]) >= 2 and any(len(parts[i]) > len(h) and parts[i].startswith(h) for h in heads):
            lexicon.fire(_ABBREVIATED)
            return "・".join(parts[i:])
    return None


def surname_used(doc: Doc, surname: str, next_char: str) -> bool:
    """Whether the page uses ``surname`` on its own with a Japanese title (茂木外務大臣, not 茂木敏充…): once per
    (surname, the full name's next character) and page, where each of a page's mentions used to search it."""
    key = (surname, next_char)
    if key not in doc.titled_names:
        if len(doc.titled_names) >= _SURNAME_SCANS and _KANJI_RUN.fullmatch(surname):
            doc.titled_names[key] = any(not doc.norm.startswith(next_char, e) for e in _titled_kanji(doc, len(surname)).get(surname, ()))
        else:
            doc.titled_names[key] = used_with_title(doc.norm, surname, KANJI_NAME_CHARS, JAPANESE_TITLE_AFTER, next_char)
    return doc.titled_names[key]


_KANJI_RUN = re.compile(KANJI_NAME_CHARS.pattern + "+")  # a maximal run of KANJI_NAME_CHARS
_SURNAME_SCANS = 24  # (the first surnames of a page searched for alone, as cheaper than reading all its kanji runs)


def _titled_kanji(doc: Doc, size: int) -> dict[str, list[int]]:
    """The first ``size`` characters of each kanji run of the page, with where a Japanese title follows them:
    for a kanji surname of that size, its ends in ``used_with_title(doc.norm, surname, KANJI_NAME_CHARS,
    JAPANESE_TITLE_AFTER, …)`` (no kanji may stand before it, so it begins a run). Read once per page and size, where
    each distinct surname searched the whole page (quadratic on a page naming many people)."""
    found = doc.titled_kanji.get(size)
    if found is None:
        norm, found = doc.norm, {}
        for m in _KANJI_RUN.finditer(norm):
            e = m.start() + size
            if e <= m.end() and JAPANESE_TITLE_AFTER.match(norm, e):
                found.setdefault(norm[m.start():e], []).append(e)
        doc.titled_kanji[size] = found
    return found


_KATAKANA_RUN = skip_ahead(re.compile(r"[・=ァ-ヴー]+"))  # a maximal run of KATAKANA_NAME_CHARS


def titled_whole(doc: Doc, full: str, country: str | None) -> bool:
    """Whether the page, having named the person by the ・-joined name ``full``, writes it whole again on its own with
    a foreign title (…ガルシア・マルケス大統領から, after ガルシア・マルケス・コロンビア大統領): the name the page uses is then
    the whole one (a double surname), no surname cut from it. A whole name titled at its first mention only (old pages:
    ニコラス・バーンズ国務次官) says nothing of the surname, nor does a whole name of a country whose names end in the
    name used (roles.name_last: ファム・ビン・ミン副首相 is ミン)."""
    if country in _LAST_NAMES or full not in _titled_runs(doc):
        return False
    norm = doc.norm
    starts = [m.end() for m in re.finditer(re.escape(full), norm) if m.start() == 0 or not _KATAKANA_RUN.match(norm, m.start() - 1)]
    return any(not _KATAKANA_RUN.match(norm, e) and FOREIGN_TITLE_AFTER.match(norm, e) for e in starts[1:])


def _titled_runs(doc: Doc) -> frozenset[str]:
    """The katakana runs of the page a foreign title follows: ``sub in _titled_runs(doc)`` is
    ``used_with_title(doc.norm, sub, KATAKANA_NAME_CHARS, FOREIGN_TITLE_AFTER, KATAKANA_NAME_CHARS)`` for a
    katakana ``sub`` (neither end may touch another name character, so it is a whole run), read in one pass
    instead of one search of the page per name and part of a name."""
    if doc.titled_runs is None:
        norm = doc.norm
        doc.titled_runs = frozenset(m.group() for m in _KATAKANA_RUN.finditer(norm)
                                    if FOREIGN_TITLE_AFTER.match(norm, m.end()))
    return doc.titled_runs


# --- attendee lists (gaiko/extract/lexicon/attendees.py) -----------------------------------------------
# 同席 (sat in), or 出席 after a list closed by ら (日本側から、A、Bら、先方から、C、Dらが出席): a talk's
# accompanying members listed by side; a bare 出席 names those who held the talk (delegation heads), not these
ATTEND_CUE = RowSearch(CUES)
_SAT_IN = CUES.alternation(CUES.where(value="sat_in"))
# a side label before names: the side (日本側, 当方 … from lexicon.sides, or X側), a heading word, a separator
_LABEL_SIDES = [side_words.SIDES[i] for i in ("sides.jp.nihongawa", "sides.jp.wagahou", "sides.jp.toho",
                                              "sides.counterpart.senpo")]
SIDE_LABEL = skip_ahead(re.compile(
    r"(?P<side>" + side_words.SIDES.alternation(_LABEL_SIDES) + "|" + LABELS["attendees.side.named"].source + r")\s*(?P<heading>"
    + LABELS.alternation(LABELS.where(group="heading")) + r")?\s*(?P<sep>" + LABELS.alternation(LABELS.where(group="sep")) + r")\s*"
))


def _fire_label(lm: re.Match) -> None:
    """Fire the rows of a side label: its side (日本側, or X側), its heading word (同席者) and its separator."""
    lexicon.fire(_side_row(lm.group("side")) or LABELS["attendees.side.named"])
    lexicon.fire(LABELS.which(lm.group("heading")) if lm.group("heading") else None)
    lexicon.fire(LABELS.which(lm.group("sep")))
_SAT_IN_WORDS = tuple(r.pattern for r in CUES.where(value="sat_in"))


def sat_in(text: str) -> bool:
    """Whether a text names people who sat in on a talk (同席): an attendee list, not the talk's holders."""
    return any(w in text for w in _SAT_IN_WORDS)


_OTHERS = OTHERS.alternation([OTHERS[i] for i in ("attendees.others.hoka", "attendees.others.ta", "attendees.others.nado")])


# a list with no side labels: (会談|表敬)には、A、B、Cほかが同席しました / (同席:A、B) / …と会談(A大使同席): each person's side is
# read from the title later (官房副長官 is Japan's)
UNLABELLED_LIST = re.compile(r"(?:には[、,]?|\(|" + CUES.alternation(CUES.where(value="sat_in") + LABELS.where(group="heading")[:1])
                             + r"[:：])\s*(?P<list>[^。()]{2,200}?)\s*(?:" + _OTHERS + r"?(?:が|も)" + _SAT_IN + r"|\)|$)")


def _open_paren(norm: str, lo: int, pos: int) -> int:
    """The unmatched '(' before pos (skipping balanced pairs like (シェルパ)), or -1."""
    depth = 0
    for i in range(pos - 1, lo - 1, -1):
        c = norm[i]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                return i
            depth -= 1
    return -1


def _close_paren(norm: str, pos: int, hi: int) -> int:
    depth = 0
    for i in range(pos, hi):
        c = norm[i]
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i
            depth -= 1
    return -1


def attendee_blocks(doc: Doc, start: int, end: int) -> list[tuple[str, int, int, Row]]:
    """(side label, start, end, cue row) ranges holding attendee lists inside [start, end) (read once per range
    and page: each talk on a line asks for the line's)."""
    key = (start, end)
    if key not in doc.attendee_blocks:
        doc.attendee_blocks[key] = _attendee_blocks(doc, start, end)
    return list(doc.attendee_blocks[key])


def _attendee_blocks(doc: Doc, start: int, end: int) -> list[tuple[str, int, int, Row]]:
    norm = doc.norm
    blocks = []
    for m in ATTEND_CUE.rx.finditer(norm, start, end):
        cue = ATTEND_CUE.row(m)
        # the list stands in the same parenthesis / sentence, before or after 同席, or on the lines below (同席者)
        ls = doc.line_at(m.start())
        line = doc.lines[ls]
        seg_start = _open_paren(norm, line.start, m.start())
        seg_start = line.start if seg_start < 0 else seg_start
        seg_end = _close_paren(norm, m.end(), line.end)
        seg_end = line.end if seg_end < 0 else seg_end
        region = (seg_start, seg_end)
        text = norm[seg_start:seg_end]
        if cue.value == "listed" and not SIDE_LABEL.search(text):
            continue  # ...らが出席 with no side labels: not read as an attendee list
        if not SIDE_LABEL.search(text):
            um = None
            for um in UNLABELLED_LIST.finditer(norm, seg_start, min(seg_end, m.end() + 2)):
                pass
            if um and um.end() >= m.start() and people_in(doc, um.start("list"), um.end("list")):
                blocks.append(("", um.start("list"), um.end("list"), cue))
                continue
            # 同席者 heading or 同席者は以下のとおり: the following lines
            j = ls + 1
            r_end = line.end
            while j < len(doc.lines) and j <= ls + 4:
                t = doc.line_text(j)
                if not SIDE_LABEL.match(t.strip().lstrip("(")):  # ((日本側)A、B: a label in brackets)
                    break
                r_end = doc.lines[j].end
                j += 1
            region = (doc.lines[ls + 1].start if ls + 1 < len(doc.lines) else line.end, r_end)
        labels = list(SIDE_LABEL.finditer(norm, region[0], region[1]))
        for k, lm in enumerate(labels):
            _fire_label(lm)
            b_end = labels[k + 1].start() if k + 1 < len(labels) else region[1]
            blocks.append((lm.group("side"), lm.end(), b_end, cue))
    return blocks


# a roster line: (1) / 1. then a side label whose separator is the roster row's colon, then the side's members
_ROSTER_SEP = ROSTER["attendees.roster.colon"]
ROSTER_LINE = re.compile(r"\s*(?:\([0-9]{1,2}\)|[0-9]{1,2}[.．])?\s*" + SIDE_LABEL.pattern)


def _roster_lines(doc: Doc) -> dict[int, re.Match]:
    """The page's roster lines (line -> its match), read once per page: each talk asks for its lines and their
    neighbours, and most pages have none."""
    if doc.roster_lines is None:
        found = {}
        for li, ln in enumerate(doc.lines):
            m = ROSTER_LINE.match(doc.norm, ln.start, ln.end)
            if m and m.group("sep") == _ROSTER_SEP.pattern:
                t = doc.norm[ln.start:ln.end]
                if "。" not in t and not ATTEND_CUE.rx.search(t):
                    found[li] = m
        doc.roster_lines = found
    return doc.roster_lines


def _text_line(doc: Doc, li: int, step: int) -> int:
    """The line next to line li in the direction of step that holds text (blank lines a conversion put between lines
    skipped), or -1."""
    k = li + step
    while 0 <= k < len(doc.lines):
        ln = doc.lines[k]
        if not doc.norm[ln.start:ln.end].isspace() and ln.end > ln.start:
            return k
        k += step
    return -1


def roster_blocks(doc: Doc, start: int, end: int) -> list[tuple[str, int, int, Row]]:
    """(side label, start, end, roster row) of each line of a roster by side inside [start, end): a line that opens
    with a side label and a colon and holds no sentence end or attendance cue, next to another such line."""
    rows = _roster_lines(doc)
    out: list[tuple[str, int, int, Row]] = []
    if not rows:
        return out
    for li in range(doc.line_at(start), doc.line_at(max(start, end - 1)) + 1):
        m = rows.get(li)
        if m and (_text_line(doc, li, -1) in rows or _text_line(doc, li, 1) in rows):
            # (日本側出席者: A局長、B大使: a line headed by its members' heading word lists those present, no head first)
            heading = LABELS.which(m.group("heading")) if m.group("heading") else None
            out.append((m.group("side"), m.end(), doc.lines[li].end, heading or _ROSTER_SEP))
    return out


# the words one of which every attendance cue holds: a page with none of them (and no roster lines) lists no attendees
ATTEND_WORDS = required_words(ATTEND_CUE.rx)


def may_list_attendees(doc: Doc) -> bool:
    """Whether some range of the page can give attendees (find_attendees finds none in any range otherwise): an
    attendance cue's word or a roster line on it (asked once per talk: most pages have neither)."""
    return holds_word(doc.norm, ATTEND_WORDS) or bool(_roster_lines(doc))


def people_in(doc: Doc, start: int, end: int) -> bool:
    """Whether a name with its title stands in [start, end)."""
    return bool(find_people(doc, start, end))


def side_code(label: str, doc_countries: list[str]) -> str | None:
    if not label:
        return None
    side = _side_row(label)
    if side is not None and side.value == "JP":
        return lexicon.fire(side) and "JP"
    if side is not None and side.value == "counterpart":  # 先方: the other side
        lexicon.fire(side)
        return next((c for c in doc_countries if c != "JP"), None)
    name = label[:-1] if label.endswith("側") else label
    code = countries.name_index().get(name) or countries.abbr_index().get(name) or role_country(name)
    if code:
        return code  # (an organisation's side too: NATO側)
    for n, c in countries.name_index().items():
        if name.startswith(n) or n.startswith(name):
            return c
    return None


# an attendee's note that they joined only a meal held apart from the talk (池田財務副大臣(夕食会のみ))
_MEALS = (LESSER["talks.meal.dinner"], LESSER["talks.meal.banquet"], LESSER["talks.meal.lunch"], *MEAL_ONLY_ROWS)
MEAL_ONLY = re.compile(r"\((?P<meal>" + words_pattern(r.pattern for r in _MEALS) + r")のみ\)")
# the clause before a name in an attendee list, up to its last verb or particle (本年2月に同国を訪問した)
LEADING_CLAUSE = re.compile(r".*(?:した|する|である|であった|の)(?=[一-龥\uf900-\ufad9々ァ-ヴー][^ぁ-ゖ]*$)")
_ITEM_SPLIT = re.compile(r"([、,]|" + JOINERS.alternation() + ")")
# a member written title first, a blank, then the name (外務審議官 鈴木): ORDER's row
_TITLE_FIRST = re.compile(r"(?P<role>[^\s]{2,30})" + ORDER["attendees.order.title_first"].source + r"+(?P<name>[^\s]{1,20})")
# what ends a list item after the name: the cue itself (…ほかが同席した), a closing word (ほか, 等), ら (…大使らが出席)
_CUE_TAIL = skip_ahead(re.compile(r"(?P<o>" + _OTHERS + r")?(?:が|も)?" + _SAT_IN + ".*$"))
_OTHERS_TAIL = re.compile(r"(?P<o>" + _OTHERS + r")?(?:が|も)?$")
_RA_TAIL = re.compile(r"(?<=[一-龥])(?P<o>" + OTHERS["attendees.others.ra"].source + r")(?:が|も)?(?:出席.*)?$")
_ASIDE = re.compile(r"\(.*?\)")


def _strip_tail(it: str) -> str:
    for rx in (_CUE_TAIL, _OTHERS_TAIL, _RA_TAIL):
        m = rx.search(it)
        if m:
            if m.group("o"):
                lexicon.fire(OTHERS.which(m.group("o")))
            it = it[:m.start()] + it[m.end():]
    return it


def find_attendees(doc: Doc, start: int, end: int, doc_countries: list[str]) -> list[PersonMention]:
    out = []
    for label, b_start, b_end, cue in attendee_blocks(doc, start, end) + roster_blocks(doc, start, end):
        code = side_code(label, doc_countries)
        seg = doc.norm[b_start:b_end]
        pos = b_start
        head = cue is _ROSTER_SEP  # a roster line's first member is the side's head: they hold the talk
        for item in _ITEM_SPLIT.split(seg):
            item_start = pos
            pos += len(item)
            if item in ("、", ",") or JOINERS.which(item) is not None:
                lexicon.fire(JOINERS.which(item))
                continue
            raw = item
            lead = len(raw) - len(raw.lstrip())
            it = raw.strip()
            it = _strip_tail(it)  # 駐米大使ら(が出席), …ほかが同席: and others
            meal = MEAL_ONLY.search(it)
            if meal:
                lexicon.fire(next(r for r in _MEALS if r.pattern == meal.group("meal")))
                continue  # present at a separate meal only (池田財務副大臣(夕食会のみ)), not at the talk
            it = _ASIDE.sub("", it)
            it = it.strip(" 。)(|").strip()
            if not it:
                continue
            got = split_name_role(it, item_start + lead, doc)
            if not got and (tf := _title_first(it)) is not None:
                name, role, c2, n_at = tf
                s = item_start + lead + n_at
                out.append(PersonMention(doc.text[s:s + len(name)], plain_role(role), code or c2, s, s + len(name),
                                         s + len(name), rule=lexicon.fire(cue)))
                continue
            if not got:
                # a clause describing the person before the name (…を訪問した X政務官, …である X大使): the name
                # starts after the clause's last kana
                cm = LEADING_CLAUSE.match(it)
                if cm:
                    lead += cm.end()
                    it = it[cm.end():]
                    got = split_name_role(it, item_start + lead, doc)
            if not got:
                continue
            if head:
                head = False
                continue
            name, role, c2, nlen = got
            s = item_start + lead
            role = plain_role(as_written(doc, role, s + nlen, s + len(it)))
            out.append(PersonMention(doc.text[s:s + nlen], role, code or c2, s, s + nlen, s + len(it),
                                     rule=lexicon.fire(cue)))
    return out


def _title_first(item: str) -> tuple[str, str, str | None, int] | None:
    """A member written title first (外務審議官 鈴木): (name, title, country, the name's offset in the item) when the
    name and the title read as one person written name first (鈴木外務審議官), else None."""
    m = _TITLE_FIRST.fullmatch(item)
    if m is None:
        return None
    got = split_name_role(m.group("name") + m.group("role"))
    if got is None or got[0] != m.group("name") or got[1] != m.group("role"):
        return None
    lexicon.fire(ORDER["attendees.order.title_first"])
    return got[0], got[1], got[2], m.start("name")


# patterns the regex engine would try at every position (they open with an optional group or a group of words),
# guarded: the same matches, found faster (matching.guarded; the largest gains of a timing of each pattern)
ROLE_START_RE = guarded(ROLE_START_RE)
_RUN = guarded(_RUN)
ROSTER_LINE = guarded(ROSTER_LINE)
