"""Patterns built from lexicon rows that say which row each match found.

A stage compiles an alternation of a table's rows once (``Table.alternation()``) into a named group;
``fire_match`` tells the row behind a match of that group and fires it (``lexicon.fire``), and
``RowPattern`` is a compiled pattern that does so on every match it returns (for patterns other stages
use as they are: ``places.FACILITY.search(x)`` fires the facility row that ended ``x``).

For rows matched inside larger hand-written patterns:

    flat(table)        the rows' alternation without its group, to join with other alternatives
    named(table)       the rows' alternation as the named group ``w`` (a pattern around it finds the row)
    fired(table, m)    ``m`` (a match with group ``w``, or None) decided something: fire its row, say so
    row_at(table, text, pos)  the row an alternation of regex rows (in row order) takes at ``pos``
"""

from __future__ import annotations

import re
import re._compiler as sre_compile  # (to compile a pattern with the class of its first characters: skip_ahead)
import re._parser as sre_parse  # (the parse tree of a pattern, to read the characters its matches start with)
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache

from gaiko.extract.lexicon import Row, Table, fire


class RowLookup:
    """The row behind a word of some rows of a table, as ``Table.which`` tells it (a literal row first, then the
    first regex row that matches the whole word), by a dict and the regex rows compiled once."""

    __slots__ = ("table", "rows", "literal", "regex")

    def __init__(self, table: Table, rows: Iterable[Row] | None = None):
        self.table = table
        self.rows = tuple(table.rows if rows is None else rows)
        self.literal: dict[str, Row] = {}
        for r in self.rows:
            if not r.regex:
                self.literal.setdefault(r.pattern, r)
        self.regex = tuple((r, re.compile(r.source)) for r in self.rows if r.regex)

    def __call__(self, text: str) -> Row | None:
        row = self.literal.get(text)
        if row is None:
            row = next((r for r, rx in self.regex if rx.fullmatch(text)), None)
        return row


def fire_match(lookup: RowLookup, m: re.Match | None, group: int | str = 0) -> Row | None:
    """The row whose word ``m`` found in ``group``, fired; None when there is no match (or the group is empty)."""
    if m is None or m.group(group) is None:
        return None
    row = lookup(m.group(group))
    fire(row)
    return row


class RowPattern:
    """A compiled pattern whose matches fire the rows their named groups found: ``groups`` maps a group
    name to the lookup of its rows. Has the methods of ``re.Pattern`` that stages use."""

    __slots__ = ("rx", "pattern", "groups", "needs", "tail")

    def __init__(self, pattern: str, groups: dict[str, RowLookup], flags: int = 0, precheck: bool = False,
                 tail: str | None = None):
        self.rx = skip_ahead(re.compile(pattern, flags))
        self.pattern = pattern
        self.groups = groups
        # with ``precheck``, the words one of which stands in the range of every match, tested before a search
        # (for a costly pattern that most ranges searched hold none of: the engine tries it at every position)
        # (up to 12 words: a gathering's cues, 出席 / 参加 / 参列 / の際 …, are ten)
        self.needs = required_words(self.rx, most=12) if precheck else None
        # ``tail``: a pattern every match holds a match of (its last words, cheap to search for), searched first
        self.tail = skip_ahead(re.compile(tail, flags)) if tail is not None else None

    def _absent(self, text: str, pos: int, endpos: int) -> bool:
        """None of the words every match holds stands in text[pos:endpos], or no match of its tail: nothing for the
        search to find."""
        if self.needs is not None and not holds_word_in(text, self.needs, pos, endpos):
            return True
        return self.tail is not None and self.tail.search(text, pos, endpos) is None

    @classmethod
    def words(cls, table: Table, rows: Iterable[Row] | None = None) -> RowPattern:
        """The alternation of ``rows`` (default: all of ``table``) as group ``w``, firing the row it found."""
        rows = tuple(table.rows if rows is None else rows)
        return cls("(?P<w>" + table.alternation(rows) + ")", {"w": RowLookup(table, rows)})

    def _fired(self, m: re.Match | None) -> re.Match | None:
        if m is not None:
            for name, lookup in self.groups.items():
                fire_match(lookup, m, name)
        return m

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return None if self._absent(text, pos, endpos) else self._fired(self.rx.search(text, pos, endpos))

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return None if self._absent(text, pos, endpos) else self._fired(self.rx.match(text, pos, endpos))

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return None if self._absent(text, pos, endpos) else self._fired(self.rx.fullmatch(text, pos, endpos))

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        if self._absent(text, pos, endpos):
            return
        for m in self.rx.finditer(text, pos, endpos):
            yield self._fired(m)  # type: ignore[misc]


