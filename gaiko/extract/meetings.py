"""Meetings stage: the talks a document reports, with their kind, channel, time, place and people.

A talk is anchored on a sentence that says it took place: a talk word (首脳会談, 外相会談, 電話会談,
「2+2」, 次官戦略対話, 表敬 …) followed by a verb of holding in the past (を行った, 会談し, が開催された,
を実施いたしました). Anchors of the same kind with the same counterpart are one talk (a press
announcement where each speaker reports the same meeting). Each sentence of the document then belongs
to one talk: the talk last anchored, named in a heading (1 日加外相会談), or referred to
(外相会談では …, (ショイグ国防大臣)).
"""

from __future__ import annotations

import bisect
import copy
import dataclasses
import datetime as dt
import heapq
import re
from functools import lru_cache

from gaiko import countries
from gaiko.extract import dates, lexicon, people, places
from gaiko.extract.drafts import EventDraft, PersonMention
from gaiko.extract.lexicon import Row
from gaiko.extract.lexicon import outcomes as outcome_words
from gaiko.extract.lexicon import places as place_words
from gaiko.extract.lexicon import plans as plan_words
from gaiko.extract.lexicon import sides as side_words
from gaiko.extract.lexicon.attendees import DELEGATION_VERBS, HEAD_LABELS, HEADED_PARTY, NOT_PRINCIPAL, PARTICIPANTS
from gaiko.extract.lexicon.dates import CLOCK, ITEM_DAY
from gaiko.extract.lexicon.layout import TITLE_TYPES
from gaiko.extract.lexicon.roles import ATTACHED, CAPACITY, CHINA_TITLES, ENDINGS, KIND_TITLES, LATE, RANKS, SHORT, STARTS
from gaiko.extract.lexicon.roles import SIDES as TITLE_SIDES
from gaiko.extract.lexicon.talks import (
    ADDED_SESSIONS,
    ALSO_MET,
    ANNOUNCED,
    ANNOUNCED_ALSO,
    BESIDE,
    CHAIRED,
    CHANNEL_MANNER,
    CHANNELS,
    CLAUSES,
    CONTINUED,
    EACH_COUNTRY,
    FUTURE,
    GENERAL,
    GROUP_GATHERINGS,
    GROUP_SIDES,
    HALVES,
    HELD,
    ITEM_CALLS,
    KINDS,
    LABEL_BULLETS,
    LABEL_FORMS,
    LATER,
    LESSER,
    LESSER_VERBS,
    LIST_LEADS,
    LISTED_OFFICIALS,
    NOT_BESIDE,
    NOT_ITEMS,
    NOT_LESSER,
    NOUNS,
    PAIRS,
    PAST,
    PREFIXES,
    PROGRAMME_LABELS,
    RECALLED,
    RECOUNT,
    REFERENCES,
    SEQUENCE,
    SESSION_THEN,
    SESSIONS,
    SEVERAL_VISITED,
    STAY,
    THROUGH,
    TOLD_PAST,
    TOTAL_LENGTH,
    UNRANKED,
    VISIT,
)
from gaiko.extract.lexicon.talks import EXCHANGE as EXCHANGE_ROWS
from gaiko.extract.lexicon.talks import FUTURE_AFTER as FUTURE_AFTER_ROWS
from gaiko.extract.lexicon.talks import LABELS as TALK_LABELS
from gaiko.extract.matching import (
    FirstAccepted,
    Forward,
    Opens,
    SearchMemo,
    fired,
    guarded,
    holds_word,
    holds_word_in,
    required_words,
    skip_ahead,
    word_starts,
)
from gaiko.text import Doc, Sentence, country_names_pattern, words_pattern

# --- patterns built from the talks lexicon (gaiko/extract/lexicon/talks.py) ------------------------
_TALK_PREFIX = "(?:" + PREFIXES.alternation() + ")*"
# a summit named after its sides (第9回日中韓サミット, 日EUサミット) is a talk; a summit of a group (G7サミット) is not
_SIDES_PAIR = r"(?:第[0-9一二三四五六七八九十]+回)?日・?[一-龥A-Z]{1,6}?"
SIDES_SUMMIT: str = _SIDES_PAIR + NOUNS.alternation(NOUNS.where(group="summit"))
_CALLS = NOUNS.where(group="call")
# a talk noun: prefixes then a word (会談, 会議 …) or the 2+2 in brackets; the 2+2 and a courtesy call without them
TALK_NOUN = (r"(?:" + _TALK_PREFIX + NOUNS.alternation(NOUNS.where(group="word")) + "|" + _TALK_PREFIX
             + NOUNS.alternation(NOUNS.where(group="quoted")) + "|" + NOUNS.alternation(NOUNS.where(group="bare") + _CALLS)
             + "|" + SIDES_SUMMIT + ")")
_LOOKAROUND = re.compile(r"\(\?<?[!=][^()]*\)")


def _held_words(rows) -> str:
    """The words every match of the rows holds, as one alternation: literal words as a trie, regex rows without their
    lookarounds (懇談(?!会) holds 懇談): a cheap test before a pattern built from the rows."""
    rows = tuple(rows)
    lits = [r.pattern for r in rows if not r.regex]
    return "(?:" + "|".join(([words_pattern(lits)] if lits else []) + [_LOOKAROUND.sub("", r.pattern) for r in rows if r.regex]) + ")"


# the talk nouns' last words: every TALK_NOUN match holds one (a cheap test before the full pattern)
_TALK_LAST = _held_words(r for r in NOUNS if r.id.split(".")[1] in ("word", "quoted", "bare", "call", "summit"))


def _first_chars(part: str) -> set[str]:
    """The characters a match of one regex row can start with: its first character, or for a part that opens
    with an optional group without groups inside ((?:第…回)?日…), the group's and the rest's."""
    if part.startswith("(?:"):
        close = part.index(")?")
        return _first_chars(part[3:close]) | _first_chars(part[close + 2:])
    return {part[0]}


def _row_first_chars(rows) -> set[str]:
    return set().union(*({r.pattern[0]} if not r.regex else _first_chars(r.pattern) for r in rows))


# the characters a TALK_NOUN match can start with: tested first, since the pattern (whose prefixes may be
# absent) is otherwise tried in full at every position
TALK_START = "(?=[" + "".join(sorted(re.escape(c) for c in _row_first_chars(
    (*PREFIXES, *(r for r in NOUNS if r.id.split(".")[1] in ("word", "quoted", "bare", "call"))))
    | _first_chars(_SIDES_PAIR))) + "])"
# the chairs named before the verb of holding (…が、A大臣及びB大臣を共同議長として同17日に開催された)
_CHAIRS = (r"(?:[、,][^。「」()]{2,80}?(?P<chaired>" + CHAIRED.alternation() + r")[、,]?(?:(?P<held_day>(?:同|[0-9]{1,2}月)?[0-9]{1,2}日)に)?)?")


def _chairs_of(m: re.Match) -> tuple[str | None, int | None]:
    """The CHAIRED words of an anchor held by its chairs, and the end of the day named after them (else None: an
    anchor of a pattern without them)."""
    if "chaired" not in m.re.groupindex:
        return None, None
    return m.group("chaired"), (m.end("held_day") if m.group("held_day") else None)


# a verb of holding after the noun: (an aside)(を|が …)(the chairs)(a length)(a place において/で) then the verb row
HOLD_VERB = (r"(?:\([^()]{0,40}\))?(?:を|が|も|の(?=実施し))?" + _CHAIRS + r"(?:" + dates.DURATION_TEXT + r"(?:にわたり|にわたって)?[、,]?)?"
             r"(?:[ァ-ヴー一-龥A-Za-z・()]{1,24}?(?:において|で))?\s*(?P<verb>" + HELD.alternation(HELD.where(group="held")) + ")")
ANCHOR_RE = skip_ahead(re.compile(TALK_START + r"(?P<noun>" + TALK_NOUN + r")(?:及び(?P<noun2>" + TALK_NOUN + r")|(?:及び|並びに)[ァ-ヴー一-龥・]{1,15}?)?" + HOLD_VERB))
# talks of a lesser form (a stand-up talk, an informal talk, an audience, a meal): the talk of a page that
# anchors no other, never an extra one beside a talk (a dinner after the summit is not a talk of its own; a
# recalled 会見 is not either)
_PAIR_RANK = PREFIXES.alternation([PREFIXES["talks.prefix.shuno"], PREFIXES["talks.prefix.gaisho"]])
_LESSER_PREFIX = r"(?:日・?[ァ-ヴー一-龥]{1,8}?)?" + PREFIXES.alternation(
    [PREFIXES["talks.prefix.shuno"], PREFIXES["talks.prefix.gaisho"], PREFIXES["talks.prefix.gaimu_daijin"]]) + "?"
# a meeting said with its verb (…大臣と面会し、 / …と会見した / …と意見交換を行った / …国王陛下を謁見した): the page's
# talk when it anchors no other (an audience with Japan's Emperor is none: see LESSER_NOT_BEFORE)
LESSER_WORD = skip_ahead(re.compile(_held_words((*LESSER, *LESSER_VERBS))))
_SURU = HELD.alternation([HELD[i] for i in ("talks.held.shita", "talks.held.shi", "talks.held.shimashita",
                                            "talks.held.itashimashita")])
_OKONAU = HELD.alternation([HELD[i] for i in ("talks.held.okonatta", "talks.held.okonai", "talks.held.okonaimashita")])
LESSER_VERB_RE = re.compile(r"(?:と|を|に)も?(?P<noun>" + LESSER_VERBS.alternation()
                            + r")(?=(?P<verb>" + _SURU + "|を" + _OKONAU + r"))(?P<noun2>(?!))?")
LESSER_NOT_BEFORE = people.RowSearch(NOT_LESSER)
LESSER_ANCHOR_RE = skip_ahead(re.compile(r"(?P<noun>" + _LESSER_PREFIX + LESSER.alternation() + r")(?:及び(?P<noun2>"
                                         + TALK_NOUN + r"))?" + HOLD_VERB))
# a talk said by what was done in it, its counterpart named before it (…との首脳会談を通じて…を確認した): a page's talk
# when it anchors no other, in a sentence told in the past, no earlier time (昨年, 前回) before it
THROUGH_TALK_RE = re.compile(r"との(?P<noun>" + TALK_NOUN + r")(?P<verb>" + THROUGH.alternation() + r")(?P<noun2>(?!))?")
_THROUGH = people.RowSearch(THROUGH)
TOLD_PAST_RE = people.RowSearch(TOLD_PAST)
_REFERENCE_AFTER = REFERENCES.alternation()
REFERENCE_RE = skip_ahead(re.compile(TALK_START + r"(?P<noun>" + TALK_NOUN + r")(?P<ref>" + _REFERENCE_AFTER + ")"))
TALK_NOUN_RE = skip_ahead(re.compile(TALK_START + TALK_NOUN))
# what every REFERENCE_RE match ends with (the last word of a TALK_NOUN form, then the same particle): a
# cheap test before the full pattern, which most sentences do not match
REFERENCE_TAIL = re.compile(_TALK_LAST + _REFERENCE_AFTER)
RECALLED_REF = re.compile(r"(?P<w>" + RECALLED.alternation() + r")の[^、,。]{0,12}$")

_CALL_RE = re.compile(NOUNS.alternation(_CALLS))


def _is_call(noun: str) -> bool:
    """A courtesy call (表敬, 表敬訪問) is named in the noun."""
    return bool(_CALL_RE.search(noun))


# a title that names a talk (…会談, …協議): the page's talk, though it never says "…を行った"
_TITLE_TALK = re.compile(NOUNS.alternation(NOUNS.where(group="word")))
# the rows of a heading that reports no talk (a letter, a message, an audience, a dinner attended): the people it
# names make no talk of their own
NO_TALK_TITLES = frozenset(r.id for r in TITLE_TYPES.where(value="other"))
_KIND_ROWS = tuple((r, re.compile(r.source)) for r in KINDS)
_UNRANKED_ROWS = tuple((r, re.compile(r.source)) for r in UNRANKED)
_CHANNEL_ROWS = tuple((r, re.compile(r.source)) for r in CHANNELS)
_MANNER_ROWS = tuple((r, re.compile(r.source)) for r in CHANNEL_MANNER)

# --- patterns built from the roles lexicon (gaiko/extract/lexicon/roles.py) ------------------------
# the rank of a title (for the kind of a talk between its holders): a head of state or government (an office
# attached to a head's title names someone else: 国王高級顧問団長, 首相顧問, 総理大臣補佐官, 大統領特使) …
_NOT_ATTACHED = "(?!" + ATTACHED.alternation() + ")"
HEAD_ROLES = skip_ahead(re.compile(RANKS.alternation(RANKS.where(group="head")) + _NOT_ATTACHED + "|"
                                   + RANKS.alternation(RANKS.where(group="head_only"))))
_HEAD = people.RowSearch(RANKS.where(group="head"), suffix=_NOT_ATTACHED)
_HEAD_ONLY = people.RowSearch(RANKS.where(group="head_only"))
_ATTACHED_TO_HEAD = skip_ahead(re.compile(RANKS.alternation(RANKS.where(group="head")) + "(?P<a>" + ATTACHED.alternation() + ")"))
# … a deputy head of government or state is no head (副首相兼外務大臣 talks as a foreign minister, 副大統領兼大臣 as a
# minister), but outranks a vice-minister; a parliamentary vice-minister (外務大臣政務官) or an adviser (外務大臣補佐官)
# is no foreign minister
_DEPUTY = people.RowSearch(RANKS.where(value="deputy_head"))
_FM = people.RowSearch(RANKS.where(value="fm"))
_DEF = people.RowSearch(RANKS.where(value="defense"))
_VICE = people.RowSearch(RANKS.where(value="vice"))
_MINISTER = people.RowSearch(RANKS.where(value="minister"))
DEPUTY_HEAD_ROLES = re.compile(RANKS.alternation(RANKS.where(value="deputy_head")))
FM_ROLES = re.compile(RANKS.alternation(RANKS.where(value="fm")))
DEF_ROLES = re.compile(RANKS.alternation(RANKS.where(value="defense")))
VICE_ROLES = re.compile(RANKS.alternation(RANKS.where(value="vice")))
MINISTER = re.compile(RANKS.alternation(RANKS.where(value="minister")))
_SEIMUKAN = RANKS["roles.vice.seimukan"].pattern
# titles that mean a Japanese office; titles that mean a foreign one
JP_ROLE = skip_ahead(re.compile(TITLE_SIDES.alternation(TITLE_SIDES.where(value="JP"))))
FOREIGN_ROLE = skip_ahead(re.compile(TITLE_SIDES.alternation(TITLE_SIDES.where(value="foreign"))))
_JP_TITLE = people.RowSearch(TITLE_SIDES.where(value="JP"))
_FOREIGN_TITLE = people.RowSearch(TITLE_SIDES.where(value="foreign"))
EAST_ASIAN = ("CN", "KR", "KP", "TW")
# Japan time: a parenthesis (日本時間9日(水曜日)午後4時) or a phrase (日本時間18時30分から19時20分まで、) up to its
# comma or to a parenthesis of local time (日本時間18日午前1時40分頃(現地時間17日午前11時40分頃))
# (older pages write 本邦 for Japan: NY現地時間18時から(本邦7日7時から)) — the words are places.VISITS' clock rows
_JST_ROWS = (place_words.VISITS["places.clock.honpo"],)  # fired when they mark the clock (日本時間 is the default)
_JST_WORD = place_words.VISITS.alternation([place_words.VISITS["places.clock.nihon_jikan"], *_JST_ROWS])
JST_NOTE = re.compile(r"\(" + _JST_WORD + r"(?:[^()]|\([^()]*\))*\)|" + place_words.VISITS["places.clock.nihon_jikan"].source
                      + r"[^、,()]*(?:\([^()]{1,6}\)[^、,()]*)*")
# what joins a start time to an end time: 18時から19時まで, 午後6時より午後6時50分まで, 9時30分~10時
TIME_RANGE_JOIN = re.compile(r"から|より|~|-")
# the sessions one talk is held in: a list of their lengths in a parenthesis (会談:約1時間半,ワーキングランチ:約1時間)
# (テタテを約30分,少人数会合を約1時間,拡大会合兼夕食会を約1時間) adds up to the talk's length; a session held
# before or after the one anchored (定期首脳協議に先立ち,約1時間の少人数会合が実施され) adds its own
_SESSION_WORD = SESSIONS.alternation()
_SESSION_WORD_RE = re.compile(_SESSION_WORD)
_SESSION_LABEL = r"[ァ-ヴー一-龥・]{0,10}" + _SESSION_WORD
SESSION_ITEM = re.compile(r"(?P<label>" + _SESSION_LABEL + r")\s*(?:[::]|を|は)?\s*(?=約|\d|[一二三四五六七八九十])")
SESSION_LIST = re.compile(r"\((?P<body>[^()]{6,80})\)")
SESSION_ADDED = re.compile(r"(?:に先立ち|に先立って|に引き続き|に続き|に続いて|の後)[、,]?\s*(?:[^、,。]{1,12}は[、,]\s*)?(?P<dur>" + dates.DURATION_TEXT + r"[^、,。]{0,4}?)の"
                           r"(?P<label>" + ADDED_SESSIONS.alternation() + r")(?:が|を)(?:実施|行)")
# a session that follows another in the lead, right after the first one's length (約30分間の少人数会合に続き、約1時間の全体会合)
SESSION_THEN_RE = re.compile(r"\s*の(?P<a>" + ADDED_SESSIONS.alternation() + r")(?P<w>" + SESSION_THEN.alternation() + r")[、,]?\s*(?P<dur>"
                             + dates.DURATION_TEXT + r"[^、,。]{0,4}?)の(?P<label>" + ADDED_SESSIONS.alternation() + ")")
# a session that continues the talk in the sentence after it, opening with a CONTINUED word (…外相会談を行いました。引き続き、
# 両外相は、場所を都内のホテルに移し、約1時間、ワーキング・ランチを行いました)
_NEXT_WORDS = r"\s*(?P<w>" + CONTINUED.alternation([CONTINUED[i] for i in ("talks.continued.hikitsuzuki", "talks.continued.sonogo")]) + r")[、,][^。]{0,40}?"
SESSION_NEXT = re.compile(_NEXT_WORDS + r"(?P<dur>" + dates.DURATION_TEXT + r"[^、,。]{0,4}?)[、,の]?\s*(?P<label>"
                          + ADDED_SESSIONS.alternation() + r")(?:を|が)(?:実施|行|持)")
# … its length after it (その後、両首脳は、場所を移してワーキング・ディナーを持ち、約1時間にわたり…)
SESSION_NEXT_AFTER = re.compile(_NEXT_WORDS + r"(?P<label>" + ADDED_SESSIONS.alternation() + r")(?:を|が)(?:実施し|行い|持ち)[、,]\s*(?P<dur>"
                                + dates.DURATION_TEXT + r")")
# a session that continues the talk, said in the talk's own sentence after its length: …会談を行い、引き続き約1時間、
# ワーキング・ランチを行った (a meal one side gives, 夕食会, is no session)
CONTINUED_SESSION = re.compile(r"(?:を|が)(?:行い|実施し)[、,]\s*(?P<w>" + CONTINUED.alternation() + r")[、,]?\s*(?P<dur>" + dates.DURATION_TEXT
                               + r"[^、,。]{0,4}?)[、,の]?\s*(?P<label>" + ADDED_SESSIONS.alternation() + r")(?:を|が)(?:実施|行)")
# the other side is visiting Japan (訪日中のX首相と): the talk is in Japan, its clock Japan time
VISITOR_IN_JAPAN = people.RowSearch(place_words.VISITS.where(group="in_japan"))
# Japan's side receives the call (…による表敬を受け), not said to be abroad: the talk is in Japan
RECEIVED_CALL = people.RowSearch(place_words.VISITS.where(group="received"))
HELD_BEFORE_RE = re.compile(r"(?P<verb>" + HELD.alternation(HELD.where(group="before")) + ")" + TALK_START + r"(?P<noun>" + TALK_NOUN
                            + r")(?P<noun2>(?!))?の概要")
LATER_ACT = people.RowSearch(LATER)
NEXT_TALK = people.RowSearch(CONTINUED, prefix=r"\s*", suffix=r"[、,]")
GENERAL_CASE_AFTER = people.RowSearch(GENERAL)
TITLE_NAMES_PEOPLE = re.compile(r"との(?:間の)?(?P<noun>" + TALK_NOUN + r")\s*$")
VISIT_WELCOMED = people.RowSearch(place_words.WELCOMED)  # the guest's visit to Japan welcomed or thanked for
LOCAL_NOTE = re.compile(r"\(現地時間[^()]*\)")


@lru_cache(maxsize=4096)
def kind_row(noun: str) -> Row | None:
    """The KINDS row that names the kind of a talk noun (or title): the first row found in it."""
    return next((r for r, rx in _KIND_ROWS if rx.search(noun)), None)


def kind_of_noun(noun: str) -> str | None:
    r = kind_row(noun)
    return r.value if r else None


@lru_cache(maxsize=4096)
def channel_row(noun: str) -> Row | None:
    return next((r for r, rx in _CHANNEL_ROWS if rx.search(noun)), None)


def manner_row(norm: str, lo: int, hi: int) -> Row | None:
    """The CHANNEL_MANNER row of the manner a sentence gives its talk in before the talk's noun (オンライン形式で)."""
    return next((r for r, rx in _MANNER_ROWS if rx.search(norm, lo, hi)), None)


def channel_of(noun: str) -> str:
    r = channel_row(noun)
    return r.text if r else "in_person"


# the words run right before a talk noun (第6回日・ペルー政策 before 協議): the name the meeting goes by
NAME_BEFORE = re.compile(r"[ァ-ヴー一-龥・0-9]{0,24}$")


def _talk_kind(noun: str, persons: list[PersonMention], title_kind: Row | None, named: str = "") -> tuple[str, Row | None]:
    """The kind of the talk a noun anchors, and the row that decided it: a word of the noun (首脳会談), else the ranks
    of those who hold it, else the page's title; a courtesy call takes the rank of those who meet (a prime minister's
    call on a president is a summit, a minister's call on a prime minister is not)."""
    row = kind_row(noun)
    kind = row.value if row else None
    if kind is None or (kind == "other" and not _is_call(noun)):
        by_rank, rank = kind_by_roles(persons)
        kind, row = (by_rank, rank) if by_rank else (title_kind.text, title_kind) if title_kind else ("other", None)
        if row is None and (unranked := next((r for r, rx in _UNRANKED_ROWS if rx.search(named + noun)), None)):
            kind, row = unranked.text, unranked  # consultations named without a rank: working level
    elif kind == "other_ministerial":
        by_rank, rank = kind_by_roles(persons)
        if by_rank in ("summit", "foreign_ministers", "defense_ministers"):
            kind, row = by_rank, rank  # a 閣僚級戦略対話 held by foreign ministers is theirs
    if _is_call(noun):
        by_rank, rank = kind_by_roles(persons)
        # (a call between officials of vice-minister rank, 官房副長官 and 次官, is theirs: vice_ministerial)
        kind, row = (by_rank, rank) if by_rank in ("summit", "vice_ministerial") else ("other", row)
    return kind, row


# the rows of a talk noun: its last word (NOUNS, LESSER …) and the prefixes before it (日米首脳会談: pair, 首脳, 会談)
_TALK_NOUN_ROWS = tuple(r for r in NOUNS if r.id.split(".")[1] in ("word", "quoted", "bare", "call", "summit"))
_AT_END = {id(t): tuple((r, re.compile("(?:" + r.source + r")\Z")) for r in rows)
           for t, rows in ((NOUNS, _TALK_NOUN_ROWS), (LESSER, LESSER.rows), (LESSER_VERBS, LESSER_VERBS.rows),
                           (PAIRS, PAIRS.rows))}
# the prefixes in the order the alternation tries them (literal words longest first, then regex rows), each with
# whether it is lazy (the pair, 日[…]{1,8}?, tries its shortest match first), and a literal row's word (None for a
# regex row)
_PREFIX_ROWS = tuple((r, re.compile(r.source), r.pattern.endswith("}?"), None if r.regex else r.pattern)
                     for r in sorted(PREFIXES, key=lambda r: (r.regex, -len(r.pattern) if not r.regex else 0)))


def _prefix_split(head: str, pos: int = 0) -> tuple[Row, ...] | None:
    """The PREFIXES rows ``head[pos:]`` is made of, as TALK_NOUN's repeated alternation reads it, or None."""
    if pos == len(head):
        return ()
    for r, rx, lazy, word in _PREFIX_ROWS:
        if word is not None:  # a literal word fullmatches head[pos:end] only at the end its length gives
            if word and head.startswith(word, pos):
                rest = _prefix_split(head, pos + len(word))
                if rest is not None:
                    return (r, *rest)
            continue
        ends = range(pos + 1, len(head) + 1) if lazy else range(len(head), pos, -1)
        for end in ends:
            if rx.fullmatch(head, pos, end):
                rest = _prefix_split(head, end)
                if rest is not None:
                    return (r, *rest)
    return None


@lru_cache(maxsize=4096)
def _noun_rows(table: int, noun: str) -> tuple[Row | None, tuple[Row, ...]]:
    """The row of a noun's last word in a table (the longest match at its end) and the prefix rows before it."""
    best, at = None, len(noun)
    for r, rx in _AT_END[table]:
        m = rx.search(noun)
        if m and m.start() < at:
            best, at = r, m.start()
    prefixes = _prefix_split(noun[:at]) if best is not None and table in (id(NOUNS), id(LESSER)) else None
    return best, prefixes or ()


def _noun_table(m: re.Match, noun: str):
    """The table of the noun an anchor matched: a lesser talk's, a lesser verb's, a pair's, or a talk noun's."""
    if m.re is LESSER_VERB_RE:
        return LESSER_VERBS
    if m.re is BOTH_SIDES_RE:
        return PAIRS
    if m.re is LESSER_ANCHOR_RE and noun == m.group("noun"):
        return LESSER
    return NOUNS


def _anchor_row(m: re.Match, noun: str) -> Row | None:
    """The row of the noun that anchored a talk (its last word: 会談, 表敬, 立ち話, 面会, 両首脳)."""
    return _noun_rows(id(_noun_table(m, noun)), noun)[0]


def _verb_group(m: re.Match) -> str:
    return "before" if m.re is HELD_BEFORE_RE else "attended" if m.re is ATTENDED_TALK_RE else "held"


@lru_cache(maxsize=256)
def _held_row(verb: str, group: str) -> Row | None:
    """The HELD row of an anchor's verb, in the group its pattern uses (行われた before the noun is another row)."""
    if not verb and group == "held":
        return HELD["talks.held.terse_close"]  # (the one verb that matches empty: …と会談。)
    return HELD.which(verb, HELD.where(group=group))


def _fire_anchor(m: re.Match, noun: str) -> None:
    """Fire the rows that anchored a talk: its noun's words and the verb of holding."""
    word, prefixes = _noun_rows(id(_noun_table(m, noun)), noun)
    for r in prefixes:
        lexicon.fire(r)
    lexicon.fire(word)
    verb = m.groupdict().get("verb")
    if verb or (verb == "" and m.re is ANCHOR_RE):
        lexicon.fire(_held_row(verb[1:] if verb.startswith("を") else verb, _verb_group(m)))


def _set_rules(ev: EventDraft, **rows: Row | str | None) -> None:
    """Note on a talk the rows (or rows' ids) that set its fields (the first row of each field stays)."""
    for name, row in rows.items():
        if row is not None:
            ev.rules.setdefault(name, lexicon.fire(row))


def kind_from_roles(persons: list[PersonMention]) -> str | None:
    return kind_by_roles(persons)[0]


def kind_by_roles(persons: list[PersonMention]) -> tuple[str | None, Row | None]:
    """The kind of a talk by its holders' ranks, and the rank row that decided it (the last holder's). One person
    named twice (セバスティアン・ピニェラ大統領 … ピニェラ次期大統領) holds one rank, not two."""
    held: list[PersonMention] = []
    for p in persons:
        if p is None or not any(q is not None and _names_overlap(q.name, p.name) for q in held):
            held.append(p)
    kind, row, attached = _kind_by_roles(tuple((p.role or "") if p is not None else "" for p in held))
    if kind == "other" and len(held) >= 3 and all(p is not None for p in held):
        # Japan's leader with a minister beside him (山田総理大臣及び佐藤外務大臣は、…大統領と会談): the leaders' rank decides
        jp = [p for p in held if (p.country or person_side(p, None)) == "JP"]
        foreign = [p for p in held if p not in jp]
        if jp and foreign and any(HEAD_ROLES.search(p.role or "") for p in jp) and all(HEAD_ROLES.search(p.role or "") for p in foreign):
            kind, row = "summit", _head_row(foreign[-1].role or "")
    for a in attached:
        lexicon.fire(a)  # 首相顧問, 国王高級顧問: an office attached to a head's title names no head
    return kind, row


@lru_cache(maxsize=4096)
def _kind_by_roles(roles: tuple[str, ...]) -> tuple[str | None, Row | None, tuple[Row, ...]]:
    if len(roles) < 2:
        return None, None, ()
    roles = tuple("" if people.is_former(r) else r for r in roles)  # a former holder (前首相) holds no rank
    heads = [bool(HEAD_ROLES.search(r)) for r in roles]
    attached = tuple(ATTACHED.row_of(m.group("a")) for r, h in zip(roles, heads) if not h
                     for m in [_ATTACHED_TO_HEAD.search(r)] if m)
    fms = [bool(FM_ROLES.search(r)) for r in roles]
    defs = [bool(DEF_ROLES.search(r)) for r in roles]
    if all(heads):
        return "summit", _head_row(roles[-1]), attached
    # a head who is also foreign minister (首相兼外務大臣) talks as such with a foreign minister
    if all(fms):
        return "foreign_ministers", _FM.search(roles[-1]), attached
    if all(defs):
        return "defense_ministers", _DEF.search(roles[-1]), attached
    if any(heads):  # a call on a head of state or government by a lower-ranking visitor
        return "other", _head_row(roles[heads.index(True)]), attached
    deputy = next((d for d in map(_DEPUTY.search, roles) if d), None)
    if deputy and any(VICE_ROLES.search(r) for r in roles):
        return "other", deputy, attached  # a deputy head of government met by a vice-minister (not ministers' rank)
    if all(VICE_ROLES.search(r) for r in roles):
        return "vice_ministerial", _VICE.search(roles[-1]), attached
    officials = [bool(VICE_ROLES.search(r)) and not MINISTER.search(r) for r in roles]
    if len(roles) == 2 and officials.count(True) == 1 and all(o or FM_ROLES.search(r) or MINISTER.search(r) for r, o in zip(roles, officials)):
        # a minister with an official standing in for their counterpart (外務大臣の代理として出席したX外務次官と会談): below
        # the ministers' rank, whatever the heading calls it (a 副大臣, a minister too, is left to the next test)
        return "other", _VICE.search(roles[officials.index(True)]), attached
    if all((MINISTER.search(r) or FM_ROLES.search(r)) and _SEIMUKAN not in r for r in roles):
        # (a parliamentary vice-minister, 外務大臣政務官, is no minister)
        return "other_ministerial", _MINISTER.search(roles[-1]) or _FM.search(roles[-1]), attached
    return None, None, attached


