"""Countries: ISO 3166 alpha-2 code, Japanese names and one-character abbreviations, MOFA region.

A data table, used by the extractors (露外務大臣, ロシア側, 日露, 訪中), the archive (relations, regions)
and the web app (the ministry's own grouping of regions). Regions follow the MOFA site:
アジア, 北米, 中南米, 欧州(NIS諸国を含む), 大洋州, 中東, アフリカ.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

REGIONS = ("アジア", "北米", "中南米", "欧州(NIS諸国を含む)", "大洋州", "中東", "アフリカ")


@dataclass(frozen=True)
class Country:
    code: str
    name: str  # the usual short Japanese name (ロシア)
    region: str
    abbr: str | None = None  # one-character form in compounds: 日露, 露外務大臣, 訪露
    aliases: tuple[str, ...] = field(default=())  # formal and other names (ロシア連邦)
    name_en: str = ""


# code, name, region, abbr, aliases, English name
_TABLE: list[tuple[str, str, str, str | None, tuple[str, ...], str]] = [
    ("JP", "日本", "アジア", "日", ("日本国", "我が国", "わが国"), "Japan"),
    ("CN", "中国", "アジア", "中", ("中華人民共和国",), "China"),
    ("KR", "韓国", "アジア", "韓", ("大韓民国",), "Republic of Korea"),
    ("KP", "北朝鮮", "アジア", "朝", ("朝鮮民主主義人民共和国",), "North Korea"),
    ("MN", "モンゴル", "アジア", "蒙", ("モンゴル国",), "Mongolia"),
    ("TW", "台湾", "アジア", "台", (), "Taiwan"),
    ("IN", "インド", "アジア", "印", ("インド共和国",), "India"),
    ("PK", "パキスタン", "アジア", None, ("パキスタン・イスラム共和国",), "Pakistan"),
    ("BD", "バングラデシュ", "アジア", None, ("バングラデシュ人民共和国",), "Bangladesh"),
    ("LK", "スリランカ", "アジア", None, (), "Sri Lanka"),
    ("NP", "ネパール", "アジア", None, (), "Nepal"),
    ("ID", "インドネシア", "アジア", "尼", ("インドネシア共和国",), "Indonesia"),
    ("VN", "ベトナム", "アジア", "越", ("ベトナム社会主義共和国", "ヴェトナム"), "Viet Nam"),
    ("TH", "タイ", "アジア", "泰", ("タイ王国",), "Thailand"),
    ("PH", "フィリピン", "アジア", "比", ("フィリピン共和国",), "Philippines"),
    ("MY", "マレーシア", "アジア", "馬", (), "Malaysia"),
    ("SG", "シンガポール", "アジア", "星", ("シンガポール共和国",), "Singapore"),
    ("KH", "カンボジア", "アジア", None, ("カンボジア王国",), "Cambodia"),
    ("LA", "ラオス", "アジア", None, ("ラオス人民民主共和国",), "Laos"),
    ("MM", "ミャンマー", "アジア", None, ("ミャンマー連邦共和国",), "Myanmar"),
    ("BN", "ブルネイ", "アジア", None, (), "Brunei"),
    ("TL", "東ティモール", "アジア", None, (), "Timor-Leste"),
    ("US", "米国", "北米", "米", ("アメリカ合衆国", "アメリカ", "合衆国"), "United States"),
    ("CA", "カナダ", "北米", "加", (), "Canada"),
    ("MX", "メキシコ", "中南米", "墨", ("メキシコ合衆国",), "Mexico"),
    ("BR", "ブラジル", "中南米", "伯", ("ブラジル連邦共和国",), "Brazil"),
    ("AR", "アルゼンチン", "中南米", "亜", ("アルゼンチン共和国",), "Argentina"),
    ("CL", "チリ", "中南米", "智", ("チリ共和国",), "Chile"),
    ("PE", "ペルー", "中南米", "秘", ("ペルー共和国",), "Peru"),
    ("CO", "コロンビア", "中南米", None, ("コロンビア共和国",), "Colombia"),
    ("CU", "キューバ", "中南米", None, ("キューバ共和国",), "Cuba"),
    ("RU", "ロシア", "欧州(NIS諸国を含む)", "露", ("ロシア連邦", "ロ"), "Russia"),
    ("GB", "英国", "欧州(NIS諸国を含む)", "英", ("イギリス", "グレートブリテン及び北アイルランド連合王国"), "United Kingdom"),
    ("FR", "フランス", "欧州(NIS諸国を含む)", "仏", ("フランス共和国",), "France"),
    ("DE", "ドイツ", "欧州(NIS諸国を含む)", "独", ("ドイツ連邦共和国",), "Germany"),
    ("IT", "イタリア", "欧州(NIS諸国を含む)", "伊", ("イタリア共和国",), "Italy"),
    ("ES", "スペイン", "欧州(NIS諸国を含む)", "西", ("スペイン王国",), "Spain"),
    ("PT", "ポルトガル", "欧州(NIS諸国を含む)", "葡", ("ポルトガル共和国",), "Portugal"),
    ("NL", "オランダ", "欧州(NIS諸国を含む)", "蘭", ("オランダ王国",), "Netherlands"),
    ("BE", "ベルギー", "欧州(NIS諸国を含む)", "白", ("ベルギー王国",), "Belgium"),
    ("CH", "スイス", "欧州(NIS諸国を含む)", "瑞", ("スイス連邦",), "Switzerland"),
    ("AT", "オーストリア", "欧州(NIS諸国を含む)", "墺", ("オーストリア共和国",), "Austria"),
    ("SE", "スウェーデン", "欧州(NIS諸国を含む)", None, ("スウェーデン王国",), "Sweden"),
    ("NO", "ノルウェー", "欧州(NIS諸国を含む)", None, ("ノルウェー王国",), "Norway"),
    ("DK", "デンマーク", "欧州(NIS諸国を含む)", None, ("デンマーク王国",), "Denmark"),
    ("FI", "フィンランド", "欧州(NIS諸国を含む)", None, ("フィンランド共和国",), "Finland"),
    ("PL", "ポーランド", "欧州(NIS諸国を含む)", None, ("ポーランド共和国",), "Poland"),
    ("CZ", "チェコ", "欧州(NIS諸国を含む)", None, ("チェコ共和国",), "Czechia"),
    ("HU", "ハンガリー", "欧州(NIS諸国を含む)", None, (), "Hungary"),
    ("GR", "ギリシャ", "欧州(NIS諸国を含む)", None, ("ギリシャ共和国",), "Greece"),
    ("IE", "アイルランド", "欧州(NIS諸国を含む)", None, (), "Ireland"),
    ("UA", "ウクライナ", "欧州(NIS諸国を含む)", "宇", (), "Ukraine"),
    ("BY", "ベラルーシ", "欧州(NIS諸国を含む)", None, ("ベラルーシ共和国",), "Belarus"),
    ("KZ", "カザフスタン", "欧州(NIS諸国を含む)", None, ("カザフスタン共和国",), "Kazakhstan"),
    ("UZ", "ウズベキスタン", "欧州(NIS諸国を含む)", None, ("ウズベキスタン共和国",), "Uzbekistan"),
    ("GE", "ジョージア", "欧州(NIS諸国を含む)", None, ("グルジア",), "Georgia"),
    ("AZ", "アゼルバイジャン", "欧州(NIS諸国を含む)", None, (), "Azerbaijan"),
    ("EU", "EU", "欧州(NIS諸国を含む)", "EU", ("欧州連合",), "European Union"),
    ("AU", "オーストラリア", "大洋州", "豪", ("オーストラリア連邦", "豪州"), "Australia"),
    ("NZ", "ニュージーランド", "大洋州", "NZ", (), "New Zealand"),
    ("PG", "パプアニューギニア", "大洋州", None, ("パプアニューギニア独立国",), "Papua New Guinea"),
    ("FJ", "フィジー", "大洋州", None, ("フィジー共和国",), "Fiji"),
    ("SA", "サウジアラビア", "中東", None, ("サウジアラビア王国",), "Saudi Arabia"),
    ("AE", "アラブ首長国連邦", "中東", None, ("UAE",), "United Arab Emirates"),
    ("IR", "イラン", "中東", None, ("イラン・イスラム共和国",), "Iran"),
    ("IQ", "イラク", "中東", None, ("イラク共和国",), "Iraq"),
    ("IL", "イスラエル", "中東", None, ("イスラエル国",), "Israel"),
    ("PS", "パレスチナ", "中東", None, (), "Palestine"),
    ("JO", "ヨルダン", "中東", None, ("ヨルダン・ハシェミット王国",), "Jordan"),
    ("TR", "トルコ", "中東", "土", ("トルコ共和国", "トルキエ"), "Türkiye"),
    ("QA", "カタール", "中東", None, ("カタール国",), "Qatar"),
    ("KW", "クウェート", "中東", None, ("クウェート国",), "Kuwait"),
    ("OM", "オマーン", "中東", None, ("オマーン国",), "Oman"),
    ("SY", "シリア", "中東", None, ("シリア・アラブ共和国",), "Syria"),
    ("EG", "エジプト", "アフリカ", "埃", ("エジプト・アラブ共和国",), "Egypt"),
    ("ZA", "南アフリカ", "アフリカ", "南ア", ("南アフリカ共和国",), "South Africa"),
    ("NG", "ナイジェリア", "アフリカ", None, ("ナイジェリア連邦共和国",), "Nigeria"),
    ("KE", "ケニア", "アフリカ", None, ("ケニア共和国",), "Kenya"),
    ("ET", "エチオピア", "アフリカ", None, ("エチオピア連邦民主共和国",), "Ethiopia"),
    ("GH", "ガーナ", "アフリカ", None, ("ガーナ共和国",), "Ghana"),
    ("SN", "セネガル", "アフリカ", None, ("セネガル共和国",), "Senegal"),
    ("MA", "モロッコ", "アフリカ", None, ("モロッコ王国",), "Morocco"),
    ("DZ", "アルジェリア", "アフリカ", None, (), "Algeria"),
    ("TZ", "タンザニア", "アフリカ", None, (), "Tanzania"),
    ("AO", "アンゴラ", "アフリカ", None, (), "Angola"),
    ("MZ", "モザンビーク", "アフリカ", None, (), "Mozambique"),
]

COUNTRIES: dict[str, Country] = {
    code: Country(code, name, region, abbr, aliases, en) for code, name, region, abbr, aliases, en in _TABLE
}


@lru_cache(maxsize=1)
def name_index() -> dict[str, str]:
    """Every full Japanese name and alias -> code (longest names are what callers should try first)."""
    out: dict[str, str] = {}
    for c in COUNTRIES.values():
        out[c.name] = c.code
        for a in c.aliases:
            if len(a) > 1:
                out[a] = c.code
    return out


@lru_cache(maxsize=1)
def names_longest_first() -> tuple[tuple[str, str], ...]:
    """(name, code) pairs, longest name first: for prefix matching."""
    return tuple(sorted(name_index().items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=1)
def abbr_index() -> dict[str, str]:
    """One-character (or short) compound forms -> code: 露 -> RU, 中 -> CN."""
    return {c.abbr: c.code for c in COUNTRIES.values() if c.abbr}


def get(code: str) -> Country | None:
    return COUNTRIES.get(code.upper()) if code else None


def name_ja(code: str) -> str:
    c = get(code)
    return c.name if c else code


def region(code: str) -> str | None:
    c = get(code)
    return c.region if c else None


def pair_label(codes: list[str]) -> str:
    """['JP','RU'] -> '日露' where abbreviations exist, else 日・ロシア style."""
    parts = []
    for code in codes:
        c = get(code)
        parts.append((c.abbr if c and c.abbr and len(c.abbr) == 1 else (c.name if c else code)) if c else code)
    return "".join(parts) if all(len(p) == 1 for p in parts) else "・".join(parts)
