"""Places: venues, cities, occasions, and the clock each city keeps.

Data tables: known cities (with their country and UTC offset), venues that imply a city, and the
words that end the name of a gathering (サミット, 外相会合, 総会 …). SudachiPy's place-name tag
(地名) admits cities the table does not know.
"""

from __future__ import annotations

import re

from gaiko import countries

# city -> (country, UTC offset in hours, standard time; used only to turn a printed Japan time into a local date)
CITIES: dict[str, tuple[str, float]] = {
    "東京": ("JP", 9), "大阪": ("JP", 9), "京都": ("JP", 9), "横浜": ("JP", 9), "名古屋": ("JP", 9), "広島": ("JP", 9),
    "函館": ("JP", 9), "札幌": ("JP", 9), "福岡": ("JP", 9), "神戸": ("JP", 9), "長崎": ("JP", 9), "那覇": ("JP", 9),
    "洞爺湖": ("JP", 9), "伊勢志摩": ("JP", 9), "仙台": ("JP", 9), "新潟": ("JP", 9), "富山": ("JP", 9), "松山": ("JP", 9),
    "モスクワ": ("RU", 3), "サンクトペテルブルク": ("RU", 3), "ウラジオストク": ("RU", 10), "ソチ": ("RU", 3),
    "ハバロフスク": ("RU", 10), "ユジノサハリンスク": ("RU", 11), "イルクーツク": ("RU", 8), "カザン": ("RU", 3),
    "北京": ("CN", 8), "上海": ("CN", 8), "天津": ("CN", 8), "杭州": ("CN", 8), "成都": ("CN", 8), "大連": ("CN", 8),
    "ソウル": ("KR", 9), "釜山": ("KR", 9), "済州": ("KR", 9), "平壌": ("KP", 9),
    "ワシントンDC": ("US", -5), "ワシントン": ("US", -5), "ニューヨーク": ("US", -5), "サンフランシスコ": ("US", -8),
    "ホノルル": ("US", -10), "ロサンゼルス": ("US", -8), "シカゴ": ("US", -6), "ボストン": ("US", -5),
    "オタワ": ("CA", -5), "トロント": ("CA", -5), "モントリオール": ("CA", -5), "ガティノー": ("CA", -5),
    "ムスコカ": ("CA", -5), "シャルルボワ": ("CA", -5), "ケベック": ("CA", -5), "バンクーバー": ("CA", -8),
    "ロンドン": ("GB", 0), "パリ": ("FR", 1), "ドーヴィル": ("FR", 1), "ベルリン": ("DE", 1), "ボン": ("DE", 1),
    "ミュンヘン": ("DE", 1), "ローマ": ("IT", 1), "ラクイラ": ("IT", 1), "マドリード": ("ES", 1), "ブリュッセル": ("BE", 1),
    "ジュネーブ": ("CH", 1), "ウィーン": ("AT", 1), "ハーグ": ("NL", 1), "アムステルダム": ("NL", 1), "ワルシャワ": ("PL", 1),
    "キーウ": ("UA", 2), "キエフ": ("UA", 2), "ヘルシンキ": ("FI", 2), "ストックホルム": ("SE", 1), "オスロ": ("NO", 1),
    "アテネ": ("GR", 2), "リスボン": ("PT", 0), "プラハ": ("CZ", 1), "ブダペスト": ("HU", 1), "ダブリン": ("IE", 0),
    "キャンベラ": ("AU", 10), "シドニー": ("AU", 10), "メルボルン": ("AU", 10), "パース": ("AU", 8), "ダーウィン": ("AU", 9.5),
    "ブリスベン": ("AU", 10), "ウェリントン": ("NZ", 12), "オークランド": ("NZ", 12), "ポートモレスビー": ("PG", 10),
    "ニューデリー": ("IN", 5.5), "デリー": ("IN", 5.5), "ムンバイ": ("IN", 5.5), "アーメダバード": ("IN", 5.5),
    "ジャカルタ": ("ID", 7), "バリ": ("ID", 8), "ハノイ": ("VN", 7), "ホーチミン": ("VN", 7), "バンコク": ("TH", 7),
    "マニラ": ("PH", 8), "クアラルンプール": ("MY", 8), "シンガポール": ("SG", 8), "ビエンチャン": ("LA", 7),
    "プノンペン": ("KH", 7), "ネピドー": ("MM", 6.5), "ヤンゴン": ("MM", 6.5), "ウランバートル": ("MN", 8),
    "ブラジリア": ("BR", -3), "サンパウロ": ("BR", -3), "リオデジャネイロ": ("BR", -3), "ブエノスアイレス": ("AR", -3),
    "リマ": ("PE", -5), "サンティアゴ": ("CL", -4), "メキシコシティ": ("MX", -6),
    "カイロ": ("EG", 2), "リヤド": ("SA", 3), "テヘラン": ("IR", 3.5), "アンカラ": ("TR", 3), "イスタンブール": ("TR", 3),
    "ドバイ": ("AE", 4), "アブダビ": ("AE", 4), "ドーハ": ("QA", 3), "エルサレム": ("IL", 2), "アンマン": ("JO", 2),
    "ナイロビ": ("KE", 3), "アディスアベバ": ("ET", 3), "ヨハネスブルグ": ("ZA", 2), "プレトリア": ("ZA", 2),
    "ダカール": ("SN", 0), "アクラ": ("GH", 0), "ラバト": ("MA", 0), "アブジャ": ("NG", 1), "ジッダ": ("SA", 3),
    "サハリン": ("RU", 11), "シーアイランド": ("US", -5), "アスタナ": ("KZ", 5), "タシケント": ("UZ", 5),
}
CAPITALS = {"JP": "東京", "RU": "モスクワ", "CN": "北京", "KR": "ソウル", "US": "ワシントンDC", "GB": "ロンドン",
            "FR": "パリ", "DE": "ベルリン", "IT": "ローマ", "CA": "オタワ", "AU": "キャンベラ", "IN": "ニューデリー",
            "ID": "ジャカルタ", "VN": "ハノイ", "BR": "ブラジリア", "EG": "カイロ", "TH": "バンコク", "PH": "マニラ"}