def _head_row(role: str) -> Row | None:
    return _HEAD.search(role) or _HEAD_ONLY.search(role)


def pair_country(text: str) -> str | None:
    """The other country of a 日X pair in a heading: 日露 -> RU, 日インドネシア -> ID, 日加 -> CA;
    else a country named in it (林外務大臣のブラジル訪問 -> BR)."""
    m = _PAIR_ABBR.search(text)
    abbr = countries.abbr_index()
    if m and m.group(1) in abbr and m.group(1) != "日":
        return abbr[m.group(1)]
    if not _ANY_COUNTRY.search(text):
        return None
    # the first name of names_longest_first found (after 日, then anywhere): the lowest rank among the longest
    # name found at each position
    hits = [_COUNTRY_RANK[m.group(1)] for m in _PAIR_NAME.finditer(text)]
    if hits:
        return countries.names_longest_first()[min(hits)][1]
    hits = [_COUNTRY_RANK[m.group(1)] for m in _NAME_AT.finditer(text)]
    if hits:
        return countries.names_longest_first()[min(hits)][1]
    return None


_PAIR_ABBR = re.compile(r"日(?:・)?([一-龥])(?=[首外防次局会電テ「2経戦関間両韓]|$)")
_ANY_COUNTRY = skip_ahead(re.compile(country_names_pattern(foreign=True)))
_COUNTRY_RANK = {n: i for i, (n, c) in reversed(list(enumerate(countries.names_longest_first())))}
_PAIR_NAME = re.compile("日(?=(" + country_names_pattern(foreign=True) + "))")
_NAME_AT = re.compile("(?=(" + country_names_pattern(foreign=True) + "))")


_VISIT_WORD = re.compile(VISIT.alternation())


def _several_visited(title: str) -> dict[str, Row] | None:
    """The foreign countries a heading names as visited together (ベナン及びブルキナファソ訪問): code -> the joining row."""
    names = countries.name_index()
    found = [(m.start(1), m.end(1), names[m.group(1)]) for m in _NAME_AT.finditer(title)]
    for (_, e1, c1), (s2, _, c2) in zip(found, found[1:]):
        row = SEVERAL_VISITED.which(title[e1:s2])
        if row is not None and c1 != c2 and _VISIT_WORD.search(title, s2):
            return {c: row for _, _, c in found}
    return None


def _visited_in(norm: str, start: int, end: int, visited: dict[str, Row]) -> str | None:
    """The first of the visited countries named in norm[start:end] (the talk's sentence before its noun); fires its row."""
    names = countries.name_index()
    for m in _NAME_AT.finditer(norm, start, end):
        code = names[m.group(1)]
        if code in visited:
            lexicon.fire(visited[code])
            return code
    return None


# a title the text gives in Japan's words that is another office on a counterpart's side: (country, plain title)
# -> the title as that side's office is written (朱鎔基総理 is China's 国務院総理, not a 総理大臣)
COUNTERPART_TITLE = {("CN", r.pattern): r.value for r in CHINA_TITLES}
_COUNTERPART_TITLE_ROW = {("CN", r.pattern): r for r in CHINA_TITLES}
_KANJI_NAME = re.compile("[一-龥\uf900-\ufad9々]+")
_KANJI_FULL_NAME = re.compile("[一-龥\uf900-\ufad9々]{3}")
_KANJI_FIRST = re.compile("[一-龥\uf900-\ufad9]")
_KATAKANA_FIRST = re.compile(r"[ァ-ヴ]")


def person_side(p: PersonMention, doc_cp: str | None) -> str | None:
    if p.country:
        return p.country
    role = p.role or ""
    if people.org_officer(role):
        return None  # an international organisation's officer
    if p.named_country and doc_cp not in people.ORGANISATIONS:
        return p.named_country  # スロバキアのX (but the presidency's head stands for the EU at a 日EU summit)
    if _KATAKANA_FIRST.match(p.name):
        return doc_cp if doc_cp and doc_cp != "JP" else None
    if doc_cp in EAST_ASIAN and (doc_cp, role) in COUNTERPART_TITLE and _KANJI_FULL_NAME.fullmatch(p.name):
        return None  # 朱鎔基総理 / 小泉総理: which side a full kanji name with this title is on, its place says
    if lexicon.fire(_JP_TITLE.search(role)):
        return "JP"
    if lexicon.fire(_FOREIGN_TITLE.search(role)):
        return doc_cp
    if _KANJI_NAME.fullmatch(p.name) and doc_cp and doc_cp not in EAST_ASIAN:
        return "JP"  # a kanji name facing a counterpart that does not write names in kanji (河野大臣とラヴロフ外相)
    return None


# what follows a person who is named in a talk's sentence without holding it: a sender (…からの親書), a past
# holder ((当時)), the head of a visit someone else makes the talk on (安倍総理の訪中に同行している…)
NOT_PRINCIPAL_AFTER = NOT_PRINCIPAL.words()
# of these, what rules a person out anywhere on the page (X外務大臣の訪ソ names the visit X made the talk on)
_SENDER_OR_PAST = NOT_PRINCIPAL.where(value="page")
_ENVOY = ENDINGS["roles.end.tokushi"].pattern  # an envoy (政府特使, 総理特使) stands in for a side's minister


def _not_principal(after: str, rows=NOT_PRINCIPAL.rows) -> bool:
    """Whether the text after a person (…からの親書, (当時)) says they hold no talk; fires the row that says so."""
    if not after.startswith(NOT_PRINCIPAL_AFTER):
        return False
    return bool(lexicon.fire(next((r for r in rows if after.startswith(r.pattern)), None)))


_COMPANIONS = NOT_PRINCIPAL.where(group="companion")


def companion(doc: Doc, p: PersonMention) -> bool:
    """Whether the sentence names ``p`` as coming with the one who talks (X大統領は、Y外相とともに訪日し): no
    principal; fires the row that says so."""
    return _not_principal(doc.norm[p.role_end:p.role_end + 4], _COMPANIONS)


# a former office holder the talk is held with, the talk's noun right after them (…前首相と会談, …前首相による表敬)
_FORMER_PARTNER = re.compile(r"(?:との?|による)" + TALK_START + TALK_NOUN)


# a party's head labelled in brackets right after the party's name (…代表団(団長:X会長)は)
HEAD_LABEL_BEFORE = re.compile(r"[団行]\((?P<w>" + HEAD_LABELS.alternation() + r")\s*[:：]\s*$")


# --- the stage --------------------------------------------------------------------------------
def _sentence_people(doc: Doc, s: Sentence) -> list[PersonMention]:
    """People named in a sentence, outside attendee parentheses and not as senders (…からの親書)."""
    out: list[PersonMention] = []
    norm = doc.norm
    for p in people.find_people(doc, s.start, s.end):
        before = norm[s.start:p.start]
        if before.count("(") > before.count(")") and not fired(HEAD_LABELS, HEAD_LABEL_BEFORE.search(before)):
            continue  # inside a parenthesis (an attendee list, an English name), unless labelled the party's head
        after = norm[p.role_end:p.role_end + 4]
        if _not_principal(after):
            continue
        if p.role and people.is_former(p.role) and not _FORMER_PARTNER.match(norm, p.role_end):  # (元首 is a title of its own)
            lexicon.fire(STARTS.which(p.role[0]))
            continue  # a former office holder (池田元外相) is mentioned, not talking (unless the talk is with them)
        out.append(_in_capacity(doc, p, s) if not out else p)
    return out


# the office the sentence's subject acts in: X衆議院議員は、3月10日から…、特派大使として…を訪問し (not the visitor's,
# said before them: X総理は、首相特使として来日中のY前首相と)
_CAPACITY = re.compile(r"[、,](?P<t>" + people.JAPANESE_TITLE_AFTER.pattern + r")(?P<w>" + CAPACITY.alternation() + ")(?!"
                       + place_words.VISITS.alternation(place_words.VISITS.where(group="in_japan")) + ")")


def _in_capacity(doc: Doc, p: PersonMention, s: Sentence) -> PersonMention:
    """The sentence's first person, a kanji-named subject (Xは), with the title it acts in when the sentence says one
    after it before its first clause ends in a talk (…特派大使として…を訪問し): a copy, the title replaced."""
    norm = doc.norm
    if not (p.role and people.KANJI_NAME_CHARS.match(p.name) and _subject_after(_ASIDE_FIRST.sub("", norm[p.role_end:p.role_end + 60]))):
        return p
    cm = _CAPACITY.search(norm, p.role_end, min(s.end, p.role_end + 80))
    if cm is None or cm.group("t") == p.role:
        return p
    lexicon.fire(CAPACITY.which(cm.group("w")))
    return dataclasses.replace(p, role=people.plain_role(cm.group("t")))


# a person Japan sends to hold the talk: Xを(モスクワへ)派遣し
SENT_ENVOY = re.compile(r"を(?:[^、。,]{1,12}(?:へ|に))?派遣")


# a side's label right before a person (日本側は、X / ロシア側から Y)
LABEL_BEFORE = skip_ahead(re.compile(people.SIDE_LABEL.pattern + "$"))
_ASIDE_FIRST = re.compile(r"^\([^()]*\)")
_SUBJECT_AFTER = re.compile(r"(?:は|が)")
# the party a person heads as the subject (X会長を団長とする議員団は): its head stands as the subject
_HEADED_SUBJECT = re.compile(r"(?P<h>" + HEADED_PARTY.alternation() + r")[^、,。()]{0,12}?(?:団|一行)(?:は|が)")


def _subject_after(after: str) -> bool:
    """Whether the text after a person makes them the sentence's subject (Xは, Xが, X会長を団長とする議員団は)."""
    if _SUBJECT_AFTER.match(after):
        return True
    hm = _HEADED_SUBJECT.match(after)
    return bool(hm and lexicon.fire(HEADED_PARTY.which(hm.group("h"))))
_MET_AFTER = re.compile(r"(?:と|との|を" + NOUNS.alternation(_CALLS) + r"|による|に対し)")


def _side_by_position(doc: Doc, p: PersonMention, cp: str | None) -> str | None:
    """In a lead sentence the subject (Xは/Xが) is Japan's side, the one met (Yと/Yとの/Yを表敬/Yによる) the other."""
    if people.org_officer(p.role or ""):
        return None  # an international organisation's officer (OSCE事務総長) stands for no country
    before = doc.norm[max(0, p.start - 10):p.start]
    lab = LABEL_BEFORE.search(before)
    if lab:
        return people.side_code(lab.group("side"), ["JP"] + ([cp] if cp else []))
    after = doc.norm[p.role_end:p.role_end + 60]
    after = _ASIDE_FIRST.sub("", after)
    if _subject_after(after) or SENT_ENVOY.match(after):
        return "JP"
    if _MET_AFTER.match(after):
        return cp
    return None


def full_titles(doc: Doc) -> dict[str, str]:
    """name -> the fullest title the page gives that person (林大臣 -> 外務大臣 from 林芳正外務大臣)."""
    if doc.full_titles is not None:
        return doc.full_titles
    out: dict[str, str] = {}
    for p in people.find_people(doc, doc.body_start, doc.body_end):
        role = p.role or ""
        for key in {p.name, p.name.split("・")[-1]}:
            if len(role) > len(out.get(key, "")) and role not in _NEVER_FULLEST:
                out[key] = role
    doc.full_titles = out
    return out


# titles a page shortens (林大臣), completed from the fullest title it gives the person; a short title that is never
# the fullest itself
_SHORT_TITLES = {r.pattern: r for r in SHORT}
_NEVER_FULLEST = frozenset(r.pattern for r in SHORT.where(value="short"))


_KIND_TITLES = {r.pattern: r for r in KIND_TITLES}
_DAIJIN = SHORT["roles.short.daijin"].pattern


def _kind_title(ev: EventDraft) -> None:
    """A principal titled only 大臣 (the page never gives the full title) holds the title of the talk's kind:
    KIND_TITLES (茂木大臣とラヴロフ外相が…外相会談: 外務大臣)."""
    row = _KIND_TITLES.get(ev.kind or "")
    if row is None:
        return
    for p in ev.principals:
        if p.role == _DAIJIN:
            lexicon.fire(row)
            p.role = row.text


def complete_title(doc: Doc, p: PersonMention) -> None:
    if p.role is None or p.role in _SHORT_TITLES:
        titles = full_titles(doc)
        for key, role in titles.items():
            if key == p.name or (len(key) >= 2 and (p.name.startswith(key) or key.startswith(p.name))):
                if role.endswith(p.role or "") or p.role is None:
                    if p.role is not None and role != p.role:
                        lexicon.fire(_SHORT_TITLES[p.role])
                    p.role = role
                    return


# a clause of another act before the talk's own (…主催の昼食会に出席し、また同日午後3時15分から…会談を行った):
# the talk's times and length are those after it
OTHER_ACT_BREAK = re.compile(r"(?:し|た後|の後)[、,]\s*(?:また|その後|引き続き)?[、,]?")


_VISIT_VERB = r"(?:を(?:公式|実務)?訪問し|を訪れ|訪日し|来日し|に滞在し)"
VISIT_SPAN_AFTER = re.compile(r"(?:\([^()]{1,6}\))?(?:まで|にかけて?)?[、,]?\s*(?:[ァ-ヴー一-龥・]{1,14}は[、,]?)?[ァ-ヴー一-龥・]{0,12}?" + _VISIT_VERB)
VISIT_VERB = re.compile(_VISIT_VERB)
# a day, then the arrival in a city (9日夜、ハノイに到着した): the arrival's day, not the talk's when another day follows
ARRIVAL_DAY = re.compile(r"(?:\([^()]{1,4}\))?(?:午前|午後|夜|朝|夕刻|未明|深夜)?[、,]?[ァ-ヴー一-龥・]{1,14}?"
                         + place_words.VISITS["places.visit.ni_touchaku"].source)
HELD_LEAD = re.compile(r"が(?:開催され|行われ)(?:た|ました|[、,])")
# two days of one talk: 12月6日(水曜日)及び7日(木曜日)の両日
BOTH_DAYS = re.compile(r"\s*(?:\([^()]{1,6}\))?(?:及び|と)(?P<d>[0-9]{1,2})日(?:\([^()]{1,6}\))?の両日")
PARTICIPANTS_SENTENCE = re.compile(
    r"が" + DELEGATION_VERBS.alternation([DELEGATION_VERBS["attendees.delegation.shusseki"], DELEGATION_VERBS["attendees.delegation.sanka"]])
    + r"し|が" + DELEGATION_VERBS["attendees.delegation.daihyo"].source + "を" + DELEGATION_VERBS["attendees.delegation.tsutome"].source)
# a session added in the lead itself (約2時間30分間の協議に加え、午後0時30分から約1時間30分間のワーキングランチ形式で)
ADDED_IN_LEAD = re.compile(r"に加え(?:て)?[、,]")
TALK_IS_SUBJECT = re.compile(r"\s*(?:(?:今次|本|同)?" + _PAIR_RANK + "?" + NOUNS["talks.word.kaidan"].source + r")は[、,]")


def _time_fields(doc: Doc, s: Sentence, anchor_pos: int, ev: EventDraft) -> None:
    norm = doc.norm
    seg_end = anchor_pos
    breaks = [b.end() for b in OTHER_ACT_BREAK.finditer(norm, s.start, seg_end)]
    if breaks and dates.find_times(norm, s.start, breaks[-1]) and dates.find_times(norm, breaks[-1], seg_end):
        s = Sentence(breaks[-1], s.end, s.line, False)
    # Japan-time parentheses: (日本時間…)
    jst_ranges = [(m.start(), m.end()) for m in JST_NOTE.finditer(norm, s.start, seg_end)]
    # a parenthesis of local time inside a Japan-time phrase stays local
    local_ranges = [(m.start(), m.end()) for m in LOCAL_NOTE.finditer(norm, s.start, seg_end)]
    jst_ranges = [(a, b) for a, b in jst_ranges if not any(a <= c < b for c, _ in local_ranges)] + [
        (a, c) for a, b in jst_ranges for c, _ in local_ranges if a < c < b]
    times = dates.find_times(norm, s.start, seg_end)
    local = [t for t in times if not any(a <= t.start < b for a, b in jst_ranges)]
    jst = [t for t in times if any(a <= t.start < b for a, b in jst_ranges)]
    jst_end = None
    if local and ev.start_local is None:
        ev.start_local = local[0].hhmm
        ev.evidence["start_local"] = (local[0].start, local[0].end)
        if _time_range(norm, local):
            ev.end_local = _range_end(norm, local[0], local[1])
            ev.evidence["end_local"] = (local[1].start, local[1].end)
    if jst and ev.start_jst is None:
        note = next(norm[a:b] for a, b in jst_ranges if a <= jst[0].start < b)
        lexicon.fire(next((r for r in _JST_ROWS if r.text in note), None))
        ev.start_jst = jst[0].hhmm
        ev.evidence["start_jst"] = (jst[0].start, jst[0].end)
        if _time_range(norm, jst):
            jst_end = _range_end(norm, jst[0], jst[1])  # only Japan time printed (日本時間18時30分から19時20分まで): the length
    dur = dates.find_duration(norm, s.start, s.end)
    sessions = _session_lengths(norm, s)
    if sessions and ev.duration_min is None and (dur is None or sessions[1] <= dur[1]):
        # no length of its own before the list: the sessions' sum (a total given first, 約65分間(全体会合約50分,
        # テタテ約15分), stands)
        ev.duration_min = sessions[0]
        ev.evidence["duration_min"] = (sessions[1], sessions[2])
        for row in sessions[3]:
            lexicon.fire(row)
        dur = None
    if dur and ev.duration_min is None:
        ev.duration_min = dur[0]
        ev.evidence["duration_min"] = (dur[1], dur[2])
        ev.duration_min += _sessions_in_sequence(norm, s, dur)
        plus = ADDED_IN_LEAD.search(norm, dur[2], min(s.end, dur[2] + 20))
        more = dates.find_duration(norm, plus.end(), s.end) if plus else None
        if more:
            ev.duration_min += more[0]
            ev.evidence["duration_min"] = (dur[1], more[2])
        then = SESSION_THEN_RE.match(norm, dur[2], s.end)
        more = dates.find_duration(then.group("dur")) if then else None
        if then and more:
            for g in ("a", "label"):
                lexicon.fire(ADDED_SESSIONS.which(then.group(g)))
            lexicon.fire(SESSION_THEN.which(then.group("w")))
            ev.duration_min += more[0]
            ev.evidence["duration_min"] = (dur[1], then.end("dur"))
        cont = CONTINUED_SESSION.search(norm, dur[2], s.end)
        more = dates.find_duration(cont.group("dur")) if cont else None
        if cont and more:
            lexicon.fire(CONTINUED.which(cont.group("w")))
            lexicon.fire(ADDED_SESSIONS.which(cont.group("label")))
            ev.duration_min += more[0]
            ev.evidence["duration_min"] = (dur[1], cont.end("dur"))
    elif ev.duration_min is None:
        # from the clock's two ends: local ones (an end is set only with its start), else Japan time printed alone
        a, b = (ev.start_local, ev.end_local) if ev.end_local else (ev.start_jst, jst_end) if not local else (None, None)
        if a and b:
            ev.duration_min = (_minutes(b) - _minutes(a)) % (24 * 60) or None
            if ev.duration_min and ev.end_local:
                ev.duration_min += _second_sitting(norm, local)


def _second_sitting(norm: str, local: list) -> int:
    """The minutes of a second sitting written as its own range right after the first's (午前10時から正午まで及び
    午後2時から午後3時30分までの2回にわたり): added to the talk's length; 0 when there is none."""
    if len(local) < 4 or not _SITTINGS_JOIN.fullmatch(norm, local[1].end, local[2].start) or not _time_range(norm, local[2:4]):
        return 0
    lexicon.fire(SEQUENCE["talks.sequence.made_oyobi"])
    return (_minutes(_range_end(norm, local[2], local[3])) - local[2].minutes) % (24 * 60)


_SITTINGS_JOIN = re.compile(r"\s*" + SEQUENCE["talks.sequence.made_oyobi"].source + r"\s*")


# sessions each followed by its length in brackets (少人数会合(…1時間50分)、拡大会合及びワーキング・ランチ(それぞれ約1時間));
# それぞれ counts the length once per session named before it
SESSION_WITH_LENGTH = skip_ahead(re.compile(r"(?P<labels>(?:" + _SESSION_LABEL + r")(?:(?:及び|と|・)" + _SESSION_LABEL + r")*)\((?P<note>[^()]{0,30}?)\)"))
# a session's word right before a bracket, which every SESSION_WITH_LENGTH match holds (its labels end on one): the
# cheap test before its scan, which tries a run of up to 10 characters before a word at every character
_SESSION_BEFORE_BRACKET = re.compile(_SESSION_WORD + r"\(")


def _session_row(label: str) -> Row:
    """The SESSIONS row a session's label ends with (ワーキングランチ -> ランチ)."""
    row = next((r for r in SESSIONS if label.endswith(r.pattern)), None)
    assert row is not None  # (_SESSION_LABEL ends on a SESSIONS word)
    return row


def _sessions_each(norm: str, s: Sentence) -> tuple[int, int, int, list[Row]] | None:
    total, n = 0, 0
    first: int | None = None
    last: int | None = None
    rows: list[Row] = []
    if _SESSION_BEFORE_BRACKET.search(norm, s.start, s.end) is None:
        return None  # (no session with its length in brackets: none counted)
    for m in SESSION_WITH_LENGTH.finditer(norm, s.start, s.end):
        note = m.group("note")
        d = dates.find_duration(note)
        if d is None:
            continue
        words = _SESSION_WORD_RE.findall(m.group("labels"))
        k = len(words) if "それぞれ" in note else 1
        total += d[0] * max(k, 1)
        n += max(k, 1)
        first = m.start() if first is None else first
        last = m.end()
        rows += [SESSIONS.row_of(w) for w in words]
    if n < 2:
        return None
    assert first is not None and last is not None  # (set with each session counted)
    return total, first, last, rows


_COMMA_SPLIT = re.compile(r"[、,]")


# sessions run one after another in the lead, each with its length (少人数会合を約20分間、続いて全体会合を約30分間、…
# 首脳会談を行った): the talk lasts their sum
SESSION_RUN = re.compile(r"(?P<label>" + ADDED_SESSIONS.alternation() + r")を\s*(?P<dur>" + dates.DURATION_TEXT + ")")
SESSION_RUN_JOIN = re.compile(r"\s*[、,]\s*(?:(?:" + CONTINUED.alternation() + r")[、,]?\s*)?")


def _sessions_run(norm: str, s: Sentence) -> tuple[int, int, int, list[Row]] | None:
    """(sum, span, rows) of two or more sessions told in a row, each with its length (not in brackets)."""
    chain: list[re.Match] = []
    for m in SESSION_RUN.finditer(norm, s.start, s.end):
        if chain and not SESSION_RUN_JOIN.fullmatch(norm, chain[-1].end(), m.start()):
            break
        chain.append(m)
    lengths = [dates.find_duration(m.group("dur")) for m in chain]
    if len(chain) < 2 or not all(lengths):
        return None
    rows = [row for m in chain if (row := ADDED_SESSIONS.which(m.group("label"))) is not None]
    return (sum(d[0] for d in lengths if d), chain[0].start(), chain[-1].end(), rows)


# the talk's two halves, each with its length (前半約40分間は少人数で、後半約50分間は拡大会合の形式で)
HALVES_RE = re.compile(r"(?P<a>" + HALVES["talks.halves.zenhan"].source + r")\s*(?P<d1>" + dates.DURATION_TEXT + r")[^。]{0,20}?[、,]\s*"
                       r"(?P<b>" + HALVES["talks.halves.kohan"].source + r")\s*(?P<d2>" + dates.DURATION_TEXT + ")")


def _halves(norm: str, s: Sentence) -> tuple[int, int, int, list[Row]] | None:
    """(sum, span, rows) of a talk told by its two halves, each with its length."""
    m = HALVES_RE.search(norm, s.start, s.end)
    if m is None:
        return None
    d1, d2 = dates.find_duration(m.group("d1")), dates.find_duration(m.group("d2"))
    if d1 is None or d2 is None:
        return None
    return d1[0] + d2[0], m.start(), m.end(), [HALVES.row_of(m.group("a")), HALVES.row_of(m.group("b"))]


def _session_lengths(norm: str, s: Sentence) -> tuple[int, int, int, list[Row]] | None:
    """(sum, span, the sessions' rows) of a parenthesised list of two or more sessions each with its length, of
    sessions told in a row with theirs, or of the talk's two halves with theirs."""
    if norm.find("(", s.start, s.end) < 0:
        # (both bracketed forms hold a bracket: SESSION_LIST, and SESSION_WITH_LENGTH of _sessions_each)
        return _sessions_run(norm, s) or _halves(norm, s)
    for m in SESSION_LIST.finditer(norm, s.start, s.end):
        items = _COMMA_SPLIT.split(m.group("body"))
        total = 0
        rows: list[Row] = []
        for it in items:
            lab = SESSION_ITEM.match(it.strip())
            d = dates.find_duration(it) if lab else None
            if lab is None or d is None:
                total = 0
                break
            total += d[0]
            rows.append(_session_row(lab.group("label")))
        if total and len(items) >= 2:
            return total, m.start(), m.end(), rows
    return _sessions_each(norm, s) or _sessions_run(norm, s) or _halves(norm, s)


TOTAL_LENGTH_RE = re.compile(r"(?P<w1>" + TOTAL_LENGTH.alternation() + r")\s*(?:(?P<w2>" + TOTAL_LENGTH.alternation() + r")\s*)?"
                             r"(?P<dur>" + dates.DURATION_TEXT + ")")


def _total_length(norm: str, s: Sentence, ev: EventDraft) -> None:
    """The length a sentence after the lead gives the talk and what continued it together (あわせて延べ約3時間)."""
    m = TOTAL_LENGTH_RE.search(norm, s.start, s.end)
    d = dates.find_duration(m.group("dur")) if m else None
    if m is None or d is None:
        return
    for g in ("w1", "w2"):
        lexicon.fire(TOTAL_LENGTH.which(m.group(g)) if m.group(g) else None)
    ev.duration_min = d[0]
    ev.evidence["duration_min"] = (m.start("dur"), m.end("dur"))


def added_session(norm: str, s: Sentence) -> int | None:
    """The length of a session held before or after the talk, said in a sentence of its own."""
    m = SESSION_ADDED.search(norm, s.start, s.end) or SESSION_NEXT.match(norm, s.start, s.end) \
        or SESSION_NEXT_AFTER.match(norm, s.start, s.end)
    if not m:
        return None
    d = dates.find_duration(m.group("dur"))
    if d:
        lexicon.fire(ADDED_SESSIONS.which(m.group("label")))
        lexicon.fire(CONTINUED.which(m.group("w")) if "w" in m.re.groupindex else None)
    return d[0] if d else None


_SEQUENCE_FROM = re.compile(r"\s*(?:頃|ごろ)?" + SEQUENCE["talks.sequence.kara"].source + r"\s*")


def _sessions_in_sequence(norm: str, s: Sentence, dur: tuple[int, int, int]) -> int:
    """The minutes of the sessions that follow the first in sequence, each with its own start and length, starting
    where the one before ended (9時50分頃から約30分間…、10時20分頃から約45分間拡大会合): added to the talk's length."""
    times = dates.find_times(norm, s.start, s.end)
    first = next((t for t in reversed(times) if t.end <= dur[1]), None)
    if first is None or not _SEQUENCE_FROM.fullmatch(norm, first.end, dur[1]):
        return 0
    added, end, at = 0, first.minutes + dur[0], dur[2]
    for t in times:
        if t.start < at:
            continue
        gap = _SEQUENCE_FROM.match(norm, t.end)
        d = dates.find_duration(norm, gap.end(), min(s.end, gap.end() + 6)) if gap else None
        if gap is None or d is None or d[1] != gap.end() or t.minutes != end:
            break
        lexicon.fire(SEQUENCE["talks.sequence.kara"])
        added += d[0]
        end, at = t.minutes + d[0], d[2]
    return added


def _range_end(norm: str, start, end) -> str:
    """The end of a range of clock times: one written without 午前/午後 keeps the start's half of the day when it
    would otherwise come before the start (午後0時15分~3時50分 ends at 15:50, not 03:50)."""
    explicit = dates.CLOCK_HALF.search(norm, end.start, end.end)
    if explicit is None and end.minutes < start.minutes < end.minutes + 12 * 60 and end.minutes < 12 * 60:
        lexicon.fire(CLOCK["dates.ampm.gogo"])
        m = end.minutes + 12 * 60
        return f"{m // 60 % 24:02d}:{m % 60:02d}"
    return end.hhmm


def _minutes(hhmm: str) -> int:
    return int(hhmm[:2]) * 60 + int(hhmm[3:])


def _time_range(norm: str, times: list) -> bool:
    """The first two times are a start and an end: joined by から/より/~ with little between (午後7時40分(日本時間
    17日午前1時40分)から午後10時まで: a note of the other clock does not part them)."""
    if len(times) < 2:
        return False
    between = JST_NOTE.sub("", LOCAL_NOTE.sub("", norm[times[0].end:times[1].start]))
    # (a length between them: two sessions each from its start, 12時から30分間及び12時30分から1時間, not a range)
    return bool(TIME_RANGE_JOIN.search(between)) and len(between) < 12 and dates.find_duration(between) is None


# 翌日 / 前日 opening the clause that tells the talk (翌日、 / 翌日には / 翌日午前): not 翌日に控えた, 前日の10日
REL_DAY_OPENS = re.compile(r"\s*(?:[、,]|には|(?:の)?(?:午前|午後|朝|夕刻|夜))")


def _day_known(doc: Doc) -> bool:
    """The page's date prints its day (not a month only, 令和元年6月)."""
    return len(doc.doc_date or "") == 10


def _day_told_before(doc: Doc, s: Sentence, prev: EventDraft | None = None) -> dt.date | None:
    """The last full day written in the body before the sentence (not the page's date line), for a 同日 that follows it:
    after the previous talk's sentence, when there is one (8日、天皇陛下は…御会見になった。同日、…表敬した)."""
    ref = dates.parse_iso(doc.doc_date)
    lo = max(doc.body_start, s.start - 200)
    if prev is not None:
        if not prev.anchors or prev.anchors[-1] >= len(doc.event_sentences):
            return None
        lo = max(lo, doc.event_sentences[prev.anchors[-1]].end)
    told = [m for m in dates.find_dates(doc.norm, lo, s.start) if m.has_day and m.day is not None
            and not (doc.date_line is not None and doc.lines[doc.date_line].start <= m.start < doc.lines[doc.date_line].end)]
    if not told or ref is None:
        return None
    start, end = dates.resolve_event_date(told[-1], ref, _day_known(doc))
    return None if end else start  # (a visit's span is no day of a talk)


