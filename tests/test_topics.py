"""topics.classify: cue words of the taxonomy, longest phrase first."""

from __future__ import annotations

import json

import pytest

from gaiko.topics import LABELS, TAXONOMY, classify, taxonomy_table

# fmt: off
CASES = [
    ("両首脳は、平和条約締結問題について議論した。", ["平和条約・領土"]),
    ("北方四島における共同経済活動", ["平和条約・領土"]),  # 共同経済活動 is a territory cue, not economy
    ("竹島周辺海域における韓国側の海洋調査について抗議", ["平和条約・領土"]),
    ("サハリンⅡLNGプラント", ["経済・エネルギー"]),
    ("ＬＮＧの供給", ["経済・エネルギー"]),                # full-width Latin letters are normalised
    ("経済安全保障分野での協力", ["経済・エネルギー", "安全保障・防衛"]),
    ("北朝鮮の核・ミサイル問題", ["北朝鮮"]),
    ("拉致問題の早期解決に向けた理解と協力を求めた", ["北朝鮮"]),
    ("国際テロ、情報セキュリティ、腐敗対策協力", ["テロ・治安"]),
    ("気候変動問題について、COP26の成功に向けて", ["環境・気候"]),
    ("日本企業のビジネス環境の改善を求めた", ["経済・エネルギー"]),   # ビジネス環境 is not the environment
    ("厳しさを増す地域の安全保障環境の中で", ["安全保障・防衛"]),
    ("国連安全保障理事会改革をめぐる協力", ["国際情勢:国連・多国間"]),  # the UNSC is not defence
    ("人的交流の拡大", ["人道・交流"]),
    ("さけ・ます漁業交渉", ["漁業"]),
    ("シリアにおける人道支援", ["人道・交流", "国際情勢:中東"]),
    ("ウクライナ情勢について", ["国際情勢:ウクライナ"]),
    ("南シナ海をめぐる問題", ["国際情勢:インド太平洋"]),
    ("日露外相会談", []),                                 # no cue: no topic
    ("両国関係を一層強化していくことで一致した。", []),      # generic words are not cues
    ("", []),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES)
def test_classify(text, expected):
    assert classify(text) == expected


def test_none_is_no_topic():
    assert classify(None) == []


def test_labels_are_unique_and_each_topic_has_cues():
    assert len(set(LABELS)) == len(LABELS)
    assert all(t.cues for t in TAXONOMY)
    assert [row["label"] for row in taxonomy_table()] == list(LABELS)


def test_most_gold_outcomes_get_a_topic(shared_dir):
    """Coverage on the annotated records: most outcome sentences fall into some topic."""
    texts = []
    for path in list((shared_dir / "gold").glob("*.json")) + list((shared_dir / "devset" / "gold").glob("*.json")):
        for ev in json.loads(path.read_text(encoding="utf-8"))["events"]:
            texts += [o["text"] for o in ev["outcomes"] if o["type"] != "thank"]
    covered = sum(1 for t in texts if classify(t))
    assert len(texts) > 50
    assert covered / len(texts) >= 0.6, covered / len(texts)
