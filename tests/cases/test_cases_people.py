"""People family: principals and attendees with their role and country, read by the whole extractor.

Rows are (text, expected) with texts written for these tests in the ministry's style (names and dates invented).
Expected principals / attendees are sets of (name, role, country); a `None` expectation is a negative:
the name must not appear among the principals.
"""

import pytest

from gaiko.extract import lexicon, people
from gaiko.extract.run import run_extractors
from gaiko.text import Doc


def _principals(text: str) -> set[tuple]:
    rec = run_extractors(text)
    return {(p.name, p.role, p.country) for ev in rec.events for p in ev.principals}


def _attendees(text: str) -> set[tuple]:
    rec = run_extractors(text)
    return {(p.name, p.role, p.country) for ev in rec.events for p in ev.attendees}


def _countries(text: str) -> list[list[str]]:
    return [ev.countries for ev in run_extractors(text).events]


HEAD = "日・{c}首脳会談\n令和5年3月1日\n"

# fmt: off
PRINCIPALS = [
    # two kanji the tokenizer reads in context as a common noun (大木) but the dictionary also lists as a surname, before a
    # title: the name
    ("大木駐ケニア大使によるムワンギ大統領表敬\n令和7年7月30日\n7月29日、大木駐ケニア大使は、ナイロビにおいて、ムワンギ・ケニア"
     "大統領を表敬しました。", {("大木", "駐ケニア大使", "JP"), ("ムワンギ", "大統領", "KE")}),
    # two people written with no mark between them (…首相リンケービッチ外相と): a title never runs on into a katakana name
    ("日・ラトビア外相会談\n令和6年5月10日\n5月10日、リガを訪問中の山田外務大臣は、カリンシュ首相リンケービッチ外相と"
     "会談しました。", {("カリンシュ", "首相", "LV"), ("リンケービッチ", "外務大臣", "LV")}),
    # a member of either house of the Diet: 衆議院 / 参議院 open the title, the kanji before it is the surname
    ("日・チリ会談\n令和6年5月10日\n5月10日、来日中のガルシア・チリ外務大臣は、斎藤衆議院議員と会談しました。",
     {("斎藤", "衆議院議員", "JP"), ("ガルシア", "外務大臣", "CL")}),
    ("日・ペルー会談\n令和6年5月10日\n5月10日、リマを訪問中の小松参議院議員は、ロペス・ペルー外務大臣と会談しました。",
     {("小松", "参議院議員", "JP"), ("ロペス", "外務大臣", "PE")}),
    # the office a member acts in (…特派大使として…を訪問し) is the title of the talk; the full name shortens to the
    # surname the page writes with a title that opens with a start word (西尾特派大使)
    ("西尾特派大使のペルー訪問\n令和6年5月10日\n西尾立衆議院議員(日・ペルー友好議員連盟会長)は、5月9日から11日まで、"
     "特派大使としてペルーを訪問し、10日、ロペス大統領と会談しました。西尾特派大使から、祝意を伝えました。",
     {("西尾", "特派大使", "JP"), ("ロペス", "大統領", "PE")}),
    # a joint document in treaty style (TITLE_FIRST): the country's full name, the title, then the name, in its short form
    ("日・ガーナ共同声明\n令和6年5月10日\n日本国内閣総理大臣山川一郎とガーナ共和国大統領クワメ・アサンテは、5月10日、東京において首脳会談を行った。",
     {("山川", "総理大臣", "JP"), ("アサンテ", "大統領", "GH")}),
    ("日・タイ共同声明\n令和6年5月10日\n日本国総理大臣山川一郎及びタイ王国首相ソムチャイ・ウォンサワットは、5月10日、東京において会談した。",
     {("山川", "総理大臣", "JP"), ("ウォンサワット", "首相", "TH")}),
    ("日中共同声明\n令和6年5月10日\n日本国内閣総理大臣山川一郎と中華人民共和国国家主席王志強は、5月10日、北京において会談した。",
     {("山川", "総理大臣", "JP"), ("王志強", "国家主席", "CN")}),
    ("日・ペルー共同発表\n令和6年5月10日\n日本国外務大臣森谷次郎とペルー共和国外務大臣ルイス・ロペスは、5月10日、リマにおいて会談した。",
     {("森谷", "外務大臣", "JP"), ("ロペス", "外務大臣", "PE")}),
    # Japan's governors and mayors (JP_LOCAL_TITLES): the title opens at the place's name, the person is Japan's, though
    # the surname reads as a word (小池); a governor of Korea's 道 is none of Japan's
    ("日・チリ会談\n令和6年5月10日\n5月10日、来日中のガルシア・チリ大統領は、東京都庁において、小池東京都知事と会談しました。",
     {("小池", "東京都知事", "JP"), ("ガルシア", "大統領", "CL")}),
    ("日・ペルー会談\n令和6年5月10日\n5月10日、来日中のロペス・ペルー外務大臣は、吉川大阪府知事と会談しました。",
     {("吉川", "大阪府知事", "JP"), ("ロペス", "外務大臣", "PE")}),
    ("日・ペルー会談\n令和6年5月10日\n5月10日、来日中のロペス・ペルー外務大臣は、黒田神奈川県知事と会談しました。",
     {("黒田", "神奈川県知事", "JP"), ("ロペス", "外務大臣", "PE")}),
    ("日・ペルー会談\n令和6年5月10日\n5月10日、山川外務大臣は、外務省において、野口横浜市長と会談しました。",
     {("野口", "横浜市長", "JP"), ("山川", "外務大臣", "JP")}),
    # a counterpart from the added country rows: the country joined by ・ is split off the name
    (HEAD.format(c="キリバス") + "本1日、山川内閣総理大臣は、訪日中のタネ・キリバス大統領との間で首脳会談を行いました。",
     {("山川", "総理大臣", "JP"), ("タネ", "大統領", "KI")}),
    (HEAD.format(c="トンガ") + "本1日、山川内閣総理大臣は、訪日中のアロ・トンガ首相との間で首脳会談を行いました。",
     {("山川", "総理大臣", "JP"), ("アロ", "首相", "TO")}),
    # a full name given once, then its part abbreviated in quotes before a title: the name is that part
    ("日・ルーマニア首脳会談(概要)\n平成11年10月5日\n1.10月5日、山川総理は、訪日中のイオン・ドラガ・ルーマニア首相と会談した。\n"
     "2.「ド」首相より、日本の投資を要請した。",
     {("山川", "総理大臣", "JP"), ("ドラガ", "首相", "RO")}),
    # a given name ending in 国 (王建国) is a name when its country follows it; 同国大使 stays no person
    ("日中首脳会談\n令和5年3月1日\n本1日、山川内閣総理大臣は、王建国中華人民共和国国家主席と会談を行いました。",
     {("山川", "総理大臣", "JP"), ("王建国", "国家主席", "CN")}),
    # a name joined by = is one name (アル=サーニ), and its shortest form the page uses keeps the = (トレイヤ=マスィー大臣)
    ("日・カタール外相会談\n令和5年3月1日\n本1日、山川外務大臣は、アル=サーニ・カタール国首相兼外務大臣と会談を行いました。",
     {("山川", "外務大臣", "JP"), ("アル=サーニ", "首相兼外務大臣", "QA")}),
    ("日・ラトビア外相会談\n令和5年3月1日\n本1日、山川外務大臣は、ダツェ・トレイヤ=マスィー・ラトビア外務大臣と会談を行いました。\n"
     "トレイヤ=マスィー大臣から、協力を求めました。",
     {("山川", "外務大臣", "JP"), ("トレイヤ=マスィー", "外務大臣", "LV")}),
    # 「A大臣とB外相との」: the kanji name facing a non-East-Asian counterpart is Japan's, not the one met
    ("日露外相会談\n11月2日、森谷大臣とペトロフ外相との日露外相会談を実施しました。",
     {("森谷", "外務大臣", "JP"), ("ペトロフ", "外務大臣", "RU")}),  # (大臣 of a 外相会談: roles.kind_title; gold b-012)
    ("日チリ外相会談\n29日、ロハス外務大臣と森谷外務大臣との外相会談が行われた。",
     {("森谷", "外務大臣", "JP"), ("ロハス", "外務大臣", "CL")}),
    # a title that names China's office gives the country when nothing else does (a press conference's heading)
    ("森谷外務大臣会見記録\n【森谷外務大臣】本日、陳明(ちん・めい)国務委員兼外交部長との間で、日中外相会談を行いました。",
     {("森谷", "外務大臣", "JP"), ("陳明", "国務委員兼外交部長", "CN")}),
    # China's premier is 総理 in the text: placed by his place in the sentence, titled 国務院総理
    ("日中首脳会談\n平成14年4月12日\n12日、小森内閣総理大臣は、朱文海総理との間で会談を行った。",
     {("小森", "総理大臣", "JP"), ("朱文海", "国務院総理", "CN")}),
    # Soviet-era counterparts: ソ連邦 before the title gives SU
    ("日ソ外相会談\n1986年5月30日\n安田日本国外務大臣は、イ・ペトロフ・ソ連邦外務大臣と会談を行った。",
     {("安田", "外務大臣", "JP"), ("ペトロフ", "外務大臣", "SU")}),
    # a country (or the EU's Commission) and の before a person: the person's side, unless the talk's side is an
    # organisation (the presidency's head stands for the EU at a 日EU summit)
    ("OSCE外相理事会\n令和元年12月5日\nこの機会に、森谷副大臣は、スロバキアのヤン・ノヴァク外務副大臣、モルドバのイオン・ルプ外務大臣と会談を行った。",
     {("森谷", "副大臣", "JP"), ("ノヴァク", "外務副大臣", "SK"), ("ルプ", "外務大臣", "MD")}),
    ("日・EU定期首脳協議\n平成18年4月24日\n24日、山川総理大臣は、EU議長国であるオーストリアのハンス・マイヤー首相、欧州委員会のジョゼ・ロペス委員長との間で日・EU定期首脳協議を行った。",
     {("山川", "総理大臣", "JP"), ("マイヤー", "首相", "EU"), ("ロペス", "委員長", "EU")}),
    # an international organisation's officer: a principal with no country, the organisation in the title
    ("OSCE外相理事会\n令和元年12月5日\nこの機会に、森谷副大臣は、ハンス・グレーバーOSCE事務総長と会談を行った。",
     {("森谷", "副大臣", "JP"), ("グレーバー", "OSCE事務総長", None)}),
    # the counterpart of a page whose heading and people name none: the foreign country its body names most
    ("平成19年4月30日\n山川総理は、アラブ首長国連邦に到着した。アラブ首長国連邦滞在中の概要は次のとおり。\n(1)山川総理は、大統領府においてハリド大統領と会談を行った。",
     {("山川", "総理大臣", "JP"), ("ハリド", "大統領", "AE")}),
    # a talk named without its people: on each side the person of the talk's rank named most often, not a leader
    # mentioned once (本年予定されている…大統領訪日)
    ("日・モンゴル首脳会談\n令和2年9月24日\n日・モンゴル首脳会談が行われた。ダワー首相から説明があった。本年予定されているオユン大統領訪日に向け協力する。ダワー首相は謝意を述べた。山川総理大臣から応じた。",
     {("山川", "総理大臣", "JP"), ("ダワー", "首相", "MN")}),
    # a compatibility ideograph (﨑, U+FA11) is a name's character; the tokenizer does not know it, it is a name
    ("日露外相会談\n平成12年3月1日\n本1日、宮﨑外務副大臣は、ペトロフ外務次官と会談を行った。",
     {("宮﨑", "外務副大臣", "JP"), ("ペトロフ", "外務次官", "RU")}),
    # a Chinese name with one character spelt in katakana (a stand-in for a rare kanji)
    ("日中外相会談\n平成12年3月1日\n本1日、河田外務大臣は、王家リン外交部長と会談を行った。",
     {("河田", "外務大臣", "JP"), ("王家リン", "外交部長", "CN")}),
    # a kanji name given with its reading is the whole name, here and where it stands again without it
    # (not 金大 + 中(国)大統領)
    # a consultation announced without its people: the delegations' heads, named after their sides, are its
    # principals, and the sides they stand for are the talk's countries (NATO側 is XN)
    ("第3回日・NATO政策協議\n令和2年5月31日\n1 本31日、東京で第3回日・NATO政策協議が行われました。\n2 日本側からは森谷一郎外務審議官、NATO側からはハンス・ミュラー事務総長補が代表として参加しました。",
     {("森谷", "外務審議官", "JP"), ("ミュラー", "事務総長補", "XN")}),
    ("日・バルト政策対話\n令和2年9月27日\n1 本27日、リガで日・バルト政策対話が行われました。\n2 対話には、日本から森谷一郎外務大臣政務官、リトアニアからヨナス・ペトライティス外務副大臣、ラトビアからヤニス・オゾルス外務次官が出席しました。",
     {("森谷", "外務大臣政務官", "JP"), ("ペトライティス", "外務副大臣", "LT"), ("オゾルス", "外務次官", "LV")}),
    # a surname ending in 部 (阿部, 小田部) is a name; 外交部 is an office
    ("第2回日・ケニア政策対話\n平成18年12月14日\n12月6日、ナイロビにおいて、第2回日・ケニア政策対話が開催された。\n(1)協議では、日本側は阿部アフリカ部長、ケニア側はオディンガ外務次官がそれぞれ代表を務めた。",
     {("阿部", "アフリカ部長", "JP"), ("オディンガ", "外務次官", "KE")}),
    # an announced summit: each side's list (わが国から…、EU側から…、…それぞれ出席する) gives all its people
    ("第9回日・EU定期首脳協議について\n令和2年4月17日\n1. 4月24日、第9回日・EU定期首脳協議は、東京において開催される。\n2. 協議には、わが国から山川一郎総理大臣が、EU側から議長国フィンランドのハンス・マイヤー首相及び欧州委員会のジョゼ・ロペス委員長が出席する。",
     {("山川", "総理大臣", "JP"), ("マイヤー", "首相", "EU"), ("ロペス", "委員長", "EU")}),
    # a long Arabic name joined by ・ is still a name (more than 24 characters)
    ("アラブ首長国連邦\n令和2年12月10日\n本10日、アラブ首長国連邦を訪問中の森谷外務大臣は、ハリド・ビン・サルマン・アール・ハリーファ・ナスル皇太子を表敬した。",
     {("森谷", "外務大臣", "JP"), ("ハリド", "皇太子", "AE")}),
    # a page in a country's section (its line above the body names the country only): a katakana name with no
    # country of its own is that country's, not that of an organisation the body names more often (日EU…, EUの…)
    ("イタリア共和国\n\n令和2年4月15日\n\n 4月14日、森谷外務大臣は、パオロ・ロッシ外務・国際協力大臣との間で外相会談を行いました。\n(1)森谷大臣から、日EU経済連携協定の早期発効を述べました。\n(2)森谷大臣から、EUの規制の緩和を要請しました。",
     {("森谷", "外務大臣", "JP"), ("ロッシ", "外務・国際協力大臣", "IT")}),
    # a press conference announcing a talk: the one it will be held with (Xとの間で), and the one sent to hold it
    # (Xを…へ派遣し); a leader named only as giving instructions (安倍総理の指示) is no principal
    ("記者会見\n森谷外務大臣会見記録\n(令和2年12月25日(金曜日)16時13分 於:外務省)\n【森谷外務大臣】山川総理の指示により、来週15日に韓国を訪れ、朴成民(パク・ソンミン)長官との間で日韓外相会談を行う予定です。",
     {("朴成民", "長官", "KR")}),
    ("記者会見\n森谷外務大臣会見記録\n(令和2年1月27日(金曜日)8時38分 於:官邸)\n【森谷外務大臣】来月、川瀬外務審議官をモスクワに派遣し、ペトロフ露外務次官と日露次官級協議を行う予定です。",
     {("川瀬", "外務審議官", "JP"), ("ペトロフ", "外務次官", "RU")}),
    # a foreign ministers' meeting where one side sends an envoy: the envoy stands in for the minister, and the
    # side is one of the talk's countries
    ("中央アジア諸国との外相会合\n平成20年6月5日\n本5日、東京で中央アジア諸国との外相会合が行われた。会合には、森谷外務大臣、アリ・ベコフ・キルギス外務大臣及びボラト・アリモフ・カザフスタン政府特使(外務次官)が出席した。",
     {("森谷", "外務大臣", "JP"), ("ベコフ", "外務大臣", "KG"), ("アリモフ", "政府特使", "KZ")}),
    ("平成14年9月22日\n22日、小森総理は、金大中(キム・デジュン)大統領との間で首脳会談を行った。\n2.これに対し金大中大統領は、韓国の立場を述べた。",
     {("小森", "総理大臣", "JP"), ("金大中", "大統領", "KR")}),
    # an ambassador posted in Japan is of the country the title names (each of several envoys his own)
    ("令和5年3月1日\n本1日、森谷外務大臣は、アリ・ベコフ駐日キルギス共和国特命全権大使及びボラト・アリモフ駐日カザフスタン共和国特命全権大使による表敬を受けました。",
     {("森谷", "外務大臣", "JP"), ("ベコフ", "駐日キルギス共和国特命全権大使", "KG"), ("アリモフ", "駐日カザフスタン共和国特命全権大使", "KZ")}),
    # a title of three offices joined by 兼 is one title
    (HEAD.format(c="サウジアラビア") + "本1日、山川内閣総理大臣は、ハリド・サウジアラビア王国皇太子兼副首相兼国防大臣との間で会談を行いました。",
     {("山川", "総理大臣", "JP"), ("ハリド", "皇太子兼副首相兼国防大臣", "SA")}),
    # a minister's short title ending in 相 after a ・-joined list of portfolios
    ("日英外相会談\n令和5年3月1日\n本1日、森谷外務大臣は、ジョン・ブラウン英国外務・英連邦・開発相との間で外相会談を行いました。",
     {("森谷", "外務大臣", "JP"), ("ブラウン", "外務・英連邦・開発相", "GB")}),
    # the English form of the name between the name and the title is no part of either
    (HEAD.format(c="タイ") + "本1日、森谷外務大臣は、ソムチャイ・ウォンサワット(H.E. Mr. Somchai Wongsawat)タイ王国首相を表敬訪問しました。",
     {("森谷", "外務大臣", "JP"), ("ソムチャイ・ウォンサワット", "首相", "TH")}),
    # surname first, a comma, then the given name and patronymic: the surname is the name
    ("日露外相会談\n平成29年9月1日\n本1日、森谷外務大臣は,ペトロフ,イワン・イワノヴィチ露外務大臣との間で外相会談を行いました。",
     {("森谷", "外務大臣", "JP"), ("ペトロフ", "外務大臣", "RU")}),
    # the pair named by the talk's noun gives the counterpart when the page has no heading (not a country its
    # body names more often)
    ("平成16年12月17日 17日、東京において、小森総理と朴明植大統領との間で日韓首脳会談が行われた。1.イラク イラク復興支援、イラクの選挙について意見交換した。",
     {("小森", "総理大臣", "JP"), ("朴明植", "大統領", "KR")}),
]
PRINCIPALS += [
    # older pages: the long vowel mark written as a hyphen stays in the name (マハディ-ル), and マレイシア is Malaysia
    ("平成14年1月10日\n10日、日本時間午後4時から約45分間、首相府において、小森総理とアズハ-ル・マレイシア首相による首脳会談が行われた。",
     {("小森", "総理大臣", "JP"), ("アズハ-ル", "首相", "MY")}),
]
PRINCIPALS += [
    # the delegations' heads labelled in a parenthesis after the talk (日本側代表:X、Y側代表:Z)
    ("日朝政府間協議(概要)\n平成26年5月30日\n 5月26日から28日まで,ストックホルムにて開催された日朝政府間協議の概要以下のとおり。"
     "(日本側代表:川瀬一郎アジア大洋州局長,北朝鮮側代表:朴明植(パク・ミョンシク)外務省大使)\n・双方は諸懸案について議論を行った。",
     {("川瀬", "アジア大洋州局長", "JP"), ("朴明植", "外務省大使", "KP")}),
    # a talk in the passive, its holders by side: 我が方からは X が、先方からは Y が (the other side's label: Y is not Japan's)
    (HEAD.format(c="アイスランド") + "本1日、総理大臣官邸において、日・アイスランド首脳会談が行われました。我が方からは山川内閣総理大臣が、"
     "先方からはヨンスドッティル・アイスランド首相が出席しました。",
     {("山川", "総理大臣", "JP"), ("ヨンスドッティル", "首相", "IS")}),
    (HEAD.format(c="アイスランド") + "本1日、総理大臣官邸において、日・アイスランド首脳会談が行われました。我が方からは山川内閣総理大臣が、"
     "先方からはヨンスドッティル首相が出席しました。",
     {("山川", "総理大臣", "JP"), ("ヨンスドッティル", "首相", "IS")}),
]
# the states the country table gained (issue 13), a regnal number, 元首 as a head's title, and a country's short name
# inside a longer katakana word (マリ in マリア, タイ in …シュタイン) that names no country
PRINCIPALS += [
    (HEAD.format(c="ギニア") + "本1日、山川内閣総理大臣は、訪日中のカマラ・ギニア共和国大統領と首脳会談を行いました。",
     {("山川", "総理大臣", "JP"), ("カマラ", "大統領", "GN")}),
    (HEAD.format(c="トーゴ") + "本1日、ロメを訪問中の山川内閣総理大臣は、アド・トーゴ共和国首相と首脳会談を行いました。",
     {("山川", "総理大臣", "JP"), ("アド", "首相", "TG")}),
    (HEAD.format(c="コソボ") + "本1日、山川内閣総理大臣は、ベリシャ・コソボ共和国首相と首脳会談を行いました。",
     {("山川", "総理大臣", "JP"), ("ベリシャ", "首相", "XK")}),
    (HEAD.format(c="エスワティニ") + "本1日、山川内閣総理大臣は、ソブザ2世エスワティニ王国国王陛下と首脳会談を行いました。",
     {("山川", "総理大臣", "JP"), ("ソブザ2世", "国王", "SZ")}),
    (HEAD.format(c="モナコ") + "本1日、山川内閣総理大臣は、来日中のルイ2世モナコ公国元首の表敬を受けました。",
     {("山川", "総理大臣", "JP"), ("ルイ2世", "元首", "MC")}),
    (HEAD.format(c="リヒテンシュタイン") + "本1日、山川内閣総理大臣は、フリック・リヒテンシュタイン公国首相と首脳会談を行いました。",
     {("山川", "総理大臣", "JP"), ("フリック", "首相", "LI")}),
    ("令和5年3月1日\n本1日、山川内閣総理大臣は、ロペス国際連合事務総長と会談を行いました。",
     {("山川", "総理大臣", "JP"), ("ロペス", "国際連合事務総長", None)}),
]
# the short names a heading gives (日・サウジ, 日・PNG) and a one-character pair (日緬): the counterpart of a person the
# text gives no country
PRINCIPALS += [
    ("日・サウジ首脳会談\n令和6年2月20日\n本20日、山川総理大臣は、ファイサル皇太子兼首相と会談しました。",
     {("山川", "総理大臣", "JP"), ("ファイサル", "皇太子兼首相", "SA")}),
    ("日・PNG首脳会談\n令和6年2月20日\n本20日、山川総理大臣は、来日中のカマ首相と会談しました。",
     {("山川", "総理大臣", "JP"), ("カマ", "首相", "PG")}),
    ("日緬外相会談\n令和6年2月20日\n本20日、山川外務大臣は、来日中のタン外務大臣と会談しました。",
     {("山川", "外務大臣", "JP"), ("タン", "外務大臣", "MM")}),
]
# the English form in brackets between the name and the title, without an honorific (H.E., Mr.): no part of either
PRINCIPALS += [
    (HEAD.format(c="ケニア") + "本1日、山川内閣総理大臣は、訪日中のジョセフ・キマニ(Joseph Kimani)ケニア共和国大統領と首脳会談を行いました。"
     "キマニ大統領から、協力を求めました。", {("山川", "総理大臣", "JP"), ("キマニ", "大統領", "KE")}),
    (HEAD.format(c="ケニア") + "本1日、山川内閣総理大臣は、訪日中のジョセフ・キマニ(Joseph KIMANI)・ケニア共和国大統領と首脳会談を行いました。"
     "キマニ大統領から、協力を求めました。", {("山川", "総理大臣", "JP"), ("キマニ", "大統領", "KE")}),
]
# a principal's ・-joined name the page never writes shorter with a title: the surname, as NAME_PARTS rows read it
# (name with title, the name expected, the row that decides; None: the last part, no row)
NAME_FORMS = [(t, n, r and "roles." + r) for t, n, r in (
    ("ジョセフ・キマニ・ケニア外務大臣", "キマニ", None),
    ("ジョン・F・ケネディ・カナダ外務大臣", "ケネディ", None),               # an initial inside: still the last part
    ("フアン・デ・ラ・クルス・メキシコ外務大臣", "デ・ラ・クルス", "name_particle.de"),
    ("ジョゼ・ダ・シルヴァ・ブラジル外務大臣", "ダ・シルヴァ", "name_particle.da"),
    ("ドミニク・ド・ヴィルパン・フランス外務大臣", "ド・ヴィルパン", "name_particle.do"),
    ("ジョアン・ドス・サントス・アンゴラ外務大臣", "ドス・サントス", "name_particle.dos"),
    ("ルイス・デル・ソラール・ペルー外務大臣", "デル・ソラール", "name_particle.del"),
    ("ホセ・ラ・ロサ・ペルー外務大臣", "ラ・ロサ", "name_particle.la"),
    ("ジャン・ル・ドリアン・フランス外務大臣", "ル・ドリアン", "name_particle.le"),
    ("ウルズラ・フォン・デア・ライエン欧州委員会委員長", "フォン・デア・ライエン", "name_particle.von"),
    ("アレクサンダー・ファン・デア・ベレン・オーストリア大統領", "ファン・デア・ベレン", "name_particle.van"),
    ("ヘルマン・ヴァン・ロンパイ欧州理事会議長", "ヴァン・ロンパイ", "name_particle.van_v"),
    ("ヘルマン・バン・ロンパイ欧州理事会議長", "バン・ロンパイ", "name_particle.van_b"),
    ("ルイジ・ディ・マイオ・イタリア外務大臣", "ディ・マイオ", "name_particle.di"),
    ("ジョセフ・R・バイデン・ジュニア米国大統領", "バイデン", "name_suffix.junior"),
    ("ジョン・スミス・シニア・カナダ外務大臣", "スミス", "name_suffix.senior"),
    ("ハーリド・ビン・サルマン・サウジアラビア国防大臣", "ハーリド", "name_patronymic.bin"),
    ("ファーティマ・ビント・ムバーラク・アラブ首長国連邦国務大臣", "ファーティマ", "name_patronymic.bint"),
    ("アフマド・イブン・ラシード・オマーン外務大臣", "アフマド", "name_patronymic.ibn"),
    ("サイフ・ブン・ザーイド・アラブ首長国連邦副首相", "サイフ", "name_patronymic.bun"),
    ("ファム・ビン・ズン・ベトナム外務大臣", "ズン", "name_last.vn"),     # ビン is a name in Vietnam, no patronymic
    ("アウン・チョー・ミャンマー外務大臣", "アウン・チョー", "name_whole.mm"),
    ("ソック・チェンダ・カンボジア外務大臣", "ソック・チェンダ", "name_whole.kh"),
    ("パク・ソンミン・韓国外交部長官", "パク・ソンミン", "name_whole.kr"),
    ("リ・ソンホ・北朝鮮外務大臣", "リ・ソンホ", "name_whole.kp"),
    ("ワン・ミンハイ・中国外交部長", "ワン・ミンハイ", "name_whole.cn"),
    ("リン・ジャーロン・台湾外交部長", "リン・ジャーロン", "name_whole.tw"),
    ("リム・ウェイミン・シンガポール外務大臣", "リム・ウェイミン", "name_whole.sg"),
    ("ドーン・ポラマット・タイ外務大臣", "ドーン・ポラマット", "name_whole.th"),
)]

