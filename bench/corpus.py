"""Synthetic corpus of MOFA-style records of diplomatic talks, for benchmarks and load tests.

Usage::

    python bench/corpus.py OUT_DIR [-n 100000] [--seed 1] [--html-share 0.2]
    python bench/corpus.py OUT.jsonl --jsonl [-n 100000] [--seed 1]
    python bench/corpus.py - --jsonl -n 10          # JSON lines to stdout

File mode writes ``OUT_DIR/c{seed}_{i:06d}.txt`` (UTF-8 plain text, with site navigation lines) and,
for about ``--html-share`` of the documents, ``.html`` pages with header, global navigation,
breadcrumb and footer, encoded as UTF-8, Shift_JIS or EUC-JP (declared in ``<meta charset>``).
``--jsonl`` writes one ``{"id": ..., "text": ...}`` object per line (plain text only, no HTML) for
benchmarks that do not want files. The same ``--seed`` always gives the same documents.

The documents are built from templates and slot lists (countries, real-ish office holders with
their roles, cities and venues, topics, outcome phrases), not copied from any real page. They vary:

- document types: meeting summaries (one or two talks), telephone and video talks, visits with
  several talks, joint press announcements, chronology pages (近年の日X関係の動き, year headings);
- dates 1998-2024 written in 平成/令和 (令和元年, kanji numerals 平成十年十一月十二日) or western years,
  day-only references (2日午後1時から), 同日, spans of days (11月22~23日);
- times 午後3時, 15時10分, 現地時間…(日本時間…) (also across midnight), durations 約50分間, 1時間30分;
- numbering 1./(1)/(イ)/ア/●/・/（１）, full-width digits; attendees (同席…) in several forms;
- outcomes 一致/合意/確認/求めた/要請/申し入れ/抗議/遺憾/招待/感謝 and traps (agreements recalled
  from earlier talks, agreements of third parties, 一致しなかった), planned items (3月中旬, 来年前半,
  年内, 本年秋, 11月22~23日).

Documents average about 1,400 characters; 100,000 of them take about 25 s of CPU (50-90 s wall on a
busy machine, most of it file system). No gold records are produced: the corpus measures speed and
robustness. In Python, ``Gen(seed).document()`` returns (kind, text) and leaves in ``Gen.meta`` what
the page's heading states (doc_type, title, doc_date, country), enough to check those fields.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

# ---------------------------------------------------------------- data tables

JP_LEADERS = [  # (from year, prime minister, foreign minister, defence minister)
    (1998, "小渕", "高村", "野呂田"),
    (2000, "森", "河野", "虎島"),
    (2001, "小泉", "田中", "中谷"),
    (2002, "小泉", "川口", "石破"),
    (2004, "小泉", "町村", "大野"),
    (2005, "小泉", "麻生", "額賀"),
    (2007, "福田", "高村", "石破"),
    (2008, "麻生", "中曽根", "浜田"),
    (2009, "鳩山", "岡田", "北澤"),
    (2010, "菅", "前原", "北澤"),
    (2011, "野田", "玄葉", "一川"),
    (2013, "安倍", "岸田", "小野寺"),
    (2018, "安倍", "河野", "岩屋"),
    (2020, "菅", "茂木", "岸"),
    (2021, "岸田", "林", "岸"),
    (2023, "岸田", "上川", "木原"),
]
JP_ATTENDEES = [
    ("外務副大臣", ["植竹", "山口", "逢沢", "鈴木", "中山", "武藤"]),
    ("外務審議官", ["高野", "田中", "薮中", "河相", "秋葉", "森"]),
    ("アジア大洋州局長", ["槙田", "佐々江", "杉山", "金杉", "船越"]),
    ("欧州局長", ["齋藤", "小松", "原田", "林", "宇山"]),
    ("北米局長", ["藤崎", "河相", "梅本", "森", "市川"]),
    ("総合外交政策局長", ["谷内", "西宮", "鈴木", "山田"]),
    ("内閣官房副長官", ["安倍", "松野", "木原", "磯崎"]),
]

# code, name, abbr, side name, cities [(city, [venues])], head role, heads, FM role, FMs, ambassadors
COUNTRIES = [
    ("RU", "ロシア", "露", [("モスクワ", ["ロシア外務省別館", "クレムリン", "ロシア外務省"]), ("ウラジオストク", ["極東連邦大学"]), ("サンクトペテルブルク", ["コンスタンチン宮殿"])],
     "大統領", [("プーチン", 2012), ("メドヴェージェフ", 2008), ("エリツィン", 1998)], "外務大臣", [("ラヴロフ", 2004), ("イワノフ", 1998)], ["パノフ", "ロシュコフ", "ガルージン", "アファナシエフ"]),
    ("CN", "中国", "中", [("北京", ["釣魚台国賓館", "人民大会堂", "中国外交部"]), ("上海", ["西郊賓館"]), ("杭州", ["西湖国賓館"])],
     "国家主席", [("習近平", 2013), ("胡錦濤", 2003), ("江沢民", 1998)], "外交部長", [("王毅", 2013), ("楊潔篪", 2007), ("李肇星", 2003), ("唐家璇", 1998), ("秦剛", 2023)], ["程永華", "孔鉉佑", "呉江浩", "王毅"]),
    ("KR", "韓国", "韓", [("ソウル", ["青瓦台", "韓国外交部", "ロッテホテル"]), ("釜山", ["ウェスティン朝鮮ホテル"])],
     "大統領", [("尹錫悦", 2022), ("文在寅", 2017), ("朴槿恵", 2013), ("李明博", 2008), ("盧武鉉", 2003), ("金大中", 1998)], "外交部長官", [("朴振", 2022), ("鄭義溶", 2021), ("康京和", 2017), ("尹炳世", 2013), ("潘基文", 2004)], ["李洙勲", "姜昌一", "尹徳敏", "柳興洙"]),
    ("US", "米国", "米", [("ワシントンDC", ["国務省", "ホワイトハウス", "ブレアハウス"]), ("ニューヨーク", ["国連本部", "ウォルドルフ・アストリアホテル"])],
     "大統領", [("バイデン", 2021), ("トランプ", 2017), ("オバマ", 2009), ("ブッシュ", 2001), ("クリントン", 1998)], "国務長官", [("ブリンケン", 2021), ("ポンペオ", 2018), ("ティラーソン", 2017), ("ケリー", 2013), ("クリントン", 2009), ("ライス", 2005), ("オルブライト", 1998), ("パウエル", 2001)], ["エマニュエル", "ハガティ", "ケネディ", "ルース"]),
    ("AU", "豪州", "豪", [("キャンベラ", ["国会議事堂"]), ("シドニー", ["キリビリ・ハウス"]), ("パース", ["州政府庁舎"])],
     "首相", [("アルバニージー", 2022), ("モリソン", 2018), ("ターンブル", 2015), ("アボット", 2013), ("ハワード", 1998)], "外務大臣", [("ウォン", 2022), ("ペイン", 2018), ("ビショップ", 2013), ("ダウナー", 1998)], ["ブレイザー", "マクドナルド"]),
    ("IN", "インド", "印", [("ニューデリー", ["ハイデラバード・ハウス", "インド外務省"]), ("ムンバイ", ["タージ・マハル・ホテル"])],
     "首相", [("モディ", 2014), ("シン", 2004), ("ヴァジパイ", 1998)], "外務大臣", [("ジャイシャンカル", 2019), ("スワラージ", 2014), ("クリシュナ", 2009)], ["ヴァルマ", "ジョージ", "ワドワ"]),
    ("GB", "英国", "英", [("ロンドン", ["ランカスター・ハウス", "英国外務省", "首相官邸"])],
     "首相", [("スナク", 2022), ("トラス", 2022), ("ジョンソン", 2019), ("メイ", 2016), ("キャメロン", 2010), ("ブレア", 1998)], "外務大臣", [("クレバリー", 2022), ("ラーブ", 2019), ("ハント", 2018), ("ハモンド", 2014), ("ストロー", 2001)], ["ロングボトム", "パドル"]),
    ("FR", "フランス", "仏", [("パリ", ["エリゼ宮", "フランス外務省", "ケ・ドルセー"]), ("ニース", ["ネグレスコ"])],
     "大統領", [("マクロン", 2017), ("オランド", 2012), ("サルコジ", 2007), ("シラク", 1998)], "外務大臣", [("コロナ", 2022), ("ルドリアン", 2017), ("エロー", 2016), ("ファビウス", 2012)], ["セトン", "ピック"]),
    ("DE", "ドイツ", "独", [("ベルリン", ["首相府", "ドイツ外務省"]), ("ボン", ["ペータースベルク"])],
     "首相", [("ショルツ", 2021), ("メルケル", 2005), ("シュレーダー", 1998)], "外務大臣", [("ベーアボック", 2021), ("マース", 2018), ("シュタインマイヤー", 2005), ("フィッシャー", 1998)], ["シュルツェ", "フォン・ゲッツェ"]),
    ("ID", "インドネシア", "尼", [("ジャカルタ", ["大統領宮殿", "インドネシア外務省"]), ("バリ", ["ヌサドゥア国際会議場"])],
     "大統領", [("ジョコ", 2014), ("ユドヨノ", 2004), ("メガワティ", 2001)], "外務大臣", [("ルトノ", 2014), ("ナタレガワ", 2009), ("ウィラユダ", 2001)], ["ヘリ", "アリフィン"]),
    ("VN", "ベトナム", "越", [("ハノイ", ["首相府", "国家主席府"]), ("ホーチミン", ["統一会堂"])],
     "首相", [("ファム・ミン・チン", 2021), ("グエン・スアン・フック", 2016), ("グエン・タン・ズン", 2006)], "外務大臣", [("ブイ・タイン・ソン", 2021), ("ファム・ビン・ミン", 2011)], ["ファム・クアン・ヒエウ", "ヴー・ホン・ナム"]),
    ("BR", "ブラジル", "伯", [("ブラジリア", ["プラナルト宮", "イタマラチ宮"]), ("サンパウロ", ["州政府庁舎"])],
     "大統領", [("ルーラ", 2003), ("ボルソナーロ", 2019), ("ルセフ", 2011), ("カルドーゾ", 1998)], "外務大臣", [("ヴィエイラ", 2023), ("アラウージョ", 2019), ("アモリン", 2003)], ["バルボーザ", "アンドラーデ"]),
    ("EG", "エジプト", "埃", [("カイロ", ["大統領府", "エジプト外務省"])],
     "大統領", [("シーシー", 2014), ("ムバラク", 1998)], "外務大臣", [("シュクリ", 2014), ("アブルゲイト", 2004)], ["ヒシャム", "アイマン"]),
    ("CA", "カナダ", "加", [("オタワ", ["国会議事堂"]), ("トロント", ["ロイヤル・ヨーク・ホテル"])],
     "首相", [("トルドー", 2015), ("ハーパー", 2006), ("クレティエン", 1998)], "外務大臣", [("ジョリー", 2021), ("ガルノー", 2020), ("フリーランド", 2017)], ["ヘンダーソン"]),
    ("IT", "イタリア", "伊", [("ローマ", ["キージ宮", "ファルネジーナ"])],
     "首相", [("メローニ", 2022), ("ドラギ", 2021), ("レンツィ", 2014)], "外務大臣", [("タヤーニ", 2022), ("ディ・マイオ", 2019)], ["スタラーチェ"]),
]
DEFENCE = {"US": ["オースティン", "エスパー", "マティス", "ラムズフェルド"], "AU": ["マーレス", "ダットン", "レイノルズ"],
           "GB": ["ウォレス", "ファロン"], "FR": ["ルコルニュ", "パルリ"], "DE": ["ピストリウス", "ランブレヒト"],
           "IN": ["シン", "シタラマン"], "RU": ["ショイグ", "セルジュコフ"], "ID": ["プラボウォ"], "VN": ["ザン", "リック"]}
JP_CITIES = [("東京", ["外務省飯倉公館", "総理大臣官邸", "迎賓館", "外務省"]), ("大阪", ["インテックス大阪"]), ("横浜", ["パシフィコ横浜"])]
OCCASIONS = [("APEC首脳会議", "summit"), ("G20サミット", "summit"), ("国連総会", "summit"), ("ASEAN関連外相会議", "foreign_ministers"),
             ("G7外相会合", "foreign_ministers"), ("G20外相会合", "foreign_ministers"), ("東アジア首脳会議", "summit")]
TOPICS = [
    ("二国間関係", ["政治対話", "経済関係", "人的交流", "文化交流", "青少年交流", "観光"]),
    ("経済", ["貿易投資", "エネルギー協力", "インフラ整備", "サプライチェーン", "デジタル分野の協力", "科学技術協力"]),
    ("安全保障", ["防衛交流", "海洋安全保障", "サイバー", "宇宙", "不拡散", "テロ対策"]),
    ("地域情勢", ["北朝鮮", "南シナ海", "東シナ海", "ウクライナ", "中東情勢", "ミャンマー情勢"]),
    ("国際場裡の協力", ["国連安保理改革", "気候変動", "保健", "軍縮", "WTO改革", "核軍縮"]),
]
NAV_TOP = [
    "外務省 English リンクページ よくある質問集 検索 サイトマップ",
    "外務省案内 渡航関連情報 各国・地域情勢 外交政策 ODA",
    "会談・訪問 報道・広報 キッズ外務省 資料・公開情報 各種手続き",
]
NAV_BOTTOM = ["このページのトップへ戻る", "目次へ戻る", "世界地図 アジア | 北米 | 中南米 | 欧州 | 大洋州 | 中東 | アフリカ", "BACK / 印刷用ページ"]
DOC_TYPE = {"video": "meeting"}  # a video talk's page is a meeting summary (devset convention)
TALK_HEADINGS = {"summit": "首脳会談", "foreign_ministers": "外相会談", "other": "表敬", "two_plus_two": "日{abbr}「2+2」",
                 "vice_ministerial": "次官級協議"}
SHORT_TITLE = {"内閣総理大臣": "総理", "外務大臣": "大臣", "防衛大臣": "大臣", "外務審議官": "審議官", "大統領": "大統領", "国家主席": "主席",
               "首相": "首相", "外交部長": "部長", "外交部長官": "長官", "国務長官": "長官", "外務次官": "次官", "国防大臣": "大臣"}
ATTENDEE_FORMS = [
    "(同席、日本側:{jp}ほか、{side}:{fo}ほか)",
    "日本側から{jp}ほか、{side}から{fo}ほかが同席した。",
    "\n(同席者)\n日本側：{jp}\n{side}：{fo}",
    "(当方:{jp}、先方:{fo}同席。)",
]
OUTCOMES = [  # agree / request / protest / invite / thank / express, then traps that are not outcomes
    "両者は、{topic}について緊密に連携していくことで一致した。",
    "双方は、{topic}に関する協力を一層強化することで合意した。",
    "{topic}の分野で具体的な協力を進めていくことを確認した。",
    "{jp}より、{topic}について{cname}側の前向きな対応を求めた。",
    "{cname}側から、{topic}への日本の支援を要請した。これに対し、{jp}から支持する旨の発言があった。",
    "日本側から、邦人の安全確保について申し入れを行った。",
    "{jp}から、{other}をめぐる{cname}側の行動に抗議し、遺憾の意を表明した。",
    "{jp}より、{fo}の訪日を招待し、{fo}は謝意を表明した。",
    "{fo}から、{topic}における日本の協力に対し感謝の意が表明された。",
    "{jp}は、{topic}に関する日本の立場を説明した。",
    "{jp}から、「{topic}については、引き続き緊密に意思疎通を図りたい。」と述べたのに対し、{fo}も同意した。",
    "{cname}側より、{topic}に関する日本の取組に強い関心が示され、双方は協力の余地を探ることで一致した。",
    "{topic}に関し、双方が現状認識を共有し、{other}の重要性について意見交換を行った。",
    "両者は、{year}年の首脳会談での合意に基づき、{topic}を進めていくことを改めて述べた。",  # recalled
    "{pair}間で合意された{other}に関する取決めについても意見交換を行った。",  # third parties
    "{other}については、議論を行ったが意見は一致しなかった。",  # negated
]
# Sentences that report what was said without an outcome (説明, 述べた, 意見交換): on the real pages
# (shared/seeds) they are more than half of all sentences, and sentences are longer than the bare
# outcomes above (87 characters on average); LEADS open a sentence the way the pages do.
STATEMENTS = [
    "{jp}から、{topic}をめぐる最近の動向について説明し、日本としても引き続き関係国と緊密に連携しつつ、適切に対応していく考えである旨述べた。",
    "{fo}から、{topic}に関する{cname}の取組を紹介するとともに、{other}の分野でも日本との対話を深めていきたいとの考えが示された。",
    "両者は、{other}を含む地域情勢についても意見交換を行い、それぞれの立場から現状認識や今後の見通しについて率直に議論した。",
    "{jp}は、{year}年以来の両国間の対話の積み重ねに言及しつつ、{topic}は両国関係の重要な柱の一つであると述べた。",
    "これに対し{fo}は、{topic}について{cname}としても前向きに検討していきたい旨応じ、事務レベルでの議論を進めたいと述べた。",
    "{jp}より、{other}に関する日本の基本的な立場を改めて説明し、国際社会と協調して取り組んでいく方針に変わりはない旨伝えた。",
    "{fo}は、{topic}に関しては両国の間に大きな潜在性があり、民間企業を含む幅広い関係者の参画を得て進めていくことが重要であると指摘した。",
    "会談の冒頭、{jp}から、今回の{cname}訪問に際しての歓迎に謝意を述べつつ、両国関係を一層発展させたいとの意欲を示した。",
]
LEADS = [
    "{topic}に関し、両国間の協力の現状と課題について議論が行われ、", "{other}については、双方の認識を踏まえ、",
    "会談では、両国関係の幅広い分野について議論が行われ、", "さらに、{other}をめぐる最近の動きを受け、",
    "また、{topic}をめぐっては、これまでの実務者間の協議の成果を踏まえ、", "両国が直面する共通の課題を踏まえ、",
    "{year}年に署名された文書に言及しつつ、",
]
PLANS = [
    "{nm}月{xun}に{city}で次官級協議を行うことで合意した。",
    "来年前半に{who}{abbr}を実現すべく調整していくことで一致した。",
    "年内に{tokyo}で次回の戦略対話を開催することで一致した。",
    "本年{season}に外相会談を行うことを確認した。",
    "{nm}月{d}~{d2}日に予定される{talk}に向けて準備を進めることで一致した。",
    "{occ}の機会に首脳会談を行うことで一致した。",
    "近々、局長級協議を開催することで合意した。",
    "来年{month}月に{city}で「2+2」を開催することで一致した。",
]
KANJI_DIGITS = "〇一二三四五六七八九"
FW = str.maketrans("0123456789()", "０１２３４５６７８９（）")
IROHA = "イロハニホヘトチリヌ"
AIUEO = "アイウエオカキクケコ"
SEASONS = ["春", "夏", "秋", "冬"]


def kanji_num(n: int) -> str:
    """12 -> 十二, 2015 -> 二〇一五 (years are written digit by digit)."""
    if n >= 100:
        return "".join(KANJI_DIGITS[int(d)] for d in str(n))
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else KANJI_DIGITS[tens] + "十")) + ("" if ones == 0 else KANJI_DIGITS[ones])


# ---------------------------------------------------------------- generator


class Gen:
    """``calibrated`` (the default) matches the real pages in shared/seeds: about 3,000 characters, more
    statements than outcomes, sentences of ~80 characters. ``calibrated=False`` is the first generator
    (1,400 characters, nearly every sentence an outcome), kept to reproduce the figures measured with it."""

    def __init__(self, seed: int, calibrated: bool = True) -> None:
        self.calibrated = calibrated
        self.r = random.Random(seed)

    # -- small helpers
    def c(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    @staticmethod
    def held(holders, year: int) -> str:
        """The office holder of the year from [(name, from_year), ...]."""
        best = min(holders, key=lambda h: h[1])
        for h in holders:
            if best[1] < h[1] <= year:
                best = h
        return best[0]

    def jp(self, year: int):
        row = JP_LEADERS[0]
        for r in JP_LEADERS:
            if r[0] <= year:
                row = r
        return row

    def date_str(self, y: int, m: int, d: int, style: str) -> str:
        if style == "western":
            return f"{y}年{m}月{d}日"
        if y > 2019 or (y == 2019 and m >= 5):
            era, n = "令和", y - 2018
        else:
            era, n = "平成", y - 1988
        if style == "kanji":
            return f"{era}{'元' if n == 1 else kanji_num(n)}年{kanji_num(m)}月{kanji_num(d)}日"
        ys = "元" if n == 1 and self.chance(0.7) else str(n)
        s = f"{era}{ys}年{m}月{d}日"
        return s.translate(FW) if style == "fullwidth" else s

    def clock(self, h: int, mi: int, style: str) -> str:
        if style == "24":
            return f"{h}時{mi:02d}分" if mi else f"{h}時"
        half = "午前" if h < 12 else "午後"
        hh = h if h <= 12 else h - 12
        if h == 12 and mi == 0 and self.chance(0.5):
            return "正午"
        return f"{half}{hh}時{mi}分" if mi else f"{half}{hh}時"

    def marker(self, style: str, i: int) -> str:
        if style == "num":
            return f"{i + 1}."
        if style == "paren":
            return f"({i + 1})"
        if style == "fwparen":
            return f"（{str(i + 1).translate(FW)}）"
        if style == "iroha":
            return f"({IROHA[i % 10]})"
        if style == "aiu":
            return f"{AIUEO[i % 10]} "
        if style == "bullet":
            return "● "
        return "・"

    # -- people
    def sides(self, cc, year: int, kind: str, abroad: bool = False):
        """-> (jp principals, foreign principals) as (name, role) lists, and the kind's title word."""
        _, pm, fm, dm = self.jp(year)
        code, cname, abbr, cities, head_role, heads, fm_role, fms, ambs = cc
        if kind == "summit":
            return [(pm, "内閣総理大臣")], [(self.held(heads, year), head_role)], "首脳会談"
        if kind == "foreign_ministers":
            return [(fm, "外務大臣")], [(self.held(fms, year), fm_role)], "外相会談"
        if kind == "two_plus_two":
            return [(fm, "外務大臣"), (dm, "防衛大臣")], [(self.held(fms, year), fm_role), (self.c(DEFENCE.get(code, ["ベルナール", "ハッサン"])), "国防大臣")], "「2+2」"
        if kind == "vice_ministerial":
            return [(self.c(["森", "秋葉", "杉山", "岡野", "船越"]), "外務審議官")], [(self.c(ambs), "外務次官")], self.c(["次官級協議", "戦略対話", "局長級協議"])
        if abroad:  # the foreign minister, on a visit, calls on the head of state or government
            return [(fm, "外務大臣")], [(self.held(heads, year), head_role)], "表敬"
        return [(pm, "内閣総理大臣")], [(self.held(fms, year), fm_role)], "表敬"  # a visiting minister calls on the PM

    def attendees(self, cc) -> str:
        jp = "、".join(f"{self.c(names)}{role}" for role, names in self.r.sample(JP_ATTENDEES, self.r.randint(1, 3)))
        k = self.r.randint(1, min(2, len(cc[8])))
        fo = "、".join(f"{n}{r}" for n, r in zip(self.r.sample(cc[8], k), self.r.sample(["大使", "外務次官", "局長", "首相補佐官"], k)))
        return self.c(ATTENDEE_FORMS).format(jp=jp, fo=fo, side=cc[1] + "側")

    # -- sentences
    def outcome(self, cc, jp_name: str, fo_name: str, ym: tuple[int, int]) -> str:
        if self.calibrated:  # as on the real pages: more statements than outcomes, longer sentences
            if self.chance(0.55):
                return self.fill(STATEMENTS, cc, jp_name, fo_name, ym)
            if self.chance(0.7):
                return self.fill(LEADS, cc, jp_name, fo_name, ym) + self.fill(OUTCOMES, cc, jp_name, fo_name, ym)
        return self.fill(OUTCOMES, cc, jp_name, fo_name, ym)

    def fill(self, table: list[str], cc, jp_name: str, fo_name: str, ym: tuple[int, int]) -> str:
        return self.c(table).format(
            topic=self.c(self.c(TOPICS)[1]), other=self.c(TOPICS[2][1]), jp=jp_name, fo=fo_name, cname=cc[1],
            year=ym[0] - self.r.randint(1, 5), pair=self.c(["米朝", "中露", "露朝", "米中"]),
        )

    def planned(self, cc, y: int, m: int) -> str:
        d = self.r.randint(1, 26)
        return self.c(PLANS).format(
            nm=m % 12 + 1, xun=self.c(["上旬", "中旬", "下旬"]), city=self.c(cc[3])[0], who=self.c(["総理の訪", "外相の訪"]),
            abbr=cc[2], tokyo=self.c(["東京", self.c(cc[3])[0]]), season=self.c(SEASONS), d=d, d2=d + 1,
            talk=self.c(["首脳会談", "経済合同委員会"]), occ=self.c(OCCASIONS)[0], month=self.r.randint(1, 12),
        )

    def body(self, cc, jp_name: str, fo_name: str, y: int, m: int, n_sections: int, style: str, sub: str) -> list[str]:
        out = []
        for i, (head, items) in enumerate(self.r.sample(TOPICS, n_sections)):
            out.append(f"{self.marker(style, i)}{head}")
            for j in range(self.r.randint(2, 3)):
                sents = [self.outcome(cc, jp_name, fo_name, (y, m)) for _ in range(self.r.randint(*((3, 5) if self.calibrated else (2, 4))))]
                if self.chance(0.15):
                    sents.append(self.planned(cc, y, m))
                lead = self.marker(sub, j)
                out.append(lead + (f"{self.c(items)}に関し、" if self.chance(0.4) and not sents[0].endswith("一致しなかった。") else "") + "".join(sents))
            out.append("")
        return out

    def talk_intro(self, cc, y, m, d, kind, channel, time_style, abroad, occasion, day_only) -> tuple[str, str, str]:
        jp_p, fo_p, word = self.sides(cc, y, kind, abroad and channel == "in_person")
        jp_s = "、".join(f"{n}{r}" for n, r in jp_p)
        fo_s = "、".join(f"{n}{cc[2]}{r}" for n, r in fo_p)
        h = self.r.randint(8, 20)
        mi = self.c([0, 0, 10, 15, 30, 40, 45])
        when = f"{d}日" if day_only else f"{m}月{d}日"
        if self.chance(0.15):
            when = "同日"
        start = self.clock(h, mi, time_style)
        if channel != "in_person":
            dur = self.c([15, 20, 25, 30, 40, 45])
            how = "電話会談" if channel == "telephone" else "テレビ会談"
            s = f" {when}{start}から約{dur}分間、{jp_s}は、{fo_s}と{how}を行ったところ、概要以下のとおり。"
            return s, jp_p[0][0] + SHORT_TITLE[jp_p[0][1]], fo_p[0][0] + SHORT_TITLE[fo_p[0][1]]
        if abroad and self.chance(0.5):
            jh = (h + self.c([1, 2, 6, 8, 13, 14])) % 24
            nd = f"{d + 1}日" if jh < h else "同日"
            start = f"現地時間{when}{start}(日本時間{nd}{self.clock(jh, mi, time_style)})"
            when = ""
        city, venues = self.c(cc[3]) if abroad else self.c(JP_CITIES)
        venue = self.c(venues)
        dur = self.r.randrange(4)
        span = [f"から約{self.c([30, 40, 45, 50, 60])}分間", f"から約1時間{self.c(['', '半', '30分', '15分'])}",
                f"から{self.clock(min(h + 1, 23), self.c([0, 20, 50]), time_style)}まで", "から"][dur]
        place = f"{city}の{venue}において" if self.chance(0.5) else f"{venue}において"
        occ = f"{occasion}の機会に、" if occasion else ""
        talk = {"首脳会談": "会談", "外相会談": "会談", "表敬": "表敬", "「2+2」": "「2+2」を開催"}.get(word, word)
        if word.endswith(("協議", "対話")):
            talk = word + "を実施"
        tail = "したところ、概要以下のとおり。" if dur != 3 else ("した。" if talk.endswith(("開催", "実施")) else "を行った。")
        if word == "表敬":
            caller, callee = (jp_s, fo_s) if abroad else (fo_s, jp_s)
            s = f" {when}{start}{span}、{occ}{caller}は、{place}{callee}を表敬した。"
        else:
            s = f" {when}{start}{span}、{occ}{jp_s}は、{place}{fo_s}と{talk}{tail}"
        return s, jp_p[0][0] + SHORT_TITLE[jp_p[0][1]], fo_p[0][0] + SHORT_TITLE[fo_p[0][1]]

    # -- documents
    def document(self) -> tuple[str, str]:
        """-> (kind of document, plain text); ``self.meta`` then holds what the heading states
        (record doc_type, title, doc_date, country): a partial truth for checks, not a gold record."""
        cc = self.c(COUNTRIES)
        y = self.r.randint(1998, 2024)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 27)
        date_style = self.c(["era", "era", "era", "western", "kanji", "fullwidth"])
        time_style = self.c(["ampm", "ampm", "24"])
        style, sub = self.c([("num", "paren"), ("paren", "iroha"), ("num", "aiu"), ("fwparen", "aiu"), ("num", "bullet"), ("paren", "dot")])
        dt = self.c(["meeting"] * 5 + ["telephone_talk"] * 2 + ["video", "visit", "press_conference", "chronology"])
        lines = NAV_TOP[: self.r.randint(0, 3)]
        if lines:
            lines.append(f"トップページ > 会談・訪問 > {cc[1]}")
            lines.append("")
        abbr = cc[2]
        self.meta = {"doc_type": DOC_TYPE.get(dt, dt), "country": cc[0], "title": None, "doc_date": None}
        if dt == "chronology":
            lines += self.chronology(cc, y)
            self.meta["title"] = f"近年の日{abbr}関係の動き"
        else:
            kind = self.c(["summit", "foreign_ministers", "foreign_ministers", "vice_ministerial", "two_plus_two", "other"])
            channel = {"telephone_talk": "telephone", "video": "video"}.get(dt, "in_person")
            if channel != "in_person" and kind in ("two_plus_two", "other"):
                kind = "foreign_ministers"
            word = {"summit": "首脳", "foreign_ministers": "外相", "vice_ministerial": "次官級", "two_plus_two": "外務・防衛閣僚", "other": "首脳"}[kind]
            if dt == "visit":
                title = f"{self.jp(y)[2]}外務大臣の訪{abbr}(概要)"
            elif dt == "press_conference":
                title = f"日{abbr}首脳共同記者発表"
            else:
                title = f"日{abbr}{word}{'電話' if channel == 'telephone' else 'テレビ' if channel == 'video' else ''}会談" + self.c(["", "(結果概要)", "(概要)"])
            lines += [title, "", self.date_str(y, m, d, date_style), ""]
            self.meta.update(title=title, doc_date=f"{y:04d}-{m:02d}-{d:02d}")
            abroad = self.chance(0.5) or dt == "visit"
            occasion = self.c(OCCASIONS)[0] if abroad and self.chance(0.2) else None
            n_talks = 2 if dt == "visit" else (2 if channel == "in_person" and self.chance(0.1) else 1)
            for t in range(n_talks):
                k = ("foreign_ministers", "other", "other")[t] if dt == "visit" else kind if t == 0 else self.c(["foreign_ministers", "other", "two_plus_two"])
                if n_talks > 1:
                    lines.append(f"{self.marker('num', t)}{TALK_HEADINGS[k].format(abbr=abbr)}")
                if dt == "press_conference":
                    lines += [f"日時：{m}月{d}日{self.clock(self.r.randint(9, 19), 0, time_style)}から", f"場所：{self.c(self.c(cc[3])[1])}", ""]
                intro, jp_name, fo_name = self.talk_intro(cc, y, m, min(d + t, 28), k, channel, time_style, abroad, occasion, self.chance(0.5))
                lines.append(intro + (self.attendees(cc) if channel == "in_person" and self.chance(0.7) else ""))
                lines.append("")
                lines += self.body(cc, jp_name, fo_name, y, m, self.r.randint(3, 5) if n_talks == 1 else 2, *((style, sub) if n_talks == 1 else ("paren", "aiu")))
            if dt != "press_conference" and self.chance(0.3):
                lines.append(f"(参考)日{abbr}間では、{y - 1}年に{self.c(['首脳会談', '外相会談'])}が行われている。")
        if self.chance(0.6):
            lines += [""] + NAV_BOTTOM[: self.r.randint(1, 4)]
        return dt, "\n".join(lines) + "\n"

    def chronology(self, cc, y0: int) -> list[str]:
        abbr = cc[2]
        lines = [f"近年の日{abbr}関係の動き", "", f"{self.date_str(y0, 12, 1, 'era')}更新", ""]
        for y in range(y0, max(y0 - 4, 1997), -1):
            era = f"令和{'元' if y == 2019 else y - 2018}年" if y >= 2019 else f"平成{y - 1988}年"
            lines.append(self.c([f"{y}年", f"{era}", f"{y}年({era})"]))
            for m in sorted(self.r.sample(range(1, 13), self.r.randint(2, 5)), reverse=True):
                d = self.r.randint(1, 27)
                span = f"~{d + self.r.randint(1, 3)}日" if self.chance(0.3) else ""
                _, pm, fm, _ = self.jp(y)
                what = self.c([f"{pm}総理大臣と{self.held(cc[5], y)}{cc[4]}との首脳電話会談",
                               f"{fm}外務大臣の訪{abbr}(於:{self.c(cc[3])[0]})、外相会談",
                               f"{self.held(cc[7], y)}{abbr}{cc[6]}訪日、日{abbr}外相会談",
                               f"{self.c(OCCASIONS)[0]}の機会に日{abbr}首脳会談",
                               f"第{self.r.randint(2, 15)}回日{abbr}次官級協議({self.c(['東京', self.c(cc[3])[0]])})"])
                lines.append(f"{m}月{d}日{span} {what}")
                if self.chance(0.3):
                    lines.append(f"● {self.c(self.c(TOPICS)[1])}について協力を進めていくことで一致。")
            lines.append("")
        return lines

    def html(self, title: str, text: str, charset: str) -> str:
        body = "\n".join(f"<p>{ln}</p>" if ln.strip() else "" for ln in text.splitlines())
        return (
            f'<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="{charset}">\n<title>{title} | 外務省</title>\n</head>\n<body>\n'
            '<div id="header"><a href="/">外務省</a> <a href="/mofaj/">English</a> <a href="/search">検索</a> <a href="/sitemap">サイトマップ</a></div>\n'
            '<ul id="gnav"><li>外務省案内</li><li>渡航関連情報</li><li>各国・地域情勢</li><li>外交政策</li><li>ODA</li></ul>\n'
            f'<div id="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/kaidan/">会談・訪問</a> &gt; {title}</div>\n'
            f'<div id="main">\n<h1>{title}</h1>\n{body}\n</div>\n'
            '<div id="footer"><a href="#top">このページのトップへ戻る</a><br>Copyright &copy; Ministry of Foreign Affairs of Japan</div>\n'
            "</body>\n</html>\n"
        )


