"""Text stage: the working document that every extractor reads.

``Doc`` holds the plain text (what spans index), a normalised copy of the *same length*
(full-width ASCII -> ASCII, U+3000 -> space, wave dashes -> ``~``), so a regex match on the
normalised copy is a valid span of the original; its lines; the region where the document's own
content stands (site navigation above and footers below are outside it); its sentences by the
project's rule; and SudachiPy tokens on demand.

Sentence rule (shared/gold/NOTES.md): a sentence runs from just after the previous 。 (or from the
start of its line, after indentation and a list marker) up to and including the next 。; a 。 inside
「」 does not end it; a line that ends without 。 ends the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import TYPE_CHECKING

from gaiko import countries

if TYPE_CHECKING:  # (annotations only: the stages import this module)
    from gaiko.extract.dates import TimeMention
    from gaiko.extract.drafts import EventDraft, PersonMention

# --- word lists as patterns -------------------------------------------------------------------
def words_pattern(words, guard: bool = False, katakana_words: bool = False) -> str:
    """A regex matching any of the literal ``words``, trying longer words first at a position (as the
    alternation of the words sorted longest first does), written as a trie: a position is tested once per
    distinct first character instead of once per word. ``guard`` puts a lookahead for the first characters
    in front, so a position where no word starts fails on one character-set test: worth it where the
    pattern is tried at many positions inside a larger one (PERSON_RE), not at the start of a pattern
    that is searched for (there the regex engine already skips ahead by the first characters). ``katakana_words``
    holds the words to whole katakana words (katakana_word), behind the guard of first characters (the edge tests
    at every position would keep the engine from skipping ahead)."""
    words = {w for w in words if w}

    def trie(ws: set[str]) -> str:
        nexts: dict[str, set[str]] = {}
        for w in ws:
            if w:
                nexts.setdefault(w[0], set()).add(w[1:])
        if not nexts:
            return ""
        alts = [re.escape(c) + trie(rest) for c, rest in sorted(nexts.items())]  # first characters differ: any order
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in ws else body  # greedy: the longer word before this one

    if not words:
        return "(?!)"
    first = "".join(sorted({re.escape(w[0]) for w in words}))
    if katakana_words:
        return f"(?=[{first}]){katakana_word(trie(words))}"
    return f"(?=[{first}]){trie(words)}" if guard else trie(words)


@cache
def country_names_pattern(foreign: bool = False, katakana_words: bool = True) -> str:
    """A regex of the country names and aliases (gaiko.countries; a longer name first at a position), held to whole
    katakana words unless ``katakana_words`` is False (マリ not in マリア); ``foreign``: without Japan's."""
    return words_pattern((n for n, c in countries.names_longest_first() if not (foreign and c == "JP")),
                         katakana_words=katakana_words)


def katakana_word(pattern: str) -> str:
    """``pattern`` held to whole katakana words: a match that starts (ends) on a katakana character does not
    start (end) inside a longer katakana word (マリ not in マリア, タイ not in リヒテンシュタイン); other edges are
    free (中国 before 政府, ロシア after 日)."""
    return f"(?:(?<![{_KATA}])|(?![{_KATA}])){pattern}(?:(?![{_KATA}])|(?<![{_KATA}]))"


_KATA = "ァ-ヴー"


# --- normalisation (one character -> one character) -------------------------------------------
_NORM = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}  # full-width ASCII
_NORM.update({0x3000: 0x20, 0x301C: 0x7E, 0xFF5E: 0x7E, 0x2010: 0x2D, 0x2212: 0x2D, 0x2015: 0x2D,
              0xFF0D: 0x2D, 0x2013: 0x2D, 0x2014: 0x2D, 0x00A0: 0x20, 0xFF61: 0x3002, 0xFF64: 0x3001,
              0x2022: 0x2022, 0xFF65: 0x30FB, 0x2027: 0x30FB, 0x00B7: 0x30FB, 0x3010: 0x3010})
_NORM[0xFF0C] = 0x3001  # ，-> 、 (full-width comma used as a Japanese comma)
_NORM[0xFF0E] = 0x2E


def run_translator(table: Mapping[int, int | str]) -> Callable[[str], str]:
    """``str.translate(table)`` as a function that looks up only the runs of characters the table changes
    (str.translate looks up every character: several times slower on Japanese text, where few change)."""
    changed = [c for c, v in sorted(table.items()) if (chr(v) if isinstance(v, int) else v) != chr(c)]
    runs = re.compile("[" + "".join(re.escape(chr(c)) for c in changed) + "]+")

    def translate(text: str) -> str:
        return runs.sub(lambda m: m.group().translate(table), text)

    return translate


