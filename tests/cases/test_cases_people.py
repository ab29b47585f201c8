"""People family: principals and attendees with their role and country, read by the whole extractor.

Rows are (text, expected) with texts written for these tests in the ministry's style (names and dates invented).
Expected principals / attendees are sets of (name, role, country); a `None` expectation is a negative:
the name must not appear among the principals.
"""

import pytest

from gaiko.extract import people
from gaiko.extract.run import run_extractors


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
    # a counterpart from the added country rows: the country joined by ・ is split off the name
    (HEAD.format(c="キリバス") + "本1日、山川内閣総理大臣は、訪日中のタネ・キリバス大統領との間で首脳会談を行いました。",
     {("山川", "総理大臣", "JP"), ("タネ", "大統領", "KI")}),
    (HEAD.format(c="トンガ") + "本1日、山川内閣総理大臣は、訪日中のアロ・トンガ首相との間で首脳会談を行いました。",
     {("山川", "総理大臣", "JP"), ("アロ", "首相", "TO")}),
    # 「A大臣とB外相との」: the kanji name facing a non-East-Asian counterpart is Japan's, not the one met
    ("日露外相会談\n11月2日、森谷大臣とペトロフ外相との日露外相会談を実施しました。",
     {("森谷", "大臣", "JP"), ("ペトロフ", "外務大臣", "RU")}),
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
     {("安田", "外務大臣", "JP"), ("イ・ペトロフ", "外務大臣", "SU")}),
    # a country (or the EU's Commission) and の before a person: the person's side, unless the talk's side is an
    # organisation (the presidency's head stands for the EU at a 日EU summit)
    ("OSCE外相理事会\n令和元年12月5日\nこの機会に、森谷副大臣は、スロバキアのヤン・ノヴァク外務副大臣、モルドバのイオン・ルプ外務大臣と会談を行った。",
     {("森谷", "副大臣", "JP"), ("ヤン・ノヴァク", "外務副大臣", "SK"), ("イオン・ルプ", "外務大臣", "MD")}),
    ("日・EU定期首脳協議\n平成18年4月24日\n24日、山川総理大臣は、EU議長国であるオーストリアのハンス・マイヤー首相、欧州委員会のジョゼ・ロペス委員長との間で日・EU定期首脳協議を行った。",
     {("山川", "総理大臣", "JP"), ("ハンス・マイヤー", "首相", "EU"), ("ジョゼ・ロペス", "委員長", "EU")}),
    # an international organisation's officer: a principal with no country, the organisation in the title
    ("OSCE外相理事会\n令和元年12月5日\nこの機会に、森谷副大臣は、ハンス・グレーバーOSCE事務総長と会談を行った。",
     {("森谷", "副大臣", "JP"), ("ハンス・グレーバー", "OSCE事務総長", None)}),
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
     {("森谷", "外務審議官", "JP"), ("ハンス・ミュラー", "事務総長補", "XN")}),
    ("日・バルト政策対話\n令和2年9月27日\n1 本27日、リガで日・バルト政策対話が行われました。\n2 対話には、日本から森谷一郎外務大臣政務官、リトアニアからヨナス・ペトライティス外務副大臣、ラトビアからヤニス・オゾルス外務次官が出席しました。",
     {("森谷", "外務大臣政務官", "JP"), ("ヨナス・ペトライティス", "外務副大臣", "LT"), ("ヤニス・オゾルス", "外務次官", "LV")}),
    # a surname ending in 部 (阿部, 小田部) is a name; 外交部 is an office
    ("第2回日・ケニア政策対話\n平成18年12月14日\n12月6日、ナイロビにおいて、第2回日・ケニア政策対話が開催された。\n(1)協議では、日本側は阿部アフリカ部長、ケニア側はオディンガ外務次官がそれぞれ代表を務めた。",
     {("阿部", "アフリカ部長", "JP"), ("オディンガ", "外務次官", "KE")}),
    # an announced summit: each side's list (わが国から…、EU側から…、…それぞれ出席する) gives all its people
    ("第9回日・EU定期首脳協議について\n令和2年4月17日\n1. 4月24日、第9回日・EU定期首脳協議は、東京において開催される。\n2. 協議には、わが国から山川一郎総理大臣が、EU側から議長国フィンランドのハンス・マイヤー首相及び欧州委員会のジョゼ・ロペス委員長が出席する。",
     {("山川", "総理大臣", "JP"), ("ハンス・マイヤー", "首相", "EU"), ("ジョゼ・ロペス", "委員長", "EU")}),
    # a long Arabic name joined by ・ is still a name (more than 24 characters)
    ("アラブ首長国連邦\n令和2年12月10日\n本10日、アラブ首長国連邦を訪問中の森谷外務大臣は、ハリド・ビン・サルマン・アール・ハリーファ・ナスル皇太子を表敬した。",
     {("森谷", "外務大臣", "JP"), ("ハリド・ビン・サルマン・アール・ハリーファ・ナスル", "皇太子", "AE")}),
    # a page in a country's section (its line above the body names the country only): a katakana name with no
    # country of its own is that country's, not that of an organisation the body names more often (日EU…, EUの…)
    ("イタリア共和国\n\n令和2年4月15日\n\n 4月14日、森谷外務大臣は、パオロ・ロッシ外務・国際協力大臣との間で外相会談を行いました。\n(1)森谷大臣から、日EU経済連携協定の早期発効を述べました。\n(2)森谷大臣から、EUの規制の緩和を要請しました。",
     {("森谷", "外務大臣", "JP"), ("パオロ・ロッシ", "外務・国際協力大臣", "IT")}),
    # a press conference announcing a talk: the one it will be held with (Xとの間で), and the one sent to hold it
    # (Xを…へ派遣し); a leader named only as giving instructions (安倍総理の指示) is no principal
    ("記者会見\n森谷外務大臣会見記録\n(令和2年12月25日(金曜日)16時13分 於:外務省)\n【森谷外務大臣】山川総理の指示により、来週15日に韓国を訪れ、朴成民(パク・ソンミン)長官との間で日韓外相会談を行う予定です。",
     {("朴成民", "長官", "KR")}),
    ("記者会見\n森谷外務大臣会見記録\n(令和2年1月27日(金曜日)8時38分 於:官邸)\n【森谷外務大臣】来月、川瀬外務審議官をモスクワに派遣し、ペトロフ露外務次官と日露次官級協議を行う予定です。",
     {("川瀬", "外務審議官", "JP"), ("ペトロフ", "外務次官", "RU")}),
    # a foreign ministers' meeting where one side sends an envoy: the envoy stands in for the minister, and the
    # side is one of the talk's countries
    ("中央アジア諸国との外相会合\n平成20年6月5日\n本5日、東京で中央アジア諸国との外相会合が行われた。会合には、森谷外務大臣、アリ・ベコフ・キルギス外務大臣及びボラト・アリモフ・カザフスタン政府特使(外務次官)が出席した。",
     {("森谷", "外務大臣", "JP"), ("アリ・ベコフ", "外務大臣", "KG"), ("ボラト・アリモフ", "政府特使", "KZ")}),
    ("平成14年9月22日\n22日、小森総理は、金大中(キム・デジュン)大統領との間で首脳会談を行った。\n2.これに対し金大中大統領は、韓国の立場を述べた。",
     {("小森", "総理大臣", "JP"), ("金大中", "大統領", "KR")}),
    # an ambassador posted in Japan is of the country the title names (each of several envoys his own)
    ("令和5年3月1日\n本1日、森谷外務大臣は、アリ・ベコフ駐日キルギス共和国特命全権大使及びボラト・アリモフ駐日カザフスタン共和国特命全権大使による表敬を受けました。",
     {("森谷", "外務大臣", "JP"), ("アリ・ベコフ", "駐日キルギス共和国特命全権大使", "KG"), ("ボラト・アリモフ", "駐日カザフスタン共和国特命全権大使", "KZ")}),
    # a title of three offices joined by 兼 is one title
    (HEAD.format(c="サウジアラビア") + "本1日、山川内閣総理大臣は、ハリド・サウジアラビア王国皇太子兼副首相兼国防大臣との間で会談を行いました。",
     {("山川", "総理大臣", "JP"), ("ハリド", "皇太子兼副首相兼国防大臣", "SA")}),
    # a minister's short title ending in 相 after a ・-joined list of portfolios
    ("日英外相会談\n令和5年3月1日\n本1日、森谷外務大臣は、ジョン・ブラウン英国外務・英連邦・開発相との間で外相会談を行いました。",
     {("森谷", "外務大臣", "JP"), ("ジョン・ブラウン", "外務・英連邦・開発相", "GB")}),
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
]
SPLITS = [
    # a five-character full name before 日本国 and the title
    ("安田晋太郎日本国外務大臣", ("安田晋太郎", "外務大臣", "JP")),
    # 中国人民… is a title after the country (中国人 is not), 行長 a title word (a bank's governor)
    ("陳明中国人民銀行長", ("陳明", "人民銀行長", "CN")),
    # 書記長 is a title of its own (not 書記 + 長)
    ("イ・ペトロフ・ソ連邦共産党中央委員会書記長", ("イ・ペトロフ", "共産党中央委員会書記長", "SU")),
]
NOT_PRINCIPALS = [
    # the head of the visit a minister accompanies is named, not talking
    ("日中外相会談\n平成30年10月26日\n安井総理の訪中に同行している森谷外務大臣は、陳明国務委員兼外交部長との間で日中外相会談を行った。",
     "安井"),
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
]
ATTENDEES = [
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
    assert ("ハンス・グレーバー", "欧州安全保障協力機構(OSCE)事務総長", None) in _principals(ORG_TALK)
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