# a Spanish surname (never a given name) before another part opens the double surname, paternal and maternal, that the
# page never shortens (ゴンサレス・ロペス, given alone or after a given name); a Spanish surname last stays the surname
NAME_FORMS += [(t, n, "roles.name_surname." + r) for t, n, r in (
    ("ゴンサレス・ロペス・ペルー外務大臣", "ゴンサレス・ロペス", "gonzalez"),
    ("ルイス・ゴンザレス・ソト・チリ外務大臣", "ゴンザレス・ソト", "gonzalez_z"),
    ("ホセ・ロドリゲス・ベガ・スペイン首相", "ロドリゲス・ベガ", "rodriguez"),
    ("アナ・フェルナンデス・ルイス・アルゼンチン外務大臣", "フェルナンデス・ルイス", "fernandez"),
    ("ロペス・オブラドール・メキシコ大統領", "ロペス・オブラドール", "lopez"),
    ("マルティネス・ソリア・ホンジュラス外務大臣", "マルティネス・ソリア", "martinez"),
    ("ペドロ・サンチェス・カストロ・スペイン首相", "サンチェス・カストロ", "sanchez"),
    ("ペレス・モリナ・グアテマラ大統領", "ペレス・モリナ", "perez"),
    ("カルロス・ゴメス・ベガ・コロンビア外務大臣", "ゴメス・ベガ", "gomez"),
    ("エルナンデス・ソト・エルサルバドル外務大臣", "エルナンデス・ソト", "hernandez"),
    ("ディアス・カネル・キューバ国家評議会議長", "ディアス・カネル", "diaz"),
    ("アルバレス・ボルハ・ボリビア外務大臣", "アルバレス・ボルハ", "alvarez"),
    ("ラミレス・オカンポ・パナマ外務大臣", "ラミレス・オカンポ", "ramirez"),
    ("ヒメネス・ロサ・ドミニカ共和国外務大臣", "ヒメネス・ロサ", "jimenez"),
    ("ドミンゲス・ベラ・ウルグアイ外務大臣", "ドミンゲス・ベラ", "dominguez"),
    ("グティエレス・モラ・コスタリカ外務大臣", "グティエレス・モラ", "gutierrez"),
    ("ガルシア・ベラウンデ・ペルー外務大臣", "ガルシア・ベラウンデ", "garcia"),
)]
NAME_FORMS += [
    ("マリア・ゴンサレス・ペルー外務大臣", "ゴンサレス", None),  # the surname last: a given name before it
]