class Forward:
    """``rx.search(text, pos, endpos)`` for one text and end, asked at positions that mostly rise: a match found
    from an earlier position is the answer for every position up to its start (where a match can start does not
    depend on where the search began), so asking from each of many talks to the text's end reads it about once."""

    __slots__ = ("rx", "text", "endpos", "since", "found")

    def __init__(self, rx: re.Pattern, text: str, endpos: int):
        self.rx, self.text, self.endpos = rx, text, endpos
        self.since: int | None = None
        self.found: re.Match | None = None

    def search(self, pos: int) -> re.Match | None:
        if self.since is not None and self.since <= pos and (self.found is None or self.found.start() >= pos):
            return self.found
        self.since, self.found = pos, self.rx.search(self.text, pos, self.endpos)
        return self.found


class NearWords:
    """``rx.finditer`` tried only near the words its matches hold: every match of ``rx`` holds one of ``words`` (whole),
    and an attempt to match at a position reads at most ``window(text)`` characters from it (the caller bounds both
    from the pattern), so a match starts no further than that before one of the words. Elsewhere the engine would
    try every position in vain (a pattern whose attempts each try many lengths of a name before its cue word:
    places.VISIT_CUES). Each stretch of possible starts is searched to ``window`` past its last start, and no
    further: an attempt there reads the text as the search to the end would, and any match the shorter text gives
    holds a word, so starts in the stretch. The same matches as ``rx.finditer``; ``rx`` never matches empty."""

    __slots__ = ("rx", "words", "window")

    def __init__(self, rx: re.Pattern[str], words: tuple[str, ...], window: Callable[[str], int]):
        assert sre_parse.parse(rx.pattern, rx.flags).getwidth()[0] > 0 and all(words)
        self.rx, self.words, self.window = rx, words, window

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        end = min(endpos, len(text))
        span = self.window(text)
        near: list[int] = []  # where a word starts in the range (and ends in it)
        for w, starts in word_starts(text, self.words):
            for k in range(bisect_left(starts, pos), len(starts)):
                if starts[k] + len(w) > end:
                    break
                near.append(starts[k])
        near.sort()
        k, n = 0, len(near)
        while k < n:
            a, b = near[k] - span, near[k]  # the stretch of starts within ``span`` before a word
            k += 1
            while k < n and near[k] - span <= b + 1:
                b = near[k]
                k += 1
            a = max(a, pos)
            while a <= b:
                m = self.rx.search(text, a, min(end, b + span + 1))
                if m is None:
                    break
                yield m
                pos = a = m.end()


