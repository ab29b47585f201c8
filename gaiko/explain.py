"""Why each fact is there: every fact of an extraction with its span, its sentence and its rule ids.

``gaiko extract --explain FILE`` prints these lines; the web document page shows the same rule ids on
hover. A rule id names a lexicon row (``gaiko/extract/lexicon/<family>.py``): the row to change when a
fact is wrong. A fact without an id was set by code that has no row yet (shown as ``-``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from gaiko.pipeline import Extraction
from gaiko.text import Doc

SCALARS = ("kind", "channel", "date", "date_end", "start_local", "end_local", "start_jst", "duration_min",
           "venue", "city", "occasion", "countries")


class _Sentences:
    """The sentence holding a span, by bisection over sentence starts."""

    def __init__(self, text: str) -> None:
        doc = Doc.from_text(text)
        self.text = text
        self.spans = [(s.start, s.end) for s in doc.sentences]
        self.starts = [a for a, _ in self.spans]

        self.last = ""

    def around(self, span: tuple[int, int] | None) -> str:
        if not span:
            return ""
        i = bisect.bisect_right(self.starts, span[0]) - 1
        if i < 0:
            return ""
        a, b = self.spans[i]
        return _one_line(self.text[a:max(b, span[1])])

    def line(self, span: tuple[int, int] | None, indent: str = "      ") -> Iterator[str]:
        """``in: <sentence>`` for the span, unless the line before already quoted that sentence."""
        s = self.around(span)
        if s and s != self.last:
            yield f"{indent}in: {s}"
        self.last = s or self.last


def _one_line(s: str, limit: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[:limit - 1] + "…"


def _span(span) -> str:
    return f"[{span[0]}-{span[1]}]" if span else "[-]"


def explain(ex: Extraction) -> Iterator[str]:
    """Lines of plain text, one per fact, indented under their talk."""
    rec = ex.record
    sents = _Sentences(ex.text)
    yield f"{ex.path}: {rec.doc_type}, dated {rec.doc_date or '-'}, title {rec.title or '-'!s}  rule {rec.rules.get('doc_type', '-')}"
    if not rec.events:
        yield "  no talks found"
    for n, ev in enumerate(rec.events, 1):
        yield f"  talk {n}: {ev.kind} {ev.channel or '-'} {ev.date or '-'}  rule {ev.rules.get('event', '-')}"
        if ev.entry_span:
            yield f"    entry {_span(ev.entry_span)} «{_one_line(ev.entry_text or '')}»"
        for name in SCALARS:
            value = getattr(ev, name)
            if value in (None, [], ""):
                continue
            span = ev.evidence.get(name)
            quote = f" «{_one_line(ex.text[span[0]:span[1]], 60)}»" if span else ""
            yield f"    {name} = {value}{quote} {_span(span)}  rule {ev.rules.get(name, '-')}"
            yield from sents.line(span)
        for label, people in (("principal", ev.principals), ("attendee", ev.attendees)):
            for p in people:
                yield (f"    {label} {p.name} ({p.role or '-'}, {p.country or '-'}) {_span(p.span)}  rule {p.rule or '-'}")
                yield from sents.line(p.span)
        for o in ev.outcomes:
            yield f"    outcome {o.type} by {o.by} {_span(o.span)}  rule {o.rule or '-'}"
            yield from sents.line(o.span)
        for plan in ev.planned:
            yield (f"    planned {plan.what} ({plan.kind or '-'}) {plan.date or '-'} {plan.precision or ''} {_span(plan.span)}"
                   f"  rule {plan.rule or '-'}")
            yield from sents.line(plan.span)