CHARSETS = [("utf-8", "utf-8"), ("Shift_JIS", "cp932"), ("EUC-JP", "euc_jp")]


def generate(n: int, seed: int = 1, calibrated: bool = True):
    """Yield (id, doc_type, plain text) for n documents, deterministic by seed."""
    g = Gen(seed, calibrated)
    for i in range(n):
        dt, text = g.document()
        yield f"c{seed}_{i:06d}", dt, text


def write_dir(out: Path, n: int, seed: int, html_share: float, calibrated: bool = True) -> tuple[int, int]:
    out.mkdir(parents=True, exist_ok=True)
    pick = random.Random(seed * 7919 + 1)
    total = 0
    g = Gen(seed, calibrated)
    for i in range(n):
        dt, text = g.document()
        ident = f"c{seed}_{i:06d}"
        if pick.random() < html_share:
            label, codec = pick.choice(CHARSETS)
            lines = [ln for ln in text.splitlines()]
            # the title is the first line that is not navigation
            title = next((ln for ln in lines if ln and ln not in NAV_TOP and not ln.startswith("トップページ")), "外務省")
            body = "\n".join(ln for ln in lines if ln not in NAV_TOP and not ln.startswith("トップページ") and ln != title)
            data = g.html(title, body, label).encode(codec, errors="xmlcharrefreplace")
            (out / f"{ident}.html").write_bytes(data)
        else:
            data = text.encode("utf-8")
            (out / f"{ident}.txt").write_bytes(data)
        total += len(text)
    return n, total