class FirstAccepted:
    """The first match of ``rx.finditer(text, start, end)`` that ``accept`` takes (what it returns, not None), for
    one text and start, asked with many ends (from a sentence's start to each talk in it, from the body's start to
    each talk): each asked again was quadratic in the talks.

    An attempt to match at a position reads at most ``window`` characters from it (the caller bounds it from the
    pattern), so a search that ends at ``end`` finds the same matches as the search to the text's end wherever
    they start more than ``window`` characters before ``end``. Those are read once, in order, as far as a question
    needs, each accepted or not once (``accept`` must depend on the match and the text alone); only the last
    ``window`` characters are searched again with the end."""

    __slots__ = ("rx", "text", "start", "window", "accept", "_it", "_found", "_starts", "_checked", "_hit", "_done")

    def __init__(self, rx: re.Pattern | NearWords, text: str, start: int, window: int, accept):
        self.rx, self.text, self.start, self.window, self.accept = rx, text, start, window, accept
        self._it = rx.finditer(text, start)
        self._found: list[re.Match] = []  # the matches read, in order
        self._starts: list[int] = []  # … their starts
        self._checked = 0  # how many of them accept was asked about (in order, as a search asks)
        self._hit: tuple[int, object] | None = None  # the first match accepted: its start, what accept gave
        self._done = False

    def find(self, end: int):
        safe = end - self.window
        found, starts = self._found, self._starts
        while not self._done and (not starts or starts[-1] < safe):
            m = next(self._it, None)
            if m is None:
                self._done = True
            else:
                found.append(m)
                starts.append(m.start())
        # accept is asked only about matches a search to this end finds too (those starting before ``safe``)
        while self._hit is None and self._checked < len(found) and starts[self._checked] < safe:
            m = found[self._checked]
            self._checked += 1
            value = self.accept(m)
            if value is not None:
                self._hit = (m.start(), value)
        if self._hit is not None and self._hit[0] < safe:
            return self._hit[1]
        k = bisect_left(starts, safe)
        resume = max(found[k - 1].end() if k else self.start, safe, self.start)
        for m in self.rx.finditer(self.text, resume, end):
            value = self.accept(m)
            if value is not None:
                return value
        return None


# the class escapes a first character's class may hold (\\s, \\d, \\w and their complements)
_CATEGORY_CLASS = {sre_parse.CATEGORY_SPACE: r"\s", sre_parse.CATEGORY_NOT_SPACE: r"\S", sre_parse.CATEGORY_DIGIT: r"\d",
                   sre_parse.CATEGORY_NOT_DIGIT: r"\D", sre_parse.CATEGORY_WORD: r"\w", sre_parse.CATEGORY_NOT_WORD: r"\W"}


def _first_chars(seq) -> tuple[list[str], bool] | None:
    """(character-class items a match of the parsed ``seq`` starts with, whether it can match empty), or None when
    they cannot be told (any character, a category, a negated class, a back reference)."""
    items: list[str] = []
    for op, av in seq:
        if op is sre_parse.LITERAL:
            return items + [re.escape(chr(av))], False
        if op is sre_parse.IN:
            for o, a in av:
                if o is sre_parse.LITERAL:
                    items.append(re.escape(chr(a)))
                elif o is sre_parse.RANGE:
                    items.append(re.escape(chr(a[0])) + "-" + re.escape(chr(a[1])))
                elif o is sre_parse.CATEGORY and a in _CATEGORY_CLASS:
                    items.append(_CATEGORY_CLASS[a])
                else:
                    return None
            return items, False
        if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT, sre_parse.AT):
            continue  # (zero width: the match's first character is the next item's)
        if op is sre_parse.SUBPATTERN:
            got = _first_chars(av[3])
        elif op is sre_parse.BRANCH:
            alts = [_first_chars(alt) for alt in av[1]]
            got = None if any(a is None for a in alts) else (
                [x for a in alts if a for x in a[0]], any(a[1] for a in alts if a))
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT):
            inner = _first_chars(av[2])
            got = None if inner is None else (inner[0], inner[1] or av[0] == 0)
        else:
            return None
        if got is None:
            return None
        items += got[0]
        if not got[1]:
            return items, False
    return items, True


