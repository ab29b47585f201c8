"""Japanese display labels for the record's vocabularies, and the colour of each kind of mark.

A data table: the templates, the chart and the evidence highlighter read it; nothing else
decides how a value is shown.
"""

from __future__ import annotations

KIND_LABELS: dict[str, str] = {
    "summit": "首脳会談",
    "foreign_ministers": "外相会談",
    "defense_ministers": "防衛相会談",
    "two_plus_two": "2+2",
    "vice_ministerial": "次官級・局長級",
    "other_ministerial": "その他閣僚",
    "other": "その他",
}

# chart colours per event kind (colour-blind-safe palette, Okabe-Ito)
KIND_COLOURS: dict[str, str] = {
    "summit": "#D55E00",
    "foreign_ministers": "#0072B2",
    "defense_ministers": "#009E73",
    "two_plus_two": "#CC79A7",
    "vice_ministerial": "#E69F00",
    "other_ministerial": "#56B4E9",
    "other": "#999999",
}

CHANNEL_LABELS: dict[str, str] = {"in_person": "対面", "telephone": "電話", "video": "テレビ会議"}

STATE_LABELS: dict[str, str] = {"held": "実施の報告", "announced": "予定の発表"}

DOC_TYPE_LABELS: dict[str, str] = {
    "meeting": "会談",
    "telephone_talk": "電話会談",
    "press_conference": "記者発表",
    "visit": "訪問",
    "chronology": "年表",
    "statement": "声明",
    "other": "その他",
}

OUTCOME_LABELS: dict[str, str] = {
    "agree": "一致・合意",
    "request": "要請",
    "protest": "抗議",
    "invite": "招待",
    "thank": "感謝",
    "express": "立場表明",
}

# evidence field (Event.evidence keys and record fields) -> highlight class
EVIDENCE_MARK: dict[str, str] = {
    "date": "date",
    "date_end": "date",
    "start_local": "date",
    "end_local": "date",
    "start_jst": "date",
    "duration_min": "date",
    "venue": "place",
    "city": "place",
    "occasion": "place",
    "kind": "kind",
    "channel": "kind",
    "countries": "kind",
    "scheduled": "planned",  # the sentence announcing a talk not yet held
}

# highlight class -> (label shown in the legend, CSS colour)
MARK_STYLES: dict[str, tuple[str, str]] = {
    "date": ("日時", "#cfe8ff"),
    "person": ("人物", "#ffe0b3"),
    "place": ("場所・機会", "#d9f2d0"),
    "kind": ("会談の種類", "#eadcf8"),
    "agree": ("一致・合意", "#b8f0c8"),
    "request": ("要請", "#ffd6d6"),
    "protest": ("抗議", "#ffb3b3"),
    "invite": ("招待", "#fff2a8"),
    "thank": ("感謝", "#e0f7f7"),
    "express": ("立場表明", "#eeeeee"),
    "planned": ("予定", "#c9d8ff"),
    "entry": ("年表項目", "#f5f5dc"),
    "fact": ("その他", "#f0f0f0"),
}


def kind_label(kind: str | None) -> str:
    return KIND_LABELS.get(kind or "", kind or "")


def channel_label(channel: str | None) -> str:
    return CHANNEL_LABELS.get(channel or "", channel or "")


def doc_type_label(doc_type: str | None) -> str:
    return DOC_TYPE_LABELS.get(doc_type or "", doc_type or "")


def state_label(state: str | None) -> str:
    return STATE_LABELS.get(state or "", state or "")


def outcome_label(t: str | None) -> str:
    return OUTCOME_LABELS.get(t or "", t or "")