def _name_form_page(who: str) -> str:
    return "外相会談\n令和5年3月1日\n本1日、山川外務大臣は、" + who + "と会談を行いました。"


@pytest.mark.parametrize("who,name,row", NAME_FORMS)
def test_principal_name_the_page_never_shortens(who, name, row):
    with lexicon.trace() as fired:
        got = _principals(_name_form_page(who))
    assert name in {n for n, _, _ in got}, got
    assert row is None or row in fired


# a ・-joined name the page writes whole again with a title after naming the person (a double surname) stays whole; a
# whole name titled only where the person is first named is still cut to its surname
TITLED_WHOLE = [
    ("ルイス・ソト・チリ外務大臣と会談を行いました。ルイス・ソト大臣から、協力を要請しました", "ルイス・ソト"),
    ("ルイス・ソト米国務長官と会談を行いました。ソト長官から、協力を要請しました", "ソト"),
    ("ルイス・ソト米国務長官と会談を行いました", "ソト"),
    ("ファム・ビン・ミン・ベトナム外務大臣と会談を行いました。ファム・ビン・ミン大臣から、協力を要請しました", "ミン"),  # name_last
]

# a Chinese or Korean name in katakana (surname first) stays whole for a principal where the page shortens it later
# (リー・シェンロン, then リー首相: as 習近平, then 習主席); a Thai name keeps the short form the page uses (its given name)
KEPT_WHOLE = [
    ("ワン・ミンハイ中国外交部長と会談を行いました。ワン部長から、協力を要請しました", "ワン・ミンハイ", "roles.kept_whole.cn"),
    ("リン・ジャーロン台湾外交部長と会談を行いました。リン部長から、協力を要請しました", "リン・ジャーロン", "roles.kept_whole.tw"),
    ("パク・ソンミン韓国外交部長官と会談を行いました。パク長官から、協力を要請しました", "パク・ソンミン", "roles.kept_whole.kr"),
    ("チェ・ソンヒ北朝鮮外務大臣と会談を行いました。チェ外相から、協力を要請しました", "チェ・ソンヒ", "roles.kept_whole.kp"),
    ("リム・ウェイミン・シンガポール首相と会談を行いました。リム首相から、協力を要請しました", "リム・ウェイミン",
     "roles.kept_whole.sg"),
    ("ドーン・ポラマット・タイ首相と会談を行いました。ドーン首相から、協力を要請しました", "ドーン", None),
]


@pytest.mark.parametrize("who,name,row", KEPT_WHOLE)
def test_principal_name_kept_whole(who, name, row):
    with lexicon.trace() as fired:
        got = {n for n, _, _ in _principals(_name_form_page(who))}
    assert name in got, got
    assert row is None or row in fired


@pytest.mark.parametrize("who,name", TITLED_WHOLE)
def test_principal_name_written_whole_again(who, name):
    assert name in {n for n, _, _ in _principals(_name_form_page(who))}


def test_attendee_name_stays_whole():
    # the development set writes attendees' names whole: the surname rule is the principals'
    text = ("日独首脳会談\n令和5年3月1日\n本1日、山川内閣総理大臣は、スミス・ドイツ首相と首脳会談を行いました"
            "(同席:先方 トーマス・ベッカー首相府外交政策顧問)。")
    assert "トーマス・ベッカー" in {n for n, _, _ in _attendees(text)}