class Opens:
    """Whether a match of ``rx`` can start at ``text[pos]``: the character is in the class its matches open with
    (_first_chars), asked of the engine once per character and process and remembered (a dict of the characters seen,
    which the texts' alphabet bounds). A test before ``rx.match`` at a place most texts do not hold one (a line's
    start): a call of the engine costs some 2,000 instructions even where it fails on the first character (its
    state and match stack set up), a lookup in the dict a tenth of that. Where the openings cannot be told (any
    character, a negated class) or a match may be empty, every place may hold one."""

    __slots__ = ("_cls", "_seen")

    def __init__(self, rx: re.Pattern[str]):
        self._cls: re.Pattern[str] | None = None
        self._seen: dict[str, bool] = {}
        if rx.flags & re.IGNORECASE or _INLINE_IGNORECASE.search(rx.pattern):
            return
        try:
            first = _first_chars(sre_parse.parse(rx.pattern, rx.flags))
            lo = sre_parse.parse(rx.pattern, rx.flags).getwidth()[0]
        except (re.error, AttributeError, TypeError, ValueError, IndexError):
            return
        if first is None or first[1] or not first[0] or lo == 0:
            return
        self._cls = re.compile("[" + "".join(dict.fromkeys(first[0])) + "]", rx.flags & re.ASCII)

    def at(self, text: str, pos: int = 0, end: int = -1) -> bool:
        """Whether a match of the pattern may start at ``pos`` of text[:end] (``end`` -1: the text's end)."""
        if self._cls is None:
            return True
        if pos >= (len(text) if end < 0 else end):
            return False  # (no match is empty)
        c = text[pos]
        seen = self._seen.get(c)
        if seen is None:
            seen = self._seen[c] = self._cls.match(c) is not None
        return seen


def _skips_ahead(seq) -> bool:
    """Whether the regex engine itself skips ahead by the pattern's first characters: it does when the pattern
    opens with a literal, a class, or an alternation whose every branch opens with a literal (or when the pattern
    opens with a lookahead for a class of them already)."""
    while seq and seq[0][0] is sre_parse.SUBPATTERN:
        seq = seq[0][1][3]
    if not seq:
        return False
    op, av = seq[0]
    if op in (sre_parse.LITERAL, sre_parse.IN):
        return True
    if op is sre_parse.ASSERT and av[0] == 1 and len(av[1]) == 1 and av[1][0][0] is sre_parse.IN:
        return True  # guarded already: a lookahead for a class of first characters (plans.PLAN_VERB)
    return op is sre_parse.BRANCH and all(alt and alt[0][0] is sre_parse.LITERAL for alt in av[1])


def guarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` with a lookahead for the characters its matches start with, when the engine would otherwise try
    every position (a pattern opening with an optional group, a lookbehind, a group of words): the same
    matches, groups and spans, found faster. ``rx`` itself when they cannot be told."""
    if rx.flags & re.IGNORECASE:
        return rx
    try:
        tree = sre_parse.parse(rx.pattern, rx.flags)
        first = _first_chars(tree)
        if first is None or first[1]:
            return rx
        if _skips_ahead(tree):
            return skip_ahead(rx)  # (the engine's own first class, or a lookahead already: the class in its information)
        return skip_ahead(re.compile("(?=[" + "".join(dict.fromkeys(first[0])) + "])(?:" + rx.pattern + ")", rx.flags))
    except (re.error, AttributeError, TypeError, ValueError, IndexError):
        return rx


_INLINE_IGNORECASE = re.compile(r"\(\?[a-zA-Z-]*i")  # (?i:…), (?ai) …


def skip_ahead(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` compiled again with the class of the characters its matches start with in its search information,
    when the engine has none of its own: ``re`` reads a first class only from a pattern opening with a literal, a
    class or a group of literal-led words, and otherwise tries every position in turn (a call of its matcher each,
    which fails at once when the position holds none of them: a lookahead of ``guarded`` still costs that call).
    With the class, the search skips positions holding none of its characters in a tight loop, as it does for a
    pattern opening with a class. The same pattern (text, flags, groups): the same matches. ``rx`` itself when
    its first characters cannot be told, a match may be empty (the class would pass over an empty match where
    no first character stands), or this Python's compiler does not lay its code out as expected here."""
    if rx.flags & re.IGNORECASE or rx.flags & re.DEBUG or _INLINE_IGNORECASE.search(rx.pattern):
        return rx  # (a class read from a group that ignores case would be too narrow)
    try:
        tree = sre_parse.parse(rx.pattern, rx.flags)
        lo, hi = tree.getwidth()
        items = _lookahead_class(tree)
        if items is None:
            first = _first_chars(tree)
            if first is None or first[1] or not first[0]:
                return rx
            cls = sre_parse.parse("[" + "".join(dict.fromkeys(first[0])) + "]", rx.flags).data
            if len(cls) != 1 or cls[0][0] not in (sre_parse.IN, sre_parse.LITERAL):
                return rx
            items = cls[0][1] if cls[0][0] is sre_parse.IN else [cls[0]]
        if lo == 0:
            return rx
        code = sre_compile._code(tree, rx.flags)
        if code[:3] != [sre_compile.INFO, 4, 0]:
            return rx  # the engine skips ahead already (by a literal prefix or a first class), or lays out otherwise
        info = [sre_compile.INFO, 0, sre_compile.SRE_INFO_CHARSET, code[3], code[4]]
        charset, hascased = sre_compile._optimize_charset(items)
        if hascased:
            return rx
        sre_compile._compile_charset(charset, rx.flags | tree.state.flags, info)
        info[1] = len(info) - 1
        indexgroup: list[str | None] = [None] * tree.state.groups
        for k, i in tree.state.groupdict.items():
            indexgroup[i] = k
        out = _sre_compile(rx.pattern, rx.flags | tree.state.flags, info + code[5:], tree.state.groups - 1,
                           tree.state.groupdict, tuple(indexgroup))
    except (re.error, AttributeError, TypeError, ValueError, IndexError, AssertionError):
        return rx
    if out.flags != rx.flags or out.groups != rx.groups or out.groupindex != rx.groupindex:
        return rx
    return out


