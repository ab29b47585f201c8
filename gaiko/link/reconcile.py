"""Chronology reconciliation: which event rows describe the same talk.

A chronology document (近年の日露関係の動き) lists talks that meeting records describe in full: the
chronology's 2008-11-05 entry 「ラヴロフ外相の訪日」 and the record of that foreign ministers' talk are one
talk with two sources. ``group_events(rows)`` finds these groups; the archive's timeline shows one entry
per group, and ``reconcile(archive)`` (run by ``gaiko link``) persists them in ``event_groups``.

Rules (each a small data table or a pure function below):

- Dates: a row covers ``[date, date_end or date]`` (ISO days). Two rows can be the same talk only if
  their spans overlap: a multi-day visit entry contains a talk held on one of its days. Rows without a
  full day date stay alone.
- Kinds must be compatible (``COMPATIBLE_KINDS``): equal, or listed as a pair. Two talks on one day with
  different kinds stay apart (the 2+2 and the foreign ministers' talk of 2018-07-31).
- Channels must agree when both are known (a telephone talk is not the visit of that day).
- Cities must agree when both are known (after NFKC).
- Principals: if both rows name principals of the same country and the names (by ``name_key``) differ,
  they are different talks.
- Two events of one document are never merged: a document reports distinct talks.
- The rules hold for whole groups: a join is skipped when the two groups together would hold two
  channels, two cities, two documents' events of one document, or disjoint principals of one side.

Among the candidate pairs the strongest are joined first (exact same day, same city, same occasion,
shared principals score higher); a join that would put two events of one document into one group is
skipped, so a three-day visit entry is matched to the best talk of a visit document, not to all of them.

Rows are duck-typed: objects with attributes (the archive's ``EventRow``) or dicts with the same keys
(``event_id``, ``doc_id``, ``doc_type``, ``kind``, ``channel``, ``date``, ``date_end``, ``city``,
``occasion``, ``principals``). Cost: sort plus a sweep over overlapping spans in which a row meets only the
rows of its blocks (kind class and a shared principal, ``_Blocks``), at most ``MAX_BLOCK`` of each: O(n log n).
"""

from __future__ import annotations

import functools
import heapq
import itertools
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date as _date
from typing import Any, TypeVar

from gaiko.link.docs import relationship
from gaiko.link.names import name_key

T = TypeVar("T")

# Unordered pairs of kinds that may describe the same talk besides equal kinds. Kept small on purpose:
# a chronology names a talk by its highest rank, so a "首脳/外相会談" entry is a summit.
COMPATIBLE_KINDS: frozenset[frozenset[str]] = frozenset()

# Pair score weights: higher joins first.
SCORE_SAME_START = 4  # both start the same day
SCORE_SAME_SPAN = 2  # identical spans (single-day talk vs single-day record)
SCORE_CITY = 2
SCORE_OCCASION = 1
SCORE_PERSON = 3  # per shared principal
SCORE_NOT_SAME_TYPE = 1  # a chronology entry and a meeting record (the typical pair)

MAX_SPAN_DAYS = 31  # a longer "span" is not a visit but a period; such rows are not matched
MAX_BLOCK = 32  # rows of one block (kind class, principal, overlapping days) a row is compared with, newest first


def get(row: Any, name: str, default: Any = None) -> Any:
    """Attribute or key ``name`` of a row (EventRow, dict, or any object)."""
    if isinstance(row, dict):
        return row.get(name, default)
    return getattr(row, name, default)


def parse_day(value: Any) -> _date | None:
    """A full ISO day (``2008-11-05``, or a date) as a date; None for partial or bad dates."""
    if value is None:
        return None
    if isinstance(value, _date):
        return value
    s = str(value)
    if len(s) < 10:
        return None
    try:
        return _date.fromisoformat(s[:10])
    except ValueError:
        return None


def span_of(row: Any) -> tuple[int, int] | None:
    """The row's days as ordinal numbers ``(first, last)``; None without a full day date."""
    start = parse_day(get(row, "date"))
    if start is None:
        return None
    end = parse_day(get(row, "date_end")) or start
    if end < start:
        end = start
    if (end - start).days > MAX_SPAN_DAYS:
        return None
    return start.toordinal(), end.toordinal()


def kinds_compatible(a: str | None, b: str | None) -> bool:
    a, b = a or "other", b or "other"
    return a == b or frozenset({a, b}) in COMPATIBLE_KINDS


def _norm(s: Any) -> str | None:
    if not s:
        return None
    return unicodedata.normalize("NFKC", str(s)).replace(" ", "").replace("・", "")


