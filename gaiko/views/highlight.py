"""Evidence marks: where each extracted fact stands in the document's text.

``marks_for(record, text)`` collects every span the record carries (outcomes, planned items,
people, chronology entries, ``Event.evidence``) as ``Mark``s; ``segment(text, marks)`` cuts the
text at every mark boundary into flat ``Segment``s, each with the marks that cover it. The
template escapes each segment's text on its own (Jinja autoescape), so no markup from the
document can ever reach the page as markup.

A fact the extractor gave no span for (a name or venue without ``span``/``evidence``) is located
by its exact string in the text; such marks say so in their label (``located by text``).
"""

from __future__ import annotations

from pydantic import BaseModel

from gaiko.record import Record
from gaiko.views.labels import EVIDENCE_MARK, kind_label, outcome_label

MIN_LOCATE_LEN = 2  # a one-character name is too ambiguous to locate by text


class Mark(BaseModel):
    start: int
    end: int
    cls: str  # a key of labels.MARK_STYLES
    label: str  # what the hover shows: the field and its value
    event: int | None = None  # index of the event the fact belongs to


class Segment(BaseModel):
    text: str
    cls: str | None = None  # class of the most specific covering mark
    title: str | None = None  # labels of all covering marks, most specific first


def _ok(span, n: int) -> tuple[int, int] | None:
    if not span or len(span) != 2:
        return None
    s, e = int(span[0]), int(span[1])
    s, e = max(0, s), min(n, e)
    return (s, e) if s < e else None


def _locate(text: str, needle: str | None) -> list[tuple[int, int]]:
    if not needle or len(needle) < MIN_LOCATE_LEN:
        return []
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + len(needle))
    return out


def _rule(rule: str | None) -> str:
    """The lexicon row that produced a fact, as the hover shows it (gaiko/extract/lexicon/)."""
    return f" — rule {rule}" if rule else ""


def marks_for(record: Record, text: str) -> list[Mark]:
    n = len(text)
    marks: list[Mark] = []

    def add(span, cls: str, label: str, ev: int) -> bool:
        ok = _ok(span, n)
        if ok:
            marks.append(Mark(start=ok[0], end=ok[1], cls=cls, label=label, event=ev))
        return bool(ok)

    for i, ev in enumerate(record.events):
        if ev.entry_span:
            add(ev.entry_span, "entry", f"年表項目: {ev.date or ''} {kind_label(ev.kind)}", i)
        for field, span in (ev.evidence or {}).items():
            value = getattr(ev, field, None)
            shown = value if isinstance(value, (str, int)) else (", ".join(map(str, value)) if value else "")
            add(span, EVIDENCE_MARK.get(field, "fact"), f"{field}: {shown}".rstrip(": ") + _rule(ev.rules.get(field)), i)
        located = set(ev.evidence or {})
        for field in ("venue", "city", "occasion"):
            value = getattr(ev, field, None)
            if field not in located and value:
                for span in _locate(text, value):
                    add(span, "place", f"{field}: {value} (located by text)", i)
        for group, people in (("principal", ev.principals), ("attendee", ev.attendees)):
            for p in people:
                desc = f"{group}: {p.name}" + (f" ({p.role or ''}{', ' + p.country if p.country else ''})") + _rule(p.rule)
                if not add(p.span, "person", desc, i):
                    for span in _locate(text, p.name):
                        add(span, "person", desc + " (located by text)", i)
        for o in ev.outcomes:
            add(o.span, o.type, f"outcome {o.type} ({outcome_label(o.type)}) by {o.by}{_rule(o.rule)}", i)
        for plan in ev.planned:
            when = plan.date or "日付未定"
            add(plan.span, "planned", f"planned: {plan.what} {when}" + (f" @ {plan.place}" if plan.place else "") + _rule(plan.rule), i)
    return marks


def segment(text: str, marks: list[Mark]) -> list[Segment]:
    """Cut ``text`` at every mark boundary; each piece names the marks over it (shortest first)."""
    if not marks:
        return [Segment(text=text)] if text else []
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    by_len = sorted(marks, key=lambda m: (m.end - m.start, m.start))
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        over = [m for m in by_len if m.start <= a and m.end >= b]
        if not over:
            out.append(Segment(text=text[a:b]))
            continue
        labels = list(dict.fromkeys(m.label for m in over))
        out.append(Segment(text=text[a:b], cls=over[0].cls, title=" / ".join(labels)))
    return out


def highlight(record: Record, text: str) -> tuple[list[Segment], list[Mark]]:
    marks = marks_for(record, text)
    return segment(text, marks), marks