def write_jsonl(out, n: int, seed: int, calibrated: bool = True) -> tuple[int, int]:
    total = 0
    for ident, _dt, text in generate(n, seed, calibrated):
        out.write(json.dumps({"id": ident, "text": text}, ensure_ascii=False) + "\n")
        total += len(text)
    return n, total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="output directory (or a .jsonl file / '-' with --jsonl)")
    ap.add_argument("-n", type=int, default=100_000, help="number of documents (default 100000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--html-share", type=float, default=0.2, help="share of documents written as HTML (file mode)")
    ap.add_argument("--jsonl", action="store_true", help='write {"id","text"} JSON lines instead of files')
    ap.add_argument("--short", action="store_true", help="the first generator: 1,400-character pages, nearly all outcomes")
    a = ap.parse_args(argv)
    cal = not a.short
    t0 = time.perf_counter()
    if a.jsonl:
        if a.out == "-":
            try:
                n, chars = write_jsonl(sys.stdout, a.n, a.seed, cal)
            except BrokenPipeError:  # `| head`: the reader has had enough
                sys.stderr.close()
                return 0
        else:
            Path(a.out).parent.mkdir(parents=True, exist_ok=True)
            with open(a.out, "w", encoding="utf-8") as f:
                n, chars = write_jsonl(f, a.n, a.seed, cal)
    else:
        n, chars = write_dir(Path(a.out), a.n, a.seed, a.html_share, cal)
    dt = time.perf_counter() - t0
    print(f"corpus: {n} documents, {chars:,} characters of text, {dt:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