_normalise = run_translator(_NORM)

# katakana that scans of old pages (and careless typing) give as a look-alike kanji or hiragana inside a katakana word:
# 工・ア・シェヴァルナッゼ (エ), ニコライ・ぺトロフ (ペ), スーパ一 (ー). In the normal form such a character is the katakana
# when katakana flank it, or when it is a name's one-character part before ・ (工・ア・…) or after it (…・工ル…)
LOOKALIKE_KANA = {"工": "エ", "力": "カ", "口": "ロ", "夕": "タ", "卜": "ト", "二": "ニ", "八": "ハ", "一": "ー",
                  "べ": "ベ", "ぺ": "ペ"}  # (not へ: the particle is written between katakana words, ロシアへドローン…)
_KATA_CHAR = re.compile(f"[{_KATA}]")
_KANJI_CHAR = re.compile("[一-龥]")
# a candidate, the character with katakana (or ・ and katakana) after it, is rare: its left is then read in Python
_LOOKALIKE_RE = re.compile("[" + "".join(LOOKALIKE_KANA) + f"](?=[{_KATA}]|・[ァ-ヴ])")


def _lookalikes(norm: str) -> str:
    """``norm`` with the look-alikes inside katakana words as the katakana (same length)."""
    out: list[str] | None = None
    for m in _LOOKALIKE_RE.finditer(norm):
        i = m.start()
        left = norm[i - 1] if i else ""
        if norm[i + 1] == "・":  # 工・ア・…: a name's one-character part, nothing of a word before it
            ok = not (left and (_KATA_CHAR.match(left) or _KANJI_CHAR.match(left)))
        else:  # katakana before it, or ・ after katakana (…・工ル…)
            ok = bool(left) and (_KATA_CHAR.match(left) is not None
                                 or (left == "・" and i >= 2 and _KATA_CHAR.match(norm[i - 2]) is not None))
        if ok:
            out = out if out is not None else list(norm)
            out[i] = LOOKALIKE_KANA[norm[i]]
    return norm if out is None else "".join(out)


def normalise(text: str) -> str:
    """Same-length normal form for matching: spans in it are spans in ``text``."""
    return _lookalikes(_normalise(text))


# --- layout at the start of a line: indentation and list markers -------------------------------
KANA_NUMERALS = "アイウエオカキクケコサシスセソタチツテト"
IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラム"
# on normalised text
LIST_MARKER = re.compile(
    r"""[ \t]*(?:
        [●•・○◎◆◇■□▶►▼▽△▲※\-*]\s*                                  # bullets
      | \(\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[""" + IROHA + r"""]|[a-zA-Z]|[ivx]{1,4}|注\d?)\s*\)\s*   # (1) (一) (イ) (a) (注)
      | [①-⑳]\s*
      | (?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:[.)、]\s*|\s+(?=\S))  # 1. 1) 一、 "1 " (a number then a space)
      | [""" + KANA_NUMERALS + r"""](?:[.)、]\s*|\s+)(?=\S)             # ア　/ イ．
      | [a-zA-Z][.)]\s+
    )""",
    re.X,
)
INDENT = re.compile(r"[ \t]+")
# the characters a LIST_MARKER match opens with (tests/test_text_opens.py checks them against the pattern's own):
# most lines open with none, and split_lines tests a line's character (remembered per process) before the pattern
LIST_OPENS = re.compile(r"[ \t●•・○◎◆◇■□▶►▼▽△▲※\-*(①-⑳\d一二三四五六七八九十" + KANA_NUMERALS + "a-zA-Z]")
_list_opens_seen: dict[str, bool] = {}


def _may_open_list(norm: str, i: int, end: int) -> bool:
    """Whether a LIST_MARKER match may start at norm[i] (before ``end``)."""
    if i >= end:
        return False
    c = norm[i]
    seen = _list_opens_seen.get(c)
    if seen is None:
        seen = _list_opens_seen[c] = LIST_OPENS.match(c) is not None
    return seen


@dataclass(slots=True)
class Line:
    start: int
    end: int  # exclusive, without the newline
    content_start: int  # after indentation and list markers
    marker: str  # the list marker as written (normalised), '' if none


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    line: int  # index of the line it starts on
    first_in_line: bool

    def text(self, doc: Doc) -> str:
        return doc.text[self.start:self.end]