def _lookahead_class(tree) -> list | None:
    """The class a pattern's opening lookahead asks the first character to be in ((?=[...]), as ``guarded`` and
    hand-written guards put it), as parsed items; None when the pattern opens otherwise."""
    seq = tree
    while seq and seq[0][0] is sre_parse.SUBPATTERN:
        seq = seq[0][1][3]
    if not seq or seq[0][0] is not sre_parse.ASSERT or seq[0][1][0] != 1 or not seq[0][1][1]:
        return None
    op, av = seq[0][1][1][0]
    if op is sre_parse.IN and not any(o is sre_parse.NEGATE for o, _ in av):
        return list(av)
    return [(op, av)] if op is sre_parse.LITERAL else None


def _sre_compile(pattern: str, flags: int, code: list[int], groups: int, groupindex: dict[str, int],
                 indexgroup: tuple[str | None, ...]) -> re.Pattern[str]:
    """The regex engine's own constructor of a compiled pattern (as ``re._compiler.compile`` calls it)."""
    return sre_compile._sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def _required(seq) -> tuple[str, ...] | None:
    """Words one of which every match of the parsed ``seq`` holds, within the match or a lookahead of it (the
    best set its items give: the one whose shortest word is longest), or None when none can be told."""
    best: tuple[str, ...] | None = None
    run = ""

    def better(a: tuple[str, ...] | None, b: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if a is None or b is None:
            return a if b is None else b
        return a if min(map(len, a)) >= min(map(len, b)) else b

    for op, av in [*seq, (None, None)]:
        if op is sre_parse.LITERAL:
            run += chr(av)
            continue
        if run:
            best, run = better(best, (run,)), ""
        if op is sre_parse.SUBPATTERN:
            best = better(best, _required(av[3]))
        elif op is sre_parse.BRANCH:
            alts = [_required(alt) for alt in av[1]]
            if all(a is not None for a in alts):
                best = better(best, tuple(w for a in alts if a for w in a))
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT) and av[0] >= 1:
            best = better(best, _required(av[2]))
        elif op is sre_parse.ASSERT and av[0] == 1:  # (a lookahead reads the text up to endpos, as the match does)
            best = better(best, _required(av[1]))
    return best


def required_words(rx: re.Pattern[str], most: int = 8) -> tuple[str, ...] | None:
    """Words one of which every match of ``rx`` in text[pos:endpos] holds in that range (at most ``most`` words,
    none that holds another, each of two characters at least: a cheaper test than the search), or None."""
    if rx.flags & re.IGNORECASE:
        return None
    try:
        words = _required(sre_parse.parse(rx.pattern, rx.flags))
    except (re.error, AttributeError, TypeError, ValueError, IndexError):
        return None
    if not words:
        return None
    kept = tuple(dict.fromkeys(w for w in words if not any(v != w and v in w for v in words)))
    return kept if len(kept) <= most and min(map(len, kept)) >= 2 else None