def _date_fields(doc: Doc, s: Sentence, anchor_pos: int, ev: EventDraft, prev: EventDraft | None) -> None:
    if ev.date:
        return
    norm = doc.norm
    ref = dates.parse_iso(doc.doc_date)
    in_jst = [(m.start(), m.end()) for m in JST_NOTE.finditer(norm, s.start, anchor_pos)]
    mentions = dates.find_dates(norm, s.start, anchor_pos)
    ms = [m for m in mentions if (m.has_day) and not any(a <= m.start < b for a, b in in_jst)]
    # a day, then 翌日 / 前日 told from it before the talk (7日にリマに到着し、翌日、…会談を行った): the day counted from it
    rel = next((k for k, m in enumerate(ms) if m.rel_day and m.day is None and k and ms[k - 1].day is not None
                and REL_DAY_OPENS.match(norm, m.end)), None)
    if rel is not None:
        first, last = dates.resolve_event_date(ms[rel - 1], ref, _day_known(doc))
        day0 = last or first  # (from a span's last day: 5日から7日まで…滞在し、翌日)
        if day0:
            ev.date = (day0 + dt.timedelta(days=ms[rel].rel_day or 0)).isoformat()
            ev.evidence["date"] = (ms[rel - 1].start, ms[rel].end)
            return
    # prefer an explicit day (本日10月12日 -> 10月12日)
    ms.sort(key=lambda m: (m.day is None, m.start))
    start: dt.date | None
    end: dt.date | None
    for m in ms:
        if m.rel_day == 0 and m.day is None and m.text in ("同日",) and (day_before := _day_told_before(doc, s, prev)):
            start, end = day_before, None  # 同日 opening the first talk, after an item that is none (6日、天皇陛下は…御会見になった。)
        elif m.rel_day == 0 and m.day is None and m.text in ("同日",) and prev and prev.date:
            d0 = dates.parse_iso(prev.date)
            start, end = d0, None
        elif (m.rel_day and m.day is None and prev and prev.date and len(prev.date) == 10
              and REL_DAY_OPENS.match(norm, m.end) and (told := dates.parse_iso(prev.date))):
            # 翌日 / 前日 after a talk told: the day after (before) that talk's, not the page's
            start, end = told + dt.timedelta(days=m.rel_day), None
        elif m.rel_day == 0 and m.day is None:
            return  # 本日: the page's date, settled once the place is known
        else:
            if ref is None and m.year is None and m.rel_year is None and m.month:
                y = dates.session_year(norm, m.month, s.start, s.end)  # no year printed: a numbered session's
                if y:
                    m = dataclasses.replace(m, year=y)
            start, end = dates.resolve_event_date(m, ref, _day_known(doc))
        if start and end is None and m.day is not None and ARRIVAL_DAY.match(norm, m.end) \
                and any(o.start > m.end and o.day is not None for o in ms):
            lexicon.fire(place_words.VISITS["places.visit.ni_touchaku"])
            continue  # the day of arrival (9日夜、ハノイに到着した…は、10日午前10時から…会談): the later day is the talk's
        if start and end and (VISIT_SPAN_AFTER.match(norm, m.end) or VISIT_VERB.search(norm, m.end, anchor_pos)):
            # the visit's span (11~13日、ロシアを公式訪問し、…会談を行う) is no talk's day; a day after it is (16日から18日
            # まで…として来日し、17日に…首脳会談…に出席した)
            ev.programme = True
            continue
        if start:
            ev.programme = False
            both = BOTH_DAYS.match(norm, m.end)
            if both and end is None and int(both.group("d")) > start.day:
                end = start.replace(day=int(both.group("d")))
            ev.date = start.isoformat()
            ev.date_end = end.isoformat() if end else None
            ev.evidence["date"] = (m.start, m.end)
            return
    if ref is None:
        # a page that prints no date, its talk's sentence opening on a year's month (2015年9月、…首脳会談を行い; a
        # Bluebook paragraph with one talk): that month, a reduced date
        mm = mentions[0] if mentions else None
        if mm and mm.year and mm.month and mm.day is None and mm.part is None and not norm[s.start:mm.start].strip():
            ev.date = f"{mm.year:04d}-{mm.month:02d}"
            ev.evidence["date"] = (mm.start, mm.end)


# a talk's day in brackets closing its item (a part's heading): 2.X大統領表敬(11日), (2)Y外相との会談(1月11日(土)),
# 首脳会談(11日午前) — the item's own day, not the start of the next items'
ITEM_DAY_BRACKET = re.compile(re.escape(ITEM_DAY["dates.item_day.bracket"].pattern) + r"(?:[0-9]{1,2}月)?[0-9]{1,2}日"
                              r"(?:\([月火水木金土日]\))?(?:午前|午後|正午|夜|朝|夕刻)?\)\s*$")


def _another_day(doc: Doc, s: Sentence, at: int, prev: EventDraft) -> bool:
    """The sentence dates its talk, before ``at``, on a day other than ``prev``'s: a later talk of the visit told with a
    bare 会談 (3月5日、X首相は、Y外務大臣と会談しました after the 4th's summit), not the talk before told again."""
    if prev.date is None:
        return False
    d = next((x for x in dates.find_dates(doc.norm, s.start, at) if x.day is not None and x.rel_day is None), None)
    start = dates.resolve_event_date(d, dates.parse_iso(doc.doc_date), _day_known(doc))[0] if d else None
    return start is not None and start.isoformat() != prev.date


def _another_host_day(doc: Doc, s: Sentence, at: int, e: EventDraft, persons: list[PersonMention], cp: str | None) -> bool:
    """The sentence dates its talk on a day other than talk ``e``'s and names a Japanese principal ``e`` does not have: another
    talk of the visit (…西村京都府知事と会談 on the 8th, …高島福岡市長と会談 on the 9th), not ``e`` told again."""
    return _another_day(doc, s, at, e) and any(not _is_principal_of(p.name, e) for p in persons
                                               if (p.country or person_side(p, cp)) == "JP")


# a day in a running programme: 29日午前11時過ぎから… / 9日(土曜日)午後 — the day of the items that follow it
PROGRAMME_TIME_AFTER = re.compile(r"(?:\([^()]{1,4}\))?\s*(?:には|午前|午後|正午|夜|朝|夕刻|[0-9]{1,2}時)")


def _programme_day(doc: Doc, sents: list[Sentence], si: int, ev: EventDraft, anchored: set[int]) -> None:
    """A talk whose lead gives a time but no day, after sentences of a programme that give the day with a time
    (安倍総理は、29日午前11時過ぎから…。…午前11時40分頃から…。午後1時15分頃から…会談を行った): that day."""
    norm = doc.norm
    ref = dates.parse_iso(doc.doc_date)
    for k in range(si - 1, max(-1, si - 5), -1):
        if k in anchored:
            return
        t = sents[k]
        in_jst = [(j.start(), j.end()) for j in JST_NOTE.finditer(norm, t.start, t.end)]
        days = [m for m in dates.find_dates(norm, t.start, t.end)
                if m.day is not None and m.rel_day is None and PROGRAMME_TIME_AFTER.match(norm, m.end)
                and not any(a <= m.start < b for a, b in in_jst)]  # (not Japan's day of a local time: (日本時間17日午前0時30分))
        if days:
            start, end = dates.resolve_event_date(days[-1], ref, _day_known(doc))
            if start:
                ev.date = start.isoformat()
                ev.evidence["date"] = (days[-1].start, days[-1].end)
            return


# a place phrase before において/にて (or で, for a city): [訪問中の][CITYの]PLACE[(NOTE)][内]; a capital letter may
# carry its dot (ワシントンD.C.において)
_AT_ROWS = tuple(place_words.VISITS[f"places.at.{w}"] for w in ("ni_oite", "nite", "de"))  # において, にて, で
_PHRASE_CHAR = "ァ-ヴー一-龥A-Za-z0-9・の"
_PLACE_AT_BODY = (r"(?P<phrase>(?:[" + _PHRASE_CHAR + r"]|(?<=[ァ-ヴーA-Z.])[A-Z]\.|「[^「」、,。]{1,20}」){2,40}?)(?:\((?P<note>[^()]{1,30})\))?(?:内)?(?P<cue>"
                  + place_words.VISITS.alternation(_AT_ROWS) + r")(?!(?<=で)[きすはもあな])")  # (not できる, です, では …)
# where a match starts, its first character outside the phrase's characters (and a capital's dot) opens a quoted
# name, the note or the cue: the lookahead reads that run at once (possessively) and fails where another character
# ends it, before the phrase's units are tried one by one from that start (the same matches)
_AFTER_RUN = "(「" + "".join(dict.fromkeys(r.pattern[0] for r in _AT_ROWS))
assert not any(r.regex for r in _AT_ROWS) and not re.search("[" + _PHRASE_CHAR + ".]", _AFTER_RUN)
PLACE_AT = re.compile(r"(?=[" + _PHRASE_CHAR + r".]*+[" + re.escape(_AFTER_RUN) + "])" + _PLACE_AT_BODY)
# a place phrase ending in にある right before a venue: ブエノスアイレス市内にある…センター
LOCATED_AT = skip_ahead(re.compile(r"(?P<c>[ァ-ヴー一-龥・]{2,20})にある$"))
# a call paid at a building: …首相を官邸に表敬し, …大統領を大統領府に表敬訪問した
VENUE_OF_CALL = re.compile(r"を(?P<v>[ァ-ヴー一-龥A-Za-z・]{2,20}?)に(?P<call>" + NOUNS.alternation(_CALLS + NOUNS.where(group="courtesy")) + ")")
_NO_SPLIT = re.compile(r"(?<!」)の")
# a phrase before において/にて/で that names no place: a reference back (同地, 当地), a visit (訪問中), a talk (会談,
# 首脳会談 by its prefix)
NOT_PLACE = people.RowSearch(place_words.VISITS.where(group="not_place") + tuple(
    place_words.VISITS[f"places.visit_at.{w}"] for w in ("homonchu", "taizaichu")) + tuple(
    NOUNS[f"talks.word.{w}"] for w in ("kaidan", "kaigi", "kaigo", "kyogi")) + (PREFIXES["talks.prefix.shuno"],), prefix="^")


_KATAKANA_CITY = re.compile(r"[ァ-ヴー]{3,12}")  # a katakana name after its country (リトアニアのX): its city
_KANJI_PLACE = re.compile(r"[一-龥]{2,4}")  # 熱海: a kanji place name the gazetteer lacks (or an aspect: 政治面)
_KATAKANA_VENUE = re.compile(r"[ァ-ヴー・]{4,30}")  # 宿舎(シンクレア・オーシャン・ハウス): the venue's own name


def _place_fields(doc: Doc, s: Sentence, anchor_pos: int, ev: EventDraft) -> None:
    """The talk's venue and city from a place phrase in its sentence, before the talk word: 東京(総理公邸)において,
    訪問中の中国・北京において, ヘルシンキ・フェアセンターにおいて, 同島内の宿舎(シンクレア・オーシャン・ハウス)において,
    ウィーン(オーストリア)において, 横浜において; a country alone (フランスにおいて) gives neither.

    The sentence's place phrases are read once for all the talks it names (a sentence naming many talks, from its
    start to each, was quadratic in them): see _PlaceScan."""
    end = anchor_pos + 1
    for field_name, value, span, row in _place_phrase(doc, s.start, end) or ():
        setattr(ev, field_name, getattr(ev, field_name) or value)
        if span is not None:
            ev.evidence.setdefault(field_name, span)
        _set_rules(ev, **{field_name: row})
    if ev.venue is None and ev.city is None:
        # PERSONを VENUEに表敬: the building the call was paid at
        vm = _venue_of_call(doc, s.start, end)
        if vm and places.FACILITY.search(vm.group("v")):
            ev.venue = vm.group("v")
            ev.evidence.setdefault("venue", (vm.start("v"), vm.end("v")))
            _set_rules(ev, venue=NOUNS.which(vm.group("call")))


def _place_phrase(doc: Doc, start: int, end: int) -> list[tuple] | None:
    """The steps of the first place phrase in [start, end) that names a place (_place_steps), or None: read once per
    page for a range (the talk's sentence, the lead's sentences asked for each talk without a city)."""
    key = ("place", start, end)
    reads = doc.sentence_reads
    if key in reads:
        return reads[key]
    scan = doc.place_scans.get(start)
    if scan is None and end - start > _PLACE_AT_SPAN:
        scan = doc.place_scans[start] = _PlaceScan(doc, start)
    steps: list[tuple] | None
    if scan is not None:
        steps = scan.place.find(end) if scan.cued(end) else None
    else:  # (a range no longer than one attempt's: read as it is)
        norm = doc.norm
        cued = any(norm.find(cue, start, end) >= 0 for cue in _PLACE_CUES)
        steps = next((x for m in PLACE_AT.finditer(norm, start, end) if (x := _place_steps(doc, start, m)) is not None),
                     None) if cued else None
    reads[key] = steps
    return steps


def _venue_of_call(doc: Doc, start: int, end: int) -> re.Match | None:
    """The first call paid at a building in [start, end) (VENUE_OF_CALL), read once per page for a range."""
    key = ("call", start, end)
    reads = doc.sentence_reads
    if key not in reads:
        scan = doc.place_scans.get(start)
        reads[key] = scan.call.find(end) if scan is not None else VENUE_OF_CALL.search(doc.norm, start, end)
    return reads[key]


# How far past its start an attempt of PLACE_AT may read: 40 units of a phrase (a quoted name is the longest, 「」
# and 20 characters), a note in brackets, 内, the cue and a character after it; of VENUE_OF_CALL: を, 20 characters,
# に and the longest call word
_PLACE_AT_SPAN = 40 * 22 + 32 + 1 + max(len(r.pattern) for r in _AT_ROWS) + 2
_CALL_ROWS = _CALLS + NOUNS.where(group="courtesy")
_CALL_SPAN = 1 + 20 + 1 + max(len(r.source) for r in _CALL_ROWS) + 1
assert not any(ch in r.source for r in _AT_ROWS + tuple(_CALL_ROWS) for ch in "*+{")


class _PlaceScan:
    """A sentence's place phrases (PLACE_AT) and calls at a building (VENUE_OF_CALL) from its start, read once for
    every end they are asked to (matching.FirstAccepted): the first phrase that names a place, as the steps that
    set the talk's fields, and the first call."""

    __slots__ = ("norm", "start", "place", "call")

    def __init__(self, doc: Doc, start: int):
        norm = self.norm = doc.norm
        self.start = start
        self.place = FirstAccepted(PLACE_AT, norm, start, _PLACE_AT_SPAN, lambda m: _place_steps(doc, start, m))
        self.call = FirstAccepted(VENUE_OF_CALL, norm, start, _CALL_SPAN, lambda m: m)

    def cued(self, end: int) -> bool:
        """A cue of PLACE_AT stands in [start, end) (nothing for its costly scan to find otherwise)."""
        for cue, starts in word_starts(self.norm, _PLACE_CUES):
            k = bisect.bisect_left(starts, self.start)
            if k < len(starts) and starts[k] + len(cue) <= end:
                return True
        return False


_PLACE_CUES = ("で", "にて", "において")


def _place_steps(doc: Doc, start: int, m: re.Match) -> list[tuple] | None:
    """What a place phrase of a sentence starting at ``start`` sets on its talk, in order, as (field, value,
    evidence span or None, row); None for a phrase that names no place (the next one is read)."""
    norm = doc.norm
    parts = [x for x in _NO_SPLIT.split(m.group("phrase")) if x]  # 「…」の間: a room's name holds its の
    if not parts:
        return None
    place = parts[-1]
    if (len(parts) > 1 and parts[-2].endswith("内") and places.FACILITY_WORD.search(parts[-2])
            and places.FACILITY.search(place) and not places.city_name(parts[-2])):
        place = parts[-2] + "の" + place  # a room in a named building (XXホテル内の会談会場): the venue as written
    note = m.group("note")
    p_start = m.start("phrase") + m.group("phrase").rfind(place)
    not_place = NOT_PLACE.rx.match(place)
    if not_place and not (note and places.FACILITY.search(note)) or people.PERSON_RE.fullmatch(place):
        lexicon.fire(NOT_PLACE.row(not_place) if not_place else None)
        return None
    city = places.city_name(place + (f"({note})" if note and (places.is_country(note) or places.city_name(note)) else ""))
    city = city or places.municipality(places.strip_country(place))
    at = place_words.VISITS.which(m.group("cue"), _AT_ROWS)  # the cue decides the place: its row is the rule
    if city:
        steps: list[tuple] = [("city", city, (p_start, p_start + len(place)), at)]
        if note and places.FACILITY.search(note):
            steps.append(("venue", note, None, at))
        return steps
    inside_venue = m.group("cue") == "で" and norm.startswith("内", m.start("cue") - 1) and places.FACILITY.search(place)
    if norm.startswith("内", m.start("cue") - 1) and places.BODY_INSIDE_RE.search(place):
        return None  # 政府部内で: within a body, not in a building
    if (m.group("cue") == "で" and not inside_venue) or places.is_country(places.strip_country(place)) or places.is_country(place):
        return None  # (VENUE内で: a building, the one で that is surely a place)
    rest = places.strip_country(place)
    if ((rest != place or len(parts) > 1 and places.is_country(parts[-2])) and not note
            and not places.FACILITY.search(rest) and _KATAKANA_CITY.fullmatch(rest) and not places.is_country(rest)):
        # リトアニアのXにおいて, リトアニア・Xにおいて: a katakana name after its country, no building word: its city
        pos = p_start + place.rfind(rest)
        return [("city", rest, (pos, pos + len(rest)), at)]
    if _KANJI_PLACE.fullmatch(place) and places.ABSTRACT.search(place) and not places.FACILITY.search(place):
        return None  # 政治面において: an aspect, not a place
    if not places.FACILITY.search(place) and _KANJI_PLACE.fullmatch(place):
        return [("city", place, (p_start, p_start + len(place)), at)]  # 熱海において: a kanji place the gazetteer lacks
    # a venue: its own name, or the name in brackets after a generic one (宿舎(シンクレア・オーシャン・ハウス)),
    # not a city in brackets after it (国連本部(ニューヨーク): the venue, then its city)
    note_city = places.city_name(note) if note else None
    venue = (note if note and not note_city and _KATAKANA_VENUE.fullmatch(note) and not places.is_country(note)
             else place)
    steps = [("venue", venue, (p_start, p_start + len(place)), at)]
    located = LOCATED_AT.search(norm, start, m.start("phrase"))  # CITY市内にあるVENUE: the city it is in
    # (a city named before the venue, or by the gathering the venue is of: G20リオデジャネイロ・サミットの会場において)
    before = [places.city_name(x) or (places.city_from_occasion(x) if places.GATHERING_NAME.search(x) else None) for x in parts[:-1]] \
        + ([places.city_name(located.group("c"))] if located else [])
    inside = places.find_cities(place)
    c = note_city or next((x for x in reversed(before) if x), None) or (inside[0][0] if inside else None)
    if c:
        steps.append(("city", c, None, at))
    return steps


def _group_side(norm: str, noun_start: int) -> list[str] | None:
    """The members of a group Japan meets as one side, named after 日 in the talk's name right before its noun
    (日ASEAN外相会議, 日・ASEAN…特別首脳会議), else None."""
    g = GROUP_BEFORE.search(norm, max(0, noun_start - 24), noun_start)
    if g is None:
        return None
    row = GROUP_SIDES.row_of(g.group("g") or g.group("h"))
    lexicon.fire(row)
    return (row.value or "").split()


_GROUP_FIRST = r"「?(?:" + GROUP_SIDES.alternation() + r")\+日本」?"  # (the group before +日本: 「中央アジア+日本」対話・)
GROUP_TALK = re.compile(r"(?:日(?:本)?・?(?:" + GROUP_SIDES.alternation() + r")[^\s、。,・]{0,16}?|" + _GROUP_FIRST
                        + r"[^\s、。,]{0,16}?)(?P<noun>" + TALK_NOUN + ")")
GROUP_BEFORE = re.compile(r"(?:日(?:本)?・?(?P<g>" + GROUP_SIDES.alternation() + r")[^\s、。,・]{0,16}|「?(?P<h>"
                          + GROUP_SIDES.alternation() + r")\+日本」?[^\s、。,]{0,16})$")


def _gathering_held(norm: str, lo: int, noun_end: int) -> bool:
    """The talk's noun ends the name of a gathering held (…首脳会議が開催され) of Japan and a group (日・ASEAN…,
    日本・太平洋島嶼国…), not a pair (日・X首脳会議) nor a session (少人数会合)."""
    if _HELD_WORDS is not None and not holds_word_in(norm, _HELD_WORDS, lo, noun_end + 8):
        return False  # no verb of holding in reach (開催され, 行われ): nothing for the costly search to find
    g = HELD_GATHERING.search(norm, lo, noun_end + 8)
    return (g is not None and g.end() == noun_end and _JAPAN_AND_GROUP.match(g.group(0)) is not None
            and pair_country(g.group(0)) is None)


_JAPAN_AND_GROUP = re.compile(r"(?:第[0-9]+回)?日(?:本)?・?(?:[A-Z]{2,}|[ァ-ヴー一-龥]{2,})")


# a dateline under the heading: (3月21日、ソウル)
# a gathering held, named in the lead, that a talk "on that occasion" took place at
ON_THAT_OCCASION = re.compile(r"(?:この|その|同)(?:機会|際)")
HELD_GATHERING = skip_ahead(re.compile(places.GATHERING.pattern.split("(?=")[0] + r"(?=が開催され|が行われ)"))
_HELD_WORDS = required_words(HELD_GATHERING)  # a word of the verb after every held gathering's name
_DATELINE_SEP = place_words.VISITS["places.cue.dateline"]
DATELINE = re.compile(r"^\s*\(\s*(?:[0-9]{2,4}年)?[0-9]{1,2}月[0-9]{1,2}日\s*[" + _DATELINE_SEP.pattern
                      + r",]\s*(?P<p>[^()、,]{2,20})\)\s*$")


# a programme's marks of arrival and departure: 午前 東京着, 東京発仙台へ (a word such as 発表, 着実 is none)
_ITINERARY_ROWS = place_words.VISITS.where(group="itinerary")
# (not the first character of a compound word: 発表, 着陸, 発言 …)
ITINERARY_MARK = re.compile(r"(?P<m>" + place_words.VISITS.alternation(_ITINERARY_ROWS) + r")(?![表言展効生足信揮出送行実手任席目陸売明射見想電動])")
_MARK_WORDS = tuple(r.pattern for r in _ITINERARY_ROWS if not r.regex)


