"""Topics per year per relationship: the data behind a "topics over time" chart.

``topics_by_year(archive_or_docs, country=None) -> list[TopicYear]`` counts, per year, the outcomes and
planned items of each topic (``gaiko.topics``), using the topics stored on the record when the extractor
filled them and ``classify(text)`` otherwise. Talks described by several documents count once (the
outcomes of a chronology entry and a meeting record of one talk are not added twice: only the documents'
own outcome sentences are counted, and a chronology entry carries none).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from pydantic import BaseModel, Field

from gaiko.link.docs import events_of, iter_archive
from gaiko.topics import LABELS, classify


class TopicYear(BaseModel):
    year: str
    counts: dict[str, int] = Field(default_factory=dict, description="topic label -> outcomes and plans")
    total: int = 0


def topics_by_year(source: Any, country: str | None = None) -> list[TopicYear]:
    """Oldest year first; topics in taxonomy order; only topics that occur."""
    code = country.upper() if country else None
    per_year: dict[str, Counter] = defaultdict(Counter)
    for ev in events_of(iter_archive(source)):
        e = ev.event
        if not e.date or (code and code not in e.countries):
            continue
        year = e.date[:4]
        for item in list(e.outcomes) + list(e.planned):
            for t in item.topics or classify(item.text):
                per_year[year][t] += 1
    order = {label: i for i, label in enumerate(LABELS)}
    out = []
    for year in sorted(per_year):
        c = per_year[year]
        counts = {t: c[t] for t in sorted(c, key=lambda t: order.get(t, len(order)))}
        out.append(TopicYear(year=year, counts=counts, total=sum(c.values())))
    return out