def principals_by_country(row: Any) -> dict[str | None, set[str]]:
    """Name keys of the row's principals by country (Person objects, dicts or plain names)."""
    out: dict[str | None, set[str]] = {}
    for p in get(row, "principals") or ():
        if isinstance(p, str):
            name, country = p, None
        else:
            name, country = get(p, "name"), get(p, "country")
        if name:
            out.setdefault(country, set()).add(name_key(name))
    return out


class _Features:
    """What pair_score compares of a row, read once per row (a chronology compares each row with many)."""

    __slots__ = ("kind", "channel", "city", "people", "flat", "occasion", "chronology", "doc_id")

    def __init__(self, row: Any):
        self.kind, self.channel = get(row, "kind"), get(row, "channel")
        self.city, self.occasion = _norm(get(row, "city")), _norm(get(row, "occasion"))
        self.people = principals_by_country(row)
        self.flat = set().union(*self.people.values()) if self.people else set()
        self.chronology = get(row, "doc_type") == "chronology"
        self.doc_id = get(row, "doc_id")


def pair_score(a: Any, b: Any, sa: tuple[int, int], sb: tuple[int, int]) -> int | None:
    """How strongly two rows look like one talk; None when they cannot be one."""
    return _score(_Features(a), _Features(b), sa, sb)


def _score(a: _Features, b: _Features, sa: tuple[int, int], sb: tuple[int, int]) -> int | None:
    if not kinds_compatible(a.kind, b.kind):
        return None
    if a.channel and b.channel and a.channel != b.channel:
        return None
    if a.city and b.city and a.city != b.city:
        return None
    pa, pb = a.people, b.people
    shared = 0
    for country in set(pa) & set(pb):
        if country is None:
            continue
        common = pa[country] & pb[country]
        if not common:
            return None  # both name this side's principal, and they differ
        shared += len(common)
    if None in pa or None in pb:  # plain names without country: count overlaps only
        shared = max(shared, len(a.flat & b.flat))
    score = SCORE_PERSON * shared
    if sa[0] == sb[0]:
        score += SCORE_SAME_START
    if sa == sb:
        score += SCORE_SAME_SPAN
    if a.city and a.city == b.city:
        score += SCORE_CITY
    if a.occasion and b.occasion and (a.occasion in b.occasion or b.occasion in a.occasion):
        score += SCORE_OCCASION
    if a.chronology != b.chronology:
        score += SCORE_NOT_SAME_TYPE
    return score


@functools.lru_cache(maxsize=256)
def kind_class(kind: str | None) -> str:
    """The block of a kind: kinds that may be one talk (``kinds_compatible``) share one (the smallest of the
    kinds connected through ``COMPATIBLE_KINDS``)."""
    k = kind or "other"
    seen, todo = {k}, [k]
    while todo:
        a = todo.pop()
        for pair in COMPATIBLE_KINDS:
            if a in pair:
                for b in pair - seen:
                    seen.add(b)
                    todo.append(b)
    return min(seen)


class _Blocks:
    """The rows whose spans may still overlap the next start, indexed so a row meets only those that can be
    its talk: by kind class, then by each principal's (country, name key), and by the set of countries whose
    principals a row names. Two rows can be one talk only if, for every country both name, they share a name
    key (``_score``): so the candidates of a row are the rows of its (country, key) blocks, and the rows that
    name none of the countries it names. Each block is read newest start first, at most ``MAX_BLOCK`` rows."""

    def __init__(self, spans: list[tuple[int, int] | None], feats: list[_Features | None]):
        self.spans, self.feats = spans, feats
        self.blocks: dict[tuple, dict[int, None]] = {}
        self.by_class: dict[str, dict[frozenset, None]] = {}  # class -> named-country sets of active rows
        self.keys: dict[int, list[tuple]] = {}  # row -> its blocks
        self.ends: list[tuple[int, int]] = []  # heap of (last day, row)

    @staticmethod
    def _named(f: _Features) -> frozenset:
        return frozenset(c for c in f.people if c is not None)

    def expire(self, day: int) -> None:
        while self.ends and self.ends[0][0] < day:
            _, j = heapq.heappop(self.ends)
            for key in self.keys.pop(j):
                block = self.blocks[key]
                del block[j]
                if not block:
                    del self.blocks[key]
                    if key[0] == "countries":
                        del self.by_class[key[1]][key[2]]

    def candidates(self, i: int) -> set[int]:
        f = self.feats[i]
        assert f is not None
        cls, named = kind_class(f.kind), self._named(f)
        keys: list[tuple] = [("person", cls, c, k) for c in named for k in f.people[c]]
        keys += [("countries", cls, s) for s in self.by_class.get(cls, ()) if not (s & named)]
        out: set[int] = set()
        for key in keys:
            out.update(itertools.islice(reversed(self.blocks.get(key, {})), MAX_BLOCK))
        return out

    def add(self, i: int) -> None:
        f, span = self.feats[i], self.spans[i]
        assert f is not None and span is not None
        cls, named = kind_class(f.kind), self._named(f)
        keys = [("person", cls, c, k) for c in named for k in f.people[c]] + [("countries", cls, named)]
        self.by_class.setdefault(cls, {})[named] = None
        for key in keys:
            self.blocks.setdefault(key, {})[i] = None
        self.keys[i] = keys
        heapq.heappush(self.ends, (span[1], i))


