"""The stages over one ``Doc`` in their fixed order, then assembly into the ``Record`` (see the package's docstring)."""

from __future__ import annotations

import re
from typing import cast

from gaiko.extract import chronology, document, meetings, outcomes, people, plans
from gaiko.extract.drafts import PersonMention
from gaiko.record import Channel, DocType, Event, Kind, Outcome, OutcomeType, Person, Planned, Precision, Record
from gaiko.text import Doc
from gaiko.topics import classify


def run_extractors(text: str, html_title: str | None = None) -> Record:
    return extract_record(text, html_title)[0]


def extract_record(text: str, html_title: str | None = None) -> tuple[Record, tuple[int, int]]:
    """The record, and the content region [start, end) the document stage found (navigation outside it)."""
    doc = Doc.from_text(text, html_title=html_title)
    document.run(doc)
    region = (doc.body_start, doc.body_end)
    how = chronology.reading(doc, chronology.relations_section(doc))
    doc.doc_type, doc.doc_type_rule = document.doc_type_and_rule(doc.title or "", how.entries, doc.lead, visit_summary=doc.visit_summary,
                                                                 bluebook=doc.bluebook, schedule=doc.schedule,
                                                                 kind_label=doc.kind_label)
    if doc.doc_type == "chronology":
        chronology.run(doc, how)
    else:
        meetings.run(doc)
    outcomes.run(doc)
    plans.run(doc)
    return assemble(doc), region


# --- assembly ---------------------------------------------------------------------------------
EAST_ASIAN = ("CN", "KR", "KP", "TW")


def _display_name(doc: Doc, p: PersonMention, principal: bool = False) -> str:
    name = p.name
    if re.match(r"[ァ-ヴ]", name) and "・" in name:
        short = people.shortest_form(doc, name)
        if short != name and principal and people.kept_whole(p.country):
            return name  # a Chinese or Korean name in katakana, surname first: whole, as 習近平 (リー・シェンロン)
        # a principal's name the page never shortens: its surname (the development set writes attendees' whole),
        # unless the page writes the whole name on its own with a title (ガルシア・マルケス大統領: a double surname)
        if short == name and principal and not people.titled_whole(doc, name, p.country):
            return people.surname_form(name, p.country)
        return short
    if re.fullmatch(r"[一-龥々豈-龎]+", name) and len(name) >= 2 and p.country not in EAST_ASIAN:
        # a Japanese full name -> the surname the document uses on its own (茂木敏充 -> 茂木)
        sl = people.japanese_surname(doc, p.start, p.end)
        if sl:
            return name[:sl]
        for k in range(1, len(name)):
            if people.surname_used(doc, name[:k], name[k]):
                return name[:k]
    return name


def _person(doc: Doc, p: PersonMention, principal: bool = False) -> Person:
    return Person(name=_display_name(doc, p, principal), role=people.plain_role(p.role), country=p.country, span=(p.start, p.end),
                  rule=p.rule)


def assemble(doc: Doc) -> Record:
    """The record of ``doc``'s drafts. Drafts hold vocabulary values as plain strings (a lexicon row's
    value); the record's model validates each against its closed set here, so the casts only tell the
    type checker what the model checks."""
    events = []
    for ev in doc.events:
        countries = [ev.one_side] if ev.one_side else ev.countries
        principals: list[Person] = []
        named: set[str] = set()  # (the names taken so far: reading them for each person was quadratic in them)
        for p in sorted(ev.principals, key=lambda q: q.country != "JP"):
            person = _person(doc, p, principal=True)
            if person.name not in named:
                named.add(person.name)
                principals.append(person)
        attendees: list[Person] = []
        for p in ev.attendees:
            person = _person(doc, p)
            if person.name not in named:
                named.add(person.name)
                attendees.append(person)
        found: list[Outcome] = []
        seen = set()
        for o in ev.outcomes:
            key = (o.type, o.span)
            if key in seen:
                continue
            seen.add(key)
            found.append(Outcome(type=cast(OutcomeType, o.type), by=o.by or "JP", text=o.text, span=o.span, topics=classify(o.text), rule=o.rule))
        planned = [Planned(what=p.what, date=p.date, precision=cast("Precision | None", p.precision), place=p.place, text=p.text,
                           span=p.span, kind=cast("Kind | None", p.kind),
                           date_end=p.date_end, occasion=p.occasion, date_text=p.date_text, topics=classify(p.text), rule=p.rule)
                   for p in ev.planned]
        topics = sorted({t for x in found + planned for t in x.topics} | set(classify(ev.entry_words)))
        entry = ev.evidence.pop("entry", None)
        events.append(Event(
            kind=cast(Kind, ev.kind), channel=cast("Channel | None", ev.channel), date=ev.date, date_end=ev.date_end, start_local=ev.start_local,
            end_local=ev.end_local, start_jst=ev.start_jst, duration_min=ev.duration_min, venue=ev.venue, city=ev.city,
            occasion=ev.occasion, countries=countries, principals=principals, attendees=attendees, outcomes=found,
            planned=planned, scheduled="scheduled" in ev.evidence, evidence={k: tuple(v) for k, v in ev.evidence.items()},
            entry_text=doc.text[entry[0]:entry[1]] if entry else None, entry_span=tuple(entry) if entry else None,
            topics=topics, rules=dict(ev.rules),
        ))
    return Record(title=doc.title, doc_type=cast(DocType, doc.doc_type), doc_date=doc.doc_date,
                  rules={"doc_type": doc.doc_type_rule} if doc.doc_type_rule else {}, events=events)
