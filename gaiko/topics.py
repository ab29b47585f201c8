"""Topics: a small documented taxonomy and a classifier over cue words.

Each topic is a row of ``TAXONOMY``: its label (what the archive stores, facets and filters on), a one-line
scope note, and the cue words that assign it. ``classify(text)`` returns the labels whose cues occur in the
text, in taxonomy order. It runs on every outcome and planned item during extraction, so it is one
precompiled regular expression over NFKC-normalised text (longest cue first) and a dict lookup per match.

Decisions, documented once:
- A cue is a word that, in MOFA summaries, by itself places a sentence in a topic (北方領土, 拉致, LNG).
  Generic words (協力, 連携, 関係) are never cues.
- A text may get several topics (経済安全保障 → 経済・エネルギー and 安全保障・防衛). A cue belongs to exactly
  the topics listed with it; 核・ミサイル is a North Korea cue only.
- Longer words win over the cues inside them: ``BLOCKERS`` lists phrases that contain a cue but are not
  about its topic (ビジネス環境 is not the environment, 安保理 is not defence); a blocker maps to the topics
  given with it, possibly none.
- International situations are topics of their own, labelled ``国際情勢:<region or crisis>``, so a facet
  can group them by the prefix.
- Cues are written in NFKC form (half-width digits and Latin letters) because the input is normalised.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from gaiko.text import words_pattern


@dataclass(frozen=True)
class Topic:
    label: str
    scope: str
    cues: tuple[str, ...]


# fmt: off
TAXONOMY: tuple[Topic, ...] = (
    Topic("平和条約・領土", "peace treaty, territorial disputes (北方領土, 竹島, 尖閣), joint economic activities on the islands",
          ("平和条約", "領土", "北方四島", "四島", "北方領土", "択捉", "国後", "色丹", "歯舞", "共同経済活動",
           "ビザなし交流", "墓参", "竹島", "尖閣", "日ソ共同宣言", "東京宣言", "イルクーツク声明", "国境画定")),
    Topic("経済・エネルギー", "trade, investment, economic partnership, infrastructure, energy and resources",
          ("経済", "貿易", "投資", "通商", "ビジネス", "企業", "エネルギー", "LNG", "天然ガス", "石油", "原油",
           "資源開発", "サハリン", "インフラ", "円借款", "高速鉄道", "経済連携協定", "EPA", "FTA", "CPTPP", "TPP",
           "輸入規制", "輸出", "関税", "産業", "金融", "サプライチェーン", "供給網", "原子力発電", "開発協力")),
    Topic("安全保障・防衛", "defence cooperation, alliances, 2+2, arms control and non-proliferation",
          ("安全保障", "防衛", "安保", "軍事", "同盟", "2+2", "円滑化協定", "防衛装備", "艦艇", "寄港", "艦隊",
           "フリゲート", "空母", "幕僚", "国防", "抑止", "核軍縮", "不拡散", "大量破壊兵器", "海上保安",
           "米軍", "普天間", "辺野古", "物品役務相互提供協定", "ACSA", "情報保護協定")),
    Topic("北朝鮮", "North Korea: nuclear and missile programmes, abductions, sanctions",
          ("北朝鮮", "拉致", "朝鮮半島", "非核化", "日朝", "弾道ミサイル", "核・ミサイル", "六者会合", "6者会合",
           "拉致問題")),
    Topic("テロ・治安", "counter-terrorism, organised crime, cyber and information security, corruption",
          ("テロ", "治安", "組織犯罪", "麻薬", "サイバー", "情報セキュリティ", "腐敗", "過激主義", "海賊")),
    Topic("環境・気候", "climate change, environment, forests, oceans' health",
          ("気候変動", "環境", "温暖化", "脱炭素", "カーボンニュートラル", "COP", "森林", "生物多様性",
           "海洋プラスチック", "省エネルギー", "再生可能エネルギー")),
    Topic("人道・交流", "people-to-people exchange, culture, education, tourism, citizens' safety, humanitarian aid",
          ("交流", "人的", "文化", "観光", "留学", "青年", "教育", "査証", "ビザ", "邦人", "在留", "日系",
           "人道", "難民", "周年", "記念行事", "姉妹都市", "スポーツ", "オリンピック", "技能実習")),
    Topic("保健・医療", "health cooperation, pandemics, vaccines",
          ("新型コロナ", "感染症", "ワクチン", "保健", "医療", "パンデミック")),
    Topic("漁業", "fisheries and marine resources agreements",
          ("漁業", "漁船", "漁獲", "サケ・マス", "さけ・ます", "水産", "拿捕", "操業")),
    Topic("国際情勢:中東", "Middle East: Syria, Iran, Iraq, Israel-Palestine, Yemen",
          ("中東", "シリア", "イラン", "イラク", "パレスチナ", "イスラエル", "ガザ", "イエメン", "中東和平")),
    Topic("国際情勢:ウクライナ", "Ukraine and the war since 2014/2022",
          ("ウクライナ", "クリミア")),
    Topic("国際情勢:インド太平洋", "regional order in the Indo-Pacific, East and South China Seas",
          ("インド太平洋", "南シナ海", "東シナ海", "力による一方的な現状変更", "日米豪", "Quad", "ASEAN")),
    Topic("国際情勢:アフリカ", "Africa: Sahel, TICAD", ("アフリカ", "サヘル", "TICAD")),
    Topic("国際情勢:アフガニスタン", "Afghanistan", ("アフガニスタン", "アフガン")),
    Topic("国際情勢:国連・多国間", "UN, Security Council reform, G7/G20, multilateral frameworks",
          ("国連", "安保理改革", "安全保障理事会改革", "G7", "G8", "G20", "G4", "APEC", "WTO", "OECD")),
)

# Phrases that contain a cue but are not about its topic: phrase -> topics it does mean (maybe none).
BLOCKERS: dict[str, tuple[str, ...]] = {
    "ビジネス環境": ("経済・エネルギー",),
    "投資環境": ("経済・エネルギー",),
    "事業環境": ("経済・エネルギー",),
    "経営環境": ("経済・エネルギー",),
    "安全保障環境": ("安全保障・防衛",),
    "戦略環境": ("安全保障・防衛",),
    "国際環境": (),
    "環境整備": (),
    "安保理": ("国際情勢:国連・多国間",),
    "安全保障理事会": ("国際情勢:国連・多国間",),
    "文化財": ("人道・交流",),
}
# fmt: on

LABELS: tuple[str, ...] = tuple(t.label for t in TAXONOMY)
INTERNATIONAL_PREFIX = "国際情勢:"


def _cue_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for topic in TAXONOMY:
        for cue in topic.cues:
            key = unicodedata.normalize("NFKC", cue)
            index.setdefault(key, [])
            if topic.label not in index[key]:
                index[key].append(topic.label)
    for phrase, labels in BLOCKERS.items():
        index[unicodedata.normalize("NFKC", phrase)] = list(labels)
    return {k: tuple(v) for k, v in index.items()}


_CUES: dict[str, tuple[str, ...]] = _cue_index()
_CUE_RE = re.compile(words_pattern(_CUES))  # longest first
_ORDER = {label: i for i, label in enumerate(LABELS)}


def classify(text: str | None) -> list[str]:
    """Topic labels of ``text`` in taxonomy order (empty when no cue occurs)."""
    if not text:
        return []
    found = {label for m in _CUE_RE.finditer(unicodedata.normalize("NFKC", text)) for label in _CUES[m.group(0)]}
    return sorted(found, key=_ORDER.__getitem__)


@lru_cache(maxsize=1)
def taxonomy_table() -> list[dict]:
    """The taxonomy as plain data (for docs, the API and the web app's legend)."""
    return [{"label": t.label, "scope": t.scope, "cues": list(t.cues)} for t in TAXONOMY]