# a country joined by ・ to a title that opens in katakana: the country is the side, the title what follows it
PRINCIPALS += [
    ("日マレーシア会談\n令和6年2月20日\n本20日、山川経済産業大臣は、ハリム・マレーシア・エネルギー転換大臣と会談しました。",
     {("山川", "経済産業大臣", "JP"), ("ハリム", "エネルギー転換大臣", "MY")}),
]
# an organisation's acronym in brackets after its name, before the title, is no part of the title
PRINCIPALS += [
    ("日EU外相会談\n令和6年2月20日\n本20日、山川外務大臣は、来日中のロペス欧州連合(EU)外務・安全保障政策上級代表と会談しました。",
     {("山川", "外務大臣", "JP"), ("ロペス", "外務・安全保障政策上級代表", "EU")}),
]
UN_TALK = "令和5年3月1日\n本1日、山川内閣総理大臣は、マリア・ロペス国際連合事務総長と会談を行いました。"
SPLITS = [
    # a five-character full name before 日本国 and the title
    ("安田晋太郎日本国外務大臣", ("安田晋太郎", "外務大臣", "JP")),
    # 中国人民… is a title after the country (中国人 is not), 行長 a title word (a bank's governor)
    ("陳明中国人民銀行長", ("陳明", "人民銀行長", "CN")),
    # 書記長 is a title of its own (not 書記 + 長)
    ("イ・ペトロフ・ソ連邦共産党中央委員会書記長", ("イ・ペトロフ", "共産党中央委員会書記長", "SU")),
]
NOT_PRINCIPALS = [
    ("日中外相会談\n令和5年3月1日\n本1日、山川外務大臣は、李明中国外交部長と会談を行い、同国大使も同席した。", "同国"),
    # a title followed by a gathering word names the gathering (G7カプリ外相会合), not a person
    ("日・イタリア外相会談\n令和6年4月18日\n4月18日、G7カプリ外相会合の機会に、森谷外務大臣は、ロッシ・イタリア外務大臣と会談を行いました。",
     "カプリ"),
    ("日・ドイツ外相会談\n平成13年5月1日\n5月1日、ボン外相会議の際に、森谷外務大臣は、シュミット・ドイツ外務大臣と会談を行った。", "ボン"),
    # the head of the visit a minister accompanies is named, not talking
    ("日中外相会談\n平成30年10月26日\n安井総理の訪中に同行している森谷外務大臣は、陳明国務委員兼外交部長との間で日中外相会談を行った。",
     "安井"),
    # … or the one the counterpart accompanies (…皇太子に随行して訪日したY外務大臣との間で)
    ("日・カタール外相会談\n令和3年5月1日\n森谷外務大臣は、タミーム・カタール皇太子に随行して訪日したハリファ外務大臣との間で外相会談を行った。",
     "タミーム"),
    # a past holder of an office ((当時)) or a former one (元外相)
    ("日英外相会談\n平成11年1月9日\n森谷外務大臣は、川瀬元外相の同席のもと、ブラウン外務大臣との間で日英外相会談を行った。", "川瀬"),
    ("日・ウズベキスタン外相会談\n令和2年5月1日\n森谷外務大臣は、川瀬外務大臣(当時)の訪問を振り返りつつ、ナザロフ・ウズベキスタン外務大臣との間で外相会談を行った。",
     "川瀬"),
    # a title word at the start of a country's name (アラブ首長国連邦) is no person's title
    ("アラブ首長国連邦\n令和2年12月10日\n本10日、アラブ首長国連邦を訪問中の森谷外務大臣は、ハリド皇太子を表敬した。", "アラブ"),
    ("記者会見\n森谷外務大臣会見記録\n(令和2年12月25日(金曜日)16時13分 於:外務省)\n【森谷外務大臣】山川総理の指示により、来週15日に韓国を訪れ、朴成民(パク・ソンミン)長官との間で日韓外相会談を行う予定です。",
     "山川"),
    # the speaker in a press conference's heading (…会見記録) is not thereby a principal of the talk he announces
    ("記者会見\n森谷外務大臣会見記録\n(令和2年1月27日(金曜日)8時38分 於:官邸)\n【森谷外務大臣】来月、川瀬外務審議官をモスクワに派遣し、ペトロフ露外務次官と日露次官級協議を行う予定です。",
     "森谷"),
    # 日米電話外相会談: a run holding 電話 before a title is not a name
    ("森谷外務大臣会見記録\n【森谷外務大臣】本日、日米電話外相会談を行いました。ブラウン国務長官との間で行った会談です。", "日米電話"),
    # a companion (とともに) of the visitor comes with them, and does not hold the talk
    ("日・ケニア首脳会談\n令和6年5月10日\n5月10日、ルト・ケニア共和国大統領は、ワンジク外務大臣とともに訪日し、山川内閣総理大臣と首脳会談を行いました。",
     "ワンジク"),
    ("日・ガーナ外相会談\n令和6年5月10日\n5月10日、アッド・ガーナ外務大臣は、オチェレ財務大臣と共に来日し、森谷外務大臣と会談した。", "オチェレ"),
    # 同 + a title of more than one word (同外務大臣, 同国防大臣: the same minister again) is no person named 同外務
    ("日・ガーナ外相会談\n令和6年5月10日\n1 アッド・ガーナ外務大臣は、5月9日から11日まで来日した。\n"
     "2 5月10日、同外務大臣は、森谷外務大臣と会談した。", "同外務"),
]
ATTENDEES = [
    # a two-kanji surname whose last character and the title's first read as one word (山本 + 日・… : 本日) is a name
    ("日・ペルー外相会談\n令和6年5月10日\n5月10日、山川外務大臣は、訪日中のロペス・ペルー外務大臣と会談しました。"
     "会談には山本日・ペルー友好議員連盟会長が同席しました。",
     {("山本", "日・ペルー友好議員連盟会長", "JP")}),
    ("日・チリ外相会談\n令和6年5月10日\n5月10日、山川外務大臣は、訪日中のロハス・チリ外務大臣と会談しました。"
     "会談には岡本日・チリ友好議員連盟会長が同席しました。",
     {("岡本", "日・チリ友好議員連盟会長", "JP")}),
    # a list with no side labels: each person's side read from the title
    (HEAD.format(c="マレーシア") + "本1日、山川内閣総理大臣は、訪日中のアリフ・マレーシア首相と首脳会談を行ったところ、概要は以下のとおりです。会談には、西田内閣官房副長官他が同席しました。",
     {("西田", "内閣官房副長官", "JP")}),
    ("表敬\n7月29日、山川内閣総理大臣は、訪日中のペニー・ロウ・オーストラリア外務大臣の表敬を受けました。なお、表敬には、森谷外務大臣、西田内閣官房副長官ほかが同席しました。",
     {("森谷", "外務大臣", "JP"), ("西田", "内閣官房副長官", "JP")}),
    # lists by side closed by ら and 出席 (not 同席) in the sentence after the talk's: the accompanying members
    (HEAD.format(c="カナダ") + "1日午後1時から約60分間、山川総理は、スミス・カナダ首相と昼食会を行いました。日本側から、森谷外務大臣、西田官房副長官ら、先方から、ブラウン外務大臣、ホワイト駐日大使らが出席しました。",
     {("森谷", "外務大臣", "JP"), ("西田", "官房副長官", "JP"), ("ブラウン", "外務大臣", "CA"), ("ホワイト", "駐日大使", "CA")}),
    # a double-barrelled surname joined by = is part of the name, not of the title
    (HEAD.format(c="ケニア") + "本1日、森谷外務大臣は、オティエノ・ケニア大統領を表敬しました。会談には、アマニ・ワンジク=ムトゥア外務大臣が同席しました。",
     {("アマニ・ワンジク=ムトゥア", "外務大臣", "KE")}),
    # a clause describing the attendee before the name (…を訪問した) is no part of the name
    (HEAD.format(c="ケニア") + "本1日、森谷外務大臣は、ムトゥア・ケニア外務大臣と会談を行いました。なお、この会談には昨年5月にケニアを訪問した西田外務大臣政務官も同席しました。",
     {("西田", "外務大臣政務官", "JP")}),
]
NOT_ATTENDEES = [
    # present only at a meal held apart from the talk
    (HEAD.format(c="スペイン") + "本1日、山川総理大臣は、ロペス・スペイン首相と首脳会談を行った。我が方からは、森谷外務大臣、西田財務副大臣(夕食会のみ)他が同席しました。",
     "西田"),
]
# 出席 without a closing ら names those who held the talk, not accompanying members
NOT_ATTENDEES_JOINED = [
    (HEAD.format(c="カナダ") + "2. 今回の協議には、日本側から森谷外務大臣が、カナダ側からブラウン外務大臣が出席しました。", "ブラウン"),
]
# country and organisation codes read from a title alone
ROLE_COUNTRY = [
    ("国務委員兼外交部長", "CN"),
    ("外交部副部長", "CN"),
    ("欧州委員会委員長", "EU"),
    ("NATO事務総長", "XN"),
    ("外務大臣", None),
    ("外交部長官", None),  # Korea's minister: not China's 外交部長
]
# a special envoy's title starts at 特派 (特派大使), not after it
SPECIAL_ENVOY = [
    ("森谷特派大使", ("森谷", "特派大使", None)),
]
# fmt: on


@pytest.mark.parametrize("text,expected", PRINCIPALS)
def test_principals(text, expected):
    assert expected <= _principals(text)


# a party's head named before it (X会長を団長とする議員団は / X審議官を長とする代表団は / X大臣率いる代表団は) is the
# subject of the sentence: a second talk in it (…を表敬し、続いて…と会談した) is the head's too
HEADED_PARTIES = [
    ("日・ペルー友好議員連盟代表団のペルー訪問\n令和5年9月14日\n9月13日、リマを訪問中の山本日・ペルー友好議員連盟会長を"
     "団長とする議員団は、ロペス・ペルー大統領を表敬し、続いてガルシア外務大臣と会談しました。",
     [{("山本", "日・ペルー友好議員連盟会長", "JP"), ("ロペス", "大統領", "PE")},
      {("山本", "日・ペルー友好議員連盟会長", "JP"), ("ガルシア", "外務大臣", "PE")}]),
    ("日・ガーナ政策協議\n令和5年9月14日\n9月13日、アクラを訪問中の川瀬外務審議官を長とする代表団は、アッド・ガーナ外務大臣を"
     "表敬し、続いてメンサ外務次官と会談しました。",
     [{("川瀬", "外務審議官", "JP"), ("アッド", "外務大臣", "GH")},
      {("川瀬", "外務審議官", "JP"), ("メンサ", "外務次官", "GH")}]),
    ("日・ケニア経済協議\n令和5年9月14日\n9月13日、ナイロビを訪問中の森谷外務副大臣率いる代表団は、オティエノ・ケニア大統領を"
     "表敬し、続いてムトゥア外務大臣と会談しました。",
     [{("森谷", "外務副大臣", "JP"), ("オティエノ", "大統領", "KE")},
      {("森谷", "外務副大臣", "JP"), ("ムトゥア", "外務大臣", "KE")}]),
]


@pytest.mark.parametrize("text,talks", HEADED_PARTIES)
def test_headed_party_holds_each_talk(text, talks):
    rec = run_extractors(text)
    assert [{(p.name, p.role, p.country) for p in ev.principals} for ev in rec.events] == talks


@pytest.mark.parametrize("text,name", NOT_PRINCIPALS)
def test_not_principals(text, name):
    assert name not in {n for n, _, _ in _principals(text)}


@pytest.mark.parametrize("text,expected", ATTENDEES)
def test_attendees(text, expected):
    assert expected <= _attendees(text)


@pytest.mark.parametrize("role,code", ROLE_COUNTRY)
def test_role_country(role, code):
    assert people.role_country(role) == code


def test_delegation_sides_are_the_countries():
    text = [t for t, _ in PRINCIPALS if "バルト" in t][0]
    assert ["JP", "LT", "LV"] in _countries(text)


def test_envoy_side_is_a_country():
    text = [t for t, _ in PRINCIPALS if "政府特使" in t][0]
    assert any({"JP", "KG", "KZ"} <= set(c) for c in _countries(text))


def test_counterpart_from_added_country_rows():
    text = HEAD.format(c="キリバス") + "本1日、山川内閣総理大臣は、訪日中のタネ・キリバス大統領との間で首脳会談を行いました。"
    assert ["JP", "KI"] in _countries(text)


@pytest.mark.parametrize("text,expected", SPLITS)
def test_splits(text, expected):
    name, role, country, _ = people.split_name_role(text)
    assert (name, role, country) == expected


def test_one_principal_per_side_and_rank():
    text = PRINCIPALS[-1][0]
    assert "オユン" not in {n for n, _, _ in _principals(text)}


def test_principals_named_in_the_heading_only():
    text = "森谷外務大臣のタネ・キリバス大統領表敬\n(3月21日、タラワ)\n1.冒頭、タネ大統領より歓迎の意が述べられた。\n"
    got = _principals(text)
    assert {("森谷", "外務大臣", "JP"), ("タネ", "大統領", "KI")} <= got


@pytest.mark.parametrize("text,name", NOT_ATTENDEES)
def test_not_attendees(text, name):
    assert name not in {n for n, _, _ in _attendees(text)}
    assert ("森谷", "外務大臣", "JP") in _attendees(text)


@pytest.mark.parametrize("text,expected", SPECIAL_ENVOY)
def test_special_envoy_title(text, expected):
    assert people.split_name_role(text)[:3] == expected


@pytest.mark.parametrize("text,name", NOT_ATTENDEES_JOINED)
def test_delegation_heads_are_not_attendees(text, name):
    assert name not in {n for n, _, _ in _attendees(text)}


def test_visitor_in_heading_holds_the_courtesy_call():
    # a visit page's heading names the Japanese visitor; a courtesy call named with the other side only is his
    text = ("トンガ王国\n西田外務大臣政務官のトンガ訪問(結果)\n令和5年3月1日\n会合の様子\nトゥポウ首相表敬\nブラウン・カナダ外相との会談\n"
            "3月1日から3日まで,西田潔外務大臣政務官(総理特使)は,太平洋諸島の会合に出席するためトンガを訪問したところ,概要以下のとおりです。\n"
            "1 域外国対話\n- (1)2日,首都ヌクアロファにおいて会合が開催されました。\n- (2)西田政務官がステートメントを行いました。\n")
    calls = [ev for ev in run_extractors(text).events if any(p.name == "トゥポウ" for p in ev.principals)]
    assert calls and any(p.name == "西田" and p.country == "JP" for p in calls[0].principals)


def test_country_names_are_whole_katakana_words():
    # a talk with the UN's secretary-general has Japan as its one country: マリア names no Mali
    assert _countries(UN_TALK) == [["JP"]]
    text = [t for t, _ in PRINCIPALS if "リヒテンシュタイン" in t][0]
    assert _countries(text) == [["JP", "LI"]]  # not タイ inside …シュタイン


def test_country_rows_keep_cities_of_the_same_name():
    # ルクセンブルク is a counterpart now and still a city (a country named as its capital, CITY_STATES)
    from gaiko.extract import places
    assert not places.is_country("ルクセンブルク") and places.is_country("スロバキア")
    text = "日・ルクセンブルク首脳会談\n令和元年5月1日\n本1日、山川総理大臣は、ベッテル・ルクセンブルク首相と首脳会談を行った。"
    assert ["JP", "LU"] in _countries(text)


# an organisation's acronym in parentheses inside the title; its officer stands for no country, and a talk with
# no other foreign principal has Japan as its one country (not a country the page names)
ORG_TALK = ("令和元年2月15日\n本15日、ウィーンを訪問中の森谷外務大臣は、ハンス・グレーバー欧州安全保障協力機構(OSCE)事務総長と会談を"
            "行いました。双方は、ウクライナ情勢について意見交換しました。ウクライナ東部の情勢が議論されました。")