# venues whose city is plain (the 飯倉公館 is in Tokyo)
VENUE_CITY = {"飯倉公館": "東京", "総理大臣官邸": "東京", "首相官邸": "東京", "官邸": "東京", "迎賓館": "東京",
              "赤坂迎賓館": "東京", "国会": "東京", "外務省": None, "クレムリン": "モスクワ", "ホワイトハウス": "ワシントンDC",
              "エリゼ宮": "パリ", "釣魚台国賓館": "北京", "人民大会堂": "北京", "青瓦台": "ソウル", "国務省": "ワシントンDC"}
FACILITY = re.compile(r"(?:宮|館|邸|ハウス|省|庁|ホテル|センター|会議場|公館|府|部|院|議事堂|ビル|宮殿|城|別館|本部|会館|ホール|官邸|クラブ)(?:内)?$")
GATHERING = re.compile(
    r"(?P<occ>[A-Za-z0-9ァ-ヴー一-龥・]{0,24}?(?:サミット|首脳会議|首脳会合|外相会合|外相会議|外相理事会|閣僚会合|閣僚会議|閣僚理事会|"
    r"総会|フォーラム|式典|APEC|ASEAN関連[^\s、。のに]{0,10}?|G\d{1,2}(?:[^\s、。のに]{0,8})?|東アジア首脳会議|会合))"
    r"(?=の際|の機会|出席|に出席|に参加|参加|に合わせ|のため)"
)
OCCASION_SUFFIX_CITY = re.compile(r"^(?:北海道|沖縄|G\d{1,2})?(?P<city>[ァ-ヴー一-龥]{2,12}?)・?(?:サミット|APEC|G20|G7|首脳会議)")


CITY_STATES = frozenset({"シンガポール", "ルクセンブルク", "モナコ", "バチカン"})  # countries named as their capital
# words that stand before a city's name without being part of it (ナイジェリアの首都アブジャ)
CITY_PREFIXES = ("首都",)


def city_country(city: str | None) -> str | None:
    if not city:
        return None
    hit = CITIES.get(city)
    return hit[0] if hit else None


def utc_offset(city: str | None) -> float | None:
    hit = CITIES.get(city or "")
    return hit[1] if hit else None


def is_country(name: str) -> bool:
    return name in countries.name_index() and name not in CITY_STATES


def strip_country(place: str) -> str:
    """'カナダ・トロント' -> 'トロント'; 'ラオス・ビエンチャン' -> 'ビエンチャン'; '米国ジョージア州シーアイランド島' -> 'シーアイランド'."""
    p = place
    for name in sorted(countries.name_index(), key=len, reverse=True):
        if p.startswith(name) and len(p) > len(name):
            p = p[len(name):].lstrip("・")
            break
    for pre in CITY_PREFIXES:
        if p.startswith(pre) and len(p) > len(pre) + 1:
            p = p[len(pre):]
    p = re.sub(r"^[ァ-ヴー一-龥]{1,8}?(?:州|県|省|地方)", "", p) if re.search(r"(?:州|県|省|地方).", p) else p
    if p.endswith("島") and len(p) > 2 and p[:-1] in CITIES:
        p = p[:-1]
    return p


def city_from_occasion(occasion: str | None) -> str | None:
    """G20大阪サミット -> 大阪; ドーヴィル・サミット -> ドーヴィル; 横浜APEC -> 横浜; ペルーAPEC -> None (a country)."""
    if not occasion:
        return None
    for city in sorted(CITIES, key=len, reverse=True):
        if city in occasion and (not is_country(city) or city in CITY_STATES):
            return city
    m = OCCASION_SUFFIX_CITY.match(occasion)
    if m:
        c = m.group("city")
        if not is_country(c) and not re.search(r"国連|核|安全保障|首脳|外相|関連|セキュリティ", c):
            return c
    return None