@dataclass
class Doc:
    text: str
    norm: str = ""
    lines: list[Line] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    body_start: int = 0
    body_end: int = 0
    html_title: str | None = None
    # filled by extractors
    title: str | None = None
    title_span: tuple[int, int] | None = None
    doc_type: str = "other"
    doc_type_rule: str | None = None  # the layout row that decided doc_type (None: the page's shape did)
    doc_date: str | None = None
    doc_date_span: tuple[int, int] | None = None
    events: list[EventDraft] = field(default_factory=list)
    # what the document stage found about the page's layout, for the later stages
    lead: str | None = None  # the lead paragraph's first sentence (normalised); None: no running text
    date_line: int | None = None  # the line that prints the page's date (no sentence of the body)
    header_time: TimeMention | None = None  # a clock time printed on the date line (a press event)
    header_time_jst: bool = False  # … noted as Japan time (日本時間) on that line
    visit_summary: bool = False  # the heading is lost and the lead says it summarises a visit (同訪問の概要)
    bluebook: bool = False  # a section of the Diplomatic Bluebook (its chapter banner or label above the heading)
    schedule: str | None = None  # a schedule page (主な要人の来日日程): the id of its heading's row (document.py)
    kind_label: str | None = None  # the id of the layout row of a line above the title naming its kind (外務大臣談話)
    # the sentences the talks stage (meetings or chronology) works on: EventDraft.sentences index this list
    event_sentences: list[Sentence] = field(default_factory=list)
    # per-document caches of the stages (None: not computed yet)
    people_found: list[PersonMention] | None = None  # people.find_people over the whole text
    people_by_start: tuple[list[int], list[int]] | None = None  # its index by start (people._by_start)
    full_titles: dict[str, str] | None = None  # meetings.full_titles: name -> the fullest title the page gives
    titled_names: dict[tuple[str, str], bool] = field(default_factory=dict)  # people.surname_used: (name, next) -> used
    titled_runs: frozenset[str] | None = None  # people.shortest_form: katakana runs the page follows with a title
    # people.surname_used: kanji-run beginnings of each length -> where a Japanese title follows them
    titled_kanji: dict[int, dict[str, list[int]]] = field(default_factory=dict)
    # meetings._fill_principals: (counterpart, kind) -> the page's people of each side and rank, most mentioned first
    principal_groups: dict = field(default_factory=dict)
    list_lead: int | None = None  # meetings._drop_list_leads: the sentence of a lead telling the talks listed below it
    place_scans: dict = field(default_factory=dict)  # meetings._place_fields: a sentence's start -> its _PlaceScan
    # meetings: what a range of a sentence holds, read once for every talk that asks (meetings._SentenceReads)
    sentence_reads: dict = field(default_factory=dict)
    date_lines: dict = field(default_factory=dict)  # document._date_line_mention: a line -> its date mention or None
    announced_talk: dict = field(default_factory=dict)  # meetings._announced: its first sentences -> its answer
    line_times: dict = field(default_factory=dict)  # meetings._item_clock: a line -> its dates.TimesBefore
    attendee_blocks: dict = field(default_factory=dict)  # people.attendee_blocks: (start, end) -> its blocks
    roster_lines: dict | None = None  # people._roster_lines: each roster line -> its match
    speaker_lines: list[tuple[int, str]] | None = None  # outcomes: (line, speaker) of a transcript's (問)/(答) lines

    @classmethod
    def from_text(cls, text: str, html_title: str | None = None) -> Doc:
        doc = cls(text=text, html_title=html_title)
        doc.norm = normalise(text)
        doc.lines = split_lines(doc.norm)
        doc.body_start, doc.body_end = 0, len(text)
        doc.sentences = split_sentences(doc.norm, doc.lines)
        return doc

    # helpers used by every extractor -----------------------------------------------------------
    def line_at(self, pos: int) -> int:
        """The last line that starts at or before ``pos`` (0 when none does)."""
        return max(0, bisect_right(self._line_starts, pos) - 1)

    @cached_property
    def _line_starts(self) -> list[int]:
        return [ln.start for ln in self.lines]

    def line_text(self, i: int, norm: bool = True) -> str:
        ln = self.lines[i]
        return (self.norm if norm else self.text)[ln.start:ln.end]

    @cached_property
    def content_end(self) -> int:
        """Where the text's last non-blank character ends (``norm[i:].strip()`` is empty from here on)."""
        return len(self.norm.rstrip())

    def body_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if self.body_start <= s.start < self.body_end]

    def body_lines(self) -> list[int]:
        return [i for i, ln in enumerate(self.lines) if self.body_start <= ln.start < self.body_end]

    def tokens(self, start: int, end: int) -> list[Token]:
        return tokenize(self.text[start:end], start)