def test_organisation_officer_talk():
    assert ("グレーバー", "欧州安全保障協力機構(OSCE)事務総長", None) in _principals(ORG_TALK)  # (never shortened)
    assert _countries(ORG_TALK) == [["JP"]]


# a deputy head of government is no head: with a foreign minister's portfolio he talks as a foreign minister; met by
# a vice-minister, the talk is of no ministers' rank; a title with 首相 after 副 does not make a summit
DEPUTY_KINDS = [
    ("日越外相会談\n令和5年3月1日\n本1日、森谷外務大臣は、グエン・ミン・ベトナム副首相兼外務大臣との間で外相会談を行いました。",
     "foreign_ministers"),
    ("令和元年12月5日\nこの機会に、森谷外務副大臣は、モルドバのイオン・ルプ副首相兼外務・欧州統合相と会談を行いました。", "other"),
    ("令和元年12月5日\n本5日、山川内閣総理大臣は、ハリド・サウジアラビア王国皇太子兼副首相兼国防大臣と会談を行いました。", "other"),
]


@pytest.mark.parametrize("text,kind", DEPUTY_KINDS)
def test_deputy_head_kinds(text, kind):
    assert [ev.kind for ev in run_extractors(text).events] == [kind]


# --- rule families: one row per lexicon row (gaiko/extract/lexicon/roles.py, attendees.py) ----------------------------
def _mentions(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(name, plain role, country, rule) of every name + title the page holds, found under a trace."""
    doc = Doc.from_text(text)
    return [(p.name, p.role, p.country, p.rule) for p in people.find_people(doc, 0, len(doc.norm))]


def _listed(text: str) -> str:
    return "本1日、" + text + "が出席した。"


# fmt: off
# the last word of a title finds its holder: (name + title, (name, plain role, the ENDINGS row))
TITLES = [
    ("山田内閣総理大臣", ("山田", "総理大臣", "roles.end.naikaku_sori_daijin")),  # plain: 総理大臣
    ("スミス総理大臣", ("スミス", "総理大臣", "roles.end.sori_daijin")),
    ("スミス副大統領", ("スミス", "副大統領", "roles.end.fuku_daitoryo")),       # not 副 + 大統領
    ("スミス大統領補佐官", ("スミス", "大統領補佐官", "roles.end.daitoryo_hosakan")),
    ("スミス大統領顧問", ("スミス", "大統領顧問", "roles.end.daitoryo_komon")),
    ("スミス大統領", ("スミス", "大統領", "roles.end.daitoryo")),
    ("陳明国家主席", ("陳明", "国家主席", "roles.end.kokka_shuseki")),
    ("スミス主席", ("スミス", "主席", "roles.end.shuseki")),
    ("スミス首相", ("スミス", "首相", "roles.end.shusho")),
    ("山田総理", ("山田", "総理大臣", "roles.end.sori")),                     # plain: 総理大臣
    ("山田外務大臣", ("山田", "外務大臣", "roles.end.gaimu_daijin")),
    ("山田外務副大臣", ("山田", "外務副大臣", "roles.end.gaimu_fuku_daijin")),
    ("山田外務大臣政務官", ("山田", "外務大臣政務官", "roles.end.daijin_seimukan")),
    ("山田政務官", ("山田", "政務官", "roles.end.seimukan")),
    ("山田財務副大臣", ("山田", "財務副大臣", "roles.end.fuku_daijin")),
    ("山田大臣", ("山田", "大臣", "roles.end.daijin")),
    ("スミス外相", ("スミス", "外務大臣", "roles.end.gaisho")),               # plain: 外務大臣
    ("山田防衛相", ("山田", "防衛大臣", "roles.end.boeisho")),                # plain: 防衛大臣
    ("スミス国防相", ("スミス", "国防大臣", "roles.end.kokubosho")),          # plain: 国防大臣
    ("陳明外交部長", ("陳明", "外交部長", "roles.end.gaikobucho")),
    ("陳明外交部部長助理", ("陳明", "外交部部長助理", "roles.end.bucho_jori")),
    ("スミス外務部長", ("スミス", "外務部長", "roles.end.bucho")),
    ("スミス国務長官", ("スミス", "国務長官", "roles.end.kokumu_chokan")),
    ("スミス国防長官", ("スミス", "国防長官", "roles.end.kokubo_chokan")),
    ("山田内閣官房副長官", ("山田", "内閣官房副長官", "roles.end.fuku_chokan")),
    ("スミス長官", ("スミス", "長官", "roles.end.chokan")),
    ("山田外務事務次官", ("山田", "外務事務次官", "roles.end.jimu_jikan")),
    ("スミス国務次官補", ("スミス", "国務次官補", "roles.end.jikanho")),
    ("スミス外務次官", ("スミス", "外務次官", "roles.end.jikan")),
    ("山田外務審議官付次長", ("山田", "外務審議官付次長", "roles.end.jicho")),
    ("山田アジア大洋州局長", ("山田", "アジア大洋州局長", "roles.end.kyokucho")),
    ("山田外務審議官", ("山田", "外務審議官", "roles.end.shingikan")),
    ("スミス参事官", ("スミス", "参事官", "roles.end.sanjikan")),
    ("山田課長", ("山田", "課長", "roles.end.kacho")),
    ("スミス室長", ("スミス", "室長", "roles.end.shitsucho")),
    ("スミス司長", ("スミス", "司長", "roles.end.shicho")),
    ("スミス補佐官", ("スミス", "補佐官", "roles.end.hosakan")),
    ("スミス顧問", ("スミス", "顧問", "roles.end.komon")),
    ("スミス大使", ("スミス", "大使", "roles.end.taishi")),
    ("スミス公使", ("スミス", "公使", "roles.end.koshi")),
    ("スミス総領事", ("スミス", "総領事", "roles.end.soryoji")),
    ("山田領事", ("山田", "領事", "roles.end.ryoji")),
    ("スミス議長", ("スミス", "議長", "roles.end.gicho")),
    ("スミス委員長", ("スミス", "委員長", "roles.end.iincho")),
    ("陳明国務委員", ("陳明", "国務委員", "roles.end.kokumu_iin")),
    ("スミス首席", ("スミス", "首席", "roles.end.shuseki_chief")),
    ("スミス報道官", ("スミス", "報道官", "roles.end.hodokan")),
    ("山田統合幕僚長", ("山田", "統合幕僚長", "roles.end.bakuryocho")),
    ("スミス参謀総長", ("スミス", "参謀総長", "roles.end.socho")),
    ("スミス司令官", ("スミス", "司令官", "roles.end.shireikan")),
    ("スミス特使", ("スミス", "特使", "roles.end.tokushi")),
    ("スミス代表", ("スミス", "代表", "roles.end.daihyo")),
    ("スミス書記長", ("スミス", "書記長", "roles.end.shokicho")),             # not 書記 + 長
    ("スミス書記", ("スミス", "書記", "roles.end.shoki")),
    ("スミス国王", ("スミス", "国王", "roles.end.kokuo")),
    ("マルグレーテ・デンマーク女王", ("マルグレーテ", "女王", "roles.end.joo")),  # (the country is split off the name)
    ("スミス皇太子", ("スミス", "皇太子", "roles.end.kotaishi")),
    ("スミス首長", ("スミス", "首長", "roles.end.shucho")),
    ("スミス元首", ("スミス", "元首", "roles.end.genshu")),                  # a title of its own, not 元 (former) + 首
    ("スミス大公", ("スミス", "大公", "roles.end.taiko")),
    ("スミス執政", ("スミス", "執政", "roles.end.shissei")),
    ("スミス総督", ("スミス", "総督", "roles.end.sotoku")),
    ("スミス上級相", ("スミス", "上級相", "roles.end.jokyusho")),
    ("山田欧ロ長", ("山田", "欧ロ長", "roles.end.oro_cho")),
    ("スミス助理", ("スミス", "助理", "roles.end.jori")),
    ("山田官房長官", ("山田", "官房長官", "roles.end.kanbo_chokan")),
    ("スミス主任", ("スミス", "主任", "roles.end.shunin")),
    ("スミス総裁", ("スミス", "総裁", "roles.end.sosai")),
    ("スミス中央銀行行長", ("スミス", "中央銀行行長", "roles.end.kocho")),
    ("スミス署理", ("スミス", "署理", "roles.end.shori")),
    ("スミス委員", ("スミス", "委員", "roles.end.iin")),
    ("スミス知事", ("スミス", "知事", "roles.end.chiji")),
    ("スミス市長", ("スミス", "市長", "roles.end.shicho_mayor")),
    ("スミス首席補佐官", ("スミス", "首席補佐官", "roles.end.shuseki_hosakan")),
    ("スミス事務総長補", ("スミス", "事務総長補", "roles.end.jimu_socho_ho")),
    ("スミス事務総長", ("スミス", "事務総長", "roles.end.jimu_socho")),
    ("スミス理事長", ("スミス", "理事長", "roles.end.rijicho")),
    ("スミス専務理事", ("スミス", "専務理事", "roles.end.semmu_riji")),
    ("スミス高等弁務官", ("スミス", "高等弁務官", "roles.end.koto_benmukan")),
    ("スミス会長", ("スミス", "会長", "roles.end.kaicho")),
    # a minister's short title ending in 相
    ("スミス開発相", ("スミス", "開発相", "roles.end.kaihatsusho")),
    ("スミス財務相", ("スミス", "財務相", "roles.end.zaimusho")),
    ("スミス蔵相", ("スミス", "蔵相", "roles.end.zosho")),
    ("スミス経済相", ("スミス", "経済相", "roles.end.keizaisho")),
    ("スミス貿易相", ("スミス", "貿易相", "roles.end.boekisho")),
    ("スミス通商相", ("スミス", "通商相", "roles.end.tsushosho")),
    ("スミス産業相", ("スミス", "産業相", "roles.end.sangyosho")),
    ("スミス内相", ("スミス", "内相", "roles.end.naisho")),
    ("スミス法相", ("スミス", "法相", "roles.end.hosho")),
    ("スミス国務相", ("スミス", "国務相", "roles.end.kokumusho")),
]
# the word a title opens with tells where a kanji name ends: (name + title, the STARTS row that split it)
TITLE_STARTS = [(t, "roles." + r) for t, r in (
    ("山田内閣官房副長官", "start.naikaku"), ("山田官房長官", "start.kanbo"), ("山田外務大臣", "start.gaimu"),
    ("陳明外交部長", "start.gaiko"), ("陳明国務委員", "start.kokumu"), ("陳明国家主席", "start.kokka"),
    ("陳明国防大臣", "start.kokubo"), ("山田防衛大臣", "start.boei"), ("陳明大統領", "start.daitoryo"),
    ("陳明副大統領", "start.fuku_daitoryo"), ("陳明首相", "start.shusho"), ("山田総理", "start.sori"),
    ("陳明大使", "start.taishi"), ("陳明公使", "start.koshi"), ("山田欧州局長", "start.oshu"), ("山田欧ロ長", "start.oro"),
    ("山田アジア大洋州局長", "start.asia"), ("山田北米局長", "start.hokubei"), ("山田中南米局長", "start.chunanbei"),
    ("山田中東アフリカ局長", "start.chuto"), ("陳明アフリカ部長", "start.africa"), ("山田大洋州課長", "start.taiyoshu"),
    ("山田北東アジア課長", "start.hokuto_asia"), ("陳明東北アジア局長", "start.tohoku_asia"),
    ("陳明南部アジア部長", "start.nanbu_asia"), ("陳明南アジア部長", "start.minami_asia"),
    ("山田総合外交政策局長", "start.sogo_gaiko"), ("山田経済局長", "start.keizai"), ("山田国際協力局長", "start.kokusai"),
    ("陳明地域局長", "start.chiiki"), ("陳明報道官", "start.hodo"), ("陳明儀典長官", "start.giten"),
    ("山田領事局長", "start.ryoji"), ("陳明計画投資大臣", "start.keikaku_toshi"), ("陳明産業貿易大臣", "start.sangyo_boeki"),
    ("陳明開発大臣", "start.kaihatsu"), ("山田統合幕僚長", "start.togo"), ("陳明参謀総長", "start.sanbo"),
    ("陳明首相府長官", "start.shushofu"), ("朴正浩海洋水産部次官", "start.kaiyo_suisan"), ("朴正浩統一部長官", "start.toitsu"),
    ("朴正浩産業通商資源部長官", "start.sangyo_tsusho"), ("朴正浩企画財政部長官", "start.kikaku_zaisei"),
    ("金文洙韓日議員連盟会長", "start.kannichi"), ("山田日韓議員連盟会長", "start.nikkan"), ("陳明大臣", "start.daijin"), ("陳明長官", "start.chokan"),
    ("陳明次官", "start.jikan"), ("陳明局長", "start.kyokucho"), ("陳明審議官", "start.shingikan"),
    ("陳明課長", "start.kacho"), ("陳明補佐官", "start.hosakan"), ("陳明顧問", "start.komon"), ("陳明議長", "start.gicho"),
    ("陳明委員長", "start.iincho"), ("陳明首席代表", "start.shuseki_chief"), ("陳明副首相", "start.fuku"),
    ("陳明第1次官", "start.dai"), ("陳明政務次官", "start.seimu"), ("陳明事務次官", "start.jimu"),
    ("陳明国連大使", "start.kokuren"), ("陳明常駐代表", "start.jochu"), ("陳明特命全権大使", "start.tokumei"),
    ("陳明財務大臣", "start.zaimu"), ("陳明経産大臣", "start.keisan"), ("陳明農林大臣", "start.norin"),
    ("陳明国土大臣", "start.kokudo"), ("陳明環境大臣", "start.kankyo"), ("陳明文部大臣", "start.monbu"),
    ("陳明厚生大臣", "start.kosei"), ("陳明国家安保室長", "start.kokka_anpo"), ("陳明安全保障担当補佐官", "start.anzen_hosho"),
    ("陳明部長", "start.bucho"), ("陳明中央委員会主任", "start.chuo"), ("陳明共産党中央委員会書記長", "start.kyosanto"),
    ("陳明全国人民代表大会常務委員長", "start.zenkoku_jinmin"), ("陳明外相", "start.gaisho"), ("陳明防衛相", "start.boeisho"),
    ("陳明国防相", "start.kokubosho"), ("陳明民主党代表", "start.minshuto"), ("陳明自民党総裁", "start.jiminto"),
    ("陳明国会議長", "start.kokkai"), ("陳明下院議長", "start.kain"), ("陳明上院議長", "start.join"),
    ("陳明連邦議会議長", "start.renpo"), ("陳明貿易大臣", "start.boeki"), ("陳明商務長官", "start.shomu"),
    ("陳明通商代表", "start.tsusho"), ("陳明エネルギー大臣", "start.energy"), ("陳明デジタル大臣", "start.digital"),
    ("陳明特派大使", "start.tokuha"),
    ("山田駐米大使", "posted.chu"),   # 駐 + a country opens the title
    ("山田在米大使", "posted.zai"),
    ("陳明前大統領", "former.mae"),   # 前/元 before a head's or minister's title
    ("陳明元首相", "former.moto"),
    ("アブドルアジーズ・エネルギー大臣", "start.energy"),  # a katakana title word after a ・-joined name
)]
# a run that reads as name + title whose "name" is none: (text, the NOT_NAMES row that drops it)
NOT_NAME_SPLITS = [(t, "roles.not_name." + r) for t, r in (
    ("両大臣", "ryo"), ("各大臣", "kaku"), ("同大臣", "do"), ("副大臣", "fuku"), ("前大臣", "mae"), ("元大臣", "moto"),
    ("新大臣", "shin"), ("本大臣", "hon"), ("当大臣", "to"), ("貴大臣", "ki"), ("我大臣", "ware"), ("次期大統領", "jiki"),
    ("歴代首相", "rekidai"), ("首脳外相", "shuno"), ("閣僚議長", "kakuryo"), ("全大使", "zen"), ("諸大臣", "sho"),
    ("総領事", "so"), ("外務大臣", "gaimu"), ("外交部長", "gaiko"),
    ("駐国連大使", "chu"),   # (駐 alone is no name; the split taken is another)
    ("在国連大使", "zai"),
    ("兼外務大臣", "ken"),
)]
# a run whose "name" names a side, a country, an office or a talk (its row drops it): no person is found
NOT_NAME_RUNS = [(t, "roles." + r) for t, r in (
    ("日米電話外相会談", "not_name_part.denwa"), ("日英定期外相協議", "not_name_part.teiki"),
    ("日中会談外相", "not_name_part.kaidan"), ("首脳会談外相", "not_name_part.shuno"), ("日中協議議長", "not_name_part.kyogi"),
    ("日中共同議長", "not_name_part.kyodo"), ("戦略対話議長", "not_name_part.senryaku"),
    ("二国間外相会談", "not_name_part.nikokukan"),
    ("中国側首席代表", "not_name_end.gawa"), ("相手国大使", "not_name_end.koku"), ("法務省報道官", "not_name_end.sho"),
    ("総督府長官", "not_name_end.fu"), ("法務部次官", "not_name_end.bu"),   # (阿部 is a surname: kept)
)]
# a title that names its country or organisation by itself: (name + title, (country, the COUNTRIES row))
TITLE_COUNTRIES = [
    ("陳明国務委員", ("CN", "roles.country.kokumu_iin")),
    ("朴正浩海洋水産部次官", ("KR", "roles.country.kr_ministry")),
    ("金文洙韓日議員連盟会長", ("KR", "roles.country.kannichi")),
    ("陳明国務院総理", ("CN", "roles.country.kokumuin")),
    ("陳明外交部副部長", ("CN", "roles.country.gaikobu_bucho")),
    ("陳明外交部長", ("CN", "roles.country.gaikobucho")),
    ("陳明国家副主席兼全人代常務委員長", ("CN", "roles.country.zenjindai")),
    ("陳明全国人民代表大会常務委員長", ("CN", "roles.country.zenkoku_jinmin")),
    ("スミス欧州委員会委員長", ("EU", "roles.org.eu_commission")),
    ("スミス欧州理事会議長", ("EU", "roles.org.eu_council")),
    ("スミス欧州議会議長", ("EU", "roles.org.eu_parliament")),
    ("山田駐EU大使", ("EU", "roles.org.eu")),                 # (an envoy to the EU is read as the EU's: today's reading)
    ("スミスNATO事務総長", ("XN", "roles.org.nato")),
    ("スミス北大西洋条約機構事務総長", ("XN", "roles.org.nato_ja")),
]
# an international organisation's officer stands for no country: (name + title, the ORG_TITLES rows)
ORG_OFFICERS = [
    ("スミスOSCE事務総長", {"roles.org_title.acronym"}),
    ("スミス包括的核実験禁止条約機関事務局長", {"roles.org_body.kikan", "roles.org_officer.jimukyokucho"}),
    ("スミス国際原子力機構事務局次長", {"roles.org_body.kiko", "roles.org_officer.jimukyoku_jicho"}),
    ("スミス太平洋諸島フォーラム事務総長", {"roles.org_body.forum", "roles.org_officer.jimu_socho"}),
    ("スミス国際通貨機構総裁", {"roles.org_body.kiko", "roles.org_officer.sosai"}),
    ("スミス太平洋諸島フォーラム総長", {"roles.org_body.forum", "roles.org_officer.socho"}),
    ("スミス国際連合事務総長", {"roles.org_body.kokusai_rengo", "roles.org_officer.jimu_socho"}),
    ("スミス国連事務総長", {"roles.org_body.kokuren", "roles.org_officer.jimu_socho"}),
    ("スミス・アフリカ連合(AU)委員会委員長", {"roles.org_body.rengo", "roles.org_officer.iinkai_iincho"}),
    ("スミス湾岸協力理事会(GCC)事務局長", {"roles.org_body.rijikai", "roles.org_officer.jimukyokucho"}),
    # the brackets and acronym as the page writes them, full-width; a preparatory commission's head
    ("スミス湾岸協力理事会（ＧＣＣ）事務局長", {"roles.org_body.rijikai", "roles.org_officer.jimukyokucho"}),
    ("スミス包括的核実験禁止条約機関（ＣＴＢＴＯ）準備委員会事務局長",
     {"roles.org_body.kikan", "roles.org_unit.junbi_iinkai", "roles.org_officer.jimukyokucho"}),
    ("スミス国際通貨基金(IMF)専務理事", {"roles.org_body.kikin", "roles.org_officer.semmu_riji"}),
    ("スミスIMF専務理事", {"roles.org_title.acronym"}),
    ("スミス国連難民高等弁務官", {"roles.org_body.kokuren", "roles.org_officer.koto_benmukan"}),
]
# fmt: on


@pytest.mark.parametrize("text,expected", TITLES)
def test_title_ending_finds_the_holder(text, expected):
    assert _mentions(_listed(text))[0][:2] + _mentions(_listed(text))[0][3:] == expected


@pytest.mark.parametrize("text,rule", TITLE_STARTS)
def test_title_start_splits_the_name(text, rule):
    with lexicon.trace() as fired:
        got = people.split_name_role(text)
    assert got and rule in fired


@pytest.mark.parametrize("text,rule", NOT_NAME_SPLITS)
def test_not_a_name(text, rule):
    with lexicon.trace() as fired:
        got = people.split_name_role(text)
    assert rule in fired and (got is None or got[0] != rule)


@pytest.mark.parametrize("text,rule", NOT_NAME_RUNS)
def test_not_a_person(text, rule):
    with lexicon.trace() as fired:
        assert _mentions(_listed(text)) == []
    assert rule in fired


@pytest.mark.parametrize("text,expected", TITLE_COUNTRIES)
def test_title_names_its_country(text, expected):
    with lexicon.trace() as fired:
        got = _mentions(_listed(text))
    assert got[0][2] == expected[0] and expected[1] in fired


@pytest.mark.parametrize("text,rules", ORG_OFFICERS)
def test_organisation_officer(text, rules):
    page = "令和元年2月15日\n本15日、森谷外務大臣は、" + text + "と会談を行いました。"
    with lexicon.trace() as fired:
        got = _principals(page)
    assert any(n == "スミス" and c is None for n, _, c in got) and rules <= fired


# fmt: off
# whose office a title names, for a kanji name the page gives no country (on a 日中 page): (name + title, (country,
# the SIDES row)); a Japanese office is Japan's, a foreign one the counterpart's
SIDE_BY_TITLE = [(t, (c, "roles." + r)) for t, c, r in (
    ("山田総理", "JP", "jp.sori"), ("山田外務大臣", "JP", "jp.gaimu_daijin"), ("山田大臣", "JP", "jp.daijin"),
    ("山田内閣官房副長官", "JP", "jp.naikaku"), ("山田官房副長官", "JP", "jp.kanbo"),
    ("山田外務副大臣", "JP", "jp.gaimu_fuku_daijin"), ("山田外務審議官", "JP", "jp.gaimu_shingikan"),
    ("山田外務事務次官", "JP", "jp.gaimu_jimu_jikan"), ("山田外務省経済局長", "JP", "jp.gaimusho"),
    ("山田アジア大洋州局長", "JP", "jp.bureau_asia"), ("山田欧州局長", "JP", "jp.bureau_europe"),
    ("山田北米局長", "JP", "jp.bureau_na"), ("山田中南米局長", "JP", "jp.bureau_la"),
    ("山田中東アフリカ局長", "JP", "jp.bureau_mea"), ("山田アフリカ部長", "JP", "jp.dept_africa"), ("山田国際協力局長", "JP", "jp.bureau_coop"),
    ("山田総合外交政策局長", "JP", "jp.bureau_policy"), ("山田経済局長", "JP", "jp.bureau_econ"),
    ("山田領事局長", "JP", "jp.bureau_consular"), ("山田国際法局長", "JP", "jp.bureau_law"),
    ("山田国際軍縮不拡散・科学局長", "JP", "jp.bureau_disarm"), ("山田欧ロ長", "JP", "jp.oro_cho"),
    ("山田防衛大臣", "JP", "jp.boei_daijin"), ("山田防衛副大臣", "JP", "jp.boei_fuku_daijin"),
    ("山田統合幕僚長", "JP", "jp.togo_bakuryocho"),
    ("山田駐米大使", "JP", "jp.chu"),      # Japan's envoy posted abroad
    ("山田在米大使", "JP", "jp.zai"),
    ("陳明大統領", "CN", "foreign.daitoryo"), ("陳明国家主席", "CN", "foreign.kokka_shuseki"),
    ("陳明首相府長官", "CN", "foreign.shushofu"), ("陳明首相", "CN", "foreign.shusho"),
    ("陳明国務長官", "CN", "foreign.kokumu_chokan"), ("陳明国務次官", "CN", "foreign.kokumu"),
    ("陳明外交部次官", "CN", "foreign.gaikobu"), ("陳明国防大臣", "CN", "foreign.kokubo"),
    ("陳明地域司長", "CN", "foreign.shicho"), ("陳明次官補", "CN", "foreign.jikanho"),
    ("陳明駐日大使", "CN", "foreign.chu_nichi"),   # an envoy posted in Japan is the other side's
    ("陳明在日大使", "CN", "foreign.zai_nichi"), ("陳明部長", "CN", "foreign.bucho"), ("陳明国家副主席", "CN", "foreign.shuseki"),
)]
# fmt: on


@pytest.mark.parametrize("text,expected", SIDE_BY_TITLE)
def test_side_by_title(text, expected):
    page = "日中会談\n令和5年3月1日\n本1日、" + text + "は、王毅国務委員兼外交部長と会談を行いました。"
    with lexicon.trace() as fired:
        got = _principals(page)
    name = people.split_name_role(text)[0]
    assert (name, expected[0]) in {(n, c) for n, _, c in got} and expected[1] in fired


# a title a page shortens, completed from the fullest the page gives the person: (page, (name, title), the SHORT row)
SHORT_TITLES = [
    ("令和5年3月1日\n本1日、山田大臣は、スミス長官と会談を行いました。\n山田一郎外務大臣から、スミス米国国務長官に対し、協力を呼びかけました。",
     {("山田", "外務大臣"), ("スミス", "国務長官")}, {"roles.short.daijin", "roles.short.chokan"}),
    ("令和5年3月1日\n本1日、山田次官は、スミス大使と会談を行いました。\n山田外務事務次官から、スミス駐日カナダ大使に対し、協力を呼びかけました。",
     {("山田", "外務事務次官"), ("スミス", "駐日カナダ大使")}, {"roles.short.jikan", "roles.short.taishi"}),
    ("令和5年3月1日\n本1日、山田政務官は、スミス次官補と会談を行いました。\n山田外務大臣政務官から、協力を呼びかけました。",
     {("山田", "外務大臣政務官")}, {"roles.short.seimukan"}),
]


@pytest.mark.parametrize("text,expected,rules", SHORT_TITLES)
def test_short_title_completed(text, expected, rules):
    with lexicon.trace() as fired:
        got = {(n, r) for n, r, _ in _principals(text)}
    assert expected <= got and rules <= fired


def test_china_premier_title():
    # a full kanji name with 総理 on China's side is China's premier (国務院総理), not a 総理大臣
    text = "日中首脳会談\n令和5年3月1日\n本1日、山川内閣総理大臣は、陳明徳総理と首脳会談を行いました。"
    with lexicon.trace() as fired:
        got = _principals(text)
    assert ("陳明徳", "国務院総理", "CN") in got and "roles.title_cn.sori" in fired


# a minister's short title after a status or a joint office takes its plain form (次期外相: 次期外務大臣): (page, the
# person expected, the PLAIN_AFTER row)
PLAIN_AFTER = [
    ("日越外相会談\n令和5年3月1日\n本1日、森谷外務大臣は、グエン・ベトナム副首相兼外相と外相会談を行いました。",
     ("グエン", "副首相兼外務大臣", "VN"), "roles.plain_after.ken"),
    ("日チリ会談\n令和5年3月1日\n本1日、森谷外務大臣は、ロハス・チリ次期外相と会談を行いました。",
     ("ロハス", "次期外務大臣", "CL"), "roles.plain_after.jiki"),
    ("日チリ会談\n令和5年3月1日\n本1日、森谷外務大臣は、ソト・チリ前国防相と会談を行いました。",
     ("ソト", "前国防大臣", "CL"), "roles.plain_after.mae"),
    ("日チリ会談\n令和5年3月1日\n本1日、森谷外務大臣は、ソト・チリ元外相と会談を行いました。",
     ("ソト", "元外務大臣", "CL"), "roles.plain_after.moto"),
]


@pytest.mark.parametrize("text,person,rule", PLAIN_AFTER)
def test_plain_after(text, person, rule):
    with lexicon.trace() as fired:
        got = _principals(text)
    assert person in got and rule in fired


FM_TALK = "日・カナダ外相会談\n令和5年3月1日\n本1日、森谷外務大臣は、ブラウン・カナダ外務大臣と外相会談を行いました"
# fmt: off
# attendee lists: the cue, the side labels (side, heading word, separator), the words closing a list, a meal-only note:
# (page, attendees expected, the rows that read them)
ATTENDEE_RULES = [
    # a heading word after each side (日本側同席者:), a colon after it
    (FM_TALK + "(同席、日本側同席者:西田外務審議官、カナダ側同席者:ホワイト駐日大使)。",
     {("西田", "外務審議官", "JP"), ("ホワイト", "駐日大使", "CA")},
     {"attendees.cue.doseki", "attendees.heading.doseki_sha", "attendees.sep.colon", "attendees.side.named"}),
    # 出席者 as the heading word; より as the separator
    (FM_TALK + "(同席、日本側出席者:西田外務審議官、カナダ側より ホワイト駐日大使)。",
     {("西田", "外務審議官", "JP"), ("ホワイト", "駐日大使", "CA")},
     {"attendees.heading.shusseki_sha", "attendees.sep.yori"}),
    # は as the separator; 他 and 等 close each side's list
    (FM_TALK + "。日本側は西田外務審議官他、カナダ側はホワイト駐日大使等が同席しました。",
     {("西田", "外務審議官", "JP"), ("ホワイト", "駐日大使", "CA")},
     {"attendees.sep.wa", "attendees.others.ta", "attendees.others.nado"}),
    # からは after 我が方; ほか closes the list; those at a meal only are no attendees (夕食, 昼食, 昼食会, 晩餐会)
    (FM_TALK + "。我が方からは、西田外務審議官、川瀬財務副大臣(昼食のみ)、大森経済産業副大臣(夕食のみ)、"
     "小池国土交通副大臣(昼食会のみ)、青木文部科学副大臣(晩餐会のみ)ほかが同席しました。",
     {("西田", "外務審議官", "JP")},
     {"attendees.sep.kara", "attendees.others.hoka", "attendees.meal_only.chushoku", "attendees.meal_only.yushoku",
      "talks.meal.lunch", "talks.meal.banquet"}),
    # 陪席 (the formal word for 同席) introduces the list, as 同席 does
    (FM_TALK + "(陪席:日本側:西田外務審議官、カナダ側:ホワイト駐日大使)。",
     {("西田", "外務審議官", "JP"), ("ホワイト", "駐日大使", "CA")}, {"attendees.cue.baiseki"}),
    # a blank after a side's label separates it from the names
    (FM_TALK + "(陪席:日本側 西田外務審議官、カナダ側 ホワイト駐日大使)。",
     {("西田", "外務審議官", "JP"), ("ホワイト", "駐日大使", "CA")}, {"attendees.cue.baiseki", "attendees.sep.blank"}),
    # 当方 / 先方 label the sides
    (FM_TALK + "。当方:西田外務審議官、先方:ホワイト駐日大使が同席しました。",
     {("西田", "外務審議官", "JP"), ("ホワイト", "駐日大使", "CA")}, {"attendees.sep.colon"}),
    # a list by side closed by ら and 出席 (the accompanying members)
    (FM_TALK + "。日本側から、西田外務審議官ら、先方から、ホワイト駐日大使らが出席しました。",
     {("西田", "外務審議官", "JP"), ("ホワイト", "駐日大使", "CA")}, {"attendees.cue.shusseki", "attendees.others.ra"}),
    # 及び / 並びに join two members as 、 does
    (FM_TALK + "。会談には、日本側から西田外務審議官及び川瀬北米局長が、カナダ側からホワイト駐日大使並びにグリーン外務次官が同席しました。",
     {("西田", "外務審議官", "JP"), ("川瀬", "北米局長", "JP"), ("ホワイト", "駐日大使", "CA"), ("グリーン", "外務次官", "CA")},
     {"attendees.joiner.oyobi", "attendees.joiner.narabini"}),
    # members written title first, a blank before the name, on the lines under a (同席者) heading
    (FM_TALK + "。\n(同席者)\n日本側:外務審議官 西田、北米局長 川瀬\nカナダ側:駐日大使 ホワイト\n",
     {("西田", "外務審議官", "JP"), ("川瀬", "北米局長", "JP"), ("ホワイト", "駐日大使", "CA")},
     {"attendees.order.title_first", "attendees.cue.doseki"}),
    # a roster by side whose lines carry the heading word (日本側出席者:): each member present, the first one too
    (FM_TALK + "。\n日本側出席者:西田外務審議官、川瀬北米局長\n先方出席者:ホワイト駐日大使\n",
     {("西田", "外務審議官", "JP"), ("川瀬", "北米局長", "JP"), ("ホワイト", "駐日大使", "CA")},
     {"attendees.heading.shusseki_sha"}),
    # a table's row of those present by side (| 出席者 | 日本側:A、B | カナダ側:C |)
    (FM_TALK + "。\n| 出席者 | 日本側:西田外務審議官、川瀬北米局長 | カナダ側:ホワイト駐日大使 |\n",
     {("西田", "外務審議官", "JP"), ("川瀬", "北米局長", "JP"), ("ホワイト", "駐日大使", "CA")},
     {"attendees.cue.table_shusseki_sha"}),
    # 出席者は以下のとおり, then a line per side, its label in brackets ((日本側)A、B / (カナダ側)C)
    (FM_TALK + "。出席者は以下のとおりです。\n(日本側)西田外務審議官、川瀬北米局長\n(カナダ側)ホワイト駐日大使\n",
     {("西田", "外務審議官", "JP"), ("川瀬", "北米局長", "JP"), ("ホワイト", "駐日大使", "CA")},
     {"attendees.cue.shusseki_sha_ika", "attendees.sep.paren"}),
    # one present named in brackets after the talk word (…と会談(X大使同席))
    ("日・カナダ外相会談\n令和5年3月1日\n本1日、森谷外務大臣は、ブラウン・カナダ外務大臣と会談(ホワイト駐日大使同席)を行いました。",
     {("ホワイト", "駐日大使", "CA")}, {"attendees.cue.doseki"}),
]
# a person named in a talk's sentence without holding it: (page, the name, the NOT_PRINCIPAL row)
NOT_PRINCIPAL_RULES = [(t, n, "attendees.not_principal." + r) for t, n, r in (
    ("日米首脳会談\n令和5年3月1日\n本1日、山田内閣総理大臣は、スミス大統領からの親書を携えたブラウン特使と会談を行いました。",
     "スミス", "kara_no"),                                                    # a sender
    ("日米首脳会談\n令和5年3月1日\n本1日、山田内閣総理大臣は、スミス大統領より の親書を携えたブラウン特使と会談を行いました。",
     "スミス", "yori_no"),
    ("日米首脳会談\n令和5年3月1日\n本1日、山田内閣総理大臣は、スミス首相主催の夕食会の後、ブラウン副大統領と会談を行いました。",
     "スミス", "shusai"),                                                     # a host
    ("日米首脳会談\n令和5年3月1日\n本1日、山田内閣総理大臣は、スミス大統領の親書を携えたブラウン特使と会談を行いました。",
     "スミス", "shinsho"),
    ("日米首脳会談\n令和5年3月1日\n本1日、日米首脳会談が開催されました。\n山田内閣総理大臣から、スミス大統領のメッセージに謝意を述べました。",
     "スミス", "message"),                                                    # (anywhere on the page)
    ("日米首脳会談\n令和5年3月1日\n本1日、山田総理の一行は、ブラウン大統領と会談を行いました。", None, "ikko"),  # (the party's head)
    ("日米外相会談\n令和5年3月1日\n本1日、山田総理に同行した森谷外務大臣は、ブラウン国務長官と会談を行いました。", "山田", "doko"),
    ("日智外相会談\n令和5年3月1日\n本1日、ロペス大統領の就任式典出席のためサンティアゴを訪問中の森谷外務大臣は、ソト外務大臣と会談を行いました。",
     "ロペス", "shuninshiki"),                                                # the one inaugurated
    ("日英外相会談\n令和5年3月1日\n本1日、スミス前首相の葬儀参列のためロンドンを訪問中の森谷外務大臣は、ブラウン外務大臣と会談を行いました。",
     "スミス", "sogi"),
    ("日米外相会談\n令和5年3月1日\n本1日、スミス元大統領の国葬に参列するためワシントンを訪問中の森谷外務大臣は、ブラウン国務長官と会談を行いました。",
     "スミス", "kokuso"),
)]
# the delegations' heads of a talk named without its people, by side, in a sentence saying what they did: (verb phrase,
# the DELEGATION_VERBS row)
DELEGATION_RULES = [
    ("の出席の下、行われました", "shusseki"), ("の参加の下、行われました", "sanka"), ("が代表となりました", "daihyo"),
    ("が団長を務めました", "dancho"), ("が議長を務めました", "tsutome"), ("が協議に臨んだ", "nozon"), ("が一行を率いました", "hikii"),
]
# fmt: on


def _delegation_page(verb: str) -> str:
    page = "第1回日・チリ協議\n令和5年3月1日\n1 本1日、第1回日・チリ協議が開催されました。\n2 "
    if verb.startswith("の"):  # (…が出席した would name the talk's holders in the lead's way, not by this row)
        return page + "協議は、日本側は山田審議官、チリ側はスミス外務次官" + verb + "。"
    return page + "日本側は山田審議官が、チリ側はスミス外務次官" + verb + "。"


@pytest.mark.parametrize("text,expected,rules", ATTENDEE_RULES)
def test_attendee_rules(text, expected, rules):
    with lexicon.trace() as fired:
        got = _attendees(text)
    assert got == expected and rules <= fired


@pytest.mark.parametrize("text,name,rule", NOT_PRINCIPAL_RULES)
def test_not_principal_rules(text, name, rule):
    with lexicon.trace() as fired:
        got = {n for n, _, _ in _principals(text)}
    assert name not in got and rule in fired


@pytest.mark.parametrize("verb,rule", DELEGATION_RULES)
def test_delegation_heads(verb, rule):
    with lexicon.trace() as fired:
        got = _principals(_delegation_page(verb))
    assert {("山田", "審議官", "JP"), ("スミス", "外務次官", "CL")} <= got and "attendees.delegation." + rule in fired


# an excerpt that never gives the full name: the abbreviation in quotes before the title (one to three characters)
# names the person as written; the country from Japan and a country paired in the body acting together (日伊協力を,
# 日仏が), not the third country the talk was about (イラク)
_EXCERPT = ("(イ) |\n国連改革\n{who}より、国連総会に際する会合が山川総理のイニシアティブで実現したことを評価。両首脳は、"
            "改革を進めるべきであること、で一致した。\n|\n(ロ) |\nイラク\n総理より、イラク復興支援に関し、{pair}"
            "イラクの債務削減についても議論した。\n|")
# a monarch the page names without a country is of the country whose royal house it names (X王室, X王家), not of
# the foreign country it names most often (the neighbour the talk was about)
_ROYAL = ("(1) |\n中東情勢\n山川総理より、パレスチナの国づくりへの支援を説明した。これに対し先方より、パレスチナとイスラエルの"
          "和平に向けた日本の役割を支持する旨発言がなされた。\n(2) |\n山川総理より、{who}の指導力を評価する旨述べた。\n(3) |\n"
          "晩餐会には、{house}より{who}の他、王族が出席した。\n")
LEFT_OVER = [
    (_EXCERPT.format(who="「ベル」首相", pair="伊が行っている研修を評価するとともに、日伊協力を推進していくことで合意した。"),
     {("山川", "総理大臣", "JP"), ("ベル", "首相", "IT")}, ["roles.abbreviated.kagi", "roles.body_pair.kyoryoku"]),
    (_EXCERPT.format(who="「ロ」大統領", pair="日仏が相互に協力することが重要である旨述べた。"),
     {("山川", "総理大臣", "JP"), ("ロ", "大統領", "FR")}, ["roles.abbreviated.kagi", "roles.body_pair.ga"]),
    (_EXCERPT.format(who="「シュー」首相", pair="日独協力を推進していくことで合意した。"),
     {("山川", "総理大臣", "JP"), ("シュー", "首相", "DE")}, ["roles.abbreviated.kagi"]),
    (_ROYAL.format(who="ハーリド国王", house="ヨルダン王室"), {("山川", "総理大臣", "JP"), ("ハーリド", "国王", "JO")},
     ["roles.royal.kokuo", "roles.royal_house.oushitsu"]),
    (_ROYAL.format(who="マルグレーテ女王", house="デンマーク王家"), {("山川", "総理大臣", "JP"), ("マルグレーテ", "女王", "DK")},
     ["roles.royal.joo", "roles.royal_house.ouke"]),
    # the ministry's older spelling of Jordan (ジョルダン) is the country's name
    (_ROYAL.format(who="ハーリド国王", house="ジョルダン王室"), {("山川", "総理大臣", "JP"), ("ハーリド", "国王", "JO")}, []),
    # a word in kanji quoted before a title names an office, not a person (「観光」大使)
    (_EXCERPT.format(who="「ベル」首相", pair="日伊協力を推進していくことで合意した。「観光」大使の任命も歓迎した。"),
     {("山川", "総理大臣", "JP"), ("ベル", "首相", "IT")}, []),
    # a principal titled only 大臣 holds the title of the talk's kind (roles.kind_title.*): a foreign ministers' talk's
    # 大臣 is its foreign minister; in a talk of other ministers the short title stays
    ("日露外相会談\n令和5年3月1日\n本1日、山川大臣とペトロフ外相が日露外相会談を実施しました。",
     {("山川", "外務大臣", "JP"), ("ペトロフ", "外務大臣", "RU")}, ["roles.kind_title.foreign_ministers"]),
    ("日露経済閣僚会合\n令和5年3月1日\n本1日、山川大臣とペトロフ経済発展大臣が日露経済閣僚会合を実施しました。",
     {("山川", "大臣", "JP"), ("ペトロフ", "経済発展大臣", "RU")}, []),
    # a full name given first: the abbreviation is no name of its own (the talk's person is the part it starts)
    ("日独首脳会談\n平成16年10月5日\n1.10月5日、山川総理は、訪日中のゲルハルト・シュレッダー・ドイツ首相と会談した。\n"
     "2.「シュ」首相より、日本の投資を要請した。", {("山川", "総理大臣", "JP"), ("シュレッダー", "首相", "DE")}, []),
]


@pytest.mark.parametrize("text,expected,rows", LEFT_OVER)
def test_left_over_principals(text, expected, rows):
    with lexicon.trace() as fired:
        got = _principals(text)
    assert got == expected
    assert set(rows) <= fired, set(rows) - fired


# a surname that is also a country's short form (クック for クック諸島, ソロモン, マーシャル) is no country when the title names
# its own (英外相, 豪外相, 米国務長官) or the page writes it on its own with a title (クック外相より); the 国 of a country's
# name before a title opening with 国 is the title's (米国務長官: 米 and 国務長官; 韓国防相: 韓 and 国防相)
_FM = "外相会談\n令和5年3月1日\n本1日、山川外務大臣は、{who}と会談を行いました。{more}"
SURNAME_NOT_COUNTRY = [
    (_FM.format(who="デイヴィッド・ソロモン英外相", more=""), {("山川", "外務大臣", "JP"), ("ソロモン", "外務大臣", "GB")}),
    (_FM.format(who="ピーター・ソロモン豪外相", more=""), {("山川", "外務大臣", "JP"), ("ソロモン", "外務大臣", "AU")}),
    (_FM.format(who="ジョージ・マーシャル米国務長官", more=""), {("山川", "外務大臣", "JP"), ("マーシャル", "国務長官", "US")}),
    ("日英" + _FM.format(who="ジェームズ・クック外務大臣", more="クック外相より、協力を要請しました。"),
     {("山川", "外務大臣", "JP"), ("クック", "外務大臣", "GB")}),
    ("日米" + _FM.format(who="ジョージ・マーシャル国務長官", more="マーシャル長官から、協力を要請しました。"),
     {("山川", "外務大臣", "JP"), ("マーシャル", "国務長官", "US")}),
    ("日韓防衛相会談\n令和5年3月1日\n本1日、山川防衛大臣は、キム・ソンミン韓国防相と会談を行いました。",
     {("山川", "防衛大臣", "JP"), ("キム・ソンミン", "国防大臣", "KR")}),
    ("日中首脳会談\n令和5年3月1日\n本1日、山川総理大臣は、李明中国家主席と会談を行いました。",
     {("山川", "総理大臣", "JP"), ("李明", "国家主席", "CN")}),
    # surnames that open with a country's short form, or end past it, stay whole
    (_FM.format(who="トム・クックソン豪外相", more=""), {("山川", "外務大臣", "JP"), ("クックソン", "外務大臣", "AU")}),
    (_FM.format(who="ジャン・ソロモンズ仏外相", more=""), {("山川", "外務大臣", "JP"), ("ソロモンズ", "外務大臣", "FR")}),
    # the island state's short form before a title naming no country, never written alone with a title: the country
    ("首脳会談\n令和5年3月1日\n本1日、山川総理大臣は、ロヤック・マーシャル大統領と会談を行いました。",
     {("山川", "総理大臣", "JP"), ("ロヤック", "大統領", "MH")}),
]


@pytest.mark.parametrize("text,expected", SURNAME_NOT_COUNTRY)
def test_surname_is_no_country(text, expected):
    assert _principals(text) == expected


def case_texts() -> list[str]:
    """Every page the cases above extract (tests/cases/test_lexicon_coverage.py fires the lexicon over them)."""
    pages = [t for t, _ in PRINCIPALS + NOT_PRINCIPALS + ATTENDEES + NOT_ATTENDEES + NOT_ATTENDEES_JOINED + DEPUTY_KINDS + HEADED_PARTIES]
    pages += [ORG_TALK, FM_TALK + "。", UN_TALK] + [_name_form_page(t) for t, _, _ in NAME_FORMS]
    pages += [_listed(t) for t, _ in TITLES + TITLE_STARTS + NOT_NAME_SPLITS + NOT_NAME_RUNS + TITLE_COUNTRIES + SPLITS]
    pages += ["令和元年2月15日\n本15日、森谷外務大臣は、" + t + "と会談を行いました。" for t, _ in ORG_OFFICERS]
    pages += ["日中会談\n令和5年3月1日\n本1日、" + t + "は、王毅国務委員兼外交部長と会談を行いました。" for t, _ in SIDE_BY_TITLE]
    pages += [t for t, _, _ in SHORT_TITLES + ATTENDEE_RULES + NOT_PRINCIPAL_RULES + PLAIN_AFTER]
    pages += [_delegation_page(v) for v, _ in DELEGATION_RULES]
    pages += ["日中首脳会談\n令和5年3月1日\n本1日、山川内閣総理大臣は、陳明徳総理と首脳会談を行いました。"]
    pages += [t for t, _, _ in LEFT_OVER] + [t for t, _ in SURNAME_NOT_COUNTRY] + [_name_form_page(t) for t, _, _ in KEPT_WHOLE]
    return pages


def test_attendee_rule_is_the_cue():
    # each attendee remembers the cue row that found them (Person.rule), each principal the title's last word
    ev = run_extractors(FM_TALK + "(陪席:日本側 西田外務審議官、カナダ側 ホワイト駐日大使)。").events[0]
    assert {(p.name, p.rule) for p in ev.attendees} == {("西田", "attendees.cue.baiseki"), ("ホワイト", "attendees.cue.baiseki")}
    assert {(p.name, p.rule) for p in ev.principals} == {("森谷", "roles.end.gaimu_daijin"), ("ブラウン", "roles.end.gaimu_daijin")}


# a talk announced without its people, its delegations listed one line a side (日本側:… / 先方:… or X側:…): the first
# person of each line holds it; an attendee list under a talk whose people are named stays the attendees'
DELEGATION_LINES = ("日・チリ政策協議\n令和5年3月1日\n\n3月1日、東京において、第2回日・チリ政策協議が行われました。\n1 出席者\n"
                    "日本側:山田中南米局長ほか\n{other}:ロハス外務省二国間局長ほか\n2 双方は、二国間関係について意見交換を行いました。\n")


@pytest.mark.parametrize("other", ["先方", "チリ側"])
def test_delegation_lines_hold_the_talk(other):
    got = {(n, c) for n, _, c in _principals(DELEGATION_LINES.format(other=other))}
    assert got == {("山田", "JP"), ("ロハス", "CL")}


def test_delegation_lines_under_named_people_are_attendees():
    text = DELEGATION_LINES.format(other="先方").replace("第2回日・チリ政策協議が行われました",
                                                           "川田外務審議官とソト・チリ外務次官との間で第2回日・チリ政策協議が行われました")
    assert {n for n, _, _ in _principals(text)} == {"川田", "ソト"}
