"""People: one person per real individual across documents.

``resolve(docs)`` turns every principal and attendee of every event into a mention and clusters them:

1. Name key (``gaiko.link.names.name_key``): title removed (川口外務大臣 → 川口), ``Surname,Given`` reduced to
   the surname (ラヴロフ,セルゲイ・ヴィクトロヴィチ → ラヴロフ), katakana variants folded (ラヴロフ = ラブロフ,
   ー and ・ dropped). A Japanese full name in kanji is reduced to its surname (茂木敏充 → 茂木) by SudachiPy's
   person-name tags (姓 + 名), or, when Sudachi does not split it (林芳正), by a surname of the same country
   seen elsewhere that is its prefix.
2. Mentions with the same (country, key) are one candidate person; a mention without country joins the
   candidate with the same key if there is exactly one.
3. A candidate is split in date order where a different individual must have taken over: a gap longer
   than ``ROLE_CHANGE_GAP_YEARS`` with a change of role family (the Foreign Minister 安倍 of 1983 and the
   Prime Minister 安倍 of 2018), a gap longer than ``SAME_ROLE_GAP_YEARS`` of the role family even in the
   same role (菅 the Prime Minister of 2010 and of 2021), or two
   different given names written in full (河野洋平 / 河野太郎).

Roles held over time come from the mentions (first and last date per role). Romanised names (pykakasi,
Hepburn, long vowels collapsed as in passports: 河野 → Kono) are for display and for finding a person in
Latin letters (``"kono"``, ``"Kōno"``, ``"kouno"`` all find 河野; katakana names are romanised literally
by pykakasi, so ラヴロフ is ``"ravurofu"``, not "Lavrov").

Library API (pure: documents in, people out; ``gaiko.archive.Archive`` serves them stored or computed):
- ``resolve(docs) -> list[PersonEntity]`` (most talks first)
- ``of_country(people, country)``, ``named(people, name)`` (all people a name may mean, newest first),
  ``with_id(people, person_id)``, ``names_denoting(name, written, people)`` (the stored spellings of them)
- ``list_people(docs)``, ``person(docs, name)``, ``person_by_id(docs, person_id)``: the same over documents
Each ``PersonEntity`` has ``talks``: one ``Talk`` per talk (chronology entries and meeting records of the
same talk merged through ``gaiko.link.reconcile``) with date, role, kind, counterparts and sources.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from datetime import date as _date
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, Field

from gaiko.link.docs import DocView, EventView, events_of, iter_archive
from gaiko.link.lexicon import find as find_holder
from gaiko.link.names import LONG_VOWELS, is_kanji, last_part, latin_key, name_key, strip_title
from gaiko.link.reconcile import event_groups

# A longer gap than this between two mentions with a change of role family means another individual.
ROLE_CHANGE_GAP_YEARS = 8.0
# A longer gap than this in the same role family means another individual (菅 of 2010 and 菅 of 2021 are
# two Prime Ministers; 河野 the Foreign Minister of 1999 and of 2017 are two people). Heads of government and
# state rarely return after long absences; ministers and officials may.
SAME_ROLE_GAP_YEARS: dict[str | None, float] = {"head_of_government": 8.0, "head_of_state": 8.0}
SAME_ROLE_GAP_DEFAULT = 12.0

# Role families, in order of test (the first family with a cue contained in the role wins).
ROLE_FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("deputy", ("副大統領", "副首相", "副総理", "副大臣", "副主席", "副長官")),
    ("head_of_government", ("総理", "首相")),
    ("head_of_state", ("大統領", "国家主席", "主席", "国王", "天皇", "皇帝")),
    ("defence", ("防衛", "国防")),
    ("foreign", ("外務大臣", "外相", "外交部長", "外務・", "国務長官", "外務大臣")),
    ("minister", ("大臣", "長官", "相")),
    ("official", ("次官", "局長", "審議官", "大使", "参事官", "部長", "長")),
)


def role_family(role: str | None) -> str | None:
    if not role:
        return None
    r = unicodedata.normalize("NFKC", role)
    for family, cues in ROLE_FAMILIES:
        if any(c in r for c in cues):
            return family
    return "other"


@lru_cache(maxsize=1)
def _sudachi():
    try:
        from sudachipy import dictionary, tokenizer
    except ImportError:  # pragma: no cover - sudachipy is a dependency
        return None
    return dictionary.Dictionary().tokenizer(tokenizer.Tokenizer.SplitMode.C)


@lru_cache(maxsize=65536)
def split_japanese_name(name: str) -> tuple[str, str | None]:
    """茂木敏充 -> ('茂木', '敏充'); a surname alone or an unknown name -> (name, None)."""
    if not is_kanji(name) or len(name) < 3:
        return name, None
    tok = _sudachi()
    if tok is None:
        return name, None
    ms = list(tok.tokenize(name))
    if len(ms) == 2 and ms[0].part_of_speech()[3] == "姓" and ms[1].part_of_speech()[3] == "名":
        return ms[0].surface(), ms[1].surface()
    return name, None


@lru_cache(maxsize=1)
def _kakasi():
    import pykakasi

    return pykakasi.kakasi()


@lru_cache(maxsize=65536)
def romanize(name: str) -> str:
    """Hepburn romanisation for display and Latin-letter search (安倍 -> Abe, 習近平 -> Shuu Kinpei)."""
    parts = [LONG_VOWELS.sub(lambda m: m.group(0)[0], p["hepburn"]) for p in _kakasi().convert(name)
             if p["hepburn"].strip()]
    return " ".join(p.capitalize() for p in parts)



class RoleSpan(BaseModel):
    role: str
    first: str | None = None
    last: str | None = None
    talks: int = 0


class Talk(BaseModel):
    date: str | None
    date_end: str | None = None
    role: str | None = None
    kind: str
    channel: str | None = None
    principal: bool = True
    label: str
    counterparts: list[str] = Field(default_factory=list)
    event_id: str
    group_id: str
    sources: list[str] = Field(default_factory=list, description="doc_ids of every record of this talk")
    scheduled: bool = False  # every record of the talk only announces it (Event.scheduled)


class PersonEntity(BaseModel):
    person_id: str
    name: str
    country: str | None = None
    romaji: str = ""
    latin: str = Field(default="", description="the name in Latin letters: Sergey Lavrov (lexicon) or the romanisation")
    latin_source: str = Field(default="", description="where `latin` comes from: 'page' (the page's own), 'lexicon' "
                                                      "(office holders) or 'romanised' (pykakasi, not their spelling)")
    variants: list[str] = Field(default_factory=list)
    keys: list[str] = Field(default_factory=list, description="name keys that find this person")
    roles: list[RoleSpan] = Field(default_factory=list)
    first: str | None = None
    last: str | None = None
    talks: list[Talk] = Field(default_factory=list)

    @property
    def romaji_key(self) -> str:
        """The romanisation as a Latin key (the stored people are looked up by it: "kono" finds 河野)."""
        return latin_key(self.romaji)

    @property
    def index_keys(self) -> list[str]:
        """Every name key that finds this person in the stored index (its keys and its spellings')."""
        return sorted(set(self.keys) | {name_key(v) for v in self.variants})


class _Mention:
    __slots__ = ("name", "key", "given", "role", "family", "country", "date", "ev", "principal", "latin")

    def __init__(self, name, key, given, role, country, date, ev, principal, latin=None):
        self.name, self.key, self.given, self.role, self.latin = name, key, given, role, latin
        self.family = role_family(role)
        self.country, self.date, self.ev, self.principal = country, date, ev, principal


def _year(d: str | None) -> float | None:
    if not d:
        return None
    try:
        if len(d) >= 10:
            x = _date.fromisoformat(d[:10])
            return x.year + (x.timetuple().tm_yday - 1) / 366
        return float(d[:4])
    except ValueError:
        return None


def _mentions(events: Iterable[EventView]) -> list[_Mention]:
    out = []
    for ev in events:
        e = ev.event
        for principal, people in ((True, e.principals), (False, e.attendees)):
            for p in people:
                if not p.name or not p.name.strip():
                    continue
                written = strip_title(p.name)
                surname, given = split_japanese_name(written) if p.country in (None, "JP") else (written, None)
                latin = ev.page_latin.get(p.name) if ev.page_latin else None
                out.append(_Mention(written, name_key(surname), given, p.role, p.country, e.date, ev, principal, latin))
    # kanji full names Sudachi could not split: a known surname of the same country that is their prefix
    known: dict[str | None, set[str]] = {}
    for m in out:
        known.setdefault(m.country, set()).add(m.key)
    for m in out:
        tail = last_part(m.name)  # セルゲイ・ラヴロフ -> ラヴロフ when ラヴロフ is known for the country
        if tail and name_key(tail) in known.get(m.country, ()) and name_key(tail) != m.key:
            m.key = name_key(tail)
            continue
        if is_kanji(m.key) and len(m.key) >= 3:
            prefixes = [k for k in known.get(m.country, ()) if k != m.key and m.key.startswith(k)
                        and 1 <= len(m.key) - len(k) <= 2 and is_kanji(k)]
            if prefixes:
                k = max(prefixes, key=len)
                m.given = m.key[len(k):]
                m.key = k
    return out


def _split(mentions: list[_Mention]) -> list[list[_Mention]]:
    """Split one (country, key) candidate into individuals by role family, time gaps and given names."""
    years = {id(m): _year(m.date) for m in mentions}
    dated = sorted((m for m in mentions if years[id(m)] is not None), key=lambda m: m.date)
    undated = [m for m in mentions if years[id(m)] is None]
    clusters: list[list[_Mention]] = []
    families: set = set()  # of the current (last) cluster
    givens: set = set()
    for m in dated:
        if clusters:
            cur = clusters[-1]
            gap = years[id(m)] - years[id(cur[-1])]  # type: ignore[operator]
            new_family = m.family is not None and families and m.family not in families
            same_gap = SAME_ROLE_GAP_YEARS.get(m.family, SAME_ROLE_GAP_DEFAULT)
            if not (gap > same_gap or (new_family and gap > ROLE_CHANGE_GAP_YEARS)
                    or (m.given and givens and m.given not in givens)):
                cur.append(m)
                if m.family:
                    families.add(m.family)
                if m.given:
                    givens.add(m.given)
                continue
        clusters.append([m])
        families = {m.family} if m.family else set()
        givens = {m.given} if m.given else set()
    if undated:
        if clusters:
            max(clusters, key=len).extend(undated)
        else:
            clusters.append(undated)
    return clusters


def _entity(cluster: list[_Mention], groups: dict[str, str], sources: dict[str, list[str]]) -> PersonEntity:
    names = Counter(m.name for m in cluster)
    key = cluster[0].key
    # display: the most frequent form that is the name itself (a surname rather than a full name)
    plain = [n for n in names if name_key(n) == key]
    display = min(plain, key=lambda n: (-names[n], len(n))) if plain else key
    country = next((m.country for m in cluster if m.country), None)
    dates = sorted(m.date for m in cluster if m.date)
    first_year = (dates[0][:4] if dates else "x")
    romaji = romanize(display)
    pid = f"{(country or 'xx').lower()}-{latin_key(romaji) or name_key(display)}-{first_year}"
    roles: dict[str, list] = {}  # role -> [first, last, count]
    talks: dict[str, dict] = {}
    for m in sorted(cluster, key=lambda m: (m.date or "", m.ev.event_id)):
        if m.role:
            rs = roles.setdefault(m.role, [m.date, m.date, 0])
            rs[0] = rs[0] or m.date
            rs[1] = m.date or rs[1]
            rs[2] += 1
        gid = groups.get(m.ev.event_id, m.ev.event_id)
        e = m.ev.event
        existing = talks.get(gid)
        is_record = m.ev.doc_type != "chronology"
        if existing is not None and not e.scheduled:
            existing["scheduled"] = False
        if existing is not None and not (is_record and existing.pop("_entry", False)):
            if m.role and not existing["role"]:
                existing["role"] = m.role
            continue
        # a meeting record describes the talk better than a chronology entry: it replaces the entry's view
        others = [p.name for p in e.principals if name_key(strip_title(p.name)) != m.key or p.country != m.country]
        if existing is not None:
            others = list(dict.fromkeys(others + existing["counterparts"]))
        talks[gid] = dict(date=e.date, date_end=e.date_end, role=m.role, kind=e.kind, channel=e.channel,
                          principal=m.principal, label=m.ev.label(), counterparts=others,
                          event_id=m.ev.event_id, group_id=gid, sources=sources.get(gid, [m.ev.doc_id]),
                          scheduled=e.scheduled and (existing is None or existing["scheduled"]))
        if not is_record:
            talks[gid]["_entry"] = True
        elif existing is not None and not m.role:
            talks[gid]["role"] = existing["role"]
    keys = {m.key for m in cluster} | {name_key(n) for n in names}
    holder = find_holder(country, keys, {m.family for m in cluster}, dates[0] if dates else None,
                         dates[-1] if dates else None)
    on_page = Counter(m.latin for m in cluster if m.latin)
    if on_page:  # the page's own spelling first, then the lexicon's, then a romanisation (marked)
        latin, latin_source = on_page.most_common(1)[0][0], "page"
    elif holder:
        latin, latin_source = holder.latin, "lexicon"
    else:
        latin, latin_source = romaji, "romanised"
    if latin_source != "romanised":  # "Lavrov" and "Sergey Lavrov" find him in the stored index too
        keys |= {k for k in (latin_key(latin), latin_key(latin.split()[-1])) if k}
    return PersonEntity(
        person_id=pid, name=display, country=country, romaji=romaji, latin=latin, latin_source=latin_source,
        variants=sorted(names), keys=sorted(keys),
        roles=sorted((RoleSpan(role=r, first=v[0], last=v[1], talks=v[2]) for r, v in roles.items()),
                     key=lambda r: (r.first or "", r.role)),
        first=dates[0] if dates else None, last=dates[-1] if dates else None,
        talks=[Talk.model_construct(**{k: v for k, v in t.items() if k != "_entry"})
               for t in sorted(talks.values(), key=lambda t: (t["date"] or "", t["event_id"]))],
    )


def resolve(docs: Iterable[DocView], groups: dict[str, str] | None = None) -> list[PersonEntity]:
    """Every individual named in the documents, most talks first (``groups``: precomputed talk groups)."""
    events = list(events_of(docs))
    groups = event_groups(events) if groups is None else groups
    sources: dict[str, list[str]] = {}
    for ev in events:
        lst = sources.setdefault(groups.get(ev.event_id, ev.event_id), [])
        if ev.doc_id not in lst:
            lst.append(ev.doc_id)
    candidates: dict[tuple[str | None, str], list[_Mention]] = {}
    mentions = _mentions(events)
    by_key: dict[str, set[str | None]] = {}
    for m in mentions:
        by_key.setdefault(m.key, set()).add(m.country)
    for m in mentions:
        country = m.country
        if country is None:
            known = by_key[m.key] - {None}
            if len(known) == 1:
                country = next(iter(known))
        candidates.setdefault((country, m.key), []).append(m)
    people = [_entity(c, groups, sources) for ms in candidates.values() for c in _split(ms)]
    seen: Counter[str] = Counter()
    for p in people:  # person ids are unique even if two people share name, country and first year
        seen[p.person_id] += 1
        if seen[p.person_id] > 1:
            p.person_id += f"-{seen[p.person_id]}"
    return sorted(people, key=lambda p: (-len(p.talks), p.person_id))


def matches(p: PersonEntity, query: str) -> bool:
    """Does ``query`` name this person (any spelling variant, title, full form, or romaji)?"""
    q = query.strip()
    if not q:
        return False
    key = name_key(q)
    surname, _ = split_japanese_name(strip_title(q))
    keys = set(p.keys) | {name_key(v) for v in p.variants} | {name_key(p.name)}
    tail = last_part(q)
    if key in keys or name_key(surname) in keys or (tail and name_key(tail) in keys):
        return True
    lq = latin_key(q)
    if not lq:
        return False
    latin = {latin_key(p.romaji), latin_key(p.person_id.split("-")[1])}
    if p.latin_source in ("page", "lexicon") and p.latin:
        latin |= {latin_key(p.latin), latin_key(p.latin.split()[-1])}
    return lq in latin


def names_denoting(query: str, written: Iterable[str], people: Iterable[PersonEntity] | None) -> list[str]:
    """The names as written in the archive (``written``: every participant name) that denote the people
    ``query`` may mean: ラブロフ, Lavrov, ラヴロフ外相 -> ['ラヴロフ', 'ラヴロフ外務大臣', ...].

    The people (``resolve``'s) say who the query is; without any of them found (or without people), the
    query's own name keys are used (spelling variants and titles still fold)."""
    keys = query_keys(query)
    found = [p for p in (people or []) if matches(p, query)]
    if found:
        keys = set()
        for p in found:
            keys |= set(p.keys) | {name_key(v) for v in p.variants}
    return sorted(n for n in written if name_key(n) in keys or name_key(strip_title(n)) in keys)


def query_keys(name: str) -> set[str]:
    """The name keys and Latin key a query may match (for the indexed look-up of stored people)."""
    q = name.strip()
    if not q:
        return set()
    keys = {name_key(q), name_key(split_japanese_name(strip_title(q))[0])}
    tail = last_part(q)
    if tail:
        keys.add(name_key(tail))
    if latin_key(q):
        keys.add(latin_key(q))
    return keys


def of_country(people: list[PersonEntity], country: str | None = None) -> list[PersonEntity]:
    return [p for p in people if p.country == country.upper()] if country else people


def named(people: Iterable[PersonEntity], name: str) -> list[PersonEntity]:
    """The people ``name`` may mean (spelling variants, titles, full forms, romaji), newest first."""
    return sorted((p for p in people if matches(p, name)), key=lambda p: p.last or "", reverse=True)


def with_id(people: Iterable[PersonEntity], person_id: str) -> PersonEntity | None:
    return next((p for p in people if p.person_id == person_id), None)


def list_people(source: Any, *, country: str | None = None) -> list[PersonEntity]:
    """Every person of an iterable of documents (or of anything with ``iter_documents()``), most talks first."""
    return of_country(resolve(iter_archive(source)), country)


def person(source: Any, name: str) -> list[PersonEntity]:
    """The people ``name`` may mean among the documents' people, newest first."""
    return named(resolve(iter_archive(source)), name)


def person_by_id(source: Any, person_id: str) -> PersonEntity | None:
    """One person by ``person_id`` (stable while the documents stay the same)."""
    return with_id(resolve(iter_archive(source)), person_id)
