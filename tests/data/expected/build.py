"""Build the expected records of the generalisation documents (tests/data/docs/g*.{txt,html}).

usage: python tests/data/expected/build.py        (needs ../shared/devset/validate.py)

The expected values below are decided by hand, following ../shared/record-format.md (with its
"Conventions for hard cases"), ../shared/gold/NOTES.md and ../shared/devset/README.md. This script
only fills in the spans: each outcome/planned `text` is searched in the document's plain text
(for HTML pages, the plain text defined by the devset's html_to_text(), written to plain/<stem>.txt)
and every span is checked to be one sentence by the devset's sentence rules. Writes <stem>.json.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"
SHARED = HERE.parents[3] / "shared"
NOTICE = "(この文書はテスト用の架空の例です)"


def _validate_module():
    spec = importlib.util.spec_from_file_location("devset_validate", SHARED / "devset" / "validate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def O(type_, by, text):  # noqa: E743
    return {"type": type_, "by": by, "text": text}


def P(what, date, precision, place, text, **extra):
    return {"what": what, "date": date, "precision": precision, "place": place, "text": text, **extra}


def who(name, role, country):
    return {"name": name, "role": role, "country": country}


def E(kind, channel, date, countries, principals=(), attendees=(), outcomes=(), planned=(), **kw):
    ev = {"kind": kind, "channel": channel, "date": date, "date_end": None, "start_local": None, "end_local": None,
          "start_jst": None, "duration_min": None, "venue": None, "city": None, "occasion": None,
          "countries": list(countries), "principals": list(principals), "attendees": list(attendees),
          "outcomes": list(outcomes), "planned": list(planned)}
    for k, v in kw.items():
        assert k in ev or k == "entry_text", k
        ev[k] = v
    return ev


def R(title, doc_type, doc_date, *events):
    return {"title": title, "doc_type": doc_type, "doc_date": doc_date, "events": list(events)}


ABE, SUGA, KISHIDA = who("安倍", "総理大臣", "JP"), who("菅", "総理大臣", "JP"), who("岸田", "総理大臣", "JP")

EXPECTED = {
    "g01_cn_summit": R("日中首脳会談", "meeting", "2019-12-23", E(
        "summit", "in_person", "2019-12-23", ["JP", "CN"],
        [ABE, who("習近平", "国家主席", "CN")],
        [who("西村", "内閣官房副長官", "JP"), who("秋葉", "外務事務次官", "JP"),
         who("丁薛祥", "中央弁公庁主任", "CN"), who("王毅", "国務委員兼外交部長", "CN")],
        [O("agree", "both", "両首脳は、来年が日中平和友好条約締結42周年に当たることも踏まえ、「日中新時代」を切り拓いていくため、首脳間の往来を含むあらゆるレベルでの交流を一層強化していくことで一致しました。"),
         O("agree", "both", "また、安倍総理から、来年春の習近平主席の国賓としての訪日を心から歓迎する旨述べ、両首脳は、同訪問を実りあるものとするため、緊密に連携していくことを確認しました。"),
         O("protest", "JP", "安倍総理から、尖閣諸島周辺海域における中国公船の活動について抗議し、事態の改善を強く求めました。"),
         O("request", "JP", "安倍総理から、尖閣諸島周辺海域における中国公船の活動について抗議し、事態の改善を強く求めました。"),
         O("request", "JP", "安倍総理から、邦人拘束事案について、早期解放を求めるとともに、中国側の透明性ある対応を要請しました。"),
         O("thank", "JP", "習近平主席から、日本の台風被害に対するお見舞いが述べられ、安倍総理から謝意を表明しました。"),
         O("agree", "both", "北朝鮮情勢について、両首脳は、朝鮮半島の非核化に向けて、日中で引き続き緊密に連携していくことを確認しました。"),
         O("request", "JP", "また、安倍総理から、拉致問題の早期解決に向けた中国の理解と協力を求め、習近平主席から支持を得ました。"),
         O("agree", "both", "また、安倍総理から、拉致問題の早期解決に向けた中国の理解と協力を求め、習近平主席から支持を得ました。"),
         O("agree", "both", "両首脳は、来年春の習近平主席の国賓訪日に先立ち、日中ハイレベル経済対話を来年前半に東京で開催することで一致しました。")],
        [P("習近平主席の国賓訪日", "2020", "season", "日本", "また、安倍総理から、来年春の習近平主席の国賓としての訪日を心から歓迎する旨述べ、両首脳は、同訪問を実りあるものとするため、緊密に連携していくことを確認しました。", kind="summit", date_text="来年春"),
         P("日中ハイレベル経済対話", "2020", "year", "東京", "両首脳は、来年春の習近平主席の国賓訪日に先立ち、日中ハイレベル経済対話を来年前半に東京で開催することで一致しました。", kind="other_ministerial", date_text="来年前半")],
        start_local="16:50", duration_min=45, venue="人民大会堂", city="北京")),

    "g02_kr_fm_tel": R("日韓外相電話会談", "telephone_talk", "2022-05-12", E(
        "foreign_ministers", "telephone", "2022-05-12", ["JP", "KR"],
        [who("林", "外務大臣", "JP"), who("朴振", "外交部長官", "KR")], [],
        [O("thank", "KR", "これに対し、朴長官から、謝意が表明されました。"),
         O("request", "JP", "林大臣から、旧朝鮮半島出身労働者問題について、日本の一貫した立場に基づき、韓国側が責任を持って対応するよう改めて求めました。"),
         O("agree", "both", "両大臣は、北朝鮮による弾道ミサイル発射を含む一連の挑発行為について、日韓、日米韓で緊密に連携していくことで一致しました。"),
         O("agree", "both", "両大臣は、できるだけ早期に対面での外相会談を行うことで一致しました。"),
         O("agree", "both", "また、両大臣は、6月下旬に東京で日韓次官級協議を開催することを確認しました。")],
        [P("対面での外相会談", None, None, None, "両大臣は、できるだけ早期に対面での外相会談を行うことで一致しました。", kind="foreign_ministers", date_text="できるだけ早期に"),
         P("日韓次官級協議", "2022-06", "late_month", "東京", "また、両大臣は、6月下旬に東京で日韓次官級協議を開催することを確認しました。", kind="vice_ministerial", date_text="6月下旬")],
        start_local="16:10", start_jst="16:10", duration_min=25)),

    "g03_kr_summit": R("日韓首脳会談", "meeting", "2023-03-16", E(
        "summit", "in_person", "2023-03-16", ["JP", "KR"],
        [KISHIDA, who("尹錫悦", "大統領", "KR")],
        [who("木原", "内閣官房副長官", "JP"), who("秋葉", "国家安全保障局長", "JP"), who("船越", "アジア大洋州局長", "JP"),
         who("朴振", "外交部長官", "KR"), who("金聖翰", "国家安保室長", "KR"), who("尹徳敏", "駐日大使", "KR")],
        [O("agree", "both", "岸田総理から、尹大統領の訪日を歓迎した上で、両首脳は、国交正常化以来の友好協力関係の基盤に基づき、｢日韓｣関係を発展させていくことで一致しました。"),
         O("agree", "both", "両首脳は、首脳同士の緊密な意思疎通を継続していくことで合意しました。"),
         O("agree", "both", "両首脳は、日韓安全保障対話及び日韓次官戦略対話を早期に再開することで一致しました。"),
         O("request", "JP", "岸田総理から、輸出管理の運用見直しについて説明し、韓国側の理解を求めました。"),
         O("agree", "both", "これに対し、尹大統領から同意が示されました。"),
         O("request", "KR", "尹大統領から、日本の輸出管理当局への協力を要請しました。"),
         O("invite", "JP", "岸田総理から、尹大統領のＧ７広島サミットへの招待を表明し、尹大統領から感謝の意が示されました。"),
         O("thank", "KR", "岸田総理から、尹大統領のＧ７広島サミットへの招待を表明し、尹大統領から感謝の意が示されました。"),
         O("agree", "both", "両首脳は、５月１９日から２１日まで広島で開催されるＧ７広島サミットの機会に、改めて日韓首脳会談を行うことで一致しました。")],
        [P("日韓安全保障対話", None, None, None, "両首脳は、日韓安全保障対話及び日韓次官戦略対話を早期に再開することで一致しました。", kind="vice_ministerial", date_text="早期に"),
         P("日韓次官戦略対話", None, None, None, "両首脳は、日韓安全保障対話及び日韓次官戦略対話を早期に再開することで一致しました。", kind="vice_ministerial", date_text="早期に"),
         P("日韓首脳会談", "2023-05-19", "day", "広島", "両首脳は、５月１９日から２１日まで広島で開催されるＧ７広島サミットの機会に、改めて日韓首脳会談を行うことで一致しました。", kind="summit", date_end="2023-05-21", occasion="Ｇ７広島サミット", date_text="５月１９日から２１日まで")],
        start_local="17:20", start_jst="17:20", duration_min=85, venue="総理大臣官邸", city="東京")),

    "g04_us_tel_summit": R("日米首脳電話会談", "telephone_talk", "2021-01-28", E(
        "summit", "telephone", "2021-01-28", ["JP", "US"],
        [SUGA, who("バイデン", "大統領", "US")], [],
        [O("thank", "US", "これに対し、バイデン大統領から、祝意に対する謝意が表明されました。"),
         O("agree", "both", "両首脳は、日米同盟が地域の平和と繁栄の礎であるとの認識を共有し、自由で開かれたインド太平洋の実現に向けて緊密に連携していくことで一致しました。"),
         O("request", "JP", "菅総理から、拉致問題の早期解決に向けた米国の理解と協力を求め、バイデン大統領から全面的な支持を得ました。"),
         O("agree", "both", "菅総理から、拉致問題の早期解決に向けた米国の理解と協力を求め、バイデン大統領から全面的な支持を得ました。"),
         O("agree", "both", "両首脳は、気候変動問題について、日米で協力していくことで一致しました。"),
         O("request", "US", "また、バイデン大統領から、4月22日に米国が主催する気候サミットへの菅総理の参加を要請し、菅総理は前向きに検討する旨述べました。"),
         O("agree", "both", "両首脳は、できる限り早期に対面での首脳会談を実現すべく、調整を進めることで一致しました。")],
        [P("対面での首脳会談", None, None, None, "両首脳は、できる限り早期に対面での首脳会談を実現すべく、調整を進めることで一致しました。", kind="summit", date_text="できる限り早期に")],
        start_local="00:00", start_jst="00:00", duration_min=30)),

    "g05_au_fm_video": R("日豪外相テレビ会談", "meeting", "2020-07-08", E(
        "foreign_ministers", "video", "2020-07-08", ["JP", "AU"],
        [who("茂木", "外務大臣", "JP"), who("ペイン", "外務大臣", "AU")], [],
        [O("thank", "AU", "冒頭、ペイン大臣から、新型コロナウイルス感染症の拡大を受けた豪州在留邦人の帰国に際しての日本側の協力に対し、謝意が表明されました。"),
         O("agree", "both", "両外相は、日豪の「特別な戦略的パートナーシップ」の下、自由で開かれたインド太平洋の実現に向けて、日豪、日米豪で連携していくことを確認しました。"),
         O("agree", "both", "茂木大臣から、東シナ海及び南シナ海における一方的な現状変更の試みについて懸念を表明し、ペイン大臣から、これに賛同する旨の発言がありました。"),
         O("request", "AU", "ペイン大臣から、日豪円滑化協定の早期署名に向けた日本側の一層の協力を要請しました。"),
         O("agree", "both", "両外相は、本年秋に東京で第９回日豪外務・防衛閣僚協議（「２＋２」）を開催することで一致しました。"),
         O("agree", "both", "また、両外相は、年内に次回の外相戦略対話を対面で行うことで合意しました。")],
        [P("第９回日豪外務・防衛閣僚協議（「２＋２」）", "2020", "season", "東京", "両外相は、本年秋に東京で第９回日豪外務・防衛閣僚協議（「２＋２」）を開催することで一致しました。", kind="two_plus_two", date_text="本年秋"),
         P("外相戦略対話", "2020", "year", None, "また、両外相は、年内に次回の外相戦略対話を対面で行うことで合意しました。", kind="foreign_ministers", date_text="年内")],
        start_local="16:30", end_local="17:15", start_jst="16:30", duration_min=45)),

    "g06_in_visit": R("林外務大臣のインド訪問（概要）", "visit", "2023-07-28", E(
        "foreign_ministers", "in_person", "2023-07-27", ["JP", "IN"],
        [who("林", "外務大臣", "JP"), who("ジャイシャンカル", "外務大臣", "IN")],
        [who("鈴木", "駐インド大使", "JP"), who("船越", "アジア大洋州局長", "JP"), who("ヴァルマ", "外務次官", "IN")],
        [O("agree", "both", "両大臣は、日印特別戦略的グローバル・パートナーシップの下、安全保障、経済、人的交流等の幅広い分野で協力を深めていくことで一致しました。"),
         O("request", "JP", "林大臣から、高速鉄道事業の着実な進展に向けたインド側の協力を求めました。"),
         O("thank", "IN", "ジャイシャンカル大臣から、本年のＧ２０議長国としてのインドの取組に対する日本の支持に謝意が表明されました。"),
         O("agree", "both", "両大臣は、年内に東京で次回の日印外相間戦略対話を行うことで一致しました。")],
        [P("日印外相間戦略対話", "2023", "year", "東京", "両大臣は、年内に東京で次回の日印外相間戦略対話を行うことで一致しました。", kind="foreign_ministers", date_text="年内")],
        start_local="18:00", start_jst="21:30", duration_min=90, venue="ハイデラバード・ハウス", city="ニューデリー"), E(
        "other", "in_person", "2023-07-28", ["JP", "IN"],
        [who("林", "外務大臣", "JP"), who("モディ", "首相", "IN")], [],
        [O("thank", "IN", "林大臣から、岸田総理からのメッセージを伝達し、モディ首相から、日本側の協力に対する感謝が述べられました。"),
         O("invite", "JP", "林大臣から、モディ首相の訪日を招待しました。"),
         O("request", "IN", "モディ首相から、日印間の経済協力の一層の拡大を要望しました。")],
        [], start_local="10:00", duration_min=30, city="ニューデリー")),

    "g07_gb_fm_london": R("日英外相会談", "meeting", "2019-04-30", E(
        "foreign_ministers", "in_person", "2019-04-29", ["JP", "GB"],
        [who("河野", "外務大臣", "JP"), who("ハント", "外務・英連邦大臣", "GB")], [],
        [O("agree", "both", "両大臣は、日英が「準同盟国」として、安全保障・防衛分野での協力を一層深化させていくことで一致した。"),
         O("request", "JP", "河野大臣から、英国のEU離脱に関し、日本企業への悪影響を回避するよう、透明性と予見可能性の確保を申し入れた。"),
         O("request", "GB", "ハント大臣から、英国の環太平洋パートナーシップに関する包括的及び先進的な協定(CPTPP)への加入について日本の支持を求め、河野大臣から、英国の関心を歓迎する旨述べた。"),
         O("thank", "JP", "ハント大臣から、本年6月の日本のG20議長国としての取組に対する英国の協力を表明し、河野大臣から謝意を表明した。"),
         O("agree", "both", "両大臣は、6月28日~29日に開催されるG20大阪サミットの機会に、日英首脳会談を行うことで一致した。"),
         O("agree", "both", "また、両大臣は、本年夏にロンドンで第4回日英外務・防衛閣僚会合(「2+2」)を開催することで合意した。")],
        [P("日英首脳会談", "2019-06-28", "day", "大阪", "両大臣は、6月28日~29日に開催されるG20大阪サミットの機会に、日英首脳会談を行うことで一致した。", kind="summit", date_end="2019-06-29", occasion="G20大阪サミット", date_text="6月28日~29日"),
         P("第4回日英外務・防衛閣僚会合(「2+2」)", "2019", "season", "ロンドン", "また、両大臣は、本年夏にロンドンで第4回日英外務・防衛閣僚会合(「2+2」)を開催することで合意した。", kind="two_plus_two", date_text="本年夏")],
        start_local="16:00", start_jst="00:00", duration_min=60, venue="英国外務・英連邦省", city="ロンドン")),

    "g08_eu_summit_video": R("日EU首脳テレビ会議", "meeting", "2020-05-26", E(
        "summit", "video", "2020-05-26", ["JP", "EU"],
        [ABE, who("ミシェル", "欧州理事会議長", "EU"), who("フォン・デア・ライエン", "欧州委員会委員長", "EU")], [],
        [O("agree", "both", "三首脳は、新型コロナウイルス感染症への対応において、G7及びG20の枠組みを通じて緊密に連携していくことで一致しました。"),
         O("agree", "both", "安倍総理から、治療薬やワクチンの開発に関する国際協力について日本の取組を説明し、ミシェル議長及びフォン・デア・ライエン委員長から支持が表明されました。"),
         O("agree", "both", "三首脳は、日EU経済連携協定(EPA)及び日EU戦略的パートナーシップ協定(SPA)の下での協力を一層強化していくことを確認しました。"),
         O("request", "EU", "フォン・デア・ライエン委員長から、EU産品に対する日本の輸入規制の撤廃を要請しました。"),
         O("request", "JP", "安倍総理から、拉致問題の早期解決に向けたEUの理解と協力を求めました。"),
         O("agree", "both", "三首脳は、本年後半に東京で次回の日EU定期首脳協議を開催することで一致しました。")],
        [P("日EU定期首脳協議", "2020", "year", "東京", "三首脳は、本年後半に東京で次回の日EU定期首脳協議を開催することで一致しました。", kind="summit", date_text="本年後半")],
        start_local="19:00", start_jst="19:00", duration_min=60)),

    "g09_de_press": R("日独首脳共同記者発表", "press_conference", "2023-03-18", E(
        "summit", "in_person", "2023-03-18", ["JP", "DE"],
        [KISHIDA, who("ショルツ", "首相", "DE")], [],
        [O("agree", "both", "ショルツ首相と私は、経済安全保障の分野での協力を強化していくことで一致しました。"),
         O("agree", "both", "また、ロシアによるウクライナ侵略について、両国で引き続き緊密に連携していくことを確認しました。"),
         O("request", "JP", "私から、北朝鮮による拉致問題の即時解決に向けて、ドイツの協力を求め、ショルツ首相から支持を得ました。"),
         O("agree", "both", "私から、北朝鮮による拉致問題の即時解決に向けて、ドイツの協力を求め、ショルツ首相から支持を得ました。"),
         O("thank", "DE", "岸田総理の温かい歓迎に感謝いたします。"),
         O("agree", "both", "我々は、エネルギー安全保障の分野で協力していくことで合意しました。"),
         O("request", "DE", "私から、ドイツ企業の日本市場への参入について、日本側の一層の協力を要請しました。"),
         O("agree", "both", "両国の閣僚が一堂に会する第1回日独政府間協議を来年ベルリンで開催することで一致しました。")],
        [P("第1回日独政府間協議", "2024", "year", "ベルリン", "両国の閣僚が一堂に会する第1回日独政府間協議を来年ベルリンで開催することで一致しました。", kind="other_ministerial", date_text="来年")],
        duration_min=60, city="東京")),

    "g10_cn_chronology": R("近年の日中関係の動き", "chronology", None,
        E("summit", "in_person", "2019-12-23", ["JP", "CN"], city="北京", entry_text="12月23日 日中首脳会談(於:北京)",
          principals=[who("習近平", "国家主席", "CN")],  # NOTES 004: names the entry or its bullets give
          outcomes=[O("agree", "both", "両首脳は、来年春の習近平国家主席の国賓訪日を実りあるものとするため、緊密に連携していくことで一致。")],
          planned=[P("習近平国家主席の国賓訪日", "2020", "season", "日本", "両首脳は、来年春の習近平国家主席の国賓訪日を実りあるものとするため、緊密に連携していくことで一致。", kind="summit", date_text="来年春")]),
        E("foreign_ministers", "in_person", "2019-08-20", ["JP", "CN"], date_end="2019-08-21", city="北京", entry_text="8月20日~21日 河野外相の訪中(北京)",
          principals=[who("河野", "外務大臣", "JP")],
          outcomes=[O("request", "JP", "外相会談において、河野外相から、邦人拘束事案について早期解放を求めた。")]),
        E("summit", "in_person", "2019-06-27", ["JP", "CN"], city="大阪", occasion="G20大阪サミット", entry_text="6月27日 G20大阪サミットの際の日中首脳会談"),
        E("summit", "in_person", "2018-10-25", ["JP", "CN"], date_end="2018-10-27", entry_text="10月25日~27日 安倍総理の訪中",
          principals=[who("安倍", "総理大臣", "JP")],
          outcomes=[O("agree", "both", "両首脳は、首脳間の往来を含め、あらゆるレベルでの交流を強化していくことで一致。")]),
        E("summit", "in_person", "2018-05-09", ["JP", "CN"], city="東京", occasion="日中韓サミット", entry_text="5月9日 日中韓サミットの際の日中首脳会談(於:東京)"),
        E("foreign_ministers", "telephone", "2018-01-28", ["JP", "CN"], entry_text="1月28日 日中外相電話会談"),
        E("summit", "in_person", "2017-11-11", ["JP", "CN"], city="ダナン", occasion="APEC首脳会議", entry_text="11月11日 APEC首脳会議の際の日中首脳会談(於:ダナン)"),
        E("summit", "in_person", "2017-07-08", ["JP", "CN"], city="ハンブルク", occasion="G20ハンブルク・サミット", entry_text="7月8日 G20ハンブルク・サミットの際の日中首脳会談"),
        E("summit", "in_person", "1988-08-25", ["JP", "CN"], date_end="1988-08-30", entry_text="8月25日~30日 竹下総理大臣の訪中",
          principals=[who("竹下", "総理大臣", "JP")]),
    ),

    "g11_cn_fm": R("日中外相会談", "meeting", "2023-04-02", E(
        "foreign_ministers", "in_person", "2023-04-02", ["JP", "CN"],
        [who("林", "外務大臣", "JP"), who("秦剛", "国務委員兼外交部長", "CN")], [],
        [O("agree", "both", "秦剛部長から、「両国関係は重要な局面にある。」と述べ、双方は、「建設的かつ安定的な日中関係」の構築に向けて努力していくことで一致しました。"),
         O("request", "JP", "林大臣から、中国国内で拘束されている日本人について、早期解放を強く求めました。"),
         O("protest", "JP", "また、林大臣から、尖閣諸島周辺海域における中国海警船の活動について抗議しました。"),
         O("request", "JP", "林大臣から、日本産食品に対する輸入規制の早期撤廃を求めました。"),
         O("request", "JP", "林大臣から、ウクライナ情勢について、中国が平和の実現に向けて責任ある役割を果たすよう求めました。"),
         O("agree", "both", "両大臣は、近々、日中安保対話を開催することで一致しました。"),
         O("agree", "both", "また、両大臣は、本年秋に東京で次回の日中外相会談を行うことを確認しました。")],
        [P("日中安保対話", None, None, None, "両大臣は、近々、日中安保対話を開催することで一致しました。", kind="vice_ministerial", date_text="近々"),
         P("日中外相会談", "2023", "season", "東京", "また、両大臣は、本年秋に東京で次回の日中外相会談を行うことを確認しました。", kind="foreign_ministers", date_text="本年秋")],
        start_local="13:00", start_jst="14:00", duration_min=180, city="北京")),

    "g12_kr_summit_1998": R("日韓首脳会談（概要）", "meeting", "1998-10-08", E(
        "summit", "in_person", "1998-10-08", ["JP", "KR"],
        [who("小渕", "総理大臣", "JP"), who("金大中", "大統領", "KR")],
        [who("高村", "外務大臣", "JP"), who("野中", "内閣官房長官", "JP"), who("阿南", "アジア局長", "JP"),
         who("洪淳瑛", "外交通商部長官", "KR"), who("金鍾泌", "国務総理署理", "KR")],
        [O("agree", "both", "両首脳は、過去を直視し、未来志向の関係を発展させることが重要であるとの認識で一致し、「二十一世紀に向けた新たな日韓パートナーシップ」に関する共同宣言に署名した。"),
         O("request", "JP", "小渕総理より、日本の大衆文化の開放について韓国側の前向きな対応を求めたところ、金大中大統領より、段階的に開放していく方針を説明し、小渕総理の提案に同意した。"),
         O("agree", "both", "小渕総理より、日本の大衆文化の開放について韓国側の前向きな対応を求めたところ、金大中大統領より、段階的に開放していく方針を説明し、小渕総理の提案に同意した。"),
         O("request", "KR", "金大中大統領より、在日韓国人の地方参政権問題について日本側の努力を要望した。"),
         O("agree", "both", "両首脳は、新たな日韓漁業協定が先般合意されたことを踏まえ、その早期発効に向けて協力していくことを確認した。"),
         O("thank", "JP", "小渕総理より、金大中大統領の国会演説に対し謝意を表明した。"),
         O("agree", "both", "両首脳は、明年春に小渕総理が訪韓することで一致し、また、十一月二十一日から二十二日まで鹿児島で日韓閣僚懇談会を開催することを確認した。")],
        [P("小渕総理の訪韓", "1999", "season", "韓国", "両首脳は、明年春に小渕総理が訪韓することで一致し、また、十一月二十一日から二十二日まで鹿児島で日韓閣僚懇談会を開催することを確認した。", kind="summit", date_text="明年春"),
         P("日韓閣僚懇談会", "1998-11-21", "day", "鹿児島", "両首脳は、明年春に小渕総理が訪韓することで一致し、また、十一月二十一日から二十二日まで鹿児島で日韓閣僚懇談会を開催することを確認した。", kind="other_ministerial", date_end="1998-11-22", date_text="十一月二十一日から二十二日まで")],
        start_local="10:00", end_local="11:30", start_jst="10:00", duration_min=90, venue="総理大臣官邸", city="東京")),

    "g13_in_2plus2": R("第1回日印外務・防衛閣僚会合(「2+2」)", "meeting", "2019-11-30", E(
        "two_plus_two", "in_person", "2019-11-30", ["JP", "IN"],
        [who("茂木", "外務大臣", "JP"), who("河野", "防衛大臣", "JP"),
         who("ジャイシャンカル", "外務大臣", "IN"), who("シン", "国防大臣", "IN")], [],
        [O("agree", "both", "4閣僚は、「2+2」の立ち上げが日印特別戦略的グローバル・パートナーシップの深化を示すものであることを確認しました。"),
         O("agree", "both", "4閣僚は、自由で開かれたインド太平洋の実現に向けて、海洋安全保障分野での協力を強化していくことで一致しました。"),
         O("request", "JP", "茂木大臣から、日印物品役務相互提供協定(ACSA)の早期妥結に向けたインド側の協力を求めました。"),
         O("agree", "both", "4閣僚は、次回の「2+2」を来年東京で開催することで一致しました。")],
        [P("次回の「2+2」", "2020", "year", "東京", "4閣僚は、次回の「2+2」を来年東京で開催することで一致しました。", kind="two_plus_two", date_text="来年")],
        start_local="10:00", end_local="11:30", duration_min=90, venue="ジャワハルラール・ネルー・バワン", city="ニューデリー"), E(
        "defense_ministers", "in_person", "2019-11-29", ["JP", "IN"],
        [who("河野", "防衛大臣", "JP"), who("シン", "国防大臣", "IN")], [],
        [O("agree", "both", "両大臣は、来年、日印間の戦闘機共同訓練を日本で初めて実施することで一致しました。"),
         O("request", "IN", "シン大臣から、日本の防衛装備品に関する協力の拡大を要請しました。")],
        [P("戦闘機共同訓練", "2020", "year", "日本", "両大臣は、来年、日印間の戦闘機共同訓練を日本で初めて実施することで一致しました。", kind="other", date_text="来年")],
        duration_min=60, city="ニューデリー")),

    "g14_au_vice": R("第14回日豪次官級協議", "meeting", "2016-03-04", E(
        "vice_ministerial", "in_person", "2016-03-04", ["JP", "AU"],
        [who("杉山", "外務審議官", "JP"), who("ヴァルギーズ", "外務貿易省次官", "AU")], [],
        [O("agree", "both", "双方は、日豪の「特別な戦略的パートナーシップ」の下、地域及び国際社会の諸課題について緊密に連携していくことを確認しました。"),
         O("request", "JP", "杉山外務審議官から、豪州の将来潜水艦計画に関し、日本の提案について説明し、豪州側の公正な評価を求めました。"),
         O("request", "AU", "ヴァルギーズ次官から、日豪間の経済連携協定の着実な実施への協力を要請しました。"),
         O("agree", "both", "双方は、次回協議を来年前半にキャンベラで開催することで一致しました。")],
        [P("次回協議", "2017", "year", "キャンベラ", "双方は、次回協議を来年前半にキャンベラで開催することで一致しました。", kind="vice_ministerial", date_text="来年前半")],
        start_local="14:00", end_local="16:30", start_jst="14:00", duration_min=150, venue="外務省", city="東京")),

    # g15-g17 were written after the extractor had seen g01-g14: a fresh check of generalisation.
    "g15_ru_fm_moscow": R("日露外相会談(概要)", "meeting", "2016-09-22", E(
        "foreign_ministers", "in_person", "2016-09-21", ["JP", "RU"],
        [who("岸田", "外務大臣", "JP"), who("ラヴロフ", "外務大臣", "RU")], [],
        [O("request", "JP", "岸田大臣から、北方四島における露側の軍備強化について遺憾の意を表明し、自制を求めました。"),
         O("protest", "JP", "岸田大臣から、北方四島における露側の軍備強化について遺憾の意を表明し、自制を求めました。"),
         O("agree", "both", "両大臣は、12月15日にプーチン大統領が訪日し、山口県長門市で日露首脳会談を行うことを確認しました。"),
         O("agree", "both", "北朝鮮問題について、両大臣は、安保理決議の完全な履行が重要であることで一致しました。"),
         O("request", "RU", "ラヴロフ大臣から、シリア情勢に関する国際的な協力に日本が参加するよう呼びかけました。"),
         O("agree", "both", "両大臣は、11月中旬に東京で次官級の日露戦略対話を開催することで合意しました。")],
        [P("日露首脳会談", "2016-12-15", "day", "長門市", "両大臣は、12月15日にプーチン大統領が訪日し、山口県長門市で日露首脳会談を行うことを確認しました。", kind="summit", date_text="12月15日"),
         P("次官級の日露戦略対話", "2016-11", "mid_month", "東京", "両大臣は、11月中旬に東京で次官級の日露戦略対話を開催することで合意しました。", kind="vice_ministerial", date_text="11月中旬")],
        start_local="12:00", duration_min=150, venue="ロシア外務省別館", city="モスクワ")),

    "g16_fr_tel": R("日仏首脳電話会談", "telephone_talk", "2024-01-10", E(
        "summit", "telephone", "2024-01-10", ["JP", "FR"],
        [KISHIDA, who("マクロン", "大統領", "FR")], [],
        [O("thank", "JP", "冒頭、マクロン大統領から、令和6年能登半島地震の犠牲者へのお悔やみとフランスとしての支援の用意が表明され、岸田総理から謝意を表明しました。"),
         O("agree", "both", "両首脳は、日仏「特別なパートナーシップ」の下、安全保障・防衛分野での協力を更に進めていくことで一致しました。"),
         O("agree", "both", "岸田総理から、本年のＧ７議長国イタリアとも連携しつつ、ウクライナ支援を継続していきたい旨述べ、マクロン大統領から賛意が示されました。"),
         O("invite", "FR", "マクロン大統領から、岸田総理に対し、パリ五輪の機会の訪仏を招待しました。"),
         O("agree", "both", "両首脳は、本年５月上旬に東京で日仏外務・防衛閣僚会合（「２＋２」）を開催することで一致しました。")],
        [P("日仏外務・防衛閣僚会合（「２＋２」）", "2024-05", "early_month", "東京", "両首脳は、本年５月上旬に東京で日仏外務・防衛閣僚会合（「２＋２」）を開催することで一致しました。", kind="two_plus_two", date_text="本年５月上旬")],
        start_local="21:15", start_jst="21:15", duration_min=30)),

    "g17_us_fm_tokyo": R("日米外相会談", "meeting", "2023-04-05", E(
        "foreign_ministers", "in_person", "2023-04-05", ["JP", "US"],
        [who("林", "外務大臣", "JP"), who("ブリンケン", "国務長官", "US")],
        [who("秋葉", "国家安全保障局長", "JP"), who("船越", "アジア大洋州局長", "JP"),
         who("エマニュエル", "駐日大使", "US"), who("クリテンブリンク", "国務次官補", "US")],
        [O("agree", "both", "両大臣は、日米同盟の抑止力・対処力の一層の強化に向けて、緊密に連携していくことで一致しました。"),
         O("request", "JP", "林大臣から、在日米軍の安定的な駐留のため、地元の負担軽減に向けた米側の協力を求めました。"),
         O("agree", "both", "これに対し、ブリンケン長官から、日本側の取組への支持が表明されました。"),
         O("agree", "both", "両大臣は、北朝鮮の核・ミサイル問題について、日米、日米韓で緊密に連携していくことを確認しました。"),
         O("agree", "both", "両大臣は、来月中旬に広島で開催されるＧ７サミットの際に、日米首脳会談を行うことで一致しました。"),
         O("agree", "both", "また、両大臣は、本年後半にワシントンＤ.Ｃ.で日米「２＋２」を開催することを確認しました。")],
        [P("日米首脳会談", "2023-05", "mid_month", "広島", "両大臣は、来月中旬に広島で開催されるＧ７サミットの際に、日米首脳会談を行うことで一致しました。", kind="summit", occasion="Ｇ７サミット", date_text="来月中旬"),
         P("日米「２＋２」", "2023", "year", "ワシントンＤ.Ｃ.", "また、両大臣は、本年後半にワシントンＤ.Ｃ.で日米「２＋２」を開催することを確認しました。", kind="two_plus_two", date_text="本年後半")],
        start_local="11:55", end_local="13:20", start_jst="11:55", duration_min=85, venue="外務省飯倉公館", city="東京")),

    # g18-g20 were written after the extractor had passed g01-g17: a second fresh check.
    "g18_cn_maritime": R("第15回日中高級事務レベル海洋協議(結果)", "meeting", "2023-04-11", E(
        "vice_ministerial", "in_person", "2023-04-10", ["JP", "CN"],
        [who("船越", "アジア大洋州局長", "JP"), who("劉勁松", "アジア局長", "CN")], [],
        [O("protest", "JP", "日本側から、東シナ海における中国側の一方的な資源開発について抗議し、開発の中止を求めた。"),
         O("request", "JP", "日本側から、東シナ海における中国側の一方的な資源開発について抗議し、開発の中止を求めた。"),
         O("agree", "both", "双方は、日中防衛当局間の海空連絡メカニズムの下でのホットラインの運用を着実に進めることを確認した。"),
         O("agree", "both", "双方は、次回協議を本年後半に中国で開催することで一致した。")],
        [P("次回協議", "2023", "year", "中国", "双方は、次回協議を本年後半に中国で開催することで一致した。", kind="vice_ministerial", date_text="本年後半")],
        start_local="14:00", end_local="17:30", start_jst="14:00", duration_min=210, venue="外務省", city="東京")),

    "g19_kr_fm_asean": R("日韓外相会談", "meeting", "2023-07-13", E(
        "foreign_ministers", "in_person", "2023-07-13", ["JP", "KR"],
        [who("林", "外務大臣", "JP"), who("朴振", "外交部長官", "KR")], [],
        [O("agree", "both", "両大臣は、北朝鮮による12日の弾道ミサイル発射を強く非難し、日韓、日米韓で緊密に連携していくことで一致しました。"),
         O("request", "JP", "林大臣から、東京電力福島第一原子力発電所のALPS処理水の海洋放出について、韓国国民の理解が深まるよう、引き続き韓国側の協力を求めました。"),
         O("invite", "KR", "朴長官から、林大臣の訪韓を招請し、林大臣から謝意を表明しました。"),
         O("thank", "JP", "朴長官から、林大臣の訪韓を招請し、林大臣から謝意を表明しました。"),
         O("agree", "both", "両大臣は、秋にソウルで開催される日中韓外相会議の際に、改めて日韓外相会談を行うことで一致しました。")],
        [P("日韓外相会談", "2023", "season", "ソウル", "両大臣は、秋にソウルで開催される日中韓外相会議の際に、改めて日韓外相会談を行うことで一致しました。", kind="foreign_ministers", occasion="日中韓外相会議", date_text="秋")],
        start_local="10:55", start_jst="12:55", duration_min=45, city="ジャカルタ", occasion="ASEAN関連外相会議")),

    # a minister's statement reports no talk: no events, although it protests
    "g20_statement": R("北朝鮮による弾道ミサイル発射について(外務大臣談話)", "statement", "2022-10-04"),
    # g21-g30 were written after the extractor had passed g01-g20: regions and page styles it had not seen.
    # A trilateral summit: one talk with three sides. `countries` lists every side, Japan first, the others in
    # the order the lead sentence names them (the host, then China). 李強 is China's head of government, so
    # the kind is summit. 「首脳会議を定例的に開催していく」 is open-ended (no meeting is set), so it is not
    # planned; the 10th summit is a talk between the same sides, not a multilateral gathering mentioned as
    # such, so it is. Seoul keeps Tokyo's clock, but no Japan time is printed: start_jst null (devset d12).
    "g21_cn_kr_trilateral": R("第9回日中韓サミット", "meeting", "2024-05-27", E(
        "summit", "in_person", "2024-05-27", ["JP", "KR", "CN"],
        [KISHIDA, who("尹錫悦", "大統領", "KR"), who("李強", "国務院総理", "CN")], [],
        [O("thank", "JP", "冒頭、岸田総理から、約4年半ぶりのサミット開催に向けた議長国としての韓国の尽力に謝意を表明しました。"),
         O("agree", "both", "三首脳は、日中韓協力を制度化し、首脳会議を定例的に開催していくことで一致しました。"),
         O("agree", "both", "三首脳は、人的交流、持続可能な開発、経済・貿易協力等の6つの分野で協力を推進していくことを確認しました。"),
         O("request", "JP", "岸田総理から、北朝鮮の核・ミサイル問題及び拉致問題について日本の立場を述べ、両首脳の理解と協力を求めました。"),
         O("agree", "both", "三首脳は、2025年に日本で第10回日中韓サミットを開催することで一致しました。")],
        [P("第10回日中韓サミット", "2025", "year", "日本", "三首脳は、2025年に日本で第10回日中韓サミットを開催することで一致しました。", kind="summit", date_text="2025年")],
        start_local="10:00", duration_min=105, venue="国立中央博物館", city="ソウル")),

    # One talk held as 少人数会合 and ワーキング・ディナー: a working meal that continues a talk is part of
    # it (record format), and the small-group session is the same talk, so one event; its two sections are
    # not talks of their own. The duration comes from the start and end (19:40-22:00), which stand on either
    # side of the Japan-time note. The crown prince's full name is 34 characters; the page itself shortens it
    # to ムハンマド. Shift_JIS page with header, global navigation, breadcrumb and footer.
    "g22_sa_summit": R("日・サウジアラビア首脳会談", "meeting", "2023-07-17", E(
        "summit", "in_person", "2023-07-16", ["JP", "SA"],
        [KISHIDA, who("ムハンマド", "皇太子兼首相", "SA")],
        [who("木原", "内閣官房副長官", "JP"), who("秋葉", "国家安全保障局長", "JP"),
         who("ファイサル", "外務大臣", "SA"), who("アブドルアジーズ", "エネルギー大臣", "SA")],
        [O("thank", "JP", "冒頭、岸田総理から、ムハンマド皇太子兼首相の招待と温かい歓迎に対し謝意を表明しました。"),
         O("agree", "both", "両首脳は、日・サウジ関係を「戦略的パートナーシップ」に格上げすることで一致しました。"),
         O("request", "SA", "ムハンマド皇太子兼首相から、「サウジ・ビジョン2030」の実現に向けた日本企業による投資の拡大を要請しました。"),
         O("agree", "both", "両首脳は、「日・サウジ・ビジョン2030」の下での協力を一層進めていくことを確認しました。"),
         O("request", "JP", "岸田総理から、ホルムズ海峡を含む中東地域の航行の安全確保に向けたサウジアラビアの協力を求めました。"),
         O("agree", "both", "両首脳は、本年秋に東京で日・サウジ外相戦略対話を開催することで一致しました。")],
        [P("日・サウジ外相戦略対話", "2023", "season", "東京", "両首脳は、本年秋に東京で日・サウジ外相戦略対話を開催することで一致しました。", kind="foreign_ministers", date_text="本年秋")],
        start_local="19:40", end_local="22:00", start_jst="01:40", duration_min=140, venue="アル・サラーム宮殿", city="ジッダ")),

    # Vice-ministers of both sides (外務副大臣, 外務次官): vice_ministerial. The 135th anniversary and the
    # 期待が表明 sentence are not outcomes. 飯倉公館 is in Tokyo (seed 000).
    "g23_mx_vice": R("辻外務副大臣とロサレス・メキシコ外務次官との会談", "meeting", "2023-11-14", E(
        "vice_ministerial", "in_person", "2023-11-14", ["JP", "MX"],
        [who("辻", "外務副大臣", "JP"), who("ロサレス", "外務次官", "MX")], [],
        [O("agree", "both", "両者は、日墨「戦略的グローバル・パートナーシップ」の下、経済関係を一層強化していくことで一致しました。"),
         O("request", "JP", "辻副大臣から、メキシコに進出する日本企業が直面する治安やビジネス環境の問題について、メキシコ政府による改善を求めました。"),
         O("agree", "both", "両者は、CPTPPの着実な実施に向けて連携していくことを確認しました。"),
         O("agree", "both", "両者は、来年前半にメキシコシティで第5回日墨次官級政務協議を開催することで一致しました。")],
        [P("第5回日墨次官級政務協議", "2024", "year", "メキシコシティ", "両者は、来年前半にメキシコシティで第5回日墨次官級政務協議を開催することで一致しました。", kind="vice_ministerial", date_text="来年前半")],
        start_local="15:00", start_jst="15:00", duration_min=40, venue="外務省飯倉公館", city="東京")),

    # A call the other side asked for: 「先方からの申し入れにより」 says how the call came about, not a
    # request made in it, so it is not an outcome. South Africa's foreign minister is titled 国際関係・協力大臣;
    # the title calls the talk 外相電話会談, so the kind is foreign_ministers. 午前11時半 -> 11:30; a call
    # from Tokyo, so that is Japan time too. 「国際社会が一致して対応する」 is not an agreement; the reply
    # 「検討する旨述べました」 is not consent. The forum's level is not stated: vice_ministerial (devset).
    "g24_za_fm_tel": R("日・南アフリカ外相電話会談", "telephone_talk", "2023-02-15", E(
        "foreign_ministers", "telephone", "2023-02-15", ["JP", "ZA"],
        [who("林", "外務大臣", "JP"), who("パンドール", "国際関係・協力大臣", "ZA")], [],
        [O("agree", "both", "両大臣は、本年のG7議長国である日本とBRICS議長国である南アフリカとの間で、緊密に意思疎通を図っていくことで一致しました。"),
         O("request", "ZA", "パンドール大臣から、G7広島サミットへのアフリカ諸国の参加について日本側の配慮を要請し、林大臣から、検討する旨述べました。"),
         O("request", "JP", "林大臣から、ロシアによるウクライナ侵略について、国際社会が一致して対応することの重要性を説明し、南アフリカの協力を求めました。"),
         O("agree", "both", "両大臣は、年内に東京で第3回日・南アフリカ・パートナーシップ・フォーラムを開催することで一致しました。")],
        [P("第3回日・南アフリカ・パートナーシップ・フォーラム", "2023", "year", "東京", "両大臣は、年内に東京で第3回日・南アフリカ・パートナーシップ・フォーラムを開催することで一致しました。", kind="vice_ministerial", date_text="年内")],
        start_local="11:30", start_jst="11:30", duration_min=30)),

    # A press secretary's statement about a talk between third parties (the Ethiopian government and the
    # TPLF, mediated by the AU): Japan takes no part in that talk, so the page reports no talk of Japan's
    # and has no events (as g20); their 合意 is between third parties.
    "g25_spokesperson": R("エチオピア政府とティグライ人民解放戦線による敵対行為の停止に関する合意について（外務報道官談話）", "statement", "2022-11-03"),

    # 平成元年 in kanji numerals (the page date 平成元年二月二十五日; the talk 二月二十四日), an old-style
    # page (| menu, ＞ breadcrumb). Occasion from the title's 「…の際の」 (大喪の礼). 年内のエジプト訪問 is
    # only invited, so it is not planned. The committee's level is not stated: vice_ministerial.
    "g26_eg_1989": R("大喪の礼の際の日・エジプト首脳会談（概要）", "meeting", "1989-02-25", E(
        "summit", "in_person", "1989-02-24", ["JP", "EG"],
        [who("竹下", "総理大臣", "JP"), who("ムバラク", "大統領", "EG")],
        [who("宇野", "外務大臣", "JP"), who("小和田", "外務審議官", "JP"), who("アブデル・メギド", "副首相兼外務大臣", "EG")],
        [O("thank", "JP", "竹下総理より、ムバラク大統領の大喪の礼参列に対し謝意を表明した。"),
         O("request", "EG", "ムバラク大統領より、中東和平プロセスに対する日本の一層の関与を要請した。"),
         O("agree", "both", "両首脳は、中東和平の実現に向けて両国が緊密に協力していくことで一致した。"),
         O("thank", "EG", "竹下総理より、エジプトの経済改革努力を引き続き支援していく旨述べたところ、ムバラク大統領より謝意が表明された。"),
         O("invite", "EG", "ムバラク大統領より、竹下総理の年内のエジプト訪問を招請した。"),
         O("agree", "both", "両首脳は、本年五月にカイロで日・エジプト経済合同委員会の第一回会合を開催することで一致した。")],
        [P("日・エジプト経済合同委員会の第一回会合", "1989-05", "month", "カイロ", "両首脳は、本年五月にカイロで日・エジプト経済合同委員会の第一回会合を開催することで一致した。", kind="vice_ministerial", date_text="本年五月")],
        start_local="17:30", start_jst="17:30", duration_min=30, venue="迎賓館", city="東京", occasion="大喪の礼")),

    # A chronology as an HTML table: each row is two lines of plain text (the date cell, then the text
    # cell), so entry_text spans both. Full dates in the cells, no year headings, and no page date: the
    # first cell's date is an entry's, not the page's (doc_date null). A leader's visit is a summit
    # (NOTES 004), the foreign minister's a foreign_ministers talk; a bracketed city is a city, not an
    # occasion. Principals are the names the entry gives (NOTES 004); an inauguration concerns one side.
    "g27_br_chronology": R("最近の日・ブラジル要人往来", "chronology", None,
        E("summit", "in_person", "2024-11-19", ["JP", "BR"], city="リオデジャネイロ", occasion="G20リオデジャネイロ・サミット",
          entry_text="2024年11月19日\nG20リオデジャネイロ・サミットの際の日・ブラジル首脳会談（於：リオデジャネイロ）"),
        E("summit", "in_person", "2024-05-03", ["JP", "BR"], date_end="2024-05-04", city="サンパウロ",
          principals=[KISHIDA], entry_text="2024年5月3日～4日\n岸田総理大臣のブラジル訪問（サンパウロ）"),
        E("foreign_ministers", "in_person", "2023-08-04", ["JP", "BR"], city="ブラジリア",
          principals=[who("林", "外務大臣", "JP")], entry_text="2023年8月4日\n林外務大臣のブラジル訪問（ブラジリア）"),
        E("summit", "in_person", "2023-05-20", ["JP", "BR"], city="広島", occasion="G7広島サミット",
          entry_text="2023年5月20日\nG7広島サミットの際の日・ブラジル首脳会談（於：広島）"),
        E("foreign_ministers", "telephone", "2023-03-06", ["JP", "BR"], entry_text="2023年3月6日\n日・ブラジル外相電話会談"),
        E("summit", "in_person", "2019-10-22", ["JP", "BR"], city="東京", occasion="即位礼正殿の儀",
          entry_text="2019年10月22日\n即位礼正殿の儀の際の日・ブラジル首脳会談（於：東京）"),
        E("other", None, "2019-01-01", ["BR"], principals=[who("ボルソナーロ", "大統領", "BR")],
          entry_text="2019年1月1日\nボルソナーロ大統領就任"),
    ),

    # A joint statement (共同声明): doc_type statement, yet it reports the summit the two leaders held, so it
    # has that one event. 「これを支持した」 after a request is consent (agree by both, with the request on the
    # same span). TICAD9 is a multilateral gathering mentioned as such: not planned. The accepted invitation
    # is a planned visit, undated (日程は…調整される), place 日本.
    "g28_ke_joint_statement": R("日本国とケニア共和国との間の共同声明", "statement", "2023-05-04", E(
        "summit", "in_person", "2023-05-03", ["JP", "KE"],
        [KISHIDA, who("ルト", "大統領", "KE")], [],
        [O("agree", "both", "両首脳は、日・ケニア関係を「包括的パートナーシップ」に引き上げることで一致した。"),
         O("agree", "both", "両首脳は、法の支配に基づく自由で開かれた国際秩序を維持・強化することの重要性を再確認した。"),
         O("thank", "KE", "ルト大統領は、モンバサ港の開発を含むケニアのインフラ整備に対する日本の継続的な支援に感謝の意を表明した。"),
         O("request", "JP", "岸田総理大臣は、拉致問題の即時解決に向けたケニアの理解と協力を求め、ルト大統領はこれを支持した。"),
         O("agree", "both", "岸田総理大臣は、拉致問題の即時解決に向けたケニアの理解と協力を求め、ルト大統領はこれを支持した。"),
         O("agree", "both", "両首脳は、2025年に横浜で開催される第9回アフリカ開発会議（TICAD9）の成功に向けて協力していくことで一致した。"),
         O("agree", "both", "両首脳は、本年後半に東京で第2回日・ケニア政策協議を開催することで一致した。"),
         O("invite", "JP", "岸田総理大臣は、ルト大統領の訪日を招待し、ルト大統領はこれを受諾した。"),
         O("agree", "both", "岸田総理大臣は、ルト大統領の訪日を招待し、ルト大統領はこれを受諾した。")],
        [P("第2回日・ケニア政策協議", "2023", "year", "東京", "両首脳は、本年後半に東京で第2回日・ケニア政策協議を開催することで一致した。", kind="vice_ministerial", date_text="本年後半"),
         P("ルト大統領の訪日", None, None, "日本", "岸田総理大臣は、ルト大統領の訪日を招待し、ルト大統領はこれを受諾した。", kind="summit")],
        venue="大統領府", city="ナイロビ")),

    # The page's date stands only in its heading line (日・イラン外相会談（令和5年8月6日）); the title is the
    # whole heading line, as in seed 003. 本6日 is that date. The foreign side asks (要請) and Japan protests
    # (遺憾 + 求め: protest and request on one span; 抗議). The working lunch continues the talk (one event).
    "g29_ir_fm": R("日・イラン外相会談（令和5年8月6日）", "meeting", "2023-08-06", E(
        "foreign_ministers", "in_person", "2023-08-06", ["JP", "IR"],
        [who("林", "外務大臣", "JP"), who("アブドラヒアン", "外務大臣", "IR")], [],
        [O("agree", "both", "両大臣は、伝統的な友好関係に基づき、幅広い分野で対話を継続していくことで一致しました。"),
         O("request", "IR", "アブドラヒアン大臣から、日本国内の銀行に凍結されているイラン資産の解放に向けた日本側の協力を要請しました。"),
         O("request", "JP", "林大臣から、イランによるロシアへの無人機の供与について強い遺憾の意を表明し、即時の停止を求めました。"),
         O("protest", "JP", "林大臣から、イランによるロシアへの無人機の供与について強い遺憾の意を表明し、即時の停止を求めました。"),
         O("protest", "JP", "また、林大臣から、イランの治安当局による邦人記者の一時拘束事案について抗議しました。"),
         O("agree", "both", "両大臣は、イランの核問題の外交的解決が重要であるとの認識で一致しました。"),
         O("agree", "both", "両大臣は、次回の日・イラン次官級協議を本年12月にテヘランで開催することで一致しました。"),
         O("invite", "IR", "アブドラヒアン大臣から、林大臣のイラン訪問を招請しました。")],
        [P("日・イラン次官級協議", "2023-12", "month", "テヘラン", "両大臣は、次回の日・イラン次官級協議を本年12月にテヘランで開催することで一致しました。", kind="vice_ministerial", date_text="本年12月")],
        start_local="11:30", start_jst="11:30", duration_min=60, venue="外務省飯倉公館", city="東京")),

    # A parliamentary vice-minister's visit: a courtesy call on the foreign minister (表敬, kind other: the two
    # are at different levels, devset d13) and a talk with the Minister of State for foreign affairs (外務担当
    # 国務大臣, a junior minister like 大臣政務官: both vice-ministerial in rank, so vice_ministerial). City
    # アブジャ for both from 「首都アブジャを訪問」. Nigeria keeps UTC+1 and no Japan time is printed.
    "g30_ng_parl_vice": R("穂坂外務大臣政務官のナイジェリア訪問（結果）", "visit", "2024-01-12", E(
        "other", "in_person", "2024-01-10", ["JP", "NG"],
        [who("穂坂", "外務大臣政務官", "JP"), who("トゥガル", "外務大臣", "NG")], [],
        [O("request", "JP", "穂坂政務官から、ナイジェリアで活動する日本企業及び在留邦人の安全確保への協力を求めました。"),
         O("thank", "NG", "トゥガル大臣から、日本の対ナイジェリア支援に対し感謝の意が表明されました。")],
        [], start_local="16:00", duration_min=30, city="アブジャ"), E(
        "vice_ministerial", "in_person", "2024-01-11", ["JP", "NG"],
        [who("穂坂", "外務大臣政務官", "JP"), who("オジュクウ", "外務担当国務大臣", "NG")], [],
        [O("agree", "both", "両者は、日・ナイジェリア間の貿易・投資の拡大に向けて協力していくことで一致しました。"),
         O("request", "NG", "オジュクウ国務大臣から、ナイジェリアの農業分野への日本企業の投資を要請しました。"),
         O("agree", "both", "両者は、次回の日・ナイジェリア政策協議を本年後半に東京で開催することで一致しました。")],
        [P("日・ナイジェリア政策協議", "2024", "year", "東京", "両者は、次回の日・ナイジェリア政策協議を本年後半に東京で開催することで一致しました。", kind="vice_ministerial", date_text="本年後半")],
        start_local="10:00", duration_min=60, city="アブジャ")),
}


def plain_text(path: Path, v) -> str:
    raw = path.read_bytes()
    if path.suffix == ".txt":
        return raw.decode("utf-8")
    page, _ = v.decode_html(raw)
    return v.html_to_text(page)


def place(text: str, obj: dict, key: str, skey: str, after: int, starts, ends) -> int:
    s = obj[key]
    i = text.find(s)
    assert i >= 0, f"not in text: {s}"
    while i >= 0 and not (i in starts and i + len(s) in ends):
        i = text.find(s, i + 1)
    assert i >= 0, f"not a sentence: {s}"
    obj[skey] = [i, i + len(s)]
    return i


def main() -> int:
    v = _validate_module()
    (HERE / "plain").mkdir(exist_ok=True)
    for stem, rec in EXPECTED.items():
        path = next(DOCS.glob(stem + ".*"))
        text = plain_text(path, v)
        assert text.rstrip("\n").splitlines()[-1] == NOTICE, f"{stem}: last line is not the notice"
        if path.suffix != ".txt":
            (HERE / "plain" / f"{stem}.txt").write_text(text, encoding="utf-8")
        starts, ends = v.sentence_starts(text), v.sentence_ends(text)
        line_starts = {0} | {i + 1 for i, c in enumerate(text) if c == "\n"}
        for ev in rec["events"]:
            for o in ev["outcomes"] + ev["planned"]:
                place(text, o, "text", "span", 0, starts, ends)
            if "entry_text" in ev:
                place(text, ev, "entry_text", "entry_span", 0, line_starts, {i for i, c in enumerate(text) if c == "\n"})
        (HERE / f"{stem}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n_out = sum(len(e["outcomes"]) for e in rec["events"])
        n_pl = sum(len(e["planned"]) for e in rec["events"])
        print(f"{stem}: {len(rec['events'])} events, {n_out} outcomes, {n_pl} planned")
    return 0


if __name__ == "__main__":
    sys.exit(main())