def _cities_before_marks(norm: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """find_cities(norm, lo, hi) in the lines where a mark's word (着, 発, 訪問) starts (up to ``hi``), the only cities
    a mark can follow: no city's name holds a line's end, so each line's cities are those of its own scan (the costly
    scan of the gazetteer then reads a line or two, not the whole page)."""
    if len(_MARK_WORDS) != len(_ITINERARY_ROWS):
        return places.find_cities(norm, lo, hi)  # (a mark written as a regex: read every line)
    found: list[tuple[str, int, int]] = []
    done = lo - 1  # the end of the last line read
    for i in sorted(i for _w, starts in word_starts(norm, _MARK_WORDS) for i in starts if lo < i <= hi):
        if i <= done:
            continue  # in the line just read
        a = max(lo, norm.rfind("\n", lo, i) + 1)
        e = norm.find("\n", i, hi)
        done = hi if e < 0 else e
        found += places.find_cities(norm, a, done)
    return found


# a programme's line by day, maybe as an old table's row: 9月7日(金) …, | 9月7日(金) | … |
_PROGRAMME_LINE = re.compile(r"[ \t|]*(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:\([^()]{1,4}\))?[ \t|]")
PROGRAMME_DAY = re.compile(r"[0-9]{1,2}日(?:\([^()]{1,4}\))?\s*(?:午前|午後)")
# the talk's item on a programme (首脳会談, 外相会談), by its kind
ITINERARY_NOUN = {kind: PREFIXES[prefix].pattern + NOUNS["talks.word.kaidan"].pattern
                  for kind, prefix in (("summit", "talks.prefix.shuno"), ("foreign_ministers", "talks.prefix.gaisho"))}


@dataclasses.dataclass
class _Itinerary:
    """A visit's programme (主要日程) as marks of arrival and departure (X着, X発) at gazetteer cities, read once per
    page: where each mark stands and its city, and the programme's span (its first day with a time of day to the
    line of its last mark)."""
    arrivals: list[tuple[int, str]]
    departures: list[tuple[int, str]]
    lo: int
    hi: int
    items: dict[str, int] = dataclasses.field(default_factory=dict)  # a talk's item noun -> where it first stands

    @classmethod
    def of(cls, doc: Doc) -> _Itinerary | None:
        norm = doc.norm
        if norm.find("着", doc.body_start, doc.body_end) < 0 and norm.find("発", doc.body_start, doc.body_end) < 0:
            return None  # no mark at all: skip the scan
        chaku, hatsu = (place_words.VISITS[f"places.itinerary.{w}"] for w in ("chaku", "hatsu"))
        marks = []
        for city, a, b in _cities_before_marks(norm, doc.body_start, doc.body_end):
            m = ITINERARY_MARK.match(norm, b)
            if m:
                marks.append((a, m.group("m"), city))
        if not marks:
            return None
        day = PROGRAMME_DAY.search(norm, doc.body_start, marks[0][0])
        lo = day.start() if day else norm.rfind("\n", 0, marks[0][0]) + 1
        hi = norm.find("\n", marks[-1][0])
        while 0 <= hi < doc.body_end and _PROGRAMME_LINE.match(norm, hi + 1):
            hi = norm.find("\n", hi + 1)  # (the programme's next days, with no mark of their own: | 9月7日(金) | …との首脳会談 |)
        return cls([(a, c) for a, m, c in marks if m == chaku.pattern], [(a, c) for a, m, c in marks if m == hatsu.pattern],
                   lo, doc.body_end if hi < 0 else hi)

    def item(self, norm: str, noun: str) -> int:
        if noun not in self.items:
            self.items[noun] = norm.find(noun, self.lo, self.hi)
        return self.items[noun]


def _itinerary_city(doc: Doc, sents: list[Sentence], ev: EventDraft, layout: _Layout) -> str | None:
    """The city of a talk on a visit's programme (主要日程): the last arrival (X着) before the talk's item, or,
    with no arrival before it, the city the programme next leaves (X発); a gazetteer city only."""
    if layout.itinerary is False:
        layout.itinerary = _Itinerary.of(doc)
    it = layout.itinerary
    if not isinstance(it, _Itinerary):
        return None
    ref = next((sents[i].start for i in ev.anchors if it.lo <= sents[i].start <= it.hi), None)
    if ref is None and ev.item_at is not None and it.lo <= ev.item_at <= it.hi:
        ref = ev.item_at  # the talk's own item on the programme
    if ref is None:
        ref = it.item(doc.norm, ITINERARY_NOUN.get(ev.kind or "", NOUNS["talks.word.kaidan"].pattern))  # the talk's item on the programme
        if ref < 0:
            return None
    k = bisect.bisect_left(it.arrivals, (ref, ""))  # (marks before ref; none stands at ref, a talk's sentence or item)
    arrived = it.arrivals[k - 1][1] if k else None
    if arrived and ev.item_at is not None:
        # a talk known from its item only, on a day the programme then leaves another city (熱海着 … 24日 朝食会 昼 東京発:
        # it moved unsaid that day): the item's city is unknown
        j = bisect.bisect_right(it.departures, (ref, "\uffff"))
        if j < len(it.departures) and it.departures[j][1] != arrived \
                and not any(ref < a < it.departures[j][0] for a, _c in it.arrivals) \
                and not PROGRAMME_DAY.search(doc.norm, ref, it.departures[j][0]):
            return None
    if arrived:
        _set_rules(ev, city=place_words.VISITS["places.itinerary.chaku"])
        return arrived
    k = bisect.bisect_right(it.departures, (ref, "\uffff"))
    found = it.departures[k][1] if k < len(it.departures) else None
    if found:
        _set_rules(ev, city=place_words.VISITS["places.itinerary.hatsu"])
    return found


# a sentence that sets up a plan (…ことで一致, …予定): the cities it names are the plan's, not where the visit goes
PLAN_DECIDED = re.compile(plan_words.DECISIONS.alternation())


def _previous_talk_city(doc: Doc, sents: list[Sentence], ev: EventDraft, prev: EventDraft | None) -> str | None:
    """The city of a visit's later talk that names no place of its own: its previous talk's (``prev``, the page's
    last talk in person before it), when no other city is named from that talk's sentence to this one's (but in a
    plan's), this talk names no other venue (a building of its own may stand elsewhere) and it meets the same
    country's side (or the city's own)."""
    if ev.channel != "in_person" or not ev.anchors or prev is None or prev.city is None \
            or not prev.anchors or prev.anchors[0] >= ev.anchors[0] or ev.venue not in (None, prev.venue):
        return None
    same_day = doc.doc_type == "meeting" and doc.norm.startswith(_SAME_DAY.pattern, sents[ev.anchors[0]].start)
    if doc.doc_type != "visit" and not same_day:
        return None  # (on a page of talks, only a talk opening 同日、 goes on from the one before: 同日午後、…を表敬)
    for x in sents[prev.anchors[0]:ev.anchors[-1] + 1]:
        if PLAN_DECIDED.search(doc.norm, x.start, x.end):
            continue  # (a plan's place: 次回は東京で開催することで一致)
        if any(c != prev.city for c, _s, _e in places.find_cities(doc.norm, x.start, x.end)):
            return None  # the visit moved on
    theirs = {p.country for p in ev.principals if p.country not in (None, "JP")}
    before = {p.country for p in prev.principals if p.country not in (None, "JP")}
    if not theirs or not theirs <= (before | {places.city_country(prev.city)}):
        return None  # another country's side: maybe another leg of the visit
    _set_rules(ev, city=_SAME_DAY if same_day else place_words.VISITS["places.itinerary.same_city"])
    return prev.city


_SAME_DAY = place_words.VISITS["places.itinerary.same_day"]


_HOME_VENUES = {r.pattern: r for r in place_words.HOME_VENUES}
_ABROAD = people.RowSearch(place_words.ABROAD)


def _said_abroad(norm: str, said: list[Sentence]) -> bool:
    """One of the sentences puts Japan's side abroad (a visit, a stay, a trip, a local clock: places.abroad rows);
    fires the row."""
    m = next((m for x in said if (m := _ABROAD.rx.search(norm, x.start, x.end)) is not None), None)
    return m is not None and lexicon.fire(_ABROAD.row(m)) is not None


def _called_on_foreigner(doc: Doc, ev: EventDraft) -> bool:
    """The venue is where a foreign leader was called on (…オランダ首相を官邸に表敬): that leader's own building."""
    at = ev.evidence.get("venue")
    if not at or at[0] < 1 or doc.norm[at[0] - 1] != "を":
        return False
    if _SUMMONED_TO.match(doc.norm, at[1]):
        return not lexicon.fire(NOUNS["talks.call.shochi"])  # (…臨時代理大使を外務省に召致し: summoned to the host's ministry)
    clause = doc.norm[max(doc.norm.rfind("、", 0, at[0]), doc.norm.rfind(",", 0, at[0]), doc.norm.rfind("は", 0, at[0]), at[0] - 40) + 1:at[0]]
    return any(name in clause and code != "JP" for name, code in countries.names_longest_first())


_SUMMONED_TO = re.compile(r"に" + NOUNS["talks.call.shochi"].source)


# a title naming the talk's occasion: …Xの際の日米首脳会談 / Xの機会に
TITLE_OCCASION = re.compile(r"(?P<o>[^\s、,。]{2,30}?)の(?:際の|機会の|機会に)")


@dataclasses.dataclass
class _Layout:
    """Where a page's talks stand, read once for all its talks (reading it per talk was quadratic in them)."""
    first_anchor: int  # the first sentence that anchors a talk
    lead: list[Sentence]  # the sentences before it: not bullets, not agreements (…で一致)
    first_lines: list[int]  # each talk's first anchor line, sorted
    welcomed: Forward  # VISIT_WELCOMED from a position to the body's end
    visits: places.VisitCities  # visit_city from the body's start to a position
    searches: SearchMemo  # searches of the lead's sentences
    # the city a visit on the page's occasion names anywhere in the body (city, start, end, rules it set), read once
    occasion_visit: tuple | None = None
    itinerary: _Itinerary | bool | None = False  # the page's _Itinerary, None when it has none, False until read
    lead_span: bool | None = None  # the lead gives a visit's or a gathering's span of days (_visit_span), once read
    first_long_talk: int | None = None  # the first sentence of over 40 characters that names a talk (or 0), once read

    @classmethod
    def of(cls, doc: Doc, sents: list[Sentence], events: list[EventDraft]) -> _Layout:
        first_anchor = min((i for e in events for i in e.anchors), default=len(sents))
        lead = [x for x in sents[:first_anchor] if not doc.lines[x.line].marker and "で一致" not in doc.norm[x.start:x.end]]
        return cls(first_anchor, lead, sorted(sents[e.anchors[0]].line for e in events if e.anchors),
                   Forward(VISIT_WELCOMED.rx, doc.norm, doc.body_end), places.VisitCities(doc.norm, doc.body_start), SearchMemo(doc.norm))

    def next_talk_line(self, line: int) -> int | None:
        """The first line after ``line`` where another talk's first anchor stands."""
        k = bisect.bisect_right(self.first_lines, line)
        return self.first_lines[k] if k < len(self.first_lines) else None


def _called_from_abroad(doc: Doc, sents: list[Sentence], ev: EventDraft) -> bool:
    """A telephone or video talk whose sentence notes a local clock (現地時間10日午後8時から) or Japan's side on a visit
    to a foreign city (ニューヨークを訪問中の…大臣は、…電話会談を行いました): not held from Japan, so its one time is
    the local one, not Japan's (a visit of the other side's, パリ訪問中のX大統領と, is not Japan's)."""
    for i in ev.anchors[:1]:
        a = sents[i]
        if places.foreign_clock(doc.norm, a.start, a.end):
            return True
        hit = places.visit_city(doc.norm, a.start, a.end)
        if hit and places.city_country(hit[0]) not in (None, "JP"):
            # the visitor is the first principal named after the cue (パリ訪問中のX大統領と: the other side abroad)
            visitor = min((p for p in ev.principals if hit[2] <= p.start < a.end), key=lambda p: p.start, default=None)
            return visitor is not None and visitor.country == "JP"
    return False


# a country visited, said in the talk's sentence before its counterpart (…会談を行うとともに、スロバキアを訪問し、Xと会談を
# 行った): the talk is held there, whatever city the lead or an earlier talk gives
_VISITED_COUNTRY = re.compile("(?P<c>" + country_names_pattern() + ")" + place_words.VISITS["places.visit.wo_homon"].source)


def _visited_before(doc: Doc, sents: list[Sentence], ev: EventDraft) -> str | None:
    """The code of a country the talk's sentence says Japan's side visits, before the talk's first foreign principal,
    or None."""
    if not ev.anchors:
        return None
    a = sents[ev.anchors[0]]
    cp = next((p for p in ev.principals if p.country not in (None, "JP") and a.start <= p.start < a.end), None)
    if cp is None or doc.norm.find("訪問", a.start, cp.start) < 0:
        return None
    last = None
    for last in _VISITED_COUNTRY.finditer(doc.norm, a.start, cp.start):
        pass
    if last is None:
        return None
    return countries.name_index().get(last.group("c"))


def _venue_after_o(doc: Doc, sents: list[Sentence], ev: EventDraft) -> None:
    """The venue a bracket names after 於 in the talk's first sentence (…外相会談を行いました(於:フィリピン外務省)), else
    in the page's heading (日・NZ首脳会談(於:京都迎賓館)), when it names a building (places.is_venue), not a city."""
    spans = [(sents[ev.anchors[0]].start, sents[ev.anchors[0]].end)] if ev.anchors else []
    for start, end in spans + ([doc.title_span] if doc.title_span else []):  # (all in the normalised view, doc.norm)
        m = places.O_PLACE.search(doc.norm, start, end)
        if m and places.is_venue(m.group("v")):
            ev.venue = m.group("v")
            ev.evidence.setdefault("venue", (m.start("v"), m.end("v")))
            _set_rules(ev, venue=place_words.VISITS["places.cue.o"])
            return


def _visit_abroad(doc: Doc, sents: list[Sentence], ev: EventDraft) -> bool:
    """The talk's first sentence puts a side on a visit to a foreign city (…オタワを訪問中の…総理は、首相官邸において):
    a venue named like Tokyo's (首相官邸, 官邸, 迎賓館) is that city's."""
    if not ev.anchors:
        return False
    a = sents[ev.anchors[0]]
    hit = _visit_city(doc, a.start, a.end, {})
    return hit is not None and places.city_country(hit[0]) not in (None, "JP")


def _city_of_venue(ev: EventDraft) -> None:
    """The city of the venue _place_fields set, if it set no city (read here, in a function of its own: the caller's
    test of ev.venue is None before that call must not narrow what the call sets)."""
    if ev.city is None and ev.venue:
        ev.city = places.venue_city(ev.venue, ev.rules)


def _event_place(doc: Doc, sents: list[Sentence], ev: EventDraft, layout: _Layout) -> None:
    """The occasion and the city of a talk, once its sentences are known: the title's "Xの際の" or a gathering
    in the lead (X出席のため, Xの機会に); then the city from the venue, the cues of the talk's sentence and the
    lead, the occasion's name (G20大阪サミット), a dateline under the title; none for a call."""
    norm = doc.norm
    title = doc.title or ""
    occ = None
    m = TITLE_OCCASION.search(title)
    if m:
        occ = m.group("o")
    # the lead: the talk's own sentences and a なお-sentence right after one (なお、…のため訪日中), and what comes before
    # the first talk; a talk named only in the title takes the first sentence that names a talk
    own = sorted({k for i in ev.anchors for k in (i, i + 1) if k < len(sents) and sents[k].line == sents[i].line
                  and (k == i or norm.startswith("なお", sents[k].start))})
    if not ev.anchors:
        if layout.first_long_talk is None:
            layout.first_long_talk = next((k for k, x in enumerate(sents) if x.end - x.start > 40
                                           and TALK_NOUN_RE.search(norm, x.start, x.end)), 0)
        own = [layout.first_long_talk][:len(sents)]
    before = layout.lead
    lead = [sents[k] for k in own] + before
    if not m:
        gm = places.GATHERING.search(title)
        # (each sentence of a lead searched once per page: the lead is read for each talk)
        for x in lead:
            gm = gm or layout.searches.search(places.GATHERING, x.start, x.end)
        if gm is None and any(ON_THAT_OCCASION.search(norm, sents[i].start, sents[i].end) for i in ev.anchors):
            for x in before:
                gm = gm or layout.searches.search(HELD_GATHERING, x.start, x.end)
        for x in lead:
            gm = gm or layout.searches.search(places.QUOTED_GATHERING, x.start, x.end)
        if gm:
            occ = gm.group("occ")
    elif occ and places.city_from_occasion(occ) is None:
        earlier = sents[:ev.anchors[0]] if ev.anchors else []  # (a later talk on the same occasion: named before it)
        for x in lead + earlier:  # (the title's G20外相会合, the lead's G20愛知・名古屋外相会合の機会に: the same, with its city)
            gm = layout.searches.search(places.GATHERING, x.start, x.end)
            fuller = gm.group("occ") if gm else ""
            if (len(fuller) > len(occ) and fuller[:2] == occ[:2] and fuller[-2:] == occ[-2:]
                    and places.city_from_occasion(fuller) is not None):
                occ = fuller
                break
    if occ and ev.channel == "in_person":
        ev.occasion = occ  # as written, 第N回 kept (第9回アフリカ開発会議)
    if ev.channel in ("telephone", "video"):
        ev.city = None
        return
    if ev.venue is None:
        _venue_after_o(doc, sents, ev)
    if ev.city is None and ev.venue:
        ev.city = places.venue_city(ev.venue, ev.rules)
        if ev.city == "東京" and (any(places.foreign_clock(norm, sents[i].start, sents[i].end) for i in ev.anchors)
                                 or _called_on_foreigner(doc, ev) or _visit_abroad(doc, sents, ev)):
            # 官邸 with a foreign local clock noted (午前9時(オランダ現地時間)), or the talk's sentence visiting a foreign
            # city (オタワを訪問中の…総理は、首相官邸において): the other side's 官邸, abroad
            ev.city = None
            ev.rules.pop("city", None)
        if ev.city is None:
            for name, code in countries.names_by_first().get(ev.venue[:1], ()):
                if ev.venue.startswith(name) and ev.venue[len(name):].startswith(("外務省", "外交部")) and code in places.CAPITALS:
                    ev.city = places.CAPITALS[code]  # (英国外務省: a country's ministry, in its capital)
                    _set_rules(ev, city=place_words.VENUES["places.venue.gaimusho"])
                    break
    if not ev.anchors and ev.item_at is not None and _unplaced(ev):
        # (tested through a call: ev.city narrowed to None here would stay None to mypy after the calls below set it, and
        # the mypyc build checks that type at run time) a programme's item (5月5日(水) ベルリンにおいてX首相と首脳会談): the place its own line names before it, else the
        # programme's last arrival (パリ着。X大統領と首脳会談), not the page's first talk's
        item_sent = next((y for y in sents if y.start <= ev.item_at < y.end), None)
        if item_sent is not None and item_sent.line == doc.line_at(ev.item_at):
            _place_fields(doc, item_sent, item_sent.end - 1, ev)
            _city_of_venue(ev)
            if ev.city is None and ev.channel == "in_person":
                ev.city = _itinerary_city(doc, sents, ev, layout)
    if not ev.anchors and own and own[0] < len(sents) and ev.city is None and ev.venue is None:
        x = sents[own[0]]
        _place_fields(doc, x, x.end, ev)
        _city_of_venue(ev)
    if ev.city is None:
        first = sents[ev.anchors[0]] if ev.anchors else (sents[own[0]] if own and own[0] < len(sents) else None)
        hit = _visit_city(doc, first.start, first.end, ev.rules) if first is not None else None
        if hit is None:
            hit = layout.visits.find(first.start if first is not None else doc.body_end, ev.rules)
        if hit:
            ev.city = hit[0]
            ev.evidence.setdefault("city", (hit[1], hit[2]))
            _set_rules(ev, city=hit[3])
    if ev.city is None and ev.venue is None and ev.anchors and doc.list_lead is not None and doc.list_lead < ev.anchors[0] \
            and ev.channel == "in_person":
        # a talk listed under a lead that tells them (…は、各国要人と、迎賓館赤坂離宮において以下のとおり会談を行いました): the
        # lead's place
        x = sents[doc.list_lead]
        _place_fields(doc, x, x.end, ev)
        _city_of_venue(ev)
    if ev.city is None and ev.occasion:
        ev.city = places.city_from_occasion(ev.occasion, ev.rules)
    if ev.city is None:
        for x in before:
            if ev.city is None:
                probe = EventDraft()
                _place_fields(doc, x, x.end, probe)
                ev.city = probe.city if probe.city in places.CITIES and probe.venue is None else None  # not 空港 of a city
                if ev.city and probe.rules.get("city"):
                    ev.rules.setdefault("city", probe.rules["city"])  # the cue of the lead's place phrase
    if ev.city is None:
        # the talk's side is visiting a city, said anywhere in the record (大臣のXX訪問を機会に)
        if layout.occasion_visit is None:
            found: dict[str, str] = {}
            layout.occasion_visit = (places.visit_occasion_city(norm, doc.body_start, doc.body_end, found), found)
        visit, found = layout.occasion_visit
        ev.rules.update(found)
        if visit:
            ev.city = visit[0]
            ev.evidence.setdefault("city", visit[1:])
    if ev.city is None and ev.channel == "in_person":
        ev.city = _itinerary_city(doc, sents, ev, layout)
    if ev.city is None and ev.venue in _HOME_VENUES and not _called_on_foreigner(doc, ev):
        # (訪問中の…大臣は、外務省において: the host's ministry, its city unsaid)
        if not _said_abroad(norm, [sents[i] for i in ev.anchors] + layout.lead):
            row = _HOME_VENUES[ev.venue]
            ev.city = row.value  # 外務省において, Japan's side at home: its own ministry, in Tokyo
            _set_rules(ev, city=row)
    if ev.city is None:
        # a dateline under the talk's heading: 小渕大臣の…大統領表敬 / (3月21日、ソウル)
        ev.city = _dateline_city(doc)
        if ev.city:
            _set_rules(ev, city=_DATELINE_SEP)
    if ev.city is None and ev.channel == "in_person":
        # a city in brackets closing the heading (日・ケニア首脳会談(ナイロビ)), the body naming none
        hm = _HEADING_CITY.search(doc.norm, *doc.title_span) if doc.title_span else None
        if hm and (c := places.city_name(hm.group("c"))) is not None:
            ev.city = c
            _set_rules(ev, city=place_words.VISITS["places.cue.heading_paren"])


_HEADING_CITY = re.compile(place_words.VISITS["places.cue.heading_paren"].source)


def _visit_city(doc: Doc, start: int, end: int, rules: dict[str, str]) -> tuple[str, int, int, str] | None:
    """places.visit_city over [start, end), read once per page for a range (a talk's first sentence, asked again
    by each talk it anchors): the city's row set in ``rules`` as visit_city sets it."""
    key = ("visit", start, end)
    reads = doc.sentence_reads
    if key not in reads:
        reads[key] = places.visit_city(doc.norm, start, end)
    hit = reads[key]
    if hit is not None:
        rules["city"] = lexicon.fire(hit[3])
    return hit


def _dateline_city(doc: Doc) -> str | None:
    """The city of a dateline under a heading that names a talk, among the body's first 30 lines (the first dateline
    so placed decides), or None: the page's, read once for all its talks."""
    key = ("dateline",)
    reads = doc.sentence_reads
    if key in reads:
        return reads[key]
    city = None
    last = ""
    for k in range(doc.line_at(doc.body_start), min(doc.line_at(doc.body_start) + 30, len(doc.lines))):
        t = doc.line_text(k)
        if not t.strip():
            continue
        dm = DATELINE.match(t)
        if dm and TALK_NOUN_RE.search(last):
            city = places.city_name(dm.group("p").strip())
            break
        last = t
    reads[key] = city
    return city


# every ANCHOR_RE match holds a talk noun's last word: a sentence without one is skipped
_TALK_WORD = re.compile(_TALK_LAST)
# a talk between two other parties, named before it: エチオピア政府とティグライ人民解放戦線(TPLF)の代表団が…協議を行い
THIRD_PARTY_TALK = re.compile(r"(?P<a>[^、,。()]{2,30}?)(?:\([^()]*\))?と(?P<b>[^、,。]{2,40}?)(?:の代表団|の代表|双方)?が[^、,。]{0,30}$")
# … or as a pair of their one-character forms (米中両国の首脳が…対話を行った, 米露両国が…協議し)
THIRD_PAIR_TALK = re.compile(r"(?P<pair>[一-龥]{2})両国(?:の[^、,。]{1,6})?が[^、,。]{0,30}$")
# a word that puts Japan among a talk's parties: a side word (lexicon.sides), a Japanese title, or a 日X pair
JAPAN_WORD = people.RowSearch(
    [side_words.SIDES[i] for i in ("sides.jp.nihon", "sides.jp.wagakuni", "sides.jp.wagakuni_kana", "sides.both.countries",
                                   "sides.both.each", "sides.both.leaders")]
    + [ENDINGS[i] for i in ("roles.end.sori", "roles.end.daijin", "roles.end.gaisho")])
_PAIR_FIRST = re.compile("^日")


def _names_japan(text: str) -> bool:
    return bool(lexicon.fire(JAPAN_WORD.search(text)) or _PAIR_FIRST.match(text))


def _between_others(doc: Doc, s: Sentence, noun_start: int) -> bool:
    """The talk's parties, named in the clause before it, are two others (no Japanese side, no person)."""
    clause_start = max(s.start, doc.norm.rfind("、", s.start, noun_start) + 1, doc.norm.rfind(",", s.start, noun_start) + 1)
    pm = THIRD_PAIR_TALK.search(doc.norm, clause_start, noun_start)
    if pm and all(c in countries.abbr_index() and c != "日" for c in pm.group("pair")):
        return True  # 米中両国の首脳が対話を行った: two others, named by their one-character forms
    to = doc.norm.find("と", clause_start, noun_start)
    if to < 0 or doc.norm.find("が", to + 1, noun_start) < 0:
        return False  # no …と…が for THIRD_PARTY_TALK's costly scan to find
    m = THIRD_PARTY_TALK.search(doc.norm, clause_start, noun_start)
    if not m or _names_japan(m.group("a")) or _names_japan(m.group("b")):
        return False
    return not people.find_people(doc, m.start(), m.end())


_TALK_PREFIX_RE = re.compile(PREFIXES.alternation())
# a talk still to come: 明日は…対話を開催し, …会談を行う予定; not an anchor (a planned item)
FUTURE_BEFORE = people.RowSearch(FUTURE)
ATTENDED_TALK_RE = re.compile(r"との(?P<noun>" + _TALK_PREFIX + NOUNS["talks.word.kaidan"].source + r")(?P<noun2>(?!))?"
                             r"(?:\([^()]{0,20}\))?(?:及び[^、,。()]{1,20}?(?:\([^()]{0,20}\))?)?(?P<verb>"
                             + HELD["talks.attended.shusseki"].source + ")" + HELD.alternation(
                                 [HELD[i] for i in ("talks.held.shita", "talks.held.shi", "talks.held.shimashita")]))
# a count of talks so far (既に4回 / これまでに3回…会談を行い; but 3回目の会談 is the one held)
RECOUNT_BEFORE = people.RowSearch(RECOUNT, suffix=r"\s*[0-9一二三四五六七八九十]+回(?:の)?$")
PAST_BEFORE = people.RowSearch(PAST)  # 今月: earlier this month, not the page's talk
FUTURE_AFTER = people.RowSearch(FUTURE_AFTER_ROWS, prefix="^[^。]{0,40}?")


def _names_overlap(a: str | None, b: str) -> bool:
    """One name inside the other (菅 / 菅義偉 as the page writes them)."""
    if not a:
        return False
    return a in b or b in a


def _is_principal_of(name: str, ev: EventDraft) -> bool:
    return any(_names_overlap(q.name, name) for q in ev.principals)



def _substrings(name: str) -> set[str]:
    return {name[i:j] for i in range(len(name)) for j in range(i + 1, len(name) + 1)}


def _has_foreign(ev: EventDraft) -> bool:
    return any(_other_side(q) for q in ev.principals)


def _officer_role(role: str) -> bool:
    """An international organisation's office (OSCE事務総長), not a country's own (駐日…大使)."""
    return people.ORG_ROLE.search(role) is not None and FOREIGN_ROLE.search(role) is None


def _other_side(p: PersonMention) -> bool:
    """Someone of the talk's other side: a foreign country's, or an organisation's officer (of no country)."""
    return p.country not in (None, "JP") or (p.country is None and _officer_role(p.role or ""))


class _Talks:
    """The talks found so far on a page, indexed so that finding the talk a sentence names does not read every
    talk before it (a page of many talks with one counterpart made that quadratic in its talks).

    The index may hold more than the answer (a principal since dropped, a side since set): each candidate is
    checked against the talk as it stands, and the first in page order that passes is the answer a reading of
    all talks in order would give. ``touch`` records a talk's principals after they change. Names are indexed
    only once a page has more than ``SCAN`` talks: below that, reading them all is cheaper."""

    SCAN = 16

    def __init__(self) -> None:
        self.events: list[EventDraft] = []
        self.order: dict[int, int] = {}  # id(talk) -> its place on the page
        self.by_key: dict[tuple, list[EventDraft]] = {}  # (kind, counterpart) -> talks in page order
        self.without_foreign: dict[tuple, dict[int, EventDraft]] = {}  # (kind, cp) -> talks that may have no foreign principal
        self.without_foreign_order: dict[tuple, list[int]] = {}  # (kind, cp) -> a heap of those talks' places
        self.indexed = False
        self.by_name: dict[str, dict[int, EventDraft]] = {}  # a principal's name -> talks
        self.by_part: dict[str, dict[int, EventDraft]] = {}  # any part of a principal's name -> talks
        self.named: dict[int, set[str]] = {}  # id(talk) -> names indexed
        # (for a page whose talks are all found: the last part of each foreign principal's name -> first talk, its
        # lengths; the talks by kind and by counterpart)
        self.surnames: dict[str, int] | None = None
        self.surname_lengths: list[int] = []
        self.groups: dict[str, dict] = {}

    @classmethod
    def of(cls, events: list[EventDraft]) -> _Talks:
        talks = cls()
        for ev in events:
            talks.add(ev)
        return talks

    def add(self, ev: EventDraft) -> None:
        n = self.order[id(ev)] = len(self.events)
        self.events.append(ev)
        key = (ev.kind, ev.counterpart)
        self.by_key.setdefault(key, []).append(ev)
        self.named[id(ev)] = set()
        self.without_foreign.setdefault(key, {})[n] = ev
        heapq.heappush(self.without_foreign_order.setdefault(key, []), n)
        self.touch(ev)

    def touch(self, ev: EventDraft) -> None:
        n = self.order[id(ev)]
        if not _has_foreign(ev):
            pool = self.without_foreign[(ev.kind, ev.counterpart)]
            if n not in pool:
                pool[n] = ev
                heapq.heappush(self.without_foreign_order[(ev.kind, ev.counterpart)], n)
        if not self.indexed:
            return
        named = self.named[id(ev)]
        for q in ev.principals:
            if q.name and q.name not in named:
                named.add(q.name)
                self.by_name.setdefault(q.name, {})[n] = ev
                for part in _substrings(q.name):
                    self.by_part.setdefault(part, {})[n] = ev

    def _all(self) -> dict[int, EventDraft]:
        return dict(enumerate(self.events))

    def naming(self, name: str) -> dict[int, EventDraft]:
        """Talks that may have a principal overlapping the name (one inside the other): a superset."""
        if not name or len(self.events) <= self.SCAN:  # (an empty name is inside every name)
            return self._all()
        if not self.indexed:
            self.indexed = True
            for ev in self.events:
                self.touch(ev)
        out = dict(self.by_part.get(name, {}))
        for part in _substrings(name):
            out.update(self.by_name.get(part, {}))
        return out

    @staticmethod
    def first(candidates: dict[int, EventDraft], ok) -> EventDraft | None:
        return next((candidates[n] for n in sorted(candidates) if ok(candidates[n])), None)

    def same_talk(self, kind: str, cp: str | None, foreign: list[str], ok) -> EventDraft | None:
        """The first talk of this kind and counterpart that passes ``ok`` and, with foreign names, has no foreign
        principal or a principal one of the names overlaps."""
        key = (kind, cp)
        if not foreign:
            return next((e for e in self.by_key.get(key, []) if ok(e)), None)
        pool, order = self.without_foreign.get(key, {}), self.without_foreign_order.get(key, [])
        # the first talk without a foreign principal: those first that have one since are let go (touch puts a talk
        # back when it loses them); it passes ``ok`` but rarely fails it (a call in the same sentence): then all
        while order and (order[0] not in pool or _has_foreign(pool[order[0]])):
            n = heapq.heappop(order)
            if n in pool and _has_foreign(pool[n]):
                del pool[n]
        candidates: dict[int, EventDraft] = {}
        if order:
            candidates = {order[0]: pool[order[0]]} if ok(pool[order[0]]) else dict(pool)
        for name in foreign:
            candidates.update({n: e for n, e in self.naming(name).items() if (e.kind, e.counterpart) == key})
        return self.first(candidates, lambda e: (not _has_foreign(e) or any(_is_principal_of(n, e) for n in foreign)) and ok(e))

    def first_where(self, ok, kinds=None, counterpart=None) -> EventDraft | None:
        """The first talk that passes ``ok`` (of one of ``kinds``, of ``counterpart``, when given)."""
        return next((e for e in self.events if (kinds is None or e.kind in kinds)
                     and (counterpart is None or e.counterpart == counterpart) and ok(e)), None)

    def foreign_surname_in(self, text: str) -> EventDraft | None:
        """The first talk with a foreign principal whose name's last part (after ・) the text holds."""
        if len(self.events) <= self.SCAN:
            return next((ev for ev in self.events if any(p.country != "JP" and p.name and p.name.split("・")[-1] in text
                                                         for p in ev.principals)), None)
        surnames = self.surnames
        if surnames is None:
            surnames = self.surnames = {}
            for n, ev in enumerate(self.events):
                for p in ev.principals:
                    if p.country != "JP" and p.name:
                        surnames.setdefault(p.name.split("・")[-1], n)
            self.surname_lengths = sorted({len(k) for k in surnames})
        hits = [n for size in self.surname_lengths for i in range(len(text) - size + 1)
                if (n := surnames.get(text[i:i + size], -1)) >= 0]
        return self.events[min(hits)] if hits else None

    def counting(self, what: str, value) -> list[EventDraft]:
        """The talks whose ``what`` (kind, counterpart) is ``value``, in page order."""
        groups = self.groups.get(what)
        if groups is None:
            groups = self.groups[what] = {}
            for ev in self.events:
                groups.setdefault(getattr(ev, what), []).append(ev)
        return groups.get(value, [])

# several counterparts in one list before a plain 会談 (…副大臣は、A外務副大臣、B事務総長と会談を行いました), or one
# more named with とも (…とも会談した): one talk with each
# what joins the last listed counterpart to the talk: (…)とも / (…)との間で / と
ALSO_JOIN = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*とも\s*")
WITH_JOIN = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*(?:との間で|とも|と)\s*(?:[、,]?" + CLAUSES["talks.clause.sorezore"].pattern + ")?")
# …A大臣,B次官,C議員グループと会談を行った: a group named without a person closes the list (its talk has no one named)
GROUP_LAST = re.compile(r"[、,][^、,。と]{2,30}?" + WITH_JOIN.pattern)
EACH_SUBJECTS = re.compile(r"(?:は|が)[、,]?\s*" + CLAUSES["talks.clause.sorezore"].pattern)
# …Aと、午前8時30分から約20分間、Bと、それぞれ…: each listed counterpart with its own clock
TIMED_JOIN = re.compile(r"と[、,][午前後正0-9時分頃からより約間~-]{2,30}[、,]")
# two of one side joined as one party (A首相及びB外務大臣と会談した), not listed one by one with commas
_PAIR_JOIN = re.compile(CLAUSES["talks.clause.one_party"].source)
LIST_JOIN = re.compile(r"^(?:兼[^、,。]{1,15})?\s*(?:[、,]|及び|並びに|とも?)?\s*(?:[ァ-ヴー一-龥A-Za-z]{1,12}の)?$")


def _also_met(doc: Doc, persons: list[PersonMention], noun_start: int, prev: EventDraft) -> bool:
    """A bare 会談 whose sentence names someone new right before it with とも (また、6日には、X経済産業大臣とも会談しました):
    a talk of its own, not the one before continued."""
    return any(p.name and not _is_principal_of(p.name, prev) and ALSO_JOIN.fullmatch(doc.norm[p.role_end:noun_start])
               for p in persons)


def _clause_people(doc: Doc, s: Sentence, persons: list[PersonMention], ms: list[re.Match], m: re.Match) -> list[PersonMention]:
    """A sentence naming several talks (…を表敬したほか、…と外相会談を行い、…とも会談した): each talk's people are the
    sentence's subject and those named in its own clause, from the talk before to its noun; all the sentence's when its
    clause names no one else (…首脳会談を行い、引き続きワーキング・ランチを行った: the same talk)."""
    if len(ms) < 2:
        return persons
    k = next(i for i, o in enumerate(ms) if o is m)
    lo = ms[k - 1].end() if k else s.start
    hi = m.start("noun")
    first = ms[0].start("noun")
    lead = [p for p in persons if p.start < first]
    subject = [p for p in lead if _subject_after(_ASIDE_FIRST.sub("", doc.norm[p.role_end:p.role_end + 60]))] \
        or [p for p in lead if person_side(p, None) == "JP"]  # (小泉総理とX首相による首脳会談が行われ、…表敬が行われた)
    own = [p for p in persons if lo <= p.start < hi and p not in subject]
    if not own:
        return persons
    lexicon.fire(CLAUSES["talks.clause.own"])
    return [p for p in persons if p in subject or p in own]


def _talk_groups(doc: Doc, persons: list[PersonMention], noun_start: int, nouns: list[str], cp: str | None) -> tuple[list[list[PersonMention]], bool]:
    """The people of each talk an anchor reports: all of them, or one group per listed foreign counterpart; and
    whether those are talks of their own."""
    groups = _listed_groups(doc, persons, noun_start, nouns, cp)
    if len(groups) > 1:
        return groups, True
    groups = _dated_subjects(doc, persons, noun_start, cp)
    if len(groups) > 1:
        return groups, True
    norm = doc.norm
    before = [p for p in persons if p.role_end <= noun_start]
    if nouns == ["会談"] and len(before) >= 3:
        last = max(before, key=lambda p: p.start)
        if ALSO_JOIN.fullmatch(norm[last.role_end:noun_start]) and not JP_ROLE.search(last.role or ""):
            # …X大統領との間で首脳会談を行うとともに、Y首相とも会談した: Y's talk is one of its own
            jp = [p for p in persons if p is not last and JP_ROLE.search(p.role or "")]
            return [jp + [last]], True
    return [persons], False


# a day right before a subject of the talk (17日にA大臣、18日にB大臣が表敬を行った): that one's day
_DAY_BEFORE = re.compile(r"に[、,]?\s*$")
_SUBJECTS_JOIN = re.compile(r"^\s*[、,]\s*(?:同)?$")


def _day_before(doc: Doc, p: PersonMention) -> dates.DateMention | None:
    """The day printed right before ``p`` with に (18日に…), none when another word stands between."""
    ds = [d for d in dates.find_dates(doc.norm, max(0, p.start - 16), p.start) if d.has_day]
    return ds[-1] if ds and _DAY_BEFORE.match(doc.norm, ds[-1].end, p.start) else None


def _dated_subjects(doc: Doc, persons: list[PersonMention], noun_start: int, cp: str | None) -> list[list[PersonMention]]:
    """Japan's people listed as the talk's subjects each with a day of their own (同17日にA経産大臣、18日にB農林水産大臣が
    表敬を行った): one talk each, with the sentence's other people; else the one group of all."""
    norm = doc.norm
    days = {id(p): d for p in persons if p.role_end <= noun_start and (p.country or person_side(p, cp)) == "JP"
            and (d := _day_before(doc, p)) is not None}
    subjects = sorted((p for p in persons if id(p) in days), key=lambda p: p.start)
    if len(subjects) < 2:
        return [persons]
    for a, b in zip(subjects, subjects[1:]):
        if not _SUBJECTS_JOIN.match(norm[a.role_end:days[id(b)].start]):
            return [persons]
    rest = [p for p in persons if p not in subjects]
    return [rest + [p] for p in subjects]


def _listed_groups(doc: Doc, persons: list[PersonMention], noun_start: int, nouns: list[str], cp: str | None) -> list[list[PersonMention]]:
    norm = doc.norm
    each = CLAUSES["talks.clause.sorezore"].pattern in norm[max(0, noun_start - 40):noun_start]
    if nouns != ["会談"] and not each:  # (…Aと、…Bと、それぞれ外相会談を行った: one each, whatever the noun)
        return [persons]
    foreign = sorted((p for p in persons if (p.country or person_side(p, cp) or _side_by_position(doc, p, cp)) not in ("JP", None)
                      or (people.ORG_ROLE.search(p.role or "") and not JP_ROLE.search(p.role or ""))), key=lambda p: p.start)
    foreign = [p for p in foreign if p.role_end <= noun_start]
    if len(foreign) < 2:
        return [persons]
    tail = norm[foreign[-1].role_end:noun_start]
    if not WITH_JOIN.fullmatch(tail) and not (nouns == ["会談"] and GROUP_LAST.fullmatch(tail)):
        # visitors listed as subjects, each with the same host (A外務大臣及びB外務大臣は、それぞれX外務大臣と会談した)
        last = next((k for k, p in enumerate(foreign) if each and EACH_SUBJECTS.match(norm, p.role_end)), None)
        if last is None:
            return [persons]
        foreign = foreign[:last + 1]
        tail = norm[foreign[-1].role_end:noun_start]
    chain = [foreign[-1]]  # back from the noun while the names are joined as a list
    for a in reversed(foreign[:-1]):
        gap = norm[a.role_end:chain[0].start]
        if not LIST_JOIN.match(gap) and not (each and TIMED_JOIN.fullmatch(gap)):
            break
        chain.insert(0, a)
    if len(chain) < 2:
        return [persons]
    if (not each and len(chain) == 2 and _PAIR_JOIN.fullmatch(norm[chain[0].role_end:chain[1].start])
            and len({f.country or person_side(f, cp) for f in chain} - {None}) == 1 and not any(_officer_role(f.role or "") for f in chain)):
        lexicon.fire(CLAUSES["talks.clause.one_party"])
        return [persons]  # (A首相及びB外務大臣と会談した: one country's leader and minister, one talk of all three)
    if CLAUSES["talks.clause.sorezore"].pattern in tail:
        lexicon.fire(CLAUSES["talks.clause.sorezore"])
    rest = [p for p in persons if p not in foreign]
    for f in chain:  # an organisation's officer has no side (OSCE事務総長)
        org = _officer_role(f.role or "")
        f.country = f.country or person_side(f, None if org else cp) or (None if org else _side_by_position(doc, f, cp))
    return [rest + [f] for f in chain]


def _bracket_end(doc: Doc, sents: list[Sentence], i: int) -> int:
    """The end of sentence i, or of the sentence that closes a bracket it leaves open (…会談(本年2回目。…約3時間。)を行った)."""
    norm = doc.norm
    s = sents[i]
    depth = norm.count("(", s.start, s.end) - norm.count(")", s.start, s.end)
    end = s.end
    for t in sents[i + 1:i + 4]:
        if depth <= 0 or t.line != s.line:
            break
        depth += norm.count("(", t.start, t.end) - norm.count(")", t.start, t.end)
        end = t.end
    return end


def _imperial(doc: Doc, s: Sentence, m: re.Match) -> bool:
    """A lesser talk, an informal one (懇談) or a ceremonial call (信任状を捧呈), with Japan's imperial family named before
    it, or a meal its host gives (総理主催晩餐会: NOT_LESSER's rows, searched up to the talk's word); fires the row."""
    if m.re is ANCHOR_RE:
        word = _anchor_row(m, m.group("noun"))
        if word is None or word.value not in ("informal", "ceremonial"):
            return False
    imperial = LESSER_NOT_BEFORE.rx.search(doc.norm, s.start, m.start("noun"))
    return bool(imperial and lexicon.fire(LESSER_NOT_BEFORE.row(imperial)))


# the terse style (…会談を実施。): a digest writes a talk of the page so, and its background too
_TERSE_HELD = re.compile(HELD.alternation([HELD["talks.held.jisshi_noun"], HELD["talks.held.kaisai_noun"]]))


def _earlier_year(doc: Doc, start: int, end: int) -> bool:
    """A year before the page's is written in norm[start:end] (2004年8月の…: the talk is recalled)."""
    ref = dates.parse_iso(doc.doc_date)
    return ref is not None and any(d.year is not None and d.year < ref.year for d in dates.find_dates(doc.norm, start, end))


_BESIDE_WORD = re.compile(BESIDE.alternation())
_NOT_BESIDE = people.RowSearch(NOT_BESIDE)
_MET_RIGHT_BEFORE = re.compile(r"(?:陛下|閣下)?(?:等|ら)?(?:と|とも|に|を)(?:" + CLAUSES["talks.clause.sorezore"].pattern + ")?")
_LISTED_BEFORE = re.compile("(?:" + CLAUSES["talks.clause.listed"].source + r")\Z")
LISTED_TALK_RE = re.compile(CLAUSES["talks.clause.listed"].source + r"(?P<noun>" + TALK_NOUN + r")(?P<noun2>(?!))?(?=[、,]|及び|並びに|"
                            + ALSO_MET["talks.also_met.ni_kuae"].source + ")")
THEN_TALK_RE = skip_ahead(re.compile(r"(?P<noun>" + TALK_NOUN + r")(?P<noun2>(?!))?(?=" + CLAUSES["talks.clause.then"].source + ")"))
# (the words of the clause, one of which every match holds: a sentence before its talk that holds none is not scanned)
_THEN_WORDS = required_words(THEN_TALK_RE)
_ALSO_BEFORE = re.compile(r"とも\Z")
# under a talk's heading, a sentence opening on the talk's clock and a verb of holding (午後3時から約30分間行われ、…)
HEADED_HELD = re.compile(r"[^。]{0,30}?" + CLAUSES["talks.clause.headed"].source + r"[^。]{0,50}?(?P<v>" + HELD.alternation(
    [HELD["talks.held.okonaware"], HELD["talks.held.okonawareta"], HELD["talks.held.okonawaremashita"]]) + ")")
_VERB_BETWEEN = re.compile(r"(?:し|行い|行った|行われ|受け)[、,。]")


def _beside_anchors(doc: Doc, sents: list[Sentence], out: list[tuple[int, re.Match]]) -> None:
    """A meeting or an audience with someone named right before it (…大統領と会見した, …国王陛下に謁見し, …大臣等とも意見交換を
    行った), in a sentence that anchors no other talk or after its last one: a talk of its own beside the page's others
    (not one with Japan's imperial family, nor a press conference). And the talks listed before one verb (Xへの表敬、Yとの
    会談及びZとの外相会談を行った): one each."""
    last: dict[int, int] = {}
    for i, m in out:
        last[i] = max(last.get(i, 0), m.end())
    norm = doc.norm
    for i, m in list(out):
        s = sents[i]
        end = m.start("noun")
        then = _THEN_WORDS is None or holds_word_in(norm, _THEN_WORDS, s.start, end)
        for it in THEN_TALK_RE.finditer(norm, s.start, end) if then else ():  # (Aと日X首脳会談を、続いてBと日Y首脳会談を行った)
            if not _VERB_BETWEEN.search(norm, it.end(), end) and not any(a == i and o.start("noun") == it.start("noun") for a, o in out):
                lexicon.fire(CLAUSES["talks.clause.then"])
                out.append((i, it))
        also = bool(_ALSO_BEFORE.search(norm[max(s.start, end - 2):end]))  # (…Xとの会談に加え、Yとも会談した)
        if not _LISTED_BEFORE.search(norm[max(s.start, end - 2):end]) and not also:
            continue
        for it in LISTED_TALK_RE.finditer(norm, s.start, end - 2):
            if also and not ALSO_MET_WORD.match(norm, it.end()):
                continue
            if not _VERB_BETWEEN.search(norm, it.end(), end) and not any(a == i and o.start("noun") == it.start("noun") for a, o in out):
                lexicon.fire(CLAUSES["talks.clause.listed"])
                out.append((i, it))
    for i, s in enumerate(sents):
        if not _BESIDE_WORD.search(norm, s.start, s.end):
            continue
        lo = last.get(i, s.start)
        lm = LESSER_VERB_RE.search(norm, lo, s.end) or LESSER_ANCHOR_RE.search(norm, lo, s.end)
        row = BESIDE.which(lm.group("noun")) if lm else None
        if lm is None or row is None or _imperial(doc, s, lm):
            continue
        recalled = _NOT_BESIDE.rx.search(norm, s.start, s.end)
        if recalled:  # (これまで、…とも会見し、…旨述べた: a meeting recalled in a speaker's words)
            lexicon.fire(_NOT_BESIDE.row(recalled))
            continue
        met = [p for p in people.find_people(doc, lo, lm.start("noun"))
               if p.role and _MET_RIGHT_BEFORE.fullmatch(norm[p.role_end:lm.start("noun")])]
        if met and row.value == "meal" and any(met[-1].name and met[-1].name in norm[sents[j].start:sents[j].end]
                                                for j in last if j != i):
            continue  # a meal with someone of the page's other talks is theirs, or a host's (not a talk of its own)
        if met:
            lexicon.fire(row)
            out.append((i, lm))
    out.sort(key=lambda t: (t[0], t[1].start("noun")))


_LIST_LEAD = people.RowSearch(LIST_LEADS)


def _drop_list_leads(doc: Doc, sents: list[Sentence], out: list[tuple[int, re.Match]]) -> None:
    """A lead naming no one of the other side that tells the talks listed below it (…は、各国外相と以下のとおり会談した):
    no talk of its own when two or more talks are anchored in later sentences."""
    for i in sorted({i for i, _m in out}):
        s = sents[i]
        lead = _LIST_LEAD.rx.search(doc.norm, s.start, s.end)
        if lead is None or sum(1 for j, _m in out if j > i) < 2:
            continue
        # (one the lead names without holding a talk, X大統領の就任式典出席のため, is none of the other side's here)
        if all(person_side(p, None) == "JP" or _not_principal(doc.norm[p.role_end:p.role_end + 8])
               for p in people.find_people(doc, s.start, s.end)):
            lexicon.fire(_LIST_LEAD.row(lead))
            out[:] = [(j, m) for j, m in out if j != i]
            doc.list_lead = i
        break  # (only the first sentence that anchors can be such a lead)


# a group's name right before a talk noun, in the same word run (not after 日: 日ASEAN外相会議 is a talk)
_GROUP_GATHERING = people.RowSearch(GROUP_GATHERINGS)
GROUP_GATHERING_BEFORE = re.compile(r"(?<!日)(?<!日・)(?:" + GROUP_GATHERINGS.alternation() + r")[^\s、。,・のにをがはとで()]{0,8}\Z")


def _group_gathering(norm: str, lo: int, noun_start: int) -> bool:
    """The talk noun at noun_start closes the name of a gathering of a group (G20外相会合, 東アジア首脳会議, PIF域外国対話):
    fires the group's row."""
    m = GROUP_GATHERING_BEFORE.search(norm, max(lo, noun_start - 24), noun_start)
    return m is not None and lexicon.fire(_GROUP_GATHERING.search(m.group(0))) is not None


# a journalist's question in a press conference ((問)…, 【記者】…, 【…新聞 X記者】…): a talk it names is none the page
# reports (the minister's answer reports the page's own)
QUESTION_LINE = re.compile(r"\s*\((?P<w>" + outcome_words.QUESTION.alternation() + r")\)")
ASKER_LINE = re.compile(r"\s*【[^】]{0,30}?(?P<w>" + outcome_words.QUESTION_ASKER.alternation() + ")】")


def _asked(doc: Doc, s: Sentence) -> bool:
    """The sentence stands in a journalist's question line; fires the row."""
    ln = doc.lines[s.line]
    return fired(outcome_words.QUESTION, QUESTION_LINE.match(doc.norm, ln.start, s.end)) \
        or fired(outcome_words.QUESTION_ASKER, ASKER_LINE.match(doc.norm, ln.start, s.end))


def _speaks_of_talk(doc: Doc, sents: list[Sentence]) -> bool:
    """A press conference's speaker names a talk of the sides (not in a journalist's question, not one of two others)."""
    for s in sents:
        if s.start < doc.body_start or not _TALK_WORD.search(doc.norm, s.start, s.end) or _asked(doc, s):
            continue
        m = TALK_NOUN_RE.search(doc.norm, s.start, s.end)
        if m and not _between_others(doc, s, m.start()):
            return True
    return False


def find_anchors(doc: Doc, sents: list[Sentence]) -> list[tuple[int, re.Match]]:
    out: list[tuple[int, re.Match]] = []
    for i, s in enumerate(sents):
        if not _TALK_WORD.search(doc.norm, s.start, s.end) or _asked(doc, s):
            continue
        for m in ANCHOR_RE.finditer(doc.norm, s.start, _bracket_end(doc, sents, i)):
            # "…会談することで一致" (future) does not match; a talk recalled with a date of its own is skipped
            future = FUTURE_BEFORE.rx.search(doc.norm, s.start, m.start("noun"))
            future_after = FUTURE_AFTER.rx.search(doc.norm[m.end():s.end]) if future else None
            if future and future_after:
                lexicon.fire(FUTURE_BEFORE.row(future))
                lexicon.fire(FUTURE_AFTER.row(future_after))
                continue
            general = GENERAL_CASE_AFTER.rx.match(doc.norm, m.end())
            if general:
                lexicon.fire(GENERAL_CASE_AFTER.row(general))
                continue  # a talk spoken of as a kind of case (首脳会談が行われたとき / 場合), not one held
            if lexicon.fire(RECOUNT_BEFORE.search(doc.norm[max(s.start, m.start("noun") - 20):m.start("noun")])):
                continue  # a count of the talks held so far (既に4回首脳会談を行い), not one held now
            past = PAST_BEFORE.rx.search(doc.norm, s.start, m.start("noun")) if out else None
            if past:
                lexicon.fire(PAST_BEFORE.row(past))
                continue  # a talk recalled in the summary of another (先々週には、…戦略対話が実施され)
            if _imperial(doc, s, m):
                continue  # an informal talk with the imperial family (皇族と懇談した) is none between the sides
            if _TERSE_HELD.fullmatch(m.group("verb")) and _earlier_year(doc, min(s.start, doc.lines[s.line].start), m.start("noun")):
                lexicon.fire(RECALLED["talks.recalled.year"])
                continue  # a digest's background (2004年8月の訪問の際、…表明。…外相会合を開催。): a talk of an earlier year, in its line
            if _group_gathering(doc.norm, s.start, m.start("noun")):
                continue  # a gathering of a group Japan sits in (第30回PIF域外国対話が開催され): no talk between the sides
            if not _between_others(doc, s, m.start("noun")):
                out.append((i, m))
        # a visitor's programme: 「…総理との首脳会談(…)及び総理主催夕食会に出席した」 (a talk with someone, attended)
        for m in ATTENDED_TALK_RE.finditer(doc.norm, s.start, s.end):
            if not any(a == i and m.start("noun") == o.start("noun") for a, o in out):
                out.append((i, m))
                out.sort(key=lambda t: (t[0], t[1].start("noun")))
    if out:
        _beside_anchors(doc, sents, out)
        _drop_list_leads(doc, sents, out)
        for i, lm in _also_met_lists(doc, sents):  # (…A大統領に加え、B外務大臣等とも会談した: the talks _also_met_talks makes)
            if (found := _officials_listed(doc, sents[i], lm)) is not None:
                also = found[0]
                out[:] = [(j, o) for j, o in out if not (j == i and also.end("list") <= o.start("noun") <= also.end("noun"))]
    if not out:
        # the talk named as held before its noun, in a lead that gives its summary (…にて開催された日朝政府間協議の
        # 概要以下のとおり / …で行われた外相会談の概要は次のとおり)
        for i, s in enumerate(sents[:6]):
            held = HELD_BEFORE_RE.search(doc.norm, s.start, s.end)
            if held and not _between_others(doc, s, held.start("noun")) and not _asked(doc, s):
                out.append((i, held))
                break
    if not out:
        for i, s in enumerate(sents):
            if LESSER_WORD.search(doc.norm, s.start, s.end):
                lesser = LESSER_ANCHOR_RE.search(doc.norm, s.start, s.end) or LESSER_VERB_RE.search(doc.norm, s.start, s.end)
                if lesser and not _between_others(doc, s, lesser.start("noun")):
                    if _imperial(doc, s, lesser):
                        continue  # 天皇陛下を謁見した: no talk between the sides
                    out.append((i, lesser))
                    break  # the page's one talk (懇談を行った後, … 懇談しました: the same)
    if not out:
        for i, s in enumerate(sents):
            through = THROUGH_TALK_RE.search(doc.norm, s.start, s.end)
            if through and (told := TOLD_PAST_RE.rx.search(doc.norm, through.end(), s.end)) is not None \
                    and not PAST_BEFORE.rx.search(doc.norm, s.start, through.start("noun")) \
                    and not _between_others(doc, s, through.start("noun")):
                word = _THROUGH.rx.match(through.group("verb"))
                assert word is not None  # (the verb group is THROUGH's alternation)
                lexicon.fire(_THROUGH.row(word))
                lexicon.fire(TOLD_PAST_RE.row(told))
                out.append((i, through))  # (each such sentence a talk: a digest tells several so)
    if not out and doc.doc_type != "chronology" and not doc.title:
        # an excerpt cut before its lead and heading (no title) still reports the talk through its pair
        # (両首脳は…一致した / 両外相は): the talk of the page, of that pair's rank
        for i, s in enumerate(sents):
            both = BOTH_SIDES_RE.search(doc.norm, s.start, s.end)
            if both:
                # a bare line of day and clock above (5月24日(火曜日)11時45分~13時10分、…) is the talk's lead
                lead = next((k for k in range(i) if TIME_LINE_RE.match(doc.norm, sents[k].start)), i)
                out.append((lead, both))
                break
    return out


TIME_LINE_RE = re.compile(r"\s*(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:\([^()]{1,4}\))?\s*(?:午前|午後)?[0-9]{1,2}時")


# the two sides named as a pair, subject of a sentence: the kind of the talk they hold
BOTH_SIDES_RE = re.compile(r"両(?P<noun>" + PAIRS.alternation() + r")(?P<noun2>(?!))?(?=は|が|とも|間で)")


BRACKET_LINE = re.compile(r"\s*(?:\(.{2,30}\)|【[^【】]{2,30}】)\s*")  # a heading in brackets: (ショイグ国防大臣), 【サモア】


def is_heading(doc: Doc, s: Sentence) -> bool:
    ln = doc.lines[s.line]
    t = doc.norm[ln.content_start:ln.end]
    if not s.first_in_line or "。" in t or len(t) > 40:
        return False
    if BRACKET_LINE.fullmatch(t):
        return True
    return bool(ln.marker) and "、" not in t and "," not in t and not ln.marker.startswith(("・", "●", "•", "-", "*"))


def nearest_headings(doc: Doc, sents: list[Sentence]) -> list[int | None]:
    """For each sentence, the index of the nearest heading at or before it (``is_heading``), found in one pass:
    scanning back from every talk's sentence made a page of many talks quadratic (10,000 sentences: 65 s)."""
    out: list[int | None] = []
    last = None
    for k, s in enumerate(sents):
        if is_heading(doc, s):
            last = k
        out.append(last)
    return out


def run(doc: Doc) -> None:
    # the title's own line is no sentence of the body, unless it reports the talk (a page with no heading whose
    # lead sentence was taken as its title: …電話会談を行ったところ、概要は以下のとおりです。)
    sents = [s for s in doc.body_sentences() if not (doc.title_span and s.start < doc.title_span[1] and s.end > doc.title_span[0])
             or ANCHOR_RE.search(doc.norm, s.start, s.end)]
    date_line = doc.date_line
    sents = [s for s in sents if s.line != date_line]
    doc.event_sentences = sents
    title = doc.title or ""
    doc_cp = pair_country(title)
    if doc_cp is None:
        royal = None  # a monarch among the page's people, none of them foreign by their titles
        for p in people.find_people(doc, doc.body_start, doc.body_end):
            if p.country and p.country != "JP":
                doc_cp = p.country
                break
            royal = royal or people.royal_title(p.role)
        doc_cp = doc_cp or people.named_counterpart(doc, royal)
    visited = _several_visited(title)
    title_kind_row = kind_row(title)
    named = TITLE_NAMES_PEOPLE.search(title)
    if named:  # a title naming the people (A外務大臣とB事務総長との会談): their titles are no kind; the noun's words are
        title_kind_row = kind_row(named.group("noun"))
    if title_kind_row is not None and doc.doc_type == "visit" and not _TITLE_TALK.search(title):
        title_kind_row = None  # …外務大臣のインドネシア訪問: the traveller's rank, not the kind of each talk of the visit
    title_kind = title_kind_row.value if title_kind_row else None
    # a title naming a gathering (OSCE外相理事会, G20外相会合): the occasion of the page's talks, not their kind (a talk
    # on its margins whose holders' ranks tell none is other)
    gathering_title = GATHERING_TITLE.search(title)
    lexicon.fire(place_words.GATHERINGS.which(gathering_title.group("w"), _GATHERING_ENDS) if gathering_title else None)
    talk_title_kind = None if gathering_title else title_kind_row
    title_channel_row = channel_row(title)
    title_channel = channel_of(title)
    talks = _Talks()
    events = talks.events
    anchored: set[int] = set()  # the sentences that anchor a talk so far
    sent_event: dict[int, EventDraft] = {}
    norm = doc.norm
    prev: EventDraft | None = None
    anchor_ends: dict[int, list] = {}  # sentence -> (event, end of its anchor) in order
    heading_before = nearest_headings(doc, sents)
    found = find_anchors(doc, sents)
    sent_anchors: dict[int, list[re.Match]] = {}
    for si, m in found:
        sent_anchors.setdefault(si, []).append(m)
    for si, m in found:
        s = sents[si]
        if m.end() > s.end:  # the talk's sentence runs over a bracket with a sentence end in it
            s = Sentence(s.start, _bracket_end(doc, sents, si), s.line, s.first_in_line)
        persons = _sentence_people(doc, s)
        after = sents[si + 1] if si + 1 < len(sents) else None
        for near in (after, sents[si - 1] if si > 0 else None):
            if not persons and near is not None and PARTICIPANTS_SENTENCE.search(norm, near.start, near.end) \
                    and not ANCHOR_RE.search(norm, near.start, near.end):
                persons = _sentence_people(doc, near)  # 日本からA政務官、XからB外務副大臣…が出席し: those who held it
                _label_sides(doc, near, persons)
        persons = _clause_people(doc, s, persons, sent_anchors[si], m)
        if doc.list_lead is not None and doc.list_lead < si and persons and not any(person_side(p, None) == "JP" for p in persons):
            # a talk listed under a lead that tells them (佐藤外務大臣は、以下のとおり…電話会談を行いました。 / 1 …X外相と電話会談を
            # 行いました): the lead's Japanese principal holds it, the lead being no talk of its own
            persons = [copy.copy(p) for p in _sentence_people(doc, sents[doc.list_lead]) if person_side(p, None) == "JP"] + persons
        nxt = sents[si + 1] if si + 1 < len(sents) and sents[si + 1].line == s.line else None
        if (nxt is not None and not ANCHOR_RE.search(doc.norm, nxt.start, nxt.end) and not people.sat_in(doc.norm[nxt.start:nxt.end])
                and len([p for p in persons if p.country or _side_by_position(doc, p, None)]) < 2):
            # 日本側は坂井外務事務次官、インド側は…が出席: the people labelled by side in the next sentence
            labelled = [p for p in _sentence_people(doc, nxt) if not any(q.name == p.name for q in persons)
                        and LABEL_BEFORE.search(doc.norm[max(0, p.start - 10):p.start])]
            _label_sides(doc, nxt, labelled)  # (…、北朝鮮側はB外務省大使を代表として: the label's side, not the title's)
            persons += labelled
        for p in persons:
            complete_title(doc, p)
        nouns = [m.group("noun")] + ([m.group("noun2")] if m.group("noun2") else [])
        # the counterpart: a foreign person in the sentence, or the pair in a heading above, or the title's
        hk = heading_before[si]
        sec_cp = pair_country(norm[sents[hk].start:sents[hk].end]) if hk is not None else None
        # (the pair the talk's own noun names, 日韓首脳会談, before the page's guess)
        cp = (next((p.country for p in persons if p.country and p.country != "JP"), None) or sec_cp or pair_country(m.group("noun"))
              or (visited and _visited_in(norm, s.start, m.start(), visited)) or doc_cp)
        held = (cp == doc_cp and not sec_cp and not any(p.country and p.country != "JP" for p in persons)
                and _gathering_held(norm, s.start, m.end("noun")))
        if held:
            cp = None  # a gathering held (…特別首脳会議が開催され) naming no foreign person: not the page's other side's
        # (the group's members when the talk names none of their people: those named give the countries)
        group = None if any(p.country and p.country != "JP" for p in persons) else _group_side(norm, m.start("noun"))
        if group is not None:
            cp = group[0]  # 日ASEAN外相会議: the group's members, the first as the key of the talk
        groups, separate = _talk_groups(doc, persons, m.start("noun"), nouns, cp)
        touched: list[EventDraft] = []
        clause_lo = s.start
        for persons in groups:
            clause = None
            if separate:  # (each listed counterpart's clock stands in its own clause: …午前8時30分から約20分間、Bと)
                hi = persons[-1].start
                if dates.find_times(norm, clause_lo, hi):
                    clause = Sentence(clause_lo, hi, s.line, False)
                clause_lo = persons[-1].role_end
            if separate:  # one talk per listed counterpart: that one's side (none for an organisation)
                last = persons[-1]
                officer = _officer_role(last.role or "")
                side = last.country or (None if officer else person_side(last, cp) or _side_by_position(doc, last, cp))
                cp = side if side not in ("JP", None) else (None if officer else cp)
            named = NAME_BEFORE.search(norm, max(0, m.start("noun") - 24), m.start("noun"))
            for noun in nouns:
                kind, kind_rule = _talk_kind(noun, persons, talk_title_kind, named.group(0) if named else "")
                # the channel the noun names, else the title's (日米首脳テレビ会談 over a body's …と会談を行った)
                channel_rule = channel_row(noun) or manner_row(norm, s.start, m.start("noun")) or title_channel_row
                channel = channel_rule.value if channel_rule else "in_person"
                # (the other side's people by their side as read here: ピニェラ次期大統領 is the counterpart's before any
                # country is set on the mention)
                # (an organisation's officer, of no country, is the other side all the same: two officers met in two
                # sentences are two talks)
                foreign = [p.name for p in persons if (p.country or person_side(p, cp)) not in (None, "JP")
                           or (p.country is None and _officer_role(p.role or ""))]
                ev: EventDraft | None
                also = not foreign and prev is not None and _also_met(doc, persons, m.start("noun"), prev)
                if (kind == "other" and kind_of_noun(noun) is None and not _is_call(noun) and prev is not None
                        and not _TALK_PREFIX_RE.match(noun) and all(_is_principal_of(n, prev) for n in foreign) and not separate
                        and not also
                        and not _another_day(doc, s, m.start("noun"), prev)):
                    ev = prev  # a bare 会談 after the talk, naming no one new (…の機会に安倍総理と会談し…と述べた)
                else:
                    # the same talk again (each speaker of a press announcement reports it), unless it names another
                    # foreign principal (the envoy's talks with the president, then with the foreign minister)
                    # (a courtesy call named after a talk in the same sentence is not that talk: 同首脳会談に先立ち、
                    # …表敬が行われた; a talk after the call is the call continued: …を表敬し、約50分間会談を行った)
                    # (nor a talk the sentence dates on another day with another Japanese principal: a visitor's talks
                    # with two governors, on the 11th and the 12th)
                    at = m.start("noun")
                    ev = None if also else talks.same_talk(kind, cp, foreign, lambda e, noun=noun, si=si, s=s, at=at, held=persons,
                                                           cp=cp: not (_is_call(noun) and not e.call and si in e.anchors)
                                                           and not _another_host_day(doc, s, at, e, held, cp))
                    if separate:  # a listed counterpart's own talk
                        last_name = persons[-1].name
                        ev = talks.first(talks.naming(last_name), lambda e, name=last_name: _is_principal_of(name, e))
                        if ev is not None and any(q.country not in (None, "JP") and not _names_overlap(last_name, q.name)
                                                  for q in ev.principals):
                            # taken into the talk named before it in the sentence: not that talk's
                            ev.principals = [q for q in ev.principals if not _names_overlap(last_name, q.name)]
                            talks.touch(ev)
                            ev = None
                if ev is None:
                    ev = EventDraft(kind=kind, channel=channel, counterpart=cp)
                    ev.call = _is_call(noun)
                    ev.gathering = held
                    if group is not None and cp == group[0]:
                        ev.others = group[1:]
                    talks.add(ev)
                    _set_rules(ev, event=_anchor_row(m, noun), kind=kind_rule, channel=channel_rule)
                _fire_anchor(m, noun)
                ev.anchors.append(si)
                anchored.add(si)
                sent_event.setdefault(si, ev)
                anchor_pos = m.start("noun")
                chaired, held_day = _chairs_of(m)
                lexicon.fire(CHAIRED.which(chaired) if chaired else None)
                if separate and ev.date is None and (own_day := _day_before(doc, persons[-1])) is not None:
                    first, last_day = dates.resolve_event_date(own_day, dates.parse_iso(doc.doc_date), _day_known(doc))
                    if first:  # a listed subject's own day (…、18日にB大臣が表敬を行った)
                        ev.date, ev.evidence["date"] = first.isoformat(), (own_day.start, own_day.end)
                # (a day after the chairs is the meeting's: …を共同議長として同17日に開催された)
                _date_fields(doc, s, held_day or anchor_pos, ev, prev)
                if ev.date is None:
                    _programme_day(doc, sents, si, ev, anchored)  # (it reads those before si)
                if ev.date is None and prev is not None and prev.date and (nx := NEXT_TALK.rx.match(norm, s.start)):
                    ev.date, ev.evidence["date"] = prev.date, (nx.start(), nx.end())  # 続いて、…: the talk before's day
                    ev.rules["date"] = lexicon.fire(NEXT_TALK.row(nx))
                if ev.date is None and len(events) <= 1:
                    for k in range(si - 1, max(-1, si - 4), -1):  # the lead above: 12月6日及び7日の両日、…が開催され
                        v = HELD_LEAD.search(norm, sents[k].start, sents[k].end)
                        g = HELD_GATHERING.search(norm, sents[k].start, v.end()) if v else None
                        if g and not pair_country(g.group(0)):
                            break  # a gathering's days are not those of a talk on its occasion (not 日・Xフォーラム)
                        if v:
                            _date_fields(doc, sents[k], v.start(), ev, prev)
                            break
                if ev.date is None and doc.list_lead is not None and doc.list_lead < si:
                    # a talk listed under a lead that tells them (…は、9月24日、以下の外相会談を行いました。 (1) …): the lead's day
                    lead = sents[doc.list_lead]
                    _date_fields(doc, lead, lead.end, ev, None)
                before = [(e, end) for e, end in anchor_ends.get(si, []) if e is not ev]
                # a second talk in the sentence (…首脳会談が行われ、同首脳会談に先立ち、約20分間、…表敬が行われた): its
                # times and length stand after the first talk's anchor
                if clause is not None:
                    _time_fields(doc, clause, clause.end, ev)
                else:
                    _time_fields(doc, Sentence(before[-1][1], s.end, s.line, False) if before else s, m.end(), ev)
                anchor_ends.setdefault(si, []).append((ev, m.end()))
                if ev.start_local is None and ev.start_jst is None:
                    # the clock after the anchor, in the same sentence: the talk continued (…を表敬し、午前9時30分から
                    # 約20分間、懇談を行った) or its times in a bracket after the lead (…以下のとおりです(午前9時50分頃から…)),
                    # unless another act comes first (…会談を行い、その後、午後7時から夕食会)
                    rest_end = next((a.start() for a in ANCHOR_RE.finditer(norm, m.end(), s.end)), s.end)
                    times = dates.find_times(norm, m.end(), rest_end)
                    later = LATER_ACT.rx.search(norm, m.end(), times[0].start) if times else None
                    lexicon.fire(LATER_ACT.row(later) if later else None)
                    if times and not later:
                        _time_fields(doc, Sentence(m.end(), rest_end, s.line, False), rest_end, ev)
                if ev.start_local is None and nxt is not None and not ANCHOR_RE.search(doc.norm, nxt.start, nxt.end):
                    _time_fields(doc, nxt, nxt.end, ev)
                after = sents[si + 1] if si + 1 < len(sents) else None
                if (ev.duration_min is None and ev.start_local is None and after is not None
                        and TALK_IS_SUBJECT.match(norm, after.start) and not ANCHOR_RE.search(norm, after.start, after.end)):
                    _time_fields(doc, after, after.end, ev)  # the next sentence is about the talk (会談は、…の形で行われた)
                if ev.duration_min is None and after is not None and not ANCHOR_RE.search(norm, after.start, after.end):
                    _total_length(norm, after, ev)  # (会談とワーキング・ディナーは、あわせて延べ約3時間にわたりました)
                if ev.duration_min and "session_added" not in ev.evidence:
                    for follow in sents[si + 1:si + 3]:  # (a session sentence may anchor itself: 少人数会合が実施され)
                        extra = added_session(norm, follow)
                        if extra:
                            ev.duration_min += extra
                            ev.evidence["session_added"] = (follow.start, follow.end)
                            break
                _place_fields(doc, s, m.end(), ev)
                for p in persons:
                    side = person_side(p, cp) or _side_by_position(doc, p, cp)
                    p.country = side
                    cn_title = _COUNTERPART_TITLE_ROW.get((side, p.role)) if side and p.role else None
                    if cn_title is not None:  # 朱鎔基総理 on China's side: 国務院総理
                        lexicon.fire(cn_title)
                        p.role = cn_title.text
                    if (side or people.ORG_ROLE.search(p.role or "")) and not any(q.name == p.name or p.name.startswith(q.name) or q.name.startswith(p.name) for q in ev.principals):
                        ev.principals.append(p)
                        if side and side not in ("JP", ev.counterpart) and side not in ev.others:
                            ev.others.append(side)
                touched.append(ev)
                for e in touched:  # (the sentence's people are shared by the talks it names: a side set here is theirs too)
                    talks.touch(e)
                prev = ev
    if doc.doc_type not in ("chronology", "statement"):
        _programme_talks(doc, sents, events, doc_cp)
        _drop_programme_lead(doc, sents, events)
        _each_country_talks(doc, sents, events)
        _also_met_talks(doc, sents, events, doc_cp)
    if not events and doc.doc_type not in ("chronology", "statement") and doc.doc_type_rule not in NO_TALK_TITLES:
        # a page that names a talk in its title but never says "…を行った"
        ann = _announced(doc, sents)
        title_word = _TITLE_TALK.search(title)
        if doc.doc_type == "press_conference" and not title_word and not ann and not _speaks_of_talk(doc, sents):
            title_kind = None  # (佐藤外務大臣会見記録: the title's rank names who speaks, not a talk)
        if title_kind or title_word or ann:
            ann_kind = kind_row(ann[1].group(0)) if ann else None
            kind_rule = ann_kind or title_kind_row
            ev = EventDraft(kind=kind_rule.text if kind_rule else "other", channel=title_channel, counterpart=doc_cp)
            events.append(ev)
            gt = GROUP_TALK.search(norm, doc.body_start, doc.body_end)
            members_named = gt is not None and any(p.country and p.country != "JP" for p in people.find_people(doc, doc.body_start, doc.body_end))
            group = _group_side(norm, gt.start("noun")) if gt and not members_named else None
            if group is not None:  # the page's talk named in its body (日ASEAN外相会議): the group's members its sides
                ev.counterpart, ev.others = group[0], group[1:]
            if ann:  # the talk announced (…を開催いたします), else the one the title names
                lexicon.fire(ann[2])
            word = _noun_rows(id(NOUNS), ann[1].group(0))[0] if ann else NOUNS.which(title_word.group(0)) if title_word else None
            _set_rules(ev, event=word, kind=kind_rule, channel=title_channel_row)
            if ann:
                _announced_fields(doc, ann[0], ev, sents)
                events += _also_announced_talks(doc, sents, ann, ev, title_kind_row)
            if not ann:
                for t in sents[:4]:  # the lead: 12月6日及び7日の両日、…において、…フォーラムが開催された
                    v = HELD_LEAD.search(norm, t.start, t.end)
                    if v:
                        _date_fields(doc, t, v.start(), ev, None)
                        _time_fields(doc, t, v.start(), ev)
                        break
            if ev.kind == "other":
                for t in sents[:6]:  # the rank of those who led it (日本側は…審議官、X側は…外務次官が代表を務めた)
                    if PARTICIPANTS_SENTENCE.search(norm, t.start, t.end):
                        by_rank, rank = kind_by_roles(_sentence_people(doc, t))
                        if by_rank:
                            assert rank is not None  # (_kind_by_roles gives each rank with the row that found it)
                            ev.kind = by_rank
                            ev.rules["kind"] = lexicon.fire(rank)
                        break
            for t in sents[:6]:  # a sentence about the talk (会談は、…の形で行われた): its times and sessions
                if TALK_IS_SUBJECT.match(norm, t.start):
                    _time_fields(doc, t, t.end, ev)
                    break
        elif (exchange := _exchange_talk(doc, sents, doc_cp)) is not None:
            events.append(exchange)
    doc.events = events
    if not events:
        return
    _assign_sentences(doc, sents, events, sent_event, heading_before)
    if len(events) > 1:
        _headed_clocks(doc, sents, events)
    _headed_sessions(doc, sents, events)
    layout = _Layout.of(doc, sents, events)
    prev = None
    for ev in events:
        _complete(doc, sents, ev, events, layout, prev)
        if ev.anchors and ev.channel == "in_person":
            prev = ev
        _kind_title(ev)
    if doc.doc_type == "statement":  # a statement names talks in passing (…特別首脳会議が開催されました): only its own, held by people it names
        doc.events = [ev for ev in events if ev.principals]


# --- programme items: a visit's itinerary lists its talks without verbs --------------------------------------
# an item context is a line without a sentence end (a table row, a list item, a one-line programme) or a
# sentence of the programme (29日には、…との首脳会談及び…等が行われた); items part at 、 and 及び and blanks
PROGRAMME_SENTENCE = re.compile(r"^\s*(?:\(\d{1,2}\)\s*)?(?:\d{1,2}月)?\d{1,2}日(?:\([^()]{1,4}\))?(?:には|は)[、,]")
PROGRAMME_SENTENCE_END = re.compile(r"(?:等|など)?が(?:行われ|実施され|開催され)[^、,。]*。?\s*$")
LISTED_TALKS_END = re.compile(r"等を(?:行い|行った|実施し)")
ITEM_SPLIT = re.compile(r"[、,。]|及び|並びに|\s+")
# a programme's line by day whose terse items a 。 closes (5月3日(月) パリ着。X大統領と首脳会談、夕食会): a line of items
# still, when it opens with its day and no piece between its 。 is a sentence (each short, no subject's は)
PROGRAMME_LINE_DAY = re.compile(r"\s*(?:\d{1,2}月)?\d{1,2}日(?:\([^()]{1,4}\))?\s+(?=\S)")
_TERSE_PIECE = re.compile(r"[^。]{1,40}")


def _terse_programme_line(t: str) -> bool:
    """A programme line by day whose items a 。 closes (see PROGRAMME_LINE_DAY)."""
    m = PROGRAMME_LINE_DAY.match(t)
    if m is None or "は" in t:
        return False
    return all(_TERSE_PIECE.fullmatch(piece) for piece in t[m.end():].rstrip().rstrip("。").split("。"))
# an item that is a talk: a named talk (日韓首脳会談, (日・X外相会談)), a talk with someone (X大統領との会談), a call on
# someone (X大統領表敬), someone's call on the head (X外相による総理表敬), a meal of the two leaders or ministers
# (日韓首脳朝食会, 外相朝食会); never a host's meal (総理主催晩餐会), an audience (ご引見, 御会見) or the press
_ITEM_MEALS = LESSER.alternation([LESSER[i] for i in ("talks.meal.breakfast", "talks.meal.lunch", "talks.meal.dinner",
                                                         "talks.meal.working_lunch", "talks.meal.working_dinner")])
ITEM_MEAL = r"(?:日・?[ァ-ヴー一-龥]{1,8}?)?" + _PAIR_RANK + _ITEM_MEALS
ITEM_MEAL_WORD = re.compile(_ITEM_MEALS)
_NOT_ITEM = people.RowSearch(NOT_ITEMS)
# (X副大統領との朝食会 too; a programme's line may drop the の: 午前 X首相と首脳会談)
ITEM_WITH = re.compile(r"(?P<who>.+?)との?(?P<noun>" + TALK_NOUN + "|" + _ITEM_MEALS + r")")
ITEM_CALL_BY = re.compile(r"(?P<who>.+?)による(?P<host>[ァ-ヴー一-龥]{1,8}?)(?P<noun>" + NOUNS.alternation(_CALLS) + ")")
ITEM_CALL_ON = re.compile(r"(?P<who>.+?)(?:への|に対する|を)?(?P<noun>" + NOUNS.alternation(_CALLS) + ")")
# a call on a person as a programme item: the person's title, then the word (X衆議院議長訪問)
ITEM_CALL_WORD = re.compile(r"(?P<who>.+?)(?P<noun>" + ITEM_CALLS.alternation() + ")")
ITEM_NAMED = re.compile(r"(?P<noun>(?:日・[ァ-ヴー一-龥・]{1,12}?)?(?:" + TALK_NOUN + "|" + ITEM_MEAL + r"))")
# a word each match of a call item holds (による, 表敬, 訪問: matching.required_words): an item without it is not
# tried (most items of a programme are no call)
_CALL_BY_WORDS = required_words(ITEM_CALL_BY)
_CALL_ON_WORDS = required_words(ITEM_CALL_ON)
_CALL_WORD_WORDS = required_words(ITEM_CALL_WORD)
ITEM_BRACKETS = re.compile(r"^[(「]|[)」]$")
# a line of officials listed below a lead (talks.listed_officials): a person, the talk in brackets or none
LISTED_LEAD = people.RowSearch(LISTED_OFFICIALS)
ITEM_LISTED = re.compile(r"[・●\-\s]*(?P<who>[^()]+?)(?:\((?P<noun>[^()]{1,12})\))?")


_BULLETS = ("・", "●", "•", "-", "*")  # a list's bullets (a line's marker that numbers no part)


def _part_heading(doc: Doc, at: int) -> bool:
    """The text at ``at`` opens a numbered part's heading that names a talk with its day in brackets (1.日韓外相会談(7月30日
    午後)): the talk of its part, with the pair its noun names (not (1) 首脳会談, the part of a talk named above)."""
    ln = doc.lines[doc.line_at(at)]
    return (at == ln.content_start and bool(ln.marker) and not ln.marker.startswith(_BULLETS)
            and ITEM_DAY_BRACKET.search(doc.norm, ln.content_start, ln.end) is not None)


def _programme_items(doc: Doc, sents: list[Sentence]):
    """(item text, start, day mention or None) of each item of the page's programme lines and sentences."""
    norm = doc.norm
    contexts = []
    tspan = doc.title_span or (-1, -1)
    for li in doc.body_lines():
        ln = doc.lines[li]
        t = norm[ln.start:ln.end]
        if li == doc.date_line or (ln.start < tspan[1] and ln.end > tspan[0]):
            continue
        if ("。" not in t or _terse_programme_line(t)) and t.strip():
            # (a numbered part's heading with its day in brackets, read after its number: 1.日韓外相会談(7月30日午後))
            contexts.append((ln.content_start if _part_heading(doc, ln.content_start) else ln.start, ln.end))
    undated = set()
    for s in sents:
        t = norm[s.start:s.end]
        if _PROGRAMME_OPENS.at(t) and PROGRAMME_SENTENCE.match(t):
            e = PROGRAMME_SENTENCE_END.search(t)
            if e:
                contexts.append((s.start, s.start + e.start()))
        else:
            e = LISTED_TALKS_END.search(t)  # …Xへの表敬、Yとの外相会談等を行いました: the talks of a lead, undated
            if e:
                contexts.append((s.start, s.start + e.start()))
                undated.add(s.start)
    contexts.sort()
    day = None
    for a, b in contexts:
        pos = a
        if a in undated:
            for m in list(ITEM_SPLIT.finditer(norm, a, b)) + [None]:
                end = m.start() if m else b
                if end > pos:
                    yield norm[pos:end], pos, None
                pos = m.end() if m else b
            continue
        for m in list(ITEM_SPLIT.finditer(norm, a, b)) + [None]:
            end = m.start() if m else b
            if end > pos:
                item = norm[pos:end]
                ds = [d for d in dates.find_dates(norm, pos, end) if d.has_day and d.rel_day is None]
                if len(ds) == 1 and ds[0].start > pos + 1 and ITEM_DAY_BRACKET.match(norm, ds[0].start - 1, end):
                    lexicon.fire(ITEM_DAY["dates.item_day.bracket"])
                    day = ds[0]  # X大統領表敬(11日): the item's own day
                    yield norm[pos:ds[0].start - 1], pos, day
                    pos = m.end() if m else b
                    continue
                if ds and ds[0].start > pos:  # 夕食会9月24日(日): the day starts the next items
                    yield norm[pos:ds[0].start], pos, day
                    pos = ds[0].start
                if ds:
                    day = ds[-1]
                    rest = norm[ds[-1].end:end].strip()
                    if rest:
                        yield rest, ds[-1].end, day
                else:
                    yield item, pos, day
            pos = m.end() if m else b


def _listed_talk(doc: Doc, item: str, start: int, jp: PersonMention | None):
    """(kind, noun, person, row) of a line of the officials listed below a lead (・A大統領, ・B外務大臣(外相会談)), else
    None: the line is one person, and the talk in its brackets (its kind) or none (a 会談 of the ranks)."""
    m = ITEM_LISTED.fullmatch(item)
    if m is None:
        return None
    ps = people.find_people(doc, start, start + m.end("who") + 1)
    who = ps[-1] if ps else None
    if who is None or who.role_end != start + m.end("who"):
        return None
    noun = m.group("noun") or ""
    named = kind_row(noun) if noun else None
    if named and named.value != "other":
        return named.value, noun, who, named
    rank, rank_row = kind_by_roles([jp, who]) if jp else (None, None)
    if noun and _is_call(noun):
        return ("summit", noun, who, rank_row) if rank == "summit" else ("other", noun, who, named)
    return (rank or "other"), noun or "会談", who, rank_row


def _listed_zones(doc: Doc, sents: list[Sentence]) -> list[tuple[int, int, int, dates.DateMention | None]]:
    """(start, end, the lead's sentence, the lead's one day or None) of each run of lines below a lead that names the
    officials met as a list (…は、以下の要人と会談した。): the lines up to the next sentence."""
    zones = []
    for si, s in enumerate(sents):
        lead = LISTED_LEAD.rx.search(doc.norm, s.start, s.end)
        if lead is None:
            continue
        end = s.end
        for li in range(s.line + 1, len(doc.lines)):
            t = doc.line_text(li)
            if "。" in t:
                break
            end = max(end, doc.lines[li].end)
        if end > s.end:
            lexicon.fire(LISTED_LEAD.row(lead))
            days = [d for d in dates.find_dates(doc.norm, s.start, lead.start()) if d.has_day and d.rel_day is None]
            zones.append((s.end, end, si, days[-1] if len(days) == 1 else None))
    return zones


def _item_rank(jp: PersonMention | None, who: PersonMention, visitor: PersonMention | None) -> tuple[str | None, Row | None]:
    """The rank of a programme item's talk: the Japanese principal's with the person met; on the page of a visitor
    whose heading names no Japanese principal (X国王の国賓としての訪日), the visitor's with a Japanese official met."""
    if jp is None and visitor is not None and who.country in ("JP", None) and JP_ROLE.search(who.role or ""):
        jp = visitor
    return kind_by_roles([jp, who]) if jp else (None, None)


def _item_talk(doc: Doc, item: str, start: int, jp: PersonMention | None, day=None, listed: bool = False,
               visitor: PersonMention | None = None):
    """(kind, noun, foreign person or None, the row that decided the kind) of a programme item that is a talk, else
    None. ``listed``: a line of the officials listed below a lead (_listed_talk); ``visitor``: the other side's
    visitor the heading names."""
    not_item = _NOT_ITEM.search(item)
    if not_item or len(item) > 60:
        lexicon.fire(not_item)  # a host's meal (総理主催晩餐会), an audience (ご引見), the press (共同記者会見)
        return None
    if listed and (talk := _listed_talk(doc, item, start, jp)):
        return talk
    item = ITEM_BRACKETS.sub("", item)
    who = None
    m = ITEM_CALL_BY.fullmatch(item) if holds_word(item, _CALL_BY_WORDS) else None
    if m:
        ps = people.find_people(doc, start, start + m.end("who") + 1)
        who = ps[0] if ps else None
        if who is None:
            return None
        rank, rank_row = _item_rank(jp, who, visitor)
        return ("summit", m.group("noun"), who, rank_row) if rank == "summit" else ("other", m.group("noun"), who, None)
    for rx, words in ((ITEM_WITH, None), (ITEM_CALL_ON, _CALL_ON_WORDS)):
        m = rx.fullmatch(item) if holds_word(item, words) else None
        if m:
            ps = people.find_people(doc, start, start + len(item) + 2)
            who = next((p for p in reversed(ps) if p.start < start + m.end("who") + 1), None)
            if who is None:
                return None
            noun = m.group("noun")
            named = kind_row(noun)
            if named and named.value != "other":
                return named.value, noun, who, named
            rank, rank_row = _item_rank(jp, who, visitor)
            if _is_call(noun):
                return ("summit", noun, who, rank_row) if rank == "summit" else ("other", noun, who, named)
            return (rank or "other"), noun, who, rank_row
    m = ITEM_CALL_WORD.fullmatch(item) if holds_word(item, _CALL_WORD_WORDS) else None
    if m:
        ps = people.find_people(doc, start, start + m.end("who") + 1)
        who = ps[-1] if ps else None
        if who is not None and who.role_end == start + m.end("who"):
            row = ITEM_CALLS.which(m.group("noun"))
            return "other", m.group("noun"), who, row  # a call on a person of the visit's hosts: other
    m = ITEM_NAMED.fullmatch(item) if day is not None else None
    if m:  # a talk named alone is a programme item under a day (else a caption, a heading)
        named = kind_row(m.group("noun"))
        if named and named.value != "other":
            return named.value, m.group("noun"), None, named
    return None


_LATE = LATE["roles.late.ko"]


def _late(name: str | None) -> bool:
    """The late holder of a title (故山村): no principal."""
    return bool(name and name.startswith(_LATE.pattern) and lexicon.fire(_LATE))


def _programme_talks(doc: Doc, sents: list[Sentence], events: list[EventDraft], doc_cp: str | None) -> None:
    """The talks of a visit's programme: each dates the anchored talk of its kind and side that has no day, or is
    a talk of its own; a meal of the same talk the day after extends it (date_end)."""
    ref = dates.parse_iso(doc.doc_date)
    tspan = doc.title_span or (0, 0)
    # the Japanese principal of the visit: the one its heading names (小渕総理の訪欧), else the head of the talks
    jp = next((p for p in people.find_people(doc, tspan[0], tspan[1])
               if p.country in ("JP", None) and JP_ROLE.search(p.role or "") and not _late(p.name)
               and not people.is_former(p.role)), None)  # (not 故山村元総理 of …の国葬儀の機会における会談)
    # the other side's visitor the heading names (X首相の訪日), with the side the page gives them
    visitor = next((p for p in people.find_people(doc, tspan[0], tspan[1]) if person_side(p, doc_cp) not in (None, "JP")), None)
    if visitor is not None:
        visitor.country = person_side(visitor, doc_cp)
    if jp is None:
        jp = next((q for e in events for q in e.principals if q.country == "JP" and HEAD_ROLES.search(q.role or "")), None)
    found = []
    zones = _listed_zones(doc, sents) if LISTED_LEAD.rx.search(doc.norm) else []  # (a page naming no such lead has none)
    leads: dict[int, EventDraft | None] = {}  # the lead sentence -> its talk, which the first listed line takes
    lead_jp: dict[int, PersonMention | None] = {}  # the lead sentence -> its Japanese subject (…佐藤外務大臣は、以下の要人と…)
    for item, start, day in _programme_items(doc, sents):
        zone = next((z for z in zones if z[0] <= start < z[1]), None)
        if zone is not None and zone[2] not in lead_jp:
            lead = sents[zone[2]]
            lead_jp[zone[2]] = next((p for p in people.find_people(doc, lead.start, lead.end) if person_side(p, None) == "JP"
                                     and _subject_after(doc.norm[p.role_end:p.role_end + 60])), None)
        item_jp = (lead_jp[zone[2]] if zone is not None else None) or jp  # (each listed line's talk held by the lead's subject)
        talk = _item_talk(doc, item.strip(), start + (len(item) - len(item.lstrip())), item_jp, day, listed=zone is not None,
                          visitor=visitor)
        if talk:
            if zone is not None and zone[2] not in leads:
                leads[zone[2]] = next((e for e in events if zone[2] in e.anchors and not _has_foreign(e)), None)
                if leads[zone[2]] is not None:
                    lead_ev = leads[zone[2]]
                    assert lead_ev is not None
                    lead_ev.kind = talk[0]
                    if talk[3] is not None:
                        lead_ev.rules["kind"] = lexicon.fire(talk[3])
                    lead_ev.counterpart = lead_ev.counterpart or (talk[2].country if talk[2] and talk[2].country != "JP" else doc_cp)
            found.append((talk, day or (zone[3] if zone else None), start, item_jp))
    if len(found) < 1:
        return
    created: list[EventDraft] = []
    # the page's talks then the programme's, indexed (reading them all for each item was quadratic in the items)
    talks = _Talks.of(events)
    created_ids: set[int] = set()
    for (kind, noun, who, kind_rule), day, start, jp in found:
        d = dates.resolve_event_date(day, ref, _day_known(doc))[0] if day else None
        iso = d.isoformat() if d else None
        # (a line grouped under a country, (2)伊:…, names the items' side over a guess from the page)
        label_cp = _line_country(doc, start)
        # (a talk named by its pair, 日韓外相会談 / 日・オーストラリア外相会談, is with that pair's other side)
        cp = label_cp or (who.country if who and who.country and who.country != "JP" else None) or \
            (pair_country(noun) if who is None and _part_heading(doc, start) else None) or doc_cp
        if who is not None and label_cp and who.country != "JP":
            who.country = label_cp
        meal = ITEM_MEAL_WORD.search(noun)
        # (the first talk of the kind and side with no foreign principal or one the item names)
        ev = talks.same_talk(kind, cp, [who.name] if who is not None else [], _any_talk)
        if ev is not None and who is not None and not _is_principal_of(who.name, ev) and _is_created(ev, created, created_ids):
            ev = None
        if ev is None and who is not None and who.country != "JP":
            # the talk the page's body reports with the person the item names (3 X副大統領との会談 / 午後4時から…X副大統領と
            # 会談しました), its kind read before the item's
            ev = talks.first(talks.naming(who.name), lambda e, n=who.name: _is_principal_of(n, e) and e.anchors
                             and not _is_created(e, created, created_ids))
        clock = _item_clock(doc, start)
        for r in _noun_rows(id(NOUNS), noun)[1]:
            lexicon.fire(r)  # the item noun's prefixes (首脳間, 非公式 …), as an anchor's
        if ev is not None and not meal and clock and _is_created(ev, created, created_ids) and ev.start_local not in (None, clock[0].hhmm):
            ev = None  # another clock's item of the programme (22:30 首脳間懇談, 翌日 11:10 首脳会談): another talk
        if ev is not None:
            if iso and day is not None and ev.date is None:
                ev.date = iso
                ev.evidence["date"] = (day.start, day.end)
            elif iso and meal and ev.date and iso > ev.date and ev.date_end is None:
                ev.date_end = iso  # the leaders' breakfast the next day continues the summit
            if who is not None and not _is_principal_of(who.name, ev):
                who.country = person_side(who, cp)
                ev.principals.append(who)
                talks.touch(ev)
            _item_times(doc, clock, ev)
            continue
        ev = EventDraft(kind=kind, channel=channel_of(noun), counterpart=cp, date=iso)
        # a talk, or the leaders' meal, or a call on a person (X衆議院議長訪問)
        word = _noun_rows(id(NOUNS), noun)[0] or _noun_rows(id(LESSER), noun)[0] or ITEM_CALLS.which(noun)
        _set_rules(ev, event=word, kind=kind_rule, channel=channel_row(noun))
        ev.programme = True  # no day given: no date (not the page's)
        if iso and day is not None:
            ev.evidence["date"] = (day.start, day.end)
        rank = {"summit": HEAD_ROLES, "foreign_ministers": FM_ROLES, "defense_ministers": DEF_ROLES}.get(kind)
        host_met = who is not None and visitor is not None and person_side(who, cp) == "JP"  # the visitor's call on X
        if jp is not None and not host_met and (who is not None or (rank and rank.search(jp.role or ""))):
            ev.principals.append(copy.copy(jp))
            ev.principals[-1].country = "JP"
        if who is not None:
            who.country = person_side(who, cp) or cp
            ev.principals.append(who)
            if host_met and visitor is not None:
                # a call by one of Japan's ministers on the visitor the heading names (X首相の訪日: 12日 Y大臣による表敬)
                ev.principals.append(copy.copy(visitor))
        _item_times(doc, clock, ev)
        ev.item_at = start
        created.append(ev)
        created_ids.add(id(ev))
        talks.add(ev)
    events.extend(created)


def _any_talk(ev: EventDraft) -> bool:
    return True


def _is_created(ev: EventDraft, created: list[EventDraft], created_ids: set[int]) -> bool:
    """``ev in created`` (equality, as a list tests it) without reading the list: a talk of the programme is one by
    itself; another equals one only if it too is a programme's talk with no anchors, as each created one is."""
    if id(ev) in created_ids:
        return True
    return ev.programme and not ev.anchors and ev in created


# a programme line opening with a country and the separator of PROGRAMME_LABELS: - (2)伊:…, 独:…
_COUNTRY_SEP = PROGRAMME_LABELS["talks.programme.country"]
PROGRAMME_COUNTRY = re.compile(r"\s*(?:[-・●]\s*)?(?:\([0-9]{1,2}\)|[0-9]{1,2}[.．])?\s*(?P<c>[^\s::()、,。]{1,10})"
                               + _COUNTRY_SEP.source)


def _line_country(doc: Doc, start: int) -> str | None:
    """The country a programme line is grouped under ((2)伊:X大統領表敬、…), for an item at ``start`` on it."""
    ln = doc.lines[doc.line_at(start)]
    m = PROGRAMME_COUNTRY.match(doc.norm, ln.start, ln.end)
    if not m:
        return None
    c = m.group("c")
    code = countries.name_index().get(c) or countries.abbr_index().get(c)
    if code and code != "JP":
        lexicon.fire(_COUNTRY_SEP)
        return code
    return None


# the cells between a programme item and the clock before it on its line: a table's bars, blanks, a colon
_ITEM_CLOCK_GAP = re.compile(r"[\s|::、,]*")


def _item_clock(doc: Doc, start: int) -> list | None:
    """The clock of a programme item, written right before it on its line (| 25日 | 08:55~09:30 | X長官の総理表敬 |,
    10:00-10:45 日米首脳会談): [start] or [start, end]."""
    li = doc.line_at(start)
    ln = doc.lines[li]
    clocks = doc.line_times.get(li)
    if clocks is None and start - ln.start > 4 * dates.TIME_SPAN:  # (a long line's clocks read once for its items)
        clocks = doc.line_times[li] = dates.TimesBefore(doc.norm, ln.start, ln.end)
    # (find_times(doc.norm, ln.start, start)[-2:])
    times = clocks.last(start, 2) if clocks is not None else dates.find_times(doc.norm, ln.start, start)[-2:]
    if not times or not _ITEM_CLOCK_GAP.fullmatch(doc.norm, times[-1].end, start):
        return None
    return times[-2:] if len(times) >= 2 and _time_range(doc.norm, times[-2:]) else times[-1:]


def _item_times(doc: Doc, pair: list | None, ev: EventDraft) -> None:
    """A programme item's clock as its talk's start, end and length, unless the talk has its own."""
    if not pair or ev.start_local is not None or ev.start_jst is not None:
        return
    ev.start_local = pair[0].hhmm
    ev.evidence["start_local"] = (pair[0].start, pair[0].end)
    if len(pair) == 2:
        ev.end_local = _range_end(doc.norm, pair[0], pair[1])
        ev.evidence["end_local"] = (pair[1].start, pair[1].end)
        if ev.duration_min is None:
            ev.duration_min = (_minutes(ev.end_local) - _minutes(ev.start_local)) % (24 * 60) or None


# the countries a visit's lead lists (英国、スペイン及びギリシャ(EU議長国)を訪問し), then their leaders met in one phrase
# (欧州5ヶ国首脳との会談, 各国首脳と会談): one summit per country, no day of its own
VISITED_LIST = re.compile(r"(?P<list>(?:[ァ-ヴー一-龥・]{1,12}(?:\([^()]{1,12}\))?(?:[、,]|及び|並びに))+[ァ-ヴー一-龥・]{1,12}"
                          r"(?:\([^()]{1,12}\))?)" + _VISIT_VERB)
EACH_LEADERS = re.compile(r"(?P<each>" + EACH_COUNTRY.alternation() + r")(?:の)?" + PREFIXES["talks.prefix.shuno"].source
                          + r"(?:との|と)(?:間で|の)?" + "(?:" + PREFIXES["talks.prefix.shuno"].source + ")?" + NOUNS["talks.word.kaidan"].source)
_LIST_SPLIT = re.compile(r"[、,]|及び|並びに")


def _each_country_talks(doc: Doc, sents: list[Sentence], events: list[EventDraft]) -> None:
    """The summits a visit's lead names only together: …X、Y及びZを訪問し、欧州3ヶ国首脳との会談…を行った."""
    norm = doc.norm
    tspan = doc.title_span or (0, 0)
    jp = next((p for p in people.find_people(doc, tspan[0], tspan[1]) if p.country in ("JP", None) and HEAD_ROLES.search(p.role or "")), None)
    for si, s in enumerate(sents[:3]):
        if not EACH_LEADERS.search(norm, s.start, s.end):
            continue  # (the cheap test first: no such summit from any point of the sentence, none after a list)
        v = VISITED_LIST.search(norm, s.start, s.end)
        each = EACH_LEADERS.search(norm, v.end(), s.end) if v else None
        if v is None or not each:
            continue
        codes = []
        for part in _LIST_SPLIT.split(re.sub(r"\([^()]*\)", "", v.group("list"))):
            code = countries.name_index().get(part.strip())
            if code and code != "JP" and code not in codes:
                codes.append(code)
        if len(codes) < 2:
            continue
        row = EACH_COUNTRY.which(each.group("each"))
        created = []
        for code in codes:
            if any(e.kind == "summit" and e.counterpart == code for e in events):
                continue
            ev = EventDraft(kind="summit", channel="in_person", counterpart=code, programme=True)
            _set_rules(ev, event=row, kind=KINDS["talks.kind.shuno"])
            if jp is not None:
                ev.principals.append(copy.copy(jp))
                ev.principals[-1].country = "JP"
            created.append(ev)  # (no anchor of its own: the lead's results stay with the talks it anchors)
        if not any(not each.start() <= m.start() < each.end() for m in TALK_NOUN_RE.finditer(norm, s.start, s.end)):
            # (the lead's one talk noun is the leaders' 会談 itself: the talk it anchored is the ones made here)
            events[:] = [e for e in events if e.anchors != [si] or e.counterpart in codes and e.kind == "summit"]
        events[:] = created + events if all(a >= si for e in events for a in e.anchors) else events + created
        return


ALSO_MET_RE = re.compile(r"(?P<plus>" + ALSO_MET.alternation() + r")(?P<list>[^。]{2,240}?)(?:等|など)?とも[^。]{0,40}?"
                         r"(?P<noun>会談|意見交|表敬|面会|会見|懇談)")


ALSO_MET_WORD = re.compile(ALSO_MET.alternation())


def _also_met_lists(doc: Doc, sents: list[Sentence]) -> list[tuple[int, re.Match[str]]]:
    """(sentence, ALSO_MET_RE's match) of each sentence that lists officials met besides a counterpart: read once per
    page for find_anchors and _also_met_talks."""
    key = ("also_met", id(sents))
    reads = doc.sentence_reads
    if key not in reads:
        norm = doc.norm
        found = [(i, m) for i, s in enumerate(sents) if ALSO_MET_WORD.search(norm, s.start, s.end)
                 and (m := ALSO_MET_RE.search(norm, s.start, s.end)) is not None]
        reads[key] = (sents, found)  # (the list kept with its answer: its id stays its own)
    return reads[key][1]


def _officials_listed(doc: Doc, s: Sentence, m: re.Match[str]) -> tuple[re.Match[str], list[PersonMention], PersonMention] | None:
    """The list of officials a sentence says were met besides a counterpart (…A大統領に加え、B外務大臣等とも会談した), ``m``
    its match of ALSO_MET_RE: that match, the people before it and that counterpart (whose title ends where the
    list's cue starts), or None."""
    before = people.find_people(doc, s.start, m.start())
    main = next((p for p in before if p.role_end == m.start()), None)
    return (m, before, main) if main is not None else None


def _also_met_talks(doc: Doc, sents: list[Sentence], events: list[EventDraft], doc_cp: str | None) -> None:
    """Officials met besides a talk's counterpart, listed after him (…訪問中、A大統領に加え、B外務大臣、C議長等とも…意見交換
    を行った, even cut before the verb): one talk with each not met in a talk of its own, with that talk's Japanese side, of
    their ranks, dated as it; placed after it."""
    norm = doc.norm
    for si, lm in _also_met_lists(doc, sents):
        s = sents[si]
        found = _officials_listed(doc, s, lm)
        if found is None:
            continue
        m, before, counterpart = found
        main = [counterpart]
        hit = next(((e, q) for e in events for q in e.principals if _names_overlap(q.name, main[0].name)), None)
        if hit is None:  # (the list's main counterpart met in no other sentence: its talk first)
            subject = [p for p in before if p is not main[0]
                       and _subject_after(_ASIDE_FIRST.sub("", norm[p.role_end:p.role_end + 60]))]
            main_side = person_side(main[0], doc_cp)
            if not subject or main_side is None:
                continue
            first = EventDraft(kind="other", channel="in_person", counterpart=None if main_side == "JP" else main_side)
            for p in subject:
                p.country = person_side(p, first.counterpart) or ("JP" if main_side != "JP" else first.counterpart)
            main[0].country = main_side
            first.principals = sorted([*subject, main[0]], key=lambda q: q.country != "JP")
            first.counterpart = first.counterpart or next((q.country for q in subject if q.country != "JP"), None)
            first.kind = kind_by_roles(first.principals)[0] or "other"
            _set_rules(first, event=ALSO_MET.which(m.group("plus")))
            _date_fields(doc, s, m.start(), first, None)  # (its day is its sentence's: 9月8日、…に加え、…とも会談)
            events.append(first)
            hit = (first, main[0])
        ev, main_q = hit
        side = main_q.country
        host = [q for q in ev.principals if q.country != side]  # the side that met them all
        created: list[EventDraft] = []
        for p in people.find_people(doc, m.start("list"), m.end("list")):
            if not p.name or any(_is_principal_of(p.name, e) for e in events + created):
                continue
            p.country = person_side(p, ev.counterpart) or side
            if p.country != side or not host:
                continue
            new = EventDraft(kind="other", channel=ev.channel, counterpart=ev.counterpart)
            new.principals = sorted([copy.copy(q) for q in host] + [p], key=lambda q: q.country != "JP")
            by_rank, rank_row = kind_by_roles(new.principals)
            new.kind = by_rank or "other"
            _set_rules(new, event=ALSO_MET.which(m.group("plus")), kind=rank_row)
            new.date, new.date_end = ev.date, ev.date_end
            created.append(new)
        if created:  # (in the order of appearance: after the talks anchored up to the list's sentence)
            at = max([k + 1 for k, e in enumerate(events) if e.anchors and min(e.anchors) <= si] + [events.index(ev) + 1])
            events[at:at] = created


# a talk announced, not reported: 4月24日(月曜日)、…首脳協議は、東京において開催される / …外相会合を主催する
ANNOUNCED_VERB = re.compile(ANNOUNCED.alternation())
# what may stand between an announced talk's noun and its verb: an aside ((「2+2」)), a session joined to it (…首脳会談
# 及びワーキング・ランチを行う予定), as in ANCHOR_RE
ASIDE = re.compile(r"(?:\([^()]{1,40}\))?(?:(?:及び|並びに)[ァ-ヴー一-龥・]{1,15}?(?=[をが]))?")
_STAY_RE = re.compile(STAY.alternation())


def _recalled(text: str) -> bool:
    """A reference to a talk with a date of its own (10月の首脳会談では): a recalled talk; fires the row."""
    m = RECALLED_REF.search(text)
    return bool(m and lexicon.fire(RECALLED.which(m.group("w"))))


def _announced(doc: Doc, sents: list[Sentence]) -> tuple[Sentence, re.Match, Row | None] | None:
    """The first sentence naming a talk with a verb of the future (…次官級協議を開催いたします), the talk, and the
    verb's row (read once per page and sentences: each talk named without people asks)."""
    key = tuple((id(s), s.start, s.end) for s in sents[:8])
    if key not in doc.announced_talk:
        doc.announced_talk[key] = _find_announced(doc, sents)
    return doc.announced_talk[key]


def _announced_verb(norm: str, nm: re.Match) -> re.Match | None:
    """The verb of the future right after a talk noun (…を行う, (「2+2」)を開催する: an aside may stand between)."""
    aside = ASIDE.match(norm, nm.end())  # (matches, if only empty)
    at = aside.end() if aside else nm.end()
    return ANNOUNCED_VERB.match(norm, at + (norm[at:at + 1] in "をがはも"))


def _find_announced(doc: Doc, sents: list[Sentence]) -> tuple[Sentence, re.Match, Row | None] | None:
    norm = doc.norm
    for s in sents[:8]:
        for nm in TALK_NOUN_RE.finditer(norm, s.start, s.end):
            vm = _announced_verb(norm, nm)
            if vm and not _recalled(norm[s.start:nm.start()]):
                if _announced_also(doc, s, vm.end()):  # (a second talk announced after it: this one's clause only)
                    s = Sentence(s.start, vm.end(), s.line, s.first_in_line)
                return s, nm, ANNOUNCED.which(vm.group(0))
    for s in sents[:8]:  # the talk first, its verb later in the sentence (…首脳協議は、東京において開催される)
        tm = TALK_NOUN_RE.search(norm, s.start, s.end)
        # (the talk the sentence's subject: 首脳会談のブリーフを行う announces a briefing, not the talk)
        vm = ANNOUNCED_VERB.search(norm, tm.end(), s.end) if tm and norm[tm.end():tm.end() + 1] in ("は", "が", "も") else None
        if tm and vm and not _recalled(norm[s.start:tm.start()]):
            return s, tm, ANNOUNCED.which(vm.group(0))
    return None


_ALSO_RE = re.compile(ANNOUNCED_ALSO.alternation())


def _announced_also(doc: Doc, s: Sentence, at: int) -> list[tuple[Sentence, re.Match, Row]]:
    """The talks announced in the sentence after a first one's verb ending at ``at``, each after a word that adds it
    (…と外相会談を行うほか、X総理大臣を表敬する予定である): its clause (from the word to its verb), its noun, the word."""
    norm = doc.norm
    out: list[tuple[Sentence, re.Match, Row]] = []
    while (am := _ALSO_RE.match(norm, at)) is not None:
        nm = next((m for m in TALK_NOUN_RE.finditer(norm, am.end(), s.end) if _announced_verb(norm, m)), None)
        vm = _announced_verb(norm, nm) if nm else None
        if nm is None or vm is None:
            break
        lexicon.fire(ANNOUNCED.which(vm.group(0)))
        out.append((Sentence(am.end(), vm.end(), s.line, False), nm, ANNOUNCED_ALSO.row_of(am.group(0))))
        at = vm.end()
    return out


def _also_announced_talks(doc: Doc, sents: list[Sentence], ann: tuple[Sentence, re.Match, Row | None], ev: EventDraft,
                          title_kind_row: Row | None) -> list[EventDraft]:
    """The further talks the sentence announcing ``ev`` announces (…ほか、X総理大臣を表敬する予定である): each held by
    the people of its clause, the side it does not name being the visitor the page's heading names."""
    out: list[EventDraft] = []
    s = ann[0]
    full = next((t for t in sents if t.start == s.start), s)
    heading = people.find_people(doc, *doc.title_span) if doc.title_span else []
    for clause, nm, row in _announced_also(doc, full, s.end):
        persons = _sentence_people(doc, clause)
        for p in persons + heading:
            p.country = person_side(p, ev.counterpart) or _side_by_position(doc, p, ev.counterpart)
        sides = {p.country for p in persons}
        persons += [p for p in heading if p.country and p.country not in sides][:1]
        kind, kind_rule = _talk_kind(nm.group(0), persons, title_kind_row)
        ev2 = EventDraft(kind=kind, channel=ev.channel, counterpart=ev.counterpart, call=_is_call(nm.group(0)))
        ev2.principals = [p for p in persons if p.country]
        ev2.anchors = [sents.index(full)] if full in sents else []
        _set_rules(ev2, event=_noun_rows(id(NOUNS), nm.group(0))[0], kind=kind_rule)
        lexicon.fire(row)
        _announced_fields(doc, clause, ev2, sents)
        out.append(ev2)
    return out


def _announced_fields(doc: Doc, s: Sentence, ev: EventDraft, sents: list[Sentence]) -> None:
    """The day and time of a talk a page announces: a day without its month is the coming one; none, the span of the
    visit the lead announces before it (…は、11月5日から8日まで来日します。滞在中、…と首脳会談を行う予定です)."""
    norm = doc.norm
    ref = dates.parse_iso(doc.doc_date)
    ev.evidence["scheduled"] = (s.start, s.end)
    for m in dates.find_dates(norm, s.start, s.end):
        if m.rel_day is not None and m.day is None and ref is not None and m.rel_day > 0:
            ev.date = (ref + dt.timedelta(days=m.rel_day)).isoformat()  # 明日から、…を訪問し、…会談を行う予定です
            ev.evidence["date"] = (m.start, m.end)
            break
        if m.day is None or m.rel_day is not None:
            continue
        r = dates.resolve_plan_date(m, ref)
        if r.precision == "day":
            ev.date, ev.date_end = r.date, r.date_end
            ev.evidence["date"] = (m.start, m.end)
            break
    if ev.date is None:
        _stay_date(doc, sents, s.start, ev)
    if ev.city is None and ev.channel == "in_person":
        _stay_city(doc, sents, s, ev)
    _time_fields(doc, s, s.end, ev)


def _stay_city(doc: Doc, sents: list[Sentence], s: Sentence, ev: EventDraft) -> None:
    """The city of a talk announced for a stay the page announces before it in a sentence of its own (…のためニューヨークを
    訪問します。滞在中、24日に…外相会談を行う予定です): the visit's city."""
    for t in sents[:8]:
        if t.start >= s.start:
            break
        if _STAY_RE.search(doc.norm, t.start, t.end) and (hit := _visit_city(doc, t.start, t.end, ev.rules)) is not None:
            ev.city = hit[0]
            ev.evidence.setdefault("city", (hit[1], hit[2]))
            _set_rules(ev, city=hit[3])


def _stay_date(doc: Doc, sents: list[Sentence], upto: int, ev: EventDraft) -> None:
    """An announced talk without a day of its own: the span of the visit the page's lead announces before ``upto``
    (…は、11月5日から8日まで来日します。滞在中、…と首脳会談を行う予定です)."""
    norm = doc.norm
    ref = dates.parse_iso(doc.doc_date)
    for t in sents[:8]:
        if t.start > upto:
            break
        stay = _STAY_RE.search(norm, t.start, t.end)
        span = next((m for m in dates.find_dates(norm, t.start, t.end) if m.day is not None and m.end_day is not None
                     and m.rel_day is None), None) if stay else None
        r = dates.resolve_plan_date(span, ref) if span else None
        if stay and span and r and r.precision == "day":
            ev.date, ev.date_end = r.date, r.date_end
            ev.evidence["date"] = (span.start, span.end)
            ev.rules["date"] = lexicon.fire(STAY.row_of(stay.group(0)))
            return


def _assign_sentences(doc: Doc, sents: list[Sentence], events: list[EventDraft], sent_event: dict,
                      heading_before: list[int | None]) -> None:
    """Each sentence to its talk; ``heading_before``: nearest_headings of ``sents`` (sentence i is a heading where it
    gives i)."""
    norm = doc.norm
    talks = _Talks.of(events)  # (the talks are all found: the index stays true while sentences are assigned)
    current: EventDraft | None = None
    latest: EventDraft | None = None  # the last talk anchored so far (a sentence naming two talks: its second)
    anchored_last = {i: ev for ev in events for i in ev.anchors}
    pending: list[int] = []
    for i, s in enumerate(sents):
        text = norm[s.start:s.end]
        target = sent_event.get(i)
        latest = anchored_last.get(i, latest)
        if target is None and heading_before[i] == i:
            target = _match_event(doc, text, talks)
            if target is not None:
                current = target
            continue
        if target is None and REFERENCE_TAIL.search(text):
            rm = REFERENCE_RE.search(text)
            if rm and rm.start() < 40 and not _recalled(text[:rm.start()]):
                target = _match_event(doc, text[:rm.end() + 1], talks) or None
                if target is not None:
                    lexicon.fire(REFERENCES.which(rm.group("ref")))  # 外相会談では、…: this sentence is that talk's
        if target is None and current is not None:
            target = _pair_talk(doc, s, events, current, latest)
        if target is None and len(events) > 2 and (covered := _talks_named(text, events)):
            target = covered  # (英国、スペイン…及びEUとの間で、…: a result of several talks, the first of them)
        if target is not None:
            current = target
        if current is None:
            pending.append(i)
        else:
            current.sentences.append(i)
    for i in pending:
        # (a page of one talk: the sentence is that talk's, whatever it names)
        ev = (_match_event(doc, norm[sents[i].start:sents[i].end], talks) if len(events) > 1 else None) or events[0]
        ev.sentences.append(i)
    for ev in events:
        ev.sentences.sort()


# a talk held in sessions that the page then heads one by one (…と日米首脳ワーキングランチ及び日米首脳会談を行った /
# 1 日米首脳ワーキングランチ / (1)6日午後12時10分頃から約70分間、… / 2 日米首脳会談 / …): a session of ADDED_SESSIONS joined
# to the talk's noun by 及び, before or after it
_SESSION_END = re.compile("(?P<w>" + ADDED_SESSIONS.alternation() + r")\Z")
_SESSION_JOINED = re.compile("(?P<w>" + ADDED_SESSIONS.alternation() + r")及び(?:日・[ァ-ヴー一-龥]{1,8})?\Z")
_SESSION_WORD_ANY = re.compile(ADDED_SESSIONS.alternation())
_SESSION_AFTER = re.compile(r"及び[^、。,及]{0,12}?(?P<w>" + ADDED_SESSIONS.alternation() + ")")


def _headed_sessions(doc: Doc, sents: list[Sentence], events: list[EventDraft]) -> None:
    """A talk the lead names with a session joined by 及び, each of them headed below with its clock in the first
    sentence under its heading: the first heading's clock is the talk's and the lengths add up (the README: a working
    meal that continues the talk is part of it, its length summed); a session whose heading gives a length counts."""
    norm = doc.norm
    for ev in events:
        if not ev.anchors:
            continue
        s = sents[ev.anchors[0]]
        if _SESSION_WORD_ANY.search(norm, s.start, s.end) is None:
            continue  # (no session named in the anchor's sentence: nothing joined to the talk, no anchor read again)
        m = ANCHOR_RE.search(norm, s.start, s.end)
        if m is None:
            continue
        joined = _SESSION_JOINED.search(norm, max(s.start, m.start("noun") - 26), m.start("noun"))
        after = _SESSION_AFTER.match(norm, m.end("noun"), s.end)
        if joined is None and after is None:
            continue
        noun = m.group("noun")
        found: list[tuple[EventDraft, re.Match[str] | None]] = []
        for i in range(ev.anchors[0] + 1, len(sents) - 1):
            t = sents[i]
            if not is_heading(doc, t) or is_heading(doc, sents[i + 1]):
                continue
            ln = doc.lines[t.line]
            head = norm[ln.content_start:ln.end].strip()
            sw = _SESSION_END.search(head)
            if sw is None and not head.endswith(noun):
                continue
            probe = EventDraft()
            _time_fields(doc, sents[i + 1], sents[i + 1].end, probe)
            if probe.start_local is not None and probe.duration_min is not None:
                found.append((probe, sw))
        if not any(sw is not None for _, sw in found):
            continue  # (the session's own heading and clock: the talk's alone are the talk's)
        first = found[0][0]
        _set_rules(ev, duration_min=ADDED_SESSIONS.which(next(sw.group("w") for _, sw in found if sw is not None)))
        ev.start_local, ev.start_jst, ev.end_local = first.start_local, first.start_jst, None
        ev.duration_min = sum(p.duration_min or 0 for p, _ in found)
        for key in ("start_local", "start_jst", "duration_min"):
            if key in first.evidence:
                ev.evidence[key] = first.evidence[key]
        ev.evidence.pop("end_local", None)


def _headed_clocks(doc: Doc, sents: list[Sentence], events: list[EventDraft]) -> None:
    """Talks each under its own heading (1 日X首脳会談 / 2 日Y首脳会談) whose anchor gives no clock: the first sentence
    under the heading that opens on a clock and a verb of holding (午後3時から約30分間、…において行われ、) gives it."""
    for ev in events:
        if ev.start_local is not None or ev.start_jst is not None or ev.duration_min is not None:
            continue
        for i in ev.sentences:
            if i in ev.anchors or i == 0 or not is_heading(doc, sents[i - 1]):
                continue
            s = sents[i]
            m = HEADED_HELD.match(doc.norm, s.start, s.end)
            if m and dates.find_times(doc.norm, s.start, m.start("v")):
                lexicon.fire(CLAUSES["talks.clause.headed"])
                clause = Sentence(s.start, m.end(), s.line, False)
                _time_fields(doc, clause, m.start("v"), ev)
                _place_fields(doc, clause, m.start("v"), ev)
            break


def _unplaced(ev: EventDraft) -> bool:
    """The talk has neither city nor venue yet."""
    return ev.city is None and ev.venue is None


def _talks_named(text: str, events: list[EventDraft]) -> EventDraft | None:
    """The first talk of those whose counterparts a sentence names, when it names two or more (英国、スペイン、フランス
    …及びEUとの間で、…を共有し: a result the talks of a visit share goes to the first of them, as the gold's visits do);
    the one talk whose side it opens on (特にEUとの間では、…)."""
    if not _ANY_COUNTRY.search(text):
        return None
    names = countries.names_longest_first()
    named = {names[_COUNTRY_RANK[m.group(1)]][1] for m in _NAME_AT.finditer(text)}
    hits = [ev for ev in events if ev.counterpart in named]
    sides = {ev.counterpart for ev in hits}
    if len(sides) == 1 and len(hits) == 1 and _WITH_OPENING.match(text):
        return hits[0]  # (特にEUとの間では、…: the one talk the sentence opens on)
    return hits[0] if len(sides) >= 2 else None


# a sentence opening on the side it is about (特にEUとの間では、 / また、Xとの間では、)
_WITH_OPENING = re.compile(r"\s*(?:特に|また|更に|さらに)?[、,]?\s*[^、,。]{1,20}?との間で(?:は)?[、,]")


def _pair_talk(doc: Doc, s: Sentence, events: list[EventDraft], current: EventDraft,
               latest: EventDraft | None = None) -> EventDraft | None:
    """A sentence opening on a pair of a rank (両外相は…一致した) told after a later talk of another kind (なお、…前日に
    …を表敬した), or after a sentence naming a call then a talk of that rank (…を表敬したほか、…と外相会談を行いました): the
    latest talk up to the last one anchored, of the pair's rank, whose sentence it is."""
    both = BOTH_SIDES_RE.search(doc.norm, s.start, min(s.end, s.start + 8))
    kind = kind_of_noun(both.group("noun")) if both else None
    if kind is None or kind == current.kind:
        return None
    at = next(k for k, e in enumerate(events) if e is current)
    if latest is not None:
        at = max(at, next(k for k, e in enumerate(events) if e is latest) + 1)
    earlier = [e for e in events[:at] if e is not current]
    return next((e for e in reversed(earlier) if e.kind == kind), None)


SPEAKER_LINE = re.compile(r"\s*\((?P<who>[^()]{2,30})\)\s*")  # a speaker heading: (ショイグ国防大臣)


_SPEAKER_KINDS = {"defense_ministers": DEF_ROLES, "foreign_ministers": FM_ROLES, "summit": HEAD_ROLES}


def _named_with_role(talks: _Talks, pname: str, role: str) -> EventDraft | None:
    """The first talk with a principal named like ``pname`` whose kind the role's rank holds."""
    return talks.first(talks.naming(pname), lambda ev: bool(
        any(q.name and (q.name in pname or pname in q.name) for q in ev.principals)
        and (rx := _SPEAKER_KINDS.get(ev.kind)) and rx.search(role)))


def _match_event(doc: Doc, text: str, talks: _Talks) -> EventDraft | None:
    """The talk a heading or sentence names: a speaker heading, a principal's name, a 日X pair, the kind of talk."""
    speaker = SPEAKER_LINE.fullmatch(text)
    if speaker:
        for pm in people.person_matches(speaker.group("who")):
            pname, role = pm.group("full"), pm.group("role")
            ev = _named_with_role(talks, pname, role)
            if ev is not None:
                return ev
            ev = talks.first_where(lambda e, role=role: bool(_SPEAKER_KINDS[e.kind].search(role)), kinds=_SPEAKER_KINDS)
            if ev is not None:
                return ev
        return None
    ev = talks.foreign_surname_in(text)
    if ev is not None:
        return ev
    cp = pair_country(text)
    if cp:
        hits = talks.counting("counterpart", cp)
        if len(hits) == 1:
            return hits[0]
    rm = REFERENCE_RE.search(text) or TALK_NOUN_RE.search(text)
    if rm:
        kind = kind_of_noun(rm.group(0))
        if _is_call(rm.group(0)):
            kind = "other"
        if kind is None:
            for pm in people.person_matches(text[:rm.end()]):
                role = people.plain_role(pm.group("role")) or ""
                kind = ("defense_ministers" if DEF_ROLES.search(role) else "foreign_ministers" if FM_ROLES.search(role)
                        else "summit" if HEAD_ROLES.search(role) else None)
        hits = talks.counting("kind", kind)
        if len(hits) == 1:
            return hits[0]
    # a speaker heading: (ショイグ国防大臣)
    for pm in people.person_matches(text):
        ev = _named_with_role(talks, pm.group("full"), pm.group("role"))
        if ev is not None:
            return ev
    return None


_GATHERING_ENDS = place_words.GATHERINGS.where(group="gathering_end")
_EXCHANGE = people.RowSearch(EXCHANGE_ROWS)
_SPEAKS = re.compile(r"(?:より|から)(?:は|も)?[、,]")


def _exchange_talk(doc: Doc, sents: list[Sentence], doc_cp: str | None) -> EventDraft | None:
    """A talk the excerpt no longer names: Japan's principal speaks (…総理より、…旨述べた) and the other side replies
    (これに対し先方より、…旨発言: talks.exchange rows), with a foreign holder of high office named on the page. One talk,
    held by the two, its kind by their ranks; None when the page has no such exchange."""
    norm = doc.norm
    reply = next((m for s in sents if (m := _EXCHANGE.rx.search(norm, s.start, s.end))), None)
    if reply is None:
        return None
    found = people.find_people(doc, doc.body_start, doc.body_end)
    jp = next((p for p in found if person_side(p, doc_cp) == "JP" and not people.is_former(p.role)
               and _SPEAKS.match(norm, p.role_end)), None)
    other = next((p for p in found if person_side(p, doc_cp) not in ("JP", None) and not people.is_former(p.role)
                  and (HEAD_ROLES.search(p.role or "") or FM_ROLES.search(p.role or "") or MINISTER.search(p.role or ""))), None)
    if jp is None or other is None:
        return None
    jp.country, other.country = "JP", person_side(other, doc_cp)
    kind, rank = kind_by_roles([jp, other])
    ev = EventDraft(kind=kind or "other", channel="in_person", counterpart=other.country)
    ev.principals += [jp, other]
    _set_rules(ev, event=_EXCHANGE.row(reply), kind=rank)
    return ev


GATHERING_TITLE = re.compile("(?P<w>" + place_words.GATHERINGS.alternation(_GATHERING_ENDS) + r")\s*(?:\([^()]*\))?\s*$")


def _visit_span(doc: Doc, sents: list[Sentence], held: bool = False) -> bool:
    """The lead of a visit's page gives the visit's span of days (10月1日から3日にかけて…訪日した): a talk it does not
    date has no day of its own (not the page's date). ``held``: also a gathering's span (7日から8日まで…外相理事会が
    開催され), and only when the page's date falls outside it (a page dated after the gathering: its date is no
    talk's held there)."""
    ref = dates.parse_iso(doc.doc_date)
    for s in sents[:3]:
        if not (VISIT_VERB.search(doc.norm, s.start, s.end) or held and HELD_LEAD.search(doc.norm, s.start, s.end)):
            continue
        for d in dates.find_dates(doc.norm, s.start, s.end):
            if d.end_day is None:
                continue
            if not held:
                return True
            first, last = dates.resolve_event_date(d, ref, _day_known(doc))
            if first and last and ref and not first <= ref <= last:
                return True
    return False


def _complete(doc: Doc, sents: list[Sentence], ev: EventDraft, events: list[EventDraft], layout: _Layout,
              prev: EventDraft | None = None) -> None:
    """Fill a talk's fields from the page; ``prev``: the page's last talk in person before it (its city carries on)."""
    norm = doc.norm
    # press announcements: 日時 / 場所 lines give the day and the city, not the talk's clock or room
    if doc.doc_type == "press_conference":
        where = layout.searches.search(_PRESS_PLACE, 0, len(norm))  # (read once per page, not once per talk)
        if where:
            p = where.group("p").strip()
            inner = _INNER.search(p)
            venue_city = next((c for v, c in places.VENUE_CITY.items() if c and v in p), None)
            city = (inner.group(1) if inner and inner.group(1) in places.CITIES else venue_city
                    or next((places.CAPITALS[code] for name, code in countries.names_by_first().get(p[:1], ())
                             if p.startswith(name) and code in places.CAPITALS), None))
            if city and ev.city is None:
                ev.city = city
                ev.rules["city"] = lexicon.fire(TALK_LABELS["talks.label.basho"])
    if ev is events[0]:
        labelled_fields(doc, ev)
    # the date: the page's date when the anchor gives none; a page printed in Japan time for a talk abroad
    if ev.date is None and not ev.programme and layout.lead_span is None:
        layout.lead_span = _visit_span(doc, sents, held=doc.doc_type != "visit")  # (the page's: read once for its talks)
    if ev.date is None and not ev.programme and layout.lead_span:
        ev.programme = True  # a talk of a visit whose lead gives its span (4月26日から5月2日まで…を訪問し): no day
    if ev.date is None and doc.doc_type == "other" and ev.anchors:
        _stay_date(doc, sents, sents[ev.anchors[0]].start, ev)  # a page announcing a visit: the talks of its stay
    if ev.date is None and not ev.programme:
        ev.date = doc.doc_date
        if ev.date and doc.header_time_jst and ev.city:
            off = places.utc_offset(ev.city)
            t = doc.header_time
            assert t is not None  # (header_time_jst is set only with the header's time)
            if off is not None:
                local_minutes = t.minutes - int((9 - off) * 60)
                if local_minutes < 0:
                    ev.date = (dt.date.fromisoformat(ev.date) - dt.timedelta(days=1)).isoformat()
    _event_place(doc, sents, ev, layout)
    if ev.city is None:
        ev.city = _previous_talk_city(doc, sents, ev, prev)
    if (ev.city is not None and (city_code := places.city_country(ev.city)) is not None
            and (visited := _visited_before(doc, sents, ev)) is not None and visited != city_code):
        ev.city = None  # (…と会談を行うとともに、スロバキアを訪問し、Xと会談: the talk is in that country, no city named)
        ev.rules["city"] = lexicon.fire(place_words.VISITS["places.visit.wo_homon"])
        ev.evidence.pop("city", None)
    # (a Tokyo-named venue in a foreign city, オタワ…首相官邸において, is not Japan's)
    ev.in_japan = places.city_country(ev.city) == "JP" or (ev.city is None and ev.venue in places.VENUE_CITY
                                                           and places.VENUE_CITY.get(ev.venue) == "東京")
    if not ev.in_japan and ev.city is None and ev.anchors:
        a = sents[ev.anchors[0]]
        visitor = VISITOR_IN_JAPAN.rx.search(norm, a.start, a.end)
        ev.in_japan = bool(lexicon.fire(VISITOR_IN_JAPAN.row(visitor) if visitor else None))
        if not ev.in_japan and (received := RECEIVED_CALL.rx.search(norm, a.start, a.end)) is not None:
            ev.in_japan = not _said_abroad(norm, [a, *layout.lead]) and bool(lexicon.fire(RECEIVED_CALL.row(received)))
        foreign = [p for p in ev.principals if p.country not in (None, "JP")]
        # the other side are ambassadors to Japan (駐日…大使), or Japan welcomes the visitor's visit (…の訪日を歓迎)
        ev.in_japan = ev.in_japan or bool(foreign and all((p.role or "").startswith("駐日") for p in foreign)) \
            or bool((welcomed := layout.welcomed.search(a.start)) and lexicon.fire(VISIT_WELCOMED.row(welcomed)))
    if ev.in_japan and ev.anchors and "現地時間" in norm[sents[ev.anchors[0]].start:sents[ev.anchors[0]].end]:
        ev.in_japan = False  # a clock marked local time (午前9時30分(オランダ現地時間)) is not Japan's (官邸 abroad)
    if (ev.start_jst is None) != (ev.start_local is None) and (ev.in_japan or ev.channel in ("telephone", "video")
                                                               and not _called_from_abroad(doc, sents, ev)):
        # held in Japan or called from it: its one clock is Japan time and local (日本時間…午前7時から, only that printed)
        ev.start_jst = ev.start_jst or ev.start_local
        ev.start_local = ev.start_local or ev.start_jst
    # principals for talks named without people (…「2+2」が開催された): the document's ministers of that rank
    _fill_principals(doc, sents, ev)
    # attendees: the lists in the talk's own sentences (and the lines right after its anchor)
    seen = set()
    first_line = sents[ev.anchors[0]].line if ev.anchors else doc.line_at(doc.body_start)
    later = layout.next_talk_line(first_line)
    last_line = later - 1 if later is not None else doc.line_at(max(doc.body_start, doc.body_end - 1))
    sides = ev.countries
    for li in range(first_line, last_line + 1) if people.may_list_attendees(doc) else ():
        ln = doc.lines[li]
        for p in people.find_attendees(doc, ln.start, ln.end, sides):
            key = (p.name, p.start)
            if key in seen or any(q.name == p.name for q in ev.principals):
                continue
            seen.add(key)
            if not any(a.name == p.name for a in ev.attendees):
                ev.attendees.append(p)
    for p in ev.attendees:
        if p.country is None:
            p.country = person_side(p, ev.counterpart)
    _org_counterpart(ev)


def _org_counterpart(ev: EventDraft) -> None:
    """A talk whose only foreign principals are an international organisation's officers (OSCE事務総長) has Japan as
    its one country: the counterpart guessed from the page (a country its body names) gives way."""
    foreign = [p for p in ev.principals if p.country != "JP"]
    if foreign and all(p.country is None and people.ORG_ROLE.search(p.role or "") for p in foreign):
        ev.counterpart, ev.others = None, []


_LABEL_OPEN = "(?P<bullet>" + LABEL_BULLETS.alternation() + r")?\s*(?P<open>" + LABEL_FORMS.alternation() + r")?\s*"
_LABEL_CLOSE = "|".join(re.escape(r.text) for r in LABEL_FORMS)
LABEL_LINE = re.compile(r"^\s*(?:\d{1,2}\s*[.．]?\s*)?(?:[IVX]{1,4}\s*[.．]\s*)?" + _LABEL_OPEN + "(?P<label>" + TALK_LABELS.alternation()
                        + r")\s*(?:[:]|(?=[0-9])|(?P<close>" + _LABEL_CLOSE + r")|(?<=\s))\s*(?P<value>.*?)\s*\|?\s*$")
_PLACE_VALUE = re.compile(r"(?P<a>[^()（）]+)[(（](?P<b>[^()（）]+)[)）]")  # 東京(外務省), 外務省(東京)


# a press announcement's 場所 line: the day's city, not the room
_PRESS_PLACE = re.compile(TALK_LABELS["talks.label.basho"].source + r"\s*[:\n]\s*(?P<p>[^\n]+)")
_INNER = re.compile(r"\(([^()]+)\)")


def _label_form(m: re.Match) -> bool:
    """A label in a LABEL_FORMS form stands between that form's opening and closing marks (【日時】, | 日時 |)."""
    row = LABEL_FORMS.which(m.group("open") or "")
    return bool(row and m.group("close") == row.text and lexicon.fire(row))


_CELL = re.compile(r"[^|]+")


def _label_cells(doc: Doc, li: int) -> list[tuple[Row, int, int]] | None:
    """A table's header row of labels only (| 日時 | 場所 | 出席者 |, the residue of an old page's table): each
    label's row with the span of its column's cell in the row below; None if the line is no such header."""
    t = doc.line_text(li)
    if t.count("|") < 3 or li + 1 >= len(doc.lines):
        return None
    heads = [c for c in _CELL.finditer(t) if c.group(0).strip()]
    rows = [TALK_LABELS.which(c.group(0).strip()) for c in heads]
    if len(rows) < 2 or any(r is None for r in rows):
        return None
    below = doc.lines[li + 1]
    cells = [c for c in _CELL.finditer(doc.line_text(li + 1)) if c.group(0).strip()]
    if len(cells) != len(rows):
        return None
    lexicon.fire(LABEL_FORMS["talks.label_form.header"])
    return [(r, below.start + c.start(), below.start + c.end()) for r, c in zip(rows, cells) if r is not None]


# every labelled value stands by a label's word (LABEL_LINE's label and a header's cells are TALK_LABELS rows): a
# page whose first lines hold none has none (most pages: the scan of each line is skipped)
_LABEL_WORDS = None if any(r.regex for r in TALK_LABELS) else tuple(r.pattern for r in TALK_LABELS)


def _labelled_values(doc: Doc, lines: list[int]) -> list[tuple[Row, int, int, int]]:
    """The labelled values of a page's first lines: (label's row, value's start and end, line), from a label line
    (日時:…, 【日時】…, | 日時 | … |) or a table's header row over its values."""
    head = lines[:40]
    if not head or not holds_word(doc.norm[doc.lines[head[0]].start:doc.lines[head[-1]].end], _LABEL_WORDS):
        return []
    return _labelled_scan(doc, head)


def _labelled_scan(doc: Doc, lines: list[int]) -> list[tuple[Row, int, int, int]]:
    out: list[tuple[Row, int, int, int]] = []
    for li in lines[:40]:
        if (cells := _label_cells(doc, li)) is not None:
            out += [(r, a, b, li + 1) for r, a, b in cells]
            continue
        m = LABEL_LINE.match(doc.line_text(li))
        if m and not ((m.group("open") or m.group("close")) and not _label_form(m)):
            lexicon.fire(LABEL_BULLETS.which(m.group("bullet") or ""))
            ln = doc.lines[li]
            out.append((TALK_LABELS.row_of(m.group("label")), ln.start + m.start("value"), ln.start + m.end("value"), li))
    return out


def labelled_fields(doc: Doc, ev: EventDraft) -> None:
    """Press-release layout: 日時：令和5年4月10日 14時00分から17時30分まで / 場所：東京(外務省) / 出席者： then
    one line per side (日本側 船越…局長(首席代表)ほか). Fills what the talk's own sentences did not."""
    lines = doc.body_lines()
    for label, v_start, v_end, li in _labelled_values(doc, lines):
        k = lines.index(li) if li in lines else len(lines)
        if label.value == "date_place" and (at := _AT_PLACE.search(doc.norm, v_start, v_end)) is not None:
            _label_place(doc, ev, label, at.start("p"), at.end("p"))  # (…午前10時~11時15分、於:外務省)
            v_end = at.start()
        if label.value in ("date", "date_place") and doc.date_line != li:
            ds = [d for d in dates.find_dates(doc.norm, v_start, v_end) if d.has_day]
            if ds and ev.date in (None, doc.doc_date):
                start, end = dates.resolve_event_date(ds[0], dates.parse_iso(doc.doc_date), _day_known(doc))
                if start:
                    ev.date, ev.date_end = start.isoformat(), end.isoformat() if end else None
                    ev.evidence["date"] = (ds[0].start, ds[0].end)
                    ev.rules["date"] = lexicon.fire(label)
            if ev.start_local is None and doc.doc_type != "press_conference":
                fake = Sentence(v_start, v_end, li, True)
                _time_fields(doc, fake, v_end, ev)
        elif label.value == "place":
            _label_place(doc, ev, label, v_start, v_end)
        elif label.value == "people":
            for lj in lines[k + 1:k + 6]:
                t = doc.line_text(lj)
                sm = people.SIDE_LABEL.match(t, len(t) - len(t.lstrip()))
                if not sm:
                    break
                code = people.side_code(sm.group("side"), ev.countries)
                ls = doc.lines[lj]
                for p in people.find_people(doc, ls.start + sm.end(), ls.end)[:1]:
                    p.country = code
                    if code and code != "JP" and ev.counterpart is None:
                        ev.counterpart = code
                    if not any(q.name == p.name for q in ev.principals):
                        ev.principals.append(p)
                        lexicon.fire(label)  # 出席者: then 日本側 X局長: the talk's holders by side


# the place in a 日時・場所 line's value, after 於 (…午前10時~11時15分、於:外務省)
_AT_PLACE = re.compile(r"[、,\s]*於\s*[:]?\s*(?P<p>[^、,。()]+)")


def _label_place(doc: Doc, ev: EventDraft, label: Row, v_start: int, v_end: int) -> None:
    """A labelled place (場所:東京(外務省)): the city and the venue, of a talk in person."""
    if ev.channel != "in_person" or doc.doc_type == "press_conference":
        return  # (the press room is not where the talk was held)
    value = doc.text[v_start:v_end].strip()
    pm = _PLACE_VALUE.fullmatch(value)
    a, b = (pm.group("a").strip(), pm.group("b").strip()) if pm else (value, None)
    city, venue = (a, b) if a in places.CITIES else (b, a) if b in places.CITIES else (None, a)
    for name, v in (("city", city), ("venue", venue)):
        if v and getattr(ev, name) is None:
            setattr(ev, name, v)
            ev.rules[name] = lexicon.fire(label)


def _same_person(a: str, b: str) -> bool:
    """One person under two forms the page uses: 菅 / 菅義偉, バトボルド / スフバータル・バトボルド."""
    if a.startswith(b) or b.startswith(a):
        return True
    pa, pb = a.split("・"), b.split("・")
    return (len(pa) > 1 or len(pb) > 1) and pa[-1] == pb[-1]


def _principal_groups(doc: Doc, counterpart: str | None, wanted: list) -> dict[tuple[str, int], PersonMention]:
    """(side, rank) -> the person of the page of that side and rank that a talk with ``counterpart`` needing the
    ranks ``wanted`` takes as its principal: the first of the most mentioned (of the rank before envoys)."""
    # (side, rank) -> [(first mention, count)], in order of first mention
    groups: dict[tuple[str, int], list[list]] = {}
    seen: dict[tuple[str, int], _SamePeople] = {}  # (the first of each group _same_person pairs with a name)
    for p in people.find_people(doc, doc.body_start, doc.body_end):
        rank = next((k for k, rx in enumerate(wanted) if rx.search(p.role or "")), None)
        envoy = rank is None and (p.role or "").endswith(_ENVOY)
        if envoy:
            rank = 0  # an envoy (政府特使, 総理特使) stands in for a side that sends no one of the rank
        # a Japanese name titled only 大臣 (町村大臣より、…) on a talk of one minister's rank is that minister (its title
        # the kind's, _kind_title), after anyone the page titles in full
        short = rank is None and p.role == _DAIJIN and len(wanted) == 1 and wanted[0] is not HEAD_ROLES \
            and bool(_KANJI_FIRST.match(p.name))
        if short:
            rank = 0
        if rank is None or people.is_former(p.role):
            continue
        before = doc.norm[max(doc.body_start, p.start - 40):p.start]
        if before.count("(") > before.count(")") or _not_principal(doc.norm[p.role_end:p.role_end + 8], _SENDER_OR_PAST):
            continue
        p.country = person_side(p, counterpart)
        if p.country is None and _KANJI_FIRST.match(p.name) and counterpart not in EAST_ASIAN:
            p.country = "JP"
        if p.country is None:
            continue
        group = groups.setdefault((p.country, rank), [])
        same = seen.setdefault((p.country, rank), _SamePeople())
        k = same.find(p.name)
        if k is not None:
            group[k][1] += 1
        else:
            same.add(p.name, len(group))
            group.append([p, 1, not (envoy or short)])
    return {k: max(group, key=lambda g: (g[2], g[1]))[0] for k, group in groups.items()}


class _SamePeople:
    """Names in order, and the first of them that ``_same_person`` pairs with a name, without reading them all (a
    page naming many people of one rank made grouping its people quadratic): the name itself or one of its
    beginnings, a name that begins with it (in sorted order), or one with the same last part after ・ (one of the
    two holding a ・)."""

    __slots__ = ("first", "ordered", "last_any", "last_dotted")

    def __init__(self) -> None:
        self.first: dict[str, int] = {}  # name -> its first place
        self.ordered: list[str] = []  # the distinct names, sorted
        self.last_any: dict[str, int] = {}  # last part -> first place of a name ending in it
        self.last_dotted: dict[str, int] = {}  # … of a name holding a ・

    def add(self, name: str, place: int) -> None:
        if name not in self.first:
            self.first[name] = place
            bisect.insort(self.ordered, name)
        last = name.split("・")[-1]
        self.last_any.setdefault(last, place)
        if "・" in name:
            self.last_dotted.setdefault(last, place)

    def find(self, name: str) -> int | None:
        """The first place whose name n has ``_same_person(n, name)``."""
        hits = [i for k in range(len(name) + 1) if (i := self.first.get(name[:k])) is not None]  # name begins with n
        k = bisect.bisect_left(self.ordered, name)
        while k < len(self.ordered) and self.ordered[k].startswith(name):  # n begins with name
            hits.append(self.first[self.ordered[k]])
            k += 1
        parts = name.split("・")
        i = (self.last_any if len(parts) > 1 else self.last_dotted).get(parts[-1])
        if i is not None:
            hits.append(i)
        return min(hits, default=None)


# a delegation named after its side: 日本側は(、)X…、Y側はZ / 日本からX、リトアニアからY…が出席 / わが国からX /
# (日本側代表:X、Y側代表:Z)
DELEGATION_LABEL = skip_ahead(re.compile(
    r"(?:(?P<side>[ァ-ヴー一-龥A-Z]{1,12}?側)(?:" + people.LABELS.alternation([people.LABELS["attendees.sep.wa"], people.LABELS["attendees.sep.kara"]])
    + r"|(?:首席)?代表(?:団長)?\s*[:：])|(?P<c>" + country_names_pattern(katakana_words=False)
    + "|" + side_words.SIDES.alternation(side_words.SIDES.where(value="JP") + side_words.SIDES.where(value="counterpart"))
    + r")から(?:は)?)[、,]?"))
_COUNTERPART_WORDS = frozenset(side_words.words("counterpart"))  # 先方(から): the other side's label
# what such a sentence says the people did: took part, led, represented their side (not 同席, an attendee list)
DELEGATION_VERB = people.RowSearch(DELEGATION_VERBS)


def _side_labels(doc: Doc, s: Sentence, known: list[str]) -> list[tuple[int, str]]:
    """Where each side's label ends in a sentence, and the side: [(end, code)] (日本から…、ラトビアから…); the other
    side (先方からは) with its code when ``known`` gives it, else "" (not Japan's, whose people keep their own)."""
    names = countries.name_index()
    labels = []
    for lm in DELEGATION_LABEL.finditer(doc.norm, s.start, s.end):
        if lm.group("side"):
            code = people.side_code(lm.group("side"), known)
        else:
            code = people.SIDE_WORDS.get(lm.group("c")) or names.get(lm.group("c"))
            if code is None and lm.group("c") in _COUNTERPART_WORDS:
                code = people.side_code(lm.group("c"), known) or ""
        if code is not None:
            labels.append((lm.end(), code))
    return labels


def _label_sides(doc: Doc, s: Sentence, persons: list[PersonMention]) -> None:
    """Each person after a side's label (日本からA政務官、ラトビアからB外務次官) is of that side."""
    labels = _side_labels(doc, s, [])
    for p in persons:
        code = next((c for e, c in reversed(labels) if e <= p.start), None)
        if code:  # ("": the other side's label, 先方からは: the person keeps their own country)
            p.country = code


def _delegation_heads(doc: Doc, sents: list[Sentence], ev: EventDraft) -> list[PersonMention]:
    """The delegations of a talk announced without its people (…協議が開催されました。日本側はX審議官が、NATO側は
    Y事務総長補が代表団長として参加): the people after each side's label, up to the next label, in the first
    sentence of the talk that labels two sides or more, Japan's among them, and says they took part."""
    norm = doc.norm
    for si in ev.sentences[:6]:
        s = sents[si]
        text = norm[s.start:s.end]
        if people.sat_in(text):
            continue
        verb = DELEGATION_VERB.search(text)
        if verb is None:
            continue
        labels = _side_labels(doc, s, ev.countries)
        if len({c for _, c in labels if c}) < 2 or "JP" not in {c for _, c in labels}:
            continue
        heads: list[PersonMention] = []
        for p in people.find_people(doc, s.start, s.end):
            before = norm[s.start:p.start]
            if before.count("(") > before.count(")") and not any(e == p.start for e, _ in labels):
                continue  # (unless labelled in the parenthesis: (日本側代表:X局長,北朝鮮側代表:Y大使))
            code = next((c for e, c in reversed(labels) if e <= p.start), None)
            if not code or any(_same_person(q.name, p.name) for q in heads):
                continue
            p.country = code
            complete_title(doc, p)
            heads.append(p)
        if len({p.country for p in heads}) >= 2 and "JP" in {p.country for p in heads}:
            lexicon.fire(verb)
            return heads
    return []


def _delegation_lines(doc: Doc, sents: list[Sentence], ev: EventDraft) -> list[PersonMention]:
    """The delegations of a talk announced without its people, one line a side (出席者 / 日本側:X局長ほか / 先方:Y局長
    ほか, or メキシコ側:…): the first person after each line's side label (people.SIDE_LABEL), when Japan's and another
    side's are both listed."""
    norm = doc.norm
    heads: list[PersonMention] = []
    first = ev.sentences[0] if ev.sentences else len(sents)
    for s in sents[first:min(first + 8, ev.sentences[-1] + 1 if ev.sentences else 0)]:  # (a numbered line among them too)
        lm = people.SIDE_LABEL.match(norm, s.start) if s.first_in_line else None
        if lm is None:
            continue
        code = people.side_code(lm.group("side"), ev.countries)
        found = people.find_people(doc, lm.end(), s.end)
        if not code or not found or any(h.country == code for h in heads):
            continue
        head = found[0]
        head.country = code
        complete_title(doc, head)
        heads.append(head)
    if len({p.country for p in heads}) >= 2 and "JP" in {p.country for p in heads}:
        return heads
    return []


# a heading that names a Japanese visitor's trip: …の<country>訪問 / …訪問(結果)
VISIT_TITLE = re.compile(r"の[^の]{0,20}" + VISIT.alternation())


def _visitor_of_heading(doc: Doc, ev: EventDraft) -> None:
    """A visit to Japan (X外務大臣の訪日, X大統領の来日): the visitor its heading names holds the talks where no one of the
    other side is named (また、6日には、Y経済産業大臣とも会談しました)."""
    if ev.principals and all(p.country == "JP" for p in ev.principals) and doc.title_span \
            and (vt := VISIT_TITLE.search(doc.title or "")):
        for p in people.find_people(doc, *doc.title_span):
            side = person_side(p, ev.counterpart)
            if side is not None and side != "JP" and doc.norm.startswith("の", p.role_end) \
                    and lexicon.fire(VISIT.which(vt.group(0)[-2:])):
                # (as the page's other talks name the visitor, when one of them holds the heading's office)
                p = next((copy.copy(q) for e in doc.events if e is not ev for q in e.principals
                          if q.country == side and p.role and (q.role or "").endswith(p.role)), p)
                p.country = side
                ev.principals.append(p)
                ev.counterpart = ev.counterpart or side
                by_rank, rank_row = kind_by_roles(ev.principals)
                if by_rank and rank_row and ev.kind == "other" and not ev.rules.get("kind"):
                    ev.kind = by_rank  # (its kind by the ranks of both sides, now known)
                    ev.rules["kind"] = lexicon.fire(rank_row)
                break


PARTICIPANTS_HEADING = re.compile(PARTICIPANTS.alternation())


def _listed_participants(doc: Doc, ev: EventDraft) -> list[PersonMention]:
    """The people listed one a line below a heading of the other sides' participants ((…側出席者)) of a multilateral
    meeting, added to its principals; those added."""
    added: list[PersonMention] = []
    for li in doc.body_lines():
        ln = doc.lines[li]
        hm = PARTICIPANTS_HEADING.fullmatch(doc.norm[ln.start:ln.end].strip())
        if hm is None:
            continue
        lexicon.fire(PARTICIPANTS.row_of(hm.group(0)))
        for lj in range(li + 1, len(doc.lines)):
            nl = doc.lines[lj]
            t = doc.norm[nl.start:nl.end]
            if not t.strip() or "。" in t or t.strip().startswith("("):
                break
            ps = people.find_people(doc, nl.start, nl.end)
            if len(ps) != 1 or any(_same_person(q.name, ps[0].name) for q in ev.principals):
                continue
            ev.principals.append(ps[0])
            added.append(ps[0])
            side = ps[0].country
            if side is not None and side != "JP" and side not in ev.countries:
                ev.others.append(side)
    return added


def _part_counterpart(doc: Doc, sents: list[Sentence], ev: EventDraft) -> None:
    """A talk a programme's item names by its pair alone (1.日韓外相会談(7月30日午後)), told in the sentences of its part
    (田村大臣と金英浩外交通商部長官は、…一致した): the first person of the other side they name, and the Japanese one
    beside them when the talk has none."""
    if ev.item_at is None or not _part_heading(doc, ev.item_at):
        return  # (a programme's line, not a part's numbered heading)
    for i in ev.sentences:
        found = _sentence_people(doc, sents[i])
        for p in found:
            side = person_side(p, ev.counterpart)
            if side in (None, "JP") or (ev.counterpart and side != ev.counterpart):
                continue
            p = copy.copy(p)  # (the page's mentions are shared: this talk's copy)
            complete_title(doc, p)
            p.country = side
            if not any(q.country == "JP" for q in ev.principals):
                jp = next((copy.copy(q) for q in found if person_side(q, ev.counterpart) == "JP"), None)
                if jp is not None:
                    complete_title(doc, jp)
                    jp.country = "JP"
                    ev.principals.insert(0, jp)
            ev.principals.append(p)
            return


def _fill_principals(doc: Doc, sents: list[Sentence], ev: EventDraft) -> None:
    """Principals for talks named without people: on each side, for each rank the talk's kind needs, the person
    of that rank the page names most often (the one talking, not a leader mentioned once, エルベグドルジ大統領訪日)."""
    if not ev.principals or not ev.anchors:
        heads = _delegation_heads(doc, sents, ev) or _delegation_lines(doc, sents, ev)
        if heads:
            # the sides are those the delegations stand for (the weak guess of a counterpart gives way)
            foreign = list(dict.fromkeys(p.country for p in heads if p.country and p.country != "JP"))  # (each has its side)
            ev.counterpart, ev.others = foreign[0], foreign[1:]
            ev.principals = [q for q in ev.principals if not any(_same_person(q.name, p.name) for p in heads)] + heads
            if ev.kind in (None, "other") and not ev.call:
                # a round named by no rank (…交渉会合): the heads' ranks (課長 and 次官補: vice_ministerial)
                by_rank, rank_row = kind_by_roles(ev.principals)
                if by_rank not in (None, "other"):
                    ev.kind = by_rank
                    if rank_row is not None:
                        ev.rules["kind"] = lexicon.fire(rank_row)
            return
    if not ev.principals and not ev.anchors and doc.title_span and TALK_NOUN_RE.search(doc.title or ""):
        # (a heading that names a talk, not a speaker's: 岸田外務大臣会見記録)
        # a talk known from the page's heading only (小渕大臣の金大中(キム・デジュン)韓国大統領表敬): its people
        for p in people.find_people(doc, *doc.title_span):
            p.country = person_side(p, ev.counterpart) or _side_by_position(doc, p, ev.counterpart)
            if p.country and not any(_same_person(q.name, p.name) for q in ev.principals):
                ev.principals.append(p)
    if ev.principals and not any(p.country == "JP" for p in ev.principals) and doc.title_span \
            and (vt := VISIT_TITLE.search(doc.title or "")) and lexicon.fire(VISIT.which(vt.group(0)[-2:])):
        # a visit page (X政務官のミクロネシア訪問): the visitor its heading names holds the talks where no one of
        # Japan's side is named (クリスチャン大統領表敬)
        for p in people.find_people(doc, *doc.title_span):
            if doc.norm.startswith("の", p.role_end) and person_side(p, ev.counterpart) == "JP":
                p.country = "JP"
                ev.principals.insert(0, p)
                by_rank, rank_row = kind_by_roles(ev.principals)
                if ev.kind in (None, "other") and not ev.call and by_rank == "vice_ministerial" and rank_row is not None:
                    # (the kind was read before the visitor was known: a 政務官 with a 第一次官 is vice-ministerial)
                    ev.kind = by_rank
                    ev.rules["kind"] = lexicon.fire(rank_row)
                break
    _visitor_of_heading(doc, ev)
    if not ev.anchors and not _has_foreign(ev):
        _part_counterpart(doc, sents, ev)
    ann = _announced(doc, sents) if not ev.anchors else None
    if ann:
        # a talk announced, not reported (…28日に訪問し、X長官との間で外相会談を行うこととなりました): the people
        # the announcing sentence names as holding it (Xは / Xとの間で; not 安倍総理の指示)
        for p in _sentence_people(doc, ann[0]):
            by_position = _side_by_position(doc, p, ev.counterpart)
            if by_position is None:
                continue
            complete_title(doc, p)
            p.country = person_side(p, ev.counterpart) or by_position
            if p.country and not any(_same_person(q.name, p.name) for q in ev.principals):
                ev.principals.append(p)
        _visitor_of_heading(doc, ev)  # (…と会談の予定, said of 同大統領: the visitor the heading names)
    if len(ev.countries) >= 3:
        _listed_participants(doc, ev)  # a multilateral meeting's list of the other sides' participants
    wanted = {"two_plus_two": [FM_ROLES, DEF_ROLES], "defense_ministers": [DEF_ROLES], "foreign_ministers": [FM_ROLES],
              "summit": [HEAD_ROLES]}.get(ev.kind)
    if not wanted or ev.gathering:  # (a gathering held: those it names, not the page's talks' people)
        return
    sides = {p.country for p in ev.principals}
    need = len(wanted) * 2
    if len(ev.principals) >= need and "JP" in sides and len(sides) >= 2:
        return
    key = (ev.counterpart, ev.kind)
    groups = doc.principal_groups.get(key)
    if groups is None:  # (the same for every talk of this side and kind: read once per page, not once per talk)
        groups = doc.principal_groups[key] = _principal_groups(doc, ev.counterpart, wanted)
    found: list[PersonMention] = []
    met = {q.country for q in ev.principals if q.country not in (None, "JP")}
    for (side, rank), top in groups.items():
        if side != "JP" and met and side not in met and side not in ev.others:
            # a talk held with one side's leader does not take in another side's (the page's other talk on the
            # margins of the same gathering, its own heading below: ソンサイ首相 is not of the talk with タイ首相)
            continue
        if any(q.country == side and (wanted[rank].search(q.role or "") or (q.role or "").endswith(_ENVOY)) for q in ev.principals):
            continue
        best = copy.copy(top)  # (each talk its own copy, as when it read the page itself)
        if not any(_same_person(q.name, best.name) for q in ev.principals + found):
            found.append(best)
    ev.principals.extend(found)
    for p in found:  # a side met only through these people is one of the talk's countries
        assert p.country is not None  # (groups hold only people with a side)
        if ev.counterpart is None and p.country != "JP":
            ev.counterpart = p.country
        elif p.country not in ("JP", ev.counterpart) and p.country not in ev.others:
            ev.others.append(p.country)
    if len(ev.countries) >= 3:
        _listed_participants(doc, ev)  # (the sides as the groups gave them: a multilateral meeting now)


def _drop_programme_lead(doc: Doc, sents: list[Sentence], events: list[EventDraft]) -> None:
    """A lead naming no one of the other side that tells the talks listed below it (…は、以下の二国間会談を行ったところ、
    概要以下の通り。), when the parts below it name two or more talks of their own (1.日韓外相会談(7月30日午後)): no
    talk of its own, as _drop_list_leads drops one over anchored talks."""
    ev = next((e for e in events if e.anchors and e.item_at is None), None)  # (only the page's first talk can be one)
    if ev is None or _has_foreign(ev) or len(set(ev.anchors)) > 1:
        return
    lead = _LIST_LEAD.rx.search(doc.norm, sents[ev.anchors[0]].start, sents[ev.anchors[0]].end)
    end = sents[ev.anchors[0]].end
    if lead is not None and sum(1 for e in events if e.item_at is not None and e.item_at >= end) >= 2:
        lexicon.fire(_LIST_LEAD.row(lead))
        events.remove(ev)


# patterns the regex engine would try at every position (they open with an optional group or a group of words),
# guarded: the same matches, found faster (matching.guarded; the largest gains of a timing of each pattern)
_TALK_WORD = guarded(_TALK_WORD)
ITEM_NAMED = guarded(ITEM_NAMED)
REFERENCE_TAIL = guarded(REFERENCE_TAIL)
ITEM_SPLIT = guarded(ITEM_SPLIT)
ITEM_BRACKETS = guarded(ITEM_BRACKETS)
EACH_LEADERS = guarded(EACH_LEADERS)
PROGRAMME_SENTENCE = guarded(PROGRAMME_SENTENCE)
_PROGRAMME_OPENS = Opens(PROGRAMME_SENTENCE)  # (tried on every sentence of a page: its first character tested first)
PLACE_AT = guarded(PLACE_AT)