def literal_words(rows: Iterable[Row]) -> tuple[str, ...] | None:
    """The words of ``rows`` when each is a literal word: a pattern built from them matches only where one of
    them stands (a cheap ``in`` test before its scan); None when a row is a regex."""
    rows = tuple(rows)
    return None if any(r.regex for r in rows) else tuple(r.pattern for r in rows)


def holds_word(text: str, words: tuple[str, ...] | None) -> bool:
    """Whether one of ``words`` (from literal_words) stands in ``text``; True when ``words`` is None."""
    if words is None:
        return True
    for w in words:  # (a plain loop: asked for every sentence of a page, any() over a generator cost twice as much)
        if w in text:
            return True
    return False


def holds_word_in(text: str, words: tuple[str, ...], pos: int, endpos: int) -> bool:
    """Whether one of ``words`` stands in text[pos:endpos] (required_words of a pattern: where none does, its search
    there finds nothing)."""
    for w in words:  # (a plain loop: cheaper than any() over a generator)
        if text.find(w, pos, endpos) >= 0:
            return True
    return False


@lru_cache(maxsize=8)
def word_starts(text: str, words: tuple[str, ...]) -> tuple[tuple[str, list[int]], ...]:
    """Each of ``words`` with the places it starts at in ``text``, read once per text (a range's test for a word,
    ``text.find(w, start, end) >= 0``, is then a bisect: the first start from ``start`` that ends by ``end``)."""
    out = []
    for w in words:
        starts, i = [], text.find(w)
        while i >= 0:
            starts.append(i)
            i = text.find(w, i + 1)
        out.append((w, starts))
    return tuple(out)


class SearchMemo:
    """Searches of one text over ranges asked again (a talk's lead, read for each talk), each made once; a
    RowPattern's rows are fired again each time, as its search would."""

    __slots__ = ("text", "found")

    def __init__(self, text: str):
        self.text = text
        self.found: dict[tuple[int, int, int], re.Match | None] = {}

    def search(self, pattern: re.Pattern | RowPattern, pos: int, endpos: int) -> re.Match | None:
        key = (id(pattern), pos, endpos)
        if key not in self.found:
            if isinstance(pattern, RowPattern):
                self.found[key] = None if pattern._absent(self.text, pos, endpos) else pattern.rx.search(self.text, pos, endpos)
            else:
                self.found[key] = pattern.search(self.text, pos, endpos)
        m = self.found[key]
        return pattern._fired(m) if isinstance(pattern, RowPattern) else m


def ungrouped(pattern: str) -> str:
    """``pattern`` with its named groups made plain groups, to join with others whose group names it shares."""
    return _NAMED_GROUP.sub("(?:", pattern)


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def flat(table: Table, rows: Iterable[Row] | None = None) -> str:
    """``table.alternation(rows)`` without its group, to join with other alternatives into one flat
    alternation (the regex engine then skips ahead by all their first characters at once)."""
    return table.alternation(rows)[3:-1]


def named(table: Table, rows: Iterable[Row] | None = None, name: str = "w") -> str:
    return f"(?P<{name}>" + table.alternation(rows) + ")"


def fired(table: Table, m: re.Match | None, name: str = "w") -> bool:
    """True when ``m`` matched; its row (the text of group ``name``) is fired."""
    if m is None:
        return False
    fire(table.which(m.group(name)))
    return True


def row_at(table: Table, text: str, pos: int) -> Row | None:
    """The first row whose pattern matches ``text`` at ``pos``: the alternative that ``table.alternation()``
    takes there when the table's rows are all regex rows (kept in row order). Lookbehinds see before ``pos``,
    which ``Table.which`` on the matched text alone cannot."""
    return next((r for r, rx in _compiled_rows(table) if rx.match(text, pos)), None)


@cache
def _compiled_rows(table: Table) -> tuple[tuple[Row, re.Pattern[str]], ...]:
    return tuple((r, re.compile(r.source)) for r in table)
