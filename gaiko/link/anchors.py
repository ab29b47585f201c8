"""The anchor of each talk: the sentence of the document that reports it (``2月2日、川口外務大臣は…と会談した。``).

``anchors(record, text) -> {event index: (start, end)}`` gives, for each event of a record, the
``[start, end)`` span of that sentence in the document's plain text (the text its other spans point into):

1. a chronology entry: the entry itself (``entry_span``, or the ``entry`` evidence);
2. else the sentence that holds the event's ``date`` evidence (the extractor marks the date of the talk
   where the text reports it);
3. else the sentence that holds the first principal's name (``span``);
4. else (a record without spans, such as an annotated example) the first sentence after the title naming a
   principal (the other side's first), one that also names the talk (``TALK_WORDS``) first;
5. else none: the talk has no anchor (exports then say so by leaving the offsets out).

Sentences are cut as everywhere else (``gaiko.text.split_sentences``: at 。 outside quotes, at the end of a
line, list markers and indentation not part of them). Pure: a record and its text in, spans out.
"""

from __future__ import annotations

from gaiko.record import Event, Record
from gaiko.text import Sentence, normalise, split_lines, split_sentences

TALK_WORDS = ("会談", "電話", "会合", "協議", "会見", "懇談", "面会", "表敬")


def _containing(sentences: list[Sentence], pos: int) -> Sentence | None:
    for s in sentences:
        if s.start <= pos < s.end:
            return s
    return None


def _anchor(ev: Event, text: str, sentences: list[Sentence], title: str | None = None) -> tuple[int, int] | None:
    if ev.entry_span:
        return int(ev.entry_span[0]), int(ev.entry_span[1])
    for key in ("entry", "date"):
        span = ev.evidence.get(key)
        if span:
            if key == "entry":
                return int(span[0]), int(span[1])
            s = _containing(sentences, int(span[0]))
            if s:
                return s.start, s.end
    for p in ev.principals:
        if p.span:
            s = _containing(sentences, int(p.span[0]))
            if s:
                return s.start, s.end
            break
    # the other side's principals first: a document of several talks has one Japanese minister in all of them
    names = [p.name for p in sorted(ev.principals, key=lambda p: p.country == "JP") if p.name]
    body = [s for s in sentences if text[s.start:s.end].strip() != (title or "").strip()]
    for name in names:
        naming = [s for s in body if name in text[s.start:s.end]]
        talk = [s for s in naming if any(w in text[s.start:s.end] for w in TALK_WORDS)]
        if talk or naming:
            best = (talk or naming)[0]
            return best.start, best.end
    return None


def anchors(record: Record, text: str | None) -> dict[int, tuple[int, int]]:
    """Event index -> span of the sentence that reports the talk (events without one are left out)."""
    if not text or not record.events:
        return {}
    norm = normalise(text)
    sentences = split_sentences(norm, split_lines(norm))
    out = {}
    for i, ev in enumerate(record.events):
        span = _anchor(ev, text, sentences, record.title)
        if span and 0 <= span[0] < span[1] <= len(text):
            out[i] = span
    return out
