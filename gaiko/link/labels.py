"""The label of a talk as the ministry writes it: 日露首脳会談, 日露首脳電話会談, ドーヴィル・サミットの際の日露首脳会談.

``event_label(row)`` reads ``kind``, ``channel``, ``countries``, ``occasion`` and ``entry_text`` of anything that
has them (an ``EventRow`` of the archive, a record's ``Event``); the timeline, people's talks and follow-ups
all name talks through it.
"""

from __future__ import annotations

import re
from typing import Any

from gaiko import countries

KIND_WORDS = {  # kind -> (who, talk word): 首脳 + 会談
    "summit": ("首脳", "会談"),
    "foreign_ministers": ("外相", "会談"),
    "defense_ministers": ("防衛相", "会談"),
    "two_plus_two": ("外務・防衛閣僚", "協議(「2+2」)"),
    "vice_ministerial": ("次官級", "協議"),
    "other_ministerial": ("閣僚", "会談"),
    "other": ("", "会談"),
}
CHANNEL_WORDS = {"telephone": "電話", "video": "テレビ", "in_person": ""}
# a chronology entry's own date at its head (5月7日　…, 5月11日～13日 …): the timeline prints the date itself
ENTRY_DATE = re.compile(r"^\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\s*[~～〜\-－]\s*(?:\d{1,2}月)?\d{1,2}日)?[\s　、,]*")


def event_label(row: Any) -> str:
    """ドーヴィル・サミットの際の日露首脳会談 / 日露首脳電話会談 / 日露外相会談; a chronology entry of no known kind
    is its own words without their date."""
    if (row.kind in (None, "other")) and row.entry_text:
        return ENTRY_DATE.sub("", row.entry_text).strip() or row.entry_text.strip()
    who, talk = KIND_WORDS.get(row.kind or "other", ("", "会談"))
    ch = CHANNEL_WORDS.get(row.channel or "in_person", "")
    if ch and talk == "会談":
        talk = ch + talk
    codes = row.countries or []
    if codes and codes[0] != "JP" and "JP" in codes:
        codes = ["JP"] + [c for c in codes if c != "JP"]
    pair = countries.pair_label(codes) if codes else ""
    label = f"{pair}{who}{talk}"
    if row.occasion and row.channel not in ("telephone", "video"):
        label = f"{row.occasion}の際の{label}"
    return label