def candidate_pairs(rows: Sequence[Any]) -> list[tuple[int, int, int]]:
    """(score, i, j) for the pairs of rows from different documents that can be one talk.

    A sweep over the rows in order of their spans; each row is scored only against the earlier rows still
    overlapping it that share its kind class and a principal, or name none of the countries it names
    (``_Blocks``): near-linear, where scoring every overlapping pair was quadratic in the rows of one day
    (2.49M scores for 9,624 events of one relation). A block holds the descriptions of one person's talks of
    a few days, a handful in any real archive; beyond ``MAX_BLOCK`` (the same talk uploaded hundreds of times)
    the newest are kept."""
    spans = [span_of(r) for r in rows]
    feats = [_Features(r) if s is not None else None for r, s in zip(rows, spans)]
    order = sorted((i for i, s in enumerate(spans) if s is not None), key=lambda i: spans[i] or (0, 0))
    blocks = _Blocks(spans, feats)
    pairs: list[tuple[int, int, int]] = []
    for i in order:
        si, fi = spans[i], feats[i]
        assert si is not None and fi is not None
        blocks.expire(si[0])
        for j in sorted(blocks.candidates(i)):
            fj = feats[j]
            assert fj is not None
            if fi.doc_id is not None and fi.doc_id == fj.doc_id:
                continue
            sc = _score(fj, fi, spans[j], si)  # type: ignore[arg-type]
            if sc is not None:
                pairs.append((sc, j, i))
        blocks.add(i)
    return pairs


class _Component:
    """What a group already holds: documents, known channel and city, principals' name keys by country."""

    __slots__ = ("docs", "channels", "cities", "people")

    def __init__(self, row: Any, i: int):
        self.docs = {get(row, "doc_id", i)}
        ch, city = get(row, "channel"), _norm(get(row, "city"))
        self.channels = {ch} if ch else set()
        self.cities = {city} if city else set()
        self.people = {c: ks for c, ks in principals_by_country(row).items() if c is not None}

    def compatible(self, other: _Component) -> bool:
        if self.docs & other.docs:
            return False
        if len(self.channels | other.channels) > 1 or len(self.cities | other.cities) > 1:
            return False
        return all(self.people[c] & other.people[c] for c in set(self.people) & set(other.people))

    def absorb(self, other: _Component) -> None:
        self.docs |= other.docs
        self.channels |= other.channels
        self.cities |= other.cities
        for c, ks in other.people.items():
            self.people[c] = self.people.get(c, set()) | ks


def group_events(rows: Iterable[T]) -> list[list[T]]:
    """Group the event rows of one relationship that describe the same talk.

    Returns every row exactly once: groups in the order of their first row in the input, rows inside a
    group in input order. A row that matches nothing is a group of one. The rules hold for whole groups,
    not only for the pairs joined: a row without a channel never bridges a telephone talk and a visit.
    """
    rows = list(rows)
    parent = list(range(len(rows)))
    comps = [_Component(r, i) for i, r in enumerate(rows)]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _score, i, j in sorted(candidate_pairs(rows), key=lambda p: (-p[0], p[1], p[2])):
        ri, rj = find(i), find(j)
        if ri == rj or not comps[ri].compatible(comps[rj]):
            continue
        if ri > rj:
            ri, rj = rj, ri
        parent[rj] = ri
        comps[ri].absorb(comps[rj])

    groups: dict[int, list[T]] = {}
    for i, r in enumerate(rows):
        groups.setdefault(find(i), []).append(r)
    return list(groups.values())


def group_id_of(group: Sequence[Any]) -> str:
    """A stable id for a group: the smallest event_id among its meeting records (else among all rows)."""
    records = [str(get(r, "event_id")) for r in group if get(r, "doc_type") != "chronology"]
    return min(records or [str(get(r, "event_id")) for r in group])


def event_groups(rows: Iterable[Any]) -> dict[str, str]:
    """event_id -> group id for rows of any relationships (grouped per relationship first)."""
    by_rel: dict[str | None, list[Any]] = {}
    for r in rows:
        by_rel.setdefault(relationship(get(r, "countries") or ()), []).append(r)
    out: dict[str, str] = {}
    for rel, rs in by_rel.items():
        groups = group_events(rs) if rel is not None else [[r] for r in rs]
        for g in groups:
            gid = group_id_of(g)
            for r in g:
                out[str(get(r, "event_id"))] = gid
    return out