def split_lines(norm: str) -> list[Line]:
    lines = []
    pos = 0
    n = len(norm)
    while pos <= n:
        nl = norm.find("\n", pos)
        end = n if nl < 0 else nl
        if end > pos or nl >= 0:
            cs = pos
            marker = ""
            if cs < end and norm[cs] in " \t":  # (INDENT matches only there)
                m = INDENT.match(norm, cs, end)
                if m:
                    cs = m.end()
            for _ in range(2):  # (1)(イ) or "1 (1)" stacked markers
                m = LIST_MARKER.match(norm, cs, end) if _may_open_list(norm, cs, end) else None
                if not m or m.end() >= end:
                    break
                marker += norm[cs:m.end()].strip()
                cs = m.end()
                if cs < end and norm[cs] in " \t":
                    m2 = INDENT.match(norm, cs, end)
                    if m2:
                        cs = m2.end()
            lines.append(Line(pos, end, cs, marker))
        if nl < 0:
            break
        pos = nl + 1
    return lines


_QUOTE_OPEN = "「『"
_QUOTE_CLOSE = "」』"


_SENT_MARK = re.compile(r"[。「」『』]")


def split_sentences(norm: str, lines: list[Line]) -> list[Sentence]:
    out: list[Sentence] = []
    for li, ln in enumerate(lines):
        start = ln.content_start
        end = ln.end
        depth = 0
        first = True
        for m in _SENT_MARK.finditer(norm, start, end):
            c = m.group(0)
            i = m.start()
            if c in _QUOTE_OPEN:
                depth += 1
            elif c in _QUOTE_CLOSE:
                depth = max(0, depth - 1)
            elif depth == 0 and i >= start:
                if i + 1 > start:
                    out.append(Sentence(start, i + 1, li, first))
                    first = False
                start = i + 1
                while start < end and norm[start] in " \t":
                    start += 1
        # the rest of the line, if any text is left
        tail_end = end
        while tail_end > start and norm[tail_end - 1] in " \t":
            tail_end -= 1
        if tail_end > start:
            out.append(Sentence(start, tail_end, li, first))
    return out


# --- SudachiPy --------------------------------------------------------------------------------
SUDACHI_MAX_CHARS = 12_000  # SudachiPy refuses input over ~49 KB; 12k chars is < 36 KB in UTF-8


@dataclass(slots=True)
class Token:
    start: int
    end: int
    surface: str
    pos: tuple[str, ...]
    normalized: str

    @property
    def is_person(self) -> bool:
        return self.pos[0] == "名詞" and self.pos[2] == "人名"

    @property
    def is_surname(self) -> bool:
        return self.pos[2] == "人名" and self.pos[3] == "姓"

    @property
    def is_place(self) -> bool:
        return self.pos[2] == "地名"


@lru_cache(maxsize=1)
def _dictionary():
    from sudachipy import Dictionary

    return Dictionary()


@lru_cache(maxsize=1)
def _tokenizer():
    from sudachipy import SplitMode

    return _dictionary().tokenizer(mode=SplitMode.C)


@lru_cache(maxsize=4096)
def is_dictionary_surname(word: str) -> bool:
    """Whether SudachiPy's dictionary lists ``word``, whole, as a surname among its readings (大木: a surname beside
    the common noun the tokenizer reads it as in context)."""
    return any(m.part_of_speech()[2] == "人名" and m.part_of_speech()[3] == "姓" for m in _dictionary().lookup(word))


def chunks(text: str, limit: int = SUDACHI_MAX_CHARS):
    """Split text into pieces under the tokenizer's limit, at line ends or 。 where possible."""
    pos = 0
    n = len(text)
    while pos < n:
        end = min(n, pos + limit)
        if end < n:
            cut = max(text.rfind("\n", pos, end), text.rfind("。", pos, end))
            if cut > pos:
                end = cut + 1
        yield pos, text[pos:end]
        pos = end


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """SudachiPy (mode C) tokens with character offsets into the document."""
    tok = _tokenizer()
    out: list[Token] = []
    for base, piece in chunks(text):
        for m in tok.tokenize(piece):
            out.append(Token(offset + base + m.begin(), offset + base + m.end(), m.surface(),
                             m.part_of_speech(), m.normalized_form()))
    return out
