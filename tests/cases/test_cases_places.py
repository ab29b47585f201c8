"""Places family: the gazetteer, place phrases, occasions and the city of a talk (texts written for these tests)."""

from __future__ import annotations

import pytest

from gaiko.extract import places
from gaiko.extract.run import run_extractors

# find_cities: whole words of the gazetteer only
FIND = [
    ("G20大阪サミット", ["大阪"]),  # a city inside a gathering's name
    ("ダナンAPEC首脳会議", ["ダナン"]),  # katakana city before latin letters
    ("NYを訪問中の", ["NY"]),  # the ministry's abbreviation, a lexicon row
    ("ワシントンDCにおいて", ["ワシントンDC"]),  # longest name first
    ("北海道洞爺湖サミット", ["洞爺湖"]),  # kanji city after a kanji region
    ("パリーゼク副大臣", []),  # a katakana city inside a longer katakana word is not a city
    ("千葉大臣と会談", []),  # a kanji city before a title is a surname
    ("ワシントンD.C.において", ["ワシントンD.C."]),  # the ministry's dotted spelling, a lexicon row, longest first
    ("ネーピードーを訪問中の", ["ネーピードー"]),  # the ministry's spelling CLDR lacks (lexicon row)
    ("マレーシア首相", []),  # a short city (マレ) inside a longer katakana word is not a city
    ("プリシュティナにおいて", ["プリシュティナ"]),  # a capital CLDR names no time zone after (mofa_cities.tsv)
    ("ジョージタウンを訪問中の", ["ジョージタウン"]),  # likewise (CLDR's zone is named ガイアナ, the country)
    ("グダニスクにおいて", ["グダニスク"]),  # another city the ministry's pages name (mofa_cities.tsv)
    ("ボゴールにおいて", ["ボゴール"]), ("シャルム・エル・シェイクにおいて", ["シャルム・エル・シェイク"]),  # summit towns CLDR lacks
    ("モンバサ港の開発", ["モンバサ"]),
    # seats of government CLDR names no zone after, and the ministry's dotted or short spellings (mofa_cities.tsv)
    ("プトラジャヤの首相府において", ["プトラジャヤ"]), ("バンダル・スリ・ブガワンにおいて", ["バンダル・スリ・ブガワン"]),
    ("マナマにおいて", ["マナマ"]), ("マルキョクを訪問中の", ["マルキョク"]),
]


@pytest.mark.parametrize("text,expected", FIND)
def test_find_cities(text, expected):
    assert [c for c, _, _ in places.find_cities(text)] == expected


# city_name: the city a whole place phrase names
CITY_NAME = [
    ("フランス・パリ", "パリ"),  # country・city
    ("仏ドーヴィル", "ドーヴィル"),  # one-character country abbreviation before the city
    ("ウィーン(オーストリア)", "ウィーン"),  # the country in brackets after it
    ("ブエノスアイレス市内", "ブエノスアイレス"),  # 市内 after a city
    ("ビリニュス", "ビリニュス"),  # CLDR writes ヴィリニュス; the ministry's ヴ-less spelling is a city too
    ("ノボシビルスク", "ノボシビルスク"),  # likewise ノヴォシビルスク
    ("モスクワ郊外", "モスクワ"),  # 郊外 after a city: the talk is at that city
    ("シンガポール", "シンガポール"),  # a city-state
    ("サモア", None),  # a country (CLDR's territory names) is not a city
    ("スロバキア", None),  # likewise
    ("雰囲気", None),  # an unknown word is not a city
    ("インドネシア(ジャカルタ)", "ジャカルタ"),  # a country with its city in brackets: the city
    ("セブ・フィリピン", "セブ"),  # the country written after its city
    ("フィリピン(ルソン島)", None),  # a country with an unknown word in brackets: no city
    ("クウェート市", "クウェート市"),  # a capital written as its country's name and 市: the city (mofa_cities.tsv)
    ("パナマ市", "パナマ市"),
    ("モナコ", "モナコ"),  # a city-state CLDR files under its country: a city (a mofa_cities.tsv row)
    ("クウェート", None),  # the country
    ("NY", "ニューヨーク"),  # the ministry's abbreviation: the city by its name (an alias row)
]


@pytest.mark.parametrize("text,expected", CITY_NAME)
def test_city_name(text, expected):
    assert places.city_name(text) == expected


# city_from_occasion
OCCASION_CITY = [
    ("G20アンタルヤ・サミット", "アンタルヤ"),  # the summit's place in its name
    ("ボアオ・アジア・フォーラム", "ボアオ"),  # a forum named after its town (lexicon row)
    ("G7カプリ外相会合", "カプリ"),  # a ministers' meeting named after its town (the ministry's places, mofa_cities.tsv)
    ("OECD閣僚理事会", None),  # no place in the name
    ("ペルーAPEC", None),  # a country is not a city
    ("大統領訪日(東京宣言)", None),  # a city naming a document (…宣言) is not the place
    ("札幌合意のフォローアップ会合", None),  # likewise …合意
]


@pytest.mark.parametrize("text,expected", OCCASION_CITY)
def test_city_from_occasion(text, expected):
    assert places.city_from_occasion(text) == expected


# GATHERING: the occasion and its cue
GATHERINGS = [
    ("第8回太平洋開発会議(PDC8)に参加するため訪日中の", "第8回太平洋開発会議(PDC8)"),  # a bracketed short name kept
    ("日・タイ外務防衛閣僚会合(「2+2」)のため訪日中の", "日・タイ外務防衛閣僚会合(「2+2」)"),  # the 2+2 as occasion
    ("北欧アジア・フォーラムに際し、", "北欧アジア・フォーラム"),  # に際し is a cue
    ("サハリン港開港式典への出席のため", "サハリン港開港式典"),  # への出席 is a cue
    ("東京で開催される南洋支援国会合に同国の代表として出席するため", "南洋支援国会合"),  # に…として出席 is a cue
    ("日露首脳会談を行った", None),  # a talk is not a gathering
    ("G7外相会議出席のため", "G7外相会議"),  # the cue 出席 after a G-name is not part of it
    ("ASEM(アジア欧州会合)第5回首脳会合出席のため", "ASEM(アジア欧州会合)第5回首脳会合"),  # a bracketed long name inside
    # a name that opens with what the gathering is on or with, or with the gathering it is part of
    ("南洋復興に関する東京会合に出席するため", "南洋復興に関する東京会合"),
    ("ASEANとの首脳会合の際に,", "ASEANとの首脳会合"),
    ("G7仙台サミットのアウトリーチ会合参加のため", "G7仙台サミットのアウトリーチ会合"),
]

# QUOTED_GATHERING: a gathering in quotes before its cue, whatever its last word
QUOTED = [
    ("「第2回北海対話」の際に,", "第2回北海対話"),  # 対話 is no gathering word, the quotes name it
    ("「自由で開かれた海」の実現", None),  # a quoted slogan without a gathering cue is no occasion
    ("「南洋経済枠組み」への参加を歓迎", None),  # joining a framework in quotes is no occasion
]


@pytest.mark.parametrize("text,expected", QUOTED)
def test_quoted_gathering(text, expected):
    m = places.QUOTED_GATHERING.search(text)
    assert (m.group("occ") if m else None) == expected


@pytest.mark.parametrize("text,expected", GATHERINGS)
def test_gathering(text, expected):
    m = places.GATHERING.search(text)
    assert (m.group("occ") if m else None) == expected


# municipality: a Japanese city written with 市 (or 町/村 after its prefecture)
MUNICIPALITIES = [
    ("長崎県雲仙市", "雲仙"),  # prefecture + city: the city without 市
    ("函館市", "函館"),  # a city with 市 alone
    ("長野県白馬村", "白馬"),  # a village after its prefecture
    ("下町", None),  # 町 without a prefecture is a common noun
    ("大都市", None),  # a word for cities is no city's name
    ("同市", None),  # "that city" names none
]


@pytest.mark.parametrize("text,expected", MUNICIPALITIES)
def test_municipality(text, expected):
    assert places.municipality(text) == expected


def _event(text: str) -> dict:
    rec = run_extractors(text).model_dump(mode="json")
    return rec["events"][0]


# whole pages: the city and venue of the talk
PAGES = [
    # 訪問中の country・city において
    ("日星首脳会談\n令和9年3月2日\n3月2日、会議に出席するため訪問中のカナダ・トロントにおいて、山田内閣総理大臣は、"
     "リー・シンガポール首相と首脳会談を行いました。\n", "トロント", None),
    # a Tokyo venue with the city before it in brackets' place: 東京(総理公邸)において
    ("日伊首脳会談\n令和9年3月2日\n3月2日、山田内閣総理大臣は、東京(総理公邸)において、ロッシ・イタリア首相と首脳会談を行いました。\n",
     "東京", "総理公邸"),
    # a venue named after its city
    ("日西首脳会談\n令和9年3月2日\n3月2日、山田内閣総理大臣は、オスロ・コンベンションセンターにおいて、ガルシア・スペイン首相と首脳会談を行いました。\n",
     "オスロ", "オスロ・コンベンションセンター"),
    # a country alone gives no city
    ("日仏首脳会談\n令和9年3月2日\n3月2日、山田内閣総理大臣は、フランスにおいて、デュポン・フランス大統領と首脳会談を行いました。\n",
     None, None),
    # the city's clock: (北京時間)
    ("日露首脳会談\n令和9年3月2日\n3月2日午後2時(北京時間)から約30分間、山田内閣総理大臣は、イワノフ・ロシア大統領と首脳会談を行いました。\n",
     "北京", None),
    # a nearby sentence's 雰囲気の中で行われた is no place
    ("日独外相会談\n令和9年3月2日\n3月2日、山田外務大臣は、シュミット・ドイツ外務大臣と外相会談を行いました。会談は和やかな雰囲気の中で行われました。\n",
     None, None),
    # an abstract kanji noun before においても (経済面, 政治面) is no place
    ("日英首脳会談\n令和9年3月2日\n3月2日、山田内閣総理大臣は、スミス英国首相と首脳会談を行った。\n(1)首相より、今後は経済面においても協力したい旨述べた。\n",
     None, None),
    # a room named in quotes: 「…」の間 keeps its の; the palace's city is not named
    ("日チリ首脳会談\n令和9年3月2日\n山田内閣総理大臣は、現地時間午後5時から約40分間、チリ大統領府「アンデス」の間にて、ロペス大統領と会談しました。\n",
     None, "チリ大統領府「アンデス」の間"),
    # COUNTRY・KATAKANA において (unknown city, no building word): the city
    ("日エストニア外相会談\n令和9年3月2日\n3月2日、山田外務大臣は、エストニア・パルヌセンにおいて、タム外務大臣と外相会談を行いました。\n",
     "パルヌセン", None),
    # an earlier visit recalled (…のCITY訪問の際の会談に続き) is not the place of this talk
    ("日独外相会談\n令和9年3月2日\n3月2日、山田外務大臣は、シュミット外務大臣と外相会談を行いました(昨年5月の山田大臣のミュンヘン訪問の際の会談に続くもの)。\n",
     None, None),
    # a katakana building visited (…パークを訪れ) is no city
    ("日豪首脳会談\n令和9年3月2日\n3月2日、オリンピック・パークを訪れた山田内閣総理大臣は、スミス首相と首脳会談を行いました。\n",
     None, None),
    # CITYを公式訪問中 (the kind of visit between を and 訪問)
    ("日印首脳会談\n令和9年3月2日\n3月2日、ムンバイを公式訪問中の山田内閣総理大臣は、シン首相と首脳会談を行いました。\n",
     "ムンバイ", None),
    # 訪問先のCITYで
    ("日独外相会談\n令和9年3月2日\n3月2日、山田外務大臣は、訪問先のミュンヘンで、シュミット外務大臣と外相会談を行いました。\n",
     "ミュンヘン", None),
    # CITY出張中の (no particle): the side is in that city
    ("日中外相会談\n令和9年3月2日\n会議に出席するため中国・上海出張中の山田外務大臣は,3月2日,李外交部長との間で外相会談を行った。\n",
     "上海", None),
    # a katakana place visited (を訪問中) that is no country nor building: a city the gazetteer may lack
    ("日伊外相会談\n令和9年3月2日\n3月2日,会議出席のためザルツェンブルクを訪問中の山田外務大臣は,ロッシ外務大臣と外相会談を行いました。\n",
     "ザルツェンブルク", None),
    # COUNTRYのKATAKANA において with no building word: the city, not a venue
    ("第一回日北協力対話の開催\n令和9年3月2日\n本2日、ノルウェーのトロムセンにおいて、第一回日北協力対話が開催されました。\n",
     "トロムセン", None),
    # 大臣のCITY訪問を機会に, anywhere in the record: the city of the talk
    ("日・UAE外相会談\n令和9年3月2日\n本2日,UAEを訪問中の山田外務大臣は,アブドラ外相と会談した。\n1 アブドラ外相から,山田大臣のドバイ訪問を機会に関係を強化したい旨発言があった。\n",
     "ドバイ", None),
    # PREFECTURE+CITY市 において: the municipality is the city, not a venue
    ("日韓首脳会談\n令和9年3月2日\n3月2日、長崎県雲仙市において、山田内閣総理大臣と金大統領との間で首脳会談が行われた。\n",
     "雲仙", None),
    # COUNTRY(CITY)訪問中の: the city in brackets
    ("日中首脳会談\n令和9年3月2日\n2日、会議出席のためタイ(バンコク)訪問中の山田内閣総理大臣は、李国家主席と首脳会談を行った。\n",
     "バンコク", None),
    # 訪問中の CITY・COUNTRY において: the city, no venue
    ("日比首脳会談\n令和9年3月2日\n本2日、山田内閣総理大臣は、訪問中のセブ・フィリピンにおいて、サントス大統領と会談を行った。\n",
     "セブ", None),
    # PERSONを官邸に表敬 with a foreign local time: the other side's 官邸, no city
    ("山田外務大臣のヤンセン・オランダ首相表敬\n令和9年3月2日\n2日、山田外務大臣はヤンセン・オランダ首相を官邸に表敬し、"
     "午前10時(オランダ現地時間)から約20分間、懇談を行った。\n", None, "官邸"),
    # a foreign leader called on at 官邸 (COUNTRY首相を首相官邸に表敬): that leader's building, no Tokyo
    ("日豪首脳会談\n令和9年3月2日\n3月2日、山田内閣総理大臣は、スミス・オーストラリア首相を首相官邸に表敬した。\n", None, "首相官邸"),
    # the Japanese PM called on at 官邸 by a visitor: Tokyo
    ("日豪首脳会談\n令和9年3月2日\n3月2日、訪日中のスミス・オーストラリア首相は、山田内閣総理大臣を官邸に表敬した。\n", "東京", "官邸"),
    # CITY市内にあるVENUE内で: で after 内 of a building is a place; the city it is in (…にある) before it
    ("日秘首脳会談\n令和9年3月2日\n3月2日、山田内閣総理大臣は、リマ市内にある国立文化センター内で、ロペス大統領と首脳会談を行いました。\n",
     "リマ", "国立文化センター"),
    # で after a plain noun (雰囲気の中で) stays no place
    ("日秘首脳会談\n令和9年3月2日\n3月2日、山田内閣総理大臣は、和やかな雰囲気の中で、ロペス大統領と首脳会談を行いました。\n", None, None),
    # VENUE(CITY) において: the venue, and its city in brackets (not the city as venue)
    ("日米首脳会談\n令和9年9月2日\n9月2日、山田内閣総理大臣は、国連本部(ニューヨーク)において、スミス大統領と首脳会談を行いました。\n",
     "ニューヨーク", "国連本部"),
    # 都内のVENUE: 都内 names Tokyo (an alias row)
    ("日米首脳会談\n令和9年9月2日\n9月2日、山田内閣総理大臣は、都内のホテルにおいて、スミス大統領と首脳会談を行いました。\n",
     "東京", "ホテル"),
    # 東京都内において: Tokyo, not 東京都
    ("日米首脳会談\n令和9年9月2日\n9月2日、山田内閣総理大臣は、東京都内において、スミス大統領と首脳会談を行いました。\n",
     "東京", None),
    # CITY郊外のVENUE において: the city before the venue
    ("日西首脳会談\n令和9年10月16日\n10月16日、スペインを訪問中の山田内閣総理大臣は、マドリード郊外のモンクロア宮殿において、"
     "ガルシア首相と首脳会談を行いました。\n", "マドリード", "モンクロア宮殿"),
    # VENUE内のROOM において: a room in a named building, the venue as written
    ("日南ア首脳会談\n令和9年7月7日\n7月7日、山田総理は、ニセコホテル内の首脳会談会場において、ムベキ大統領と首脳会談を行った。\n",
     None, "ニセコホテル内の首脳会談会場"),
    # the building's word inside its name (ホテル洞爺内の…会場); a city's 都内の is no building (東京都内のホテル: city and hotel)
    ("日南ア首脳会談\n令和9年7月7日\n7月7日、山田総理は、ニセコホテル羊蹄内の会談会場において、ムベキ大統領と首脳会談を行った。\n",
     None, "ニセコホテル羊蹄内の会談会場"),
    ("日南ア首脳会談\n令和9年7月7日\n7月7日、山田総理は、東京都内のホテルにおいて、ムベキ大統領と首脳会談を行った。\n",
     "東京", "ホテル"),
    # 政府部内で: "within the government", no building (a talk in Tokyo named by its 官邸 stays)
    ("日馬首脳会談\n令和9年3月2日\n3月2日、山田内閣総理大臣は、官邸において、アズマン・マレーシア首相と首脳会談を行いました。\n"
     "アズマン首相は、政府部内で協定の文書を準備している旨述べた。\n", "東京", "官邸"),
    ("日馬首脳会談\n令和9年3月2日\nアズマン首相は、政府部内で協定の文書を準備している旨述べ、山田総理と首脳会談を行った。\n",
     None, None),
    # 外務省 bare: the ministry's own, in Tokyo, with Japan's side at home; abroad (a visit, a stay, a local clock) the host's
    ("日豪外相会談\n令和9年3月2日\n3月2日、山田外務大臣は、外務省において、スミス・オーストラリア外務大臣と外相会談を行いました。\n",
     "東京", "外務省"),
    ("日豪外相会談\n令和9年3月2日\n3月2日、豪州を訪問中の山田外務大臣は、外務省において、スミス・オーストラリア外務大臣と外相会談を行いました。\n",
     None, "外務省"),
    ("日豪外相会談\n令和9年3月2日\n3月2日、豪州に滞在中の山田外務大臣は、外務省において、スミス・オーストラリア外務大臣と外相会談を行いました。\n",
     None, "外務省"),
    ("日豪外相会談\n令和9年3月2日\n3月2日、豪州に出張中の山田外務副大臣は、外務省において、スミス・オーストラリア外務副大臣と会談を行いました。\n",
     None, "外務省"),
    ("日豪外相会談\n令和9年3月2日\n現地時間3月2日午前10時から、山田外務大臣は、外務省において、スミス・オーストラリア外務大臣と外相会談を行いました。\n",
     None, "外務省"),
    # a Tokyo-named venue (首相官邸) in the sentence of a visit to a foreign city: that city's, not Tokyo
    ("日加首脳会談\n令和9年3月2日\n3月2日、オタワを訪問中の山田内閣総理大臣は、首相官邸において、スミス・カナダ首相と首脳会談を行いました。\n",
     "オタワ", "首相官邸"),
    # (於:VENUE) closing the talk's sentence: the venue (a building), its city the capital of the ministry's country
    ("日比外相会談\n令和9年3月2日\n3月2日、マニラを訪問中の山田外務大臣は、サントス外務大臣と外相会談を行いました(於:フィリピン外務省)。\n",
     "マニラ", "フィリピン外務省"),
    # the heading's (於:VENUE), the body naming none: the venue, and the city of its row (京都迎賓館, the longest row)
    ("日・NZ首脳会談(於:京都迎賓館)\n令和9年3月2日\n3月2日、山田内閣総理大臣は、来日中のハリス・ニュージーランド首相と首脳会談を行いました。\n",
     "京都", "京都迎賓館"),
    # a city in brackets closing the heading, the body naming only the country: the city (a bracket naming no city: none)
    ("日・ラトビア外相会談(リガ)\n令和9年3月2日\n3月2日、ラトビアを訪問中の山田外務大臣は、ペトロフ外務大臣と外相会談を行いました。\n",
     "リガ", None),
    ("日・ラトビア外相会談(速報)\n令和9年3月2日\n3月2日、ラトビアを訪問中の山田外務大臣は、ペトロフ外務大臣と外相会談を行いました。\n",
     None, None),
    # the heading's (於:CITY) is no venue
    ("日・NZ首脳会談(於:京都)\n令和9年3月2日\n3月2日、山田内閣総理大臣は、来日中のハリス・ニュージーランド首相と首脳会談を行いました。\n",
     "京都", None),
]


# a visit's programme (主要日程): arrival and departure marks give the city of the talk's item
ITINERARY = [
    # the last arrival (X着) before the talk's item on the programme
    ("金大統領の訪日\n令和9年9月24日\n1.主要日程\n9月22日(金) 午前 東京着 午後 経済人との懇談会\n"
     "9月23日(土) 午前 熱海着 午後 日韓首脳会談\n9月24日(日) 午前 熱海発\n2.首脳会談\n23日、山田総理は金大統領と首脳会談を行った。\n", "熱海"),
    # no arrival before it: the city the programme next leaves (東京発京都へ)
    ("リー首相の訪日\n令和9年12月17日\n1.日程\n12日 午前 佐藤経済産業大臣による表敬\n  午後 山田総理との首脳会談\n"
     "13日 午前 東京発京都へ\n2.概要\n12日、山田総理はリー首相と首脳会談を行った。\n", "東京"),
    # 発表 after a city is no departure mark
    ("日韓首脳会談\n令和9年3月2日\n3月2日、山田総理は金大統領と首脳会談を行い、ソウル発表の共同声明に言及した。\n", None),
]


@pytest.mark.parametrize("text,city", ITINERARY)
def test_itinerary_city(text, city):
    assert _event(text)["city"] == city


@pytest.mark.parametrize("text,city,venue", PAGES)
def test_page_place(text, city, venue):
    ev = _event(text)
    assert ev["city"] == city
    assert ev["venue"] == venue


# whole pages: the occasion as written (第N回 kept), from a quoted name or a gathering before its cue
OCCASION_PAGES = [
    ("日伊外相会談\n令和9年3月2日\n3月2日,「第3回北海対話」の際に,山田外務大臣は,ロッシ外務大臣と外相会談を行いました。\n",
     "第3回北海対話"),  # the quoted name, its ordinal kept
    ("日英外相会談\n令和9年3月2日\n3月2日,第5回南洋開発会議に出席するため訪問中の山田外務大臣は,スミス外務大臣と外相会談を行いました。\n",
     "第5回南洋開発会議"),  # the ordinal is part of the name as written
    ("日独外相会談\n令和9年3月2日\n3月2日,山田外務大臣は,シュミット外務大臣と外相会談を行いました。\n", None),  # no gathering
]


@pytest.mark.parametrize("text,occasion", OCCASION_PAGES)
def test_page_occasion(text, occasion):
    assert _event(text)["occasion"] == occasion


# --- the places lexicon (gaiko/extract/lexicon/places.py), row by row, through whole pages --------------------------
HEAD = "日・ラトビア外相会談\n令和9年3月2日\n"
TALK = "3月2日、山田外務大臣は、ペトロフ外務大臣と外相会談を行いました。\n"

# (a sentence that puts the side in a city, the talk's city and the row that decided it)
VISITS = [
    ("3月2日、リガを訪れた山田外務大臣は、ペトロフ外務大臣と外相会談を行いました。\n", "places.visit.wo_otozure"),
    ("3月2日、リガに滞在中の山田外務大臣は、ペトロフ外務大臣と外相会談を行いました。\n", "places.visit.ni_taizaichu"),
    ("3月2日、リガに移動した山田外務大臣は、ペトロフ外務大臣と外相会談を行いました。\n", "places.visit.ni_ido"),
    ("山田外務大臣は、1日にリガに到着し、翌日、ペトロフ外務大臣と外相会談を行いました。\n", "places.visit.ni_touchaku"),
    ("3月2日、ラトビアを訪問中の山田外務大臣は、リガ到着後、国際空港にて、ペトロフ外務大臣と外相会談を行いました。\n",
     "places.visit.touchakugo"),
    ("3月2日、リガへ派遣された山田特使は、ペトロフ外務大臣と会談を行いました。\n", "places.visit.e_haken"),
    ("3月2日、リガに派遣された山田特使は、ペトロフ外務大臣と会談を行いました。\n", "places.visit.ni_haken"),
    ("3月2日、リガに出張中の山田外務大臣は、ペトロフ外務大臣と外相会談を行いました。\n", "places.visit.ni_shutchochu"),
    ("3月2日、リガへ出張中の山田外務大臣は、ペトロフ外務大臣と外相会談を行いました。\n", "places.visit.e_shutchochu"),
    ("3月2日、リガを公式訪問中の山田外務大臣は、ペトロフ外務大臣と外相会談を行いました。\n", "places.visit.wo_homon"),
    ("3月2日、リガ滞在中の山田外務大臣は、ペトロフ外務大臣と外相会談を行いました。\n", "places.visit_suffix.taizaichu"),
    ("3月2日、リガ訪問中の山田外務大臣は、ペトロフ外務大臣と外相会談を行いました。\n", "places.visit_suffix.homonchu"),
    ("3月2日、リガ出張中の山田外務大臣は、ペトロフ外務大臣と外相会談を行いました。\n", "places.visit_suffix.shutchochu"),
    # a sentence before the talk: 訪問中の / 滞在中の / 訪問先の / 滞在先の / 出張先の CITY, then a particle
    ("山田外務大臣は、訪問中のリガにおいて記者団の取材に応じた。\n" + TALK, "places.visit_at.homonchu"),
    ("山田外務大臣は、滞在中のリガにて記者団の取材に応じた。\n" + TALK, "places.visit_at.taizaichu"),
    ("山田外務大臣は、訪問先のリガで記者団の取材に応じた。\n" + TALK, "places.visit_at.homonsaki"),
    ("山田外務大臣は、滞在先のリガを出発する前に記者団の取材に応じた。\n" + TALK, "places.visit_at.taizaisaki"),
    ("山田外務大臣は、出張先のリガに到着した。\n" + TALK, "places.visit_at.shutchosaki"),
    # 大臣のCITY訪問中に / 訪問の機会に (anywhere in the record)
    ("3月2日、山田外務大臣のリガ訪問中に、ペトロフ外務大臣と外相会談を行いました。\n", "places.visit_occasion.chu"),
    (TALK + "1 ペトロフ外務大臣より、山田大臣のリガ訪問の機会に関係を強化したい旨発言があった。\n", "places.visit_occasion.no_kikai"),
    # a city's clock, and 於 before a place
    ("3月2日午後2時(リガ時間)から、山田外務大臣は、ペトロフ外務大臣と外相会談を行いました。\n", "places.clock.jikan"),
    ("3月2日午後(於:リガ)、山田外務大臣は、ペトロフ外務大臣と外相会談を行いました。\n", "places.cue.o"),
]


@pytest.mark.parametrize("text,rule", VISITS)
def test_visit_cue(text, rule):
    ev = run_extractors(HEAD + text).events[0]
    assert (ev.city, ev.rules.get("city")) == ("リガ", rule)


# a country visited, whose name begins with another country's (インドネシア, ドミニカ共和国 after ドミニカ, ニジェール
# before ナイジェリア's ニジェ…): no city, not the rest after the shorter country
COUNTRY_VISITED = ["インドネシア", "ギニアビサウ", "パプアニューギニア", "ドミニカ共和国", "オーストリア"]


# a city whose name begins with a country's (マリ, チャド): the whole name, not the rest after that country
@pytest.mark.parametrize("city", ["マリウポリ", "チャドウィック"])
def test_a_city_beginning_with_a_country_is_kept_whole(city):
    assert places.visit_city(f"大臣は{city}を訪問し、", 0, len(city) + 7)[0] == city


@pytest.mark.parametrize("country", COUNTRY_VISITED)
def test_a_country_visited_is_no_city(country):
    ev = run_extractors(HEAD + f"3月2日、{country}を訪問中の山田外務大臣は、ペトロフ外務大臣と外相会談を行いました。\n").events[0]
    assert ev.city is None, ev.city


def _at(place: str) -> str:
    return HEAD + "3月2日、山田外務大臣は、" + place + "において、ペトロフ外務大臣と外相会談を行いました。\n"


# (a named venue, its city): the venue's row decides the city
VENUES = [
    ("飯倉公館", "東京"), ("総理大臣官邸", "東京"), ("総理官邸", "東京"), ("総理公邸", "東京"), ("総理大臣公邸", "東京"),
    ("首相公邸", "東京"), ("迎賓館", "東京"), ("赤坂迎賓館", "東京"), ("迎賓館赤坂離宮", "東京"), ("クレムリン", "モスクワ"),
    ("ホワイトハウス", "ワシントンDC"), ("エリゼ宮", "パリ"), ("釣魚台国賓館", "北京"), ("人民大会堂", "北京"), ("国務省", "ワシントンDC"),
    ("防衛省", "東京"), ("農林水産省", "東京"), ("経済産業省", "東京"),  # Japan's ministries, by names no other country's bears
]


@pytest.mark.parametrize("venue,city", VENUES)
def test_venue_city(venue, city):
    ev = run_extractors(_at(venue)).events[0]
    assert (ev.venue, ev.city, ev.rules.get("city")) == (venue, city, places.lx.VENUES.which(venue).id if city else None)


# a venue named after 於 (no building word): the venue (the cue's row deciding), its city its row's
def _after_o(venue: str) -> str:
    return HEAD + "3月2日午後(於:" + venue + ")、山田外務大臣は、ペトロフ外務大臣と外相会談を行いました。\n"


@pytest.mark.parametrize("venue,city", [("国会", "東京"), ("青瓦台", "ソウル")])
def test_venue_after_o(venue, city):
    ev = run_extractors(_after_o(venue)).events[0]
    assert (ev.venue, ev.city, ev.rules.get("venue")) == (venue, city, "places.cue.o")
    assert ev.rules.get("city") == places.lx.VENUES.which(venue).id


# a building word at the end of a place phrase: a venue, not a city
FACILITIES = ["ベルビュー宮", "国立美術館", "首相私邸", "ブレア・ハウス", "国防省", "国際会議場", "大使公館", "大統領府", "司令部", "上院",
              "国会議事堂", "国連ビル", "外務省別館", "日本青年会館", "コンサートホール", "外国特派員クラブ", "宿舎", "ラトビア大学",
              "国際空港", "海軍基地", "オリンピック・パーク", "国立スタジアム", "テレビ・タワー", "フェリー・ターミナル", "ローズ・ガーデン", "ホテル・プラザ",
              "国立アリーナ", "VIPラウンジ", "ルーズベルト・ルーム",
              "空港貴賓室", "大統領執務室"]


@pytest.mark.parametrize("venue", FACILITIES)
def test_facility(venue):
    ev = run_extractors(_at(venue)).events[0]
    assert (ev.venue, ev.city) == (venue, None)


# a building named after its city keeps the city: 長崎県庁 (庁), リガ城 (城)
@pytest.mark.parametrize("venue,city", [("長崎県庁", "長崎"), ("リガ城", "リガ")])
def test_facility_in_city(venue, city):
    ev = run_extractors(_at(venue)).events[0]
    assert (ev.venue, ev.city) == (venue, city)


# how a place phrase writes a city
CITY_FORMS = [
    ("シンガポール", "シンガポール"), ("ルクセンブルク", "ルクセンブルク"), ("香港", "香港"), ("マカオ", "マカオ"),
    ("バチカン", "バチカン"),  # a city written like its country
    ("ナイジェリアの首都アブジャ", "アブジャ"),  # 首都 before the name
    ("ソウル市", "ソウル"),  # 市 after it
    ("米国ジョージア州シーアイランド", "シーアイランド"),  # a state, then a katakana place the gazetteer lacks
    ("フランス・ブルターニュ地方レンヌ", "レンヌ"),  # a region
    ("セブ島", "セブ"),  # an island named by its city
    ("京都府宇治市", "宇治"), ("東京都町田市", "町田"), ("北海道函館市", "函館"),  # a prefecture, then a municipality
    ("北海道倶知安町", "倶知安"), ("京都府南山城村", "南山城"),  # 町/村 after a prefecture
    ("G20リオデジャネイロ・サミットの会場", "リオデジャネイロ"),  # the venue of a gathering named after its city
    ("ASEAN関連首脳会議の会場", None),  # … named after no city
]


@pytest.mark.parametrize("place,city", CITY_FORMS)
def test_city_form(place, city):
    assert run_extractors(_at(place)).events[0].city == city


# モナコ is a city-state CLDR files under its country only: a row of mofa_cities.tsv makes it the city (no venue)
def test_city_state_from_the_ministrys_gazetteer():
    ev = run_extractors(_at("モナコ")).events[0]
    assert (ev.city, ev.venue) == ("モナコ", None)


# 各 / 両 / 大都 / 諸 / 近隣 / 地方 open no municipality's name (各都市 is not the city 各都)
NOT_MUNICIPALITIES = ["各都市", "両都市", "大都市", "諸都市", "近隣市", "地方都市"]


@pytest.mark.parametrize("place", NOT_MUNICIPALITIES)
def test_not_municipality(place):
    assert run_extractors(_at(place)).events[0].city != place[:-1].removesuffix("都")
    assert places.municipality(place) is None


# an abstract kanji noun before において (an aspect, a side, a time): no place at all
ABSTRACTS = ["経済面", "この観点", "国際法上", "長期的", "重要性", "経済分野", "日本側", "両国間", "現場", "状況下", "会期中", "国内",
             "国外", "実際"]


@pytest.mark.parametrize("phrase", ABSTRACTS)
def test_abstract_no_place(phrase):
    ev = run_extractors(_at(phrase)).events[0]
    assert (ev.city, ev.venue) == (None, None)


# a body's 内 (within the government, the party, the cabinet) is no building
BODIES = ["政府内", "与党内", "内閣内", "連立閣内"]


def _body_page(body: str) -> str:
    return HEAD + "アズマン首相は、" + body + "で協定の文書を準備している旨述べ、山田総理と首脳会談を行った。\n"


@pytest.mark.parametrize("body", BODIES)
def test_body_inside(body):
    ev = run_extractors(_body_page(body)).events[0]
    assert (ev.city, ev.venue) == (None, None)


# (the lead's gathering and cue, the occasion as written)
GATHERING_PAGES = [
    ("リガ・サミットの際、", "リガ・サミット"),
    ("国連総会ハイレベルウィーク出席のため訪問中の", "国連総会ハイレベルウィーク"),  # the session's high-level week
    ("人権理事会ハイレベル・セグメントに出席するため訪問中の", "人権理事会ハイレベル・セグメント"),
    ("第12回バルト理事会出席のため訪問中の", "第12回バルト理事会"),  # a council's session (理事会)
    ("バルト首脳会議の機会に、", "バルト首脳会議"),
    ("バルト首脳会合に際し、", "バルト首脳会合"),
    ("バルト外相会合への出席のため訪問中の", "バルト外相会合"),
    ("バルト外相会議に参加するため訪問中の", "バルト外相会議"),
    ("EU外相理事会への参加のため訪問中の", "EU外相理事会"),
    ("バルト閣僚会合参加のため訪問中の", "バルト閣僚会合"),
    ("バルト閣僚会議に合わせ、", "バルト閣僚会議"),
    ("OECD閣僚理事会のため訪問中の", "OECD閣僚理事会"),
    ("バルト海大臣会合に日本の代表として出席するため訪問中の", "バルト海大臣会合"),
    ("独立記念式典に出席するため訪問中の", "独立記念式典"),
    ("バルト海国際会議に出席するため訪問中の", "バルト海国際会議"),
    ("バルト協力会合に出席するため訪問中の", "バルト協力会合"),
    ("東アジア首脳会議に出席するため訪問中の", "東アジア首脳会議"),
    ("APEC首脳会議に出席するため訪問中の", "APEC首脳会議"),
    ("ASEAN関連外相会議に出席するため訪問中の", "ASEAN関連外相会議"),
    ("G7外相会合に出席するため訪問中の", "G7外相会合"),
    ("TICAD8参加のため訪問中の", "TICAD8"),  # the conference by its abbreviation and round
    ("即位礼正殿の儀参列のため訪問中の", "即位礼正殿の儀"),  # a ceremony attended (参列)
    ("独立記念式典に参列するため訪問中の", "独立記念式典"),
]


def _gathering_page(lead: str) -> str:
    return HEAD + "3月2日、" + lead + "山田外務大臣は、ペトロフ外務大臣と外相会談を行いました。\n"


@pytest.mark.parametrize("lead,occasion", GATHERING_PAGES)
def test_gathering_occasion(lead, occasion):
    assert run_extractors(_gathering_page(lead)).events[0].occasion == occasion


# (a gathering named after a town the gazetteer lacks, the city): the name before サミット/APEC/G20/G7/首脳会議
OCCASION_CITIES = [
    ("名護APECに出席するため訪問中の", "名護"), ("名護G20に出席するため訪問中の", "名護"), ("名護G7に出席するため訪問中の", "名護"),
    ("名護首脳会議に出席するため訪問中の", "名護"), ("名護・サミットに出席するため訪問中の", "名護"),
    ("G7名護サミットに出席するため訪問中の", "名護"),  # a group before the town
    ("北海道名護サミットに出席するため訪問中の", "名護"), ("沖縄名護サミットに出席するため訪問中の", "名護"),  # a region before it
    # a name of no town: 国連, 核, 安全保障, 首脳, 外相, 関連, セキュリティ
    ("国連海洋サミットに出席するため訪問中の", None), ("核セキュリティ・サミットに出席するため訪問中の", None),
    ("海洋安全保障サミットに出席するため訪問中の", None), ("海洋首脳サミットに出席するため訪問中の", None),
    ("海洋外相サミットに出席するため訪問中の", None), ("アセアン関連首脳会議に出席するため訪問中の", None),
    ("サイバーセキュリティ・サミットに出席するため訪問中の", None),
]


@pytest.mark.parametrize("lead,city", OCCASION_CITIES)
def test_occasion_city(lead, city):
    assert run_extractors(_gathering_page(lead)).events[0].city == city


# a chronology entry's bracketed name with a city that names a document: the occasion, no city of the talk
DOCUMENTS = ("日・ラトビア関係年表\n1991年10月 日・ラトビア首脳会談(リガ宣言)\n1992年5月 日・ラトビア首脳会談(リガ声明)\n"
             "1993年5月 日・ラトビア外相会談(リガ合意)\n1994年5月 日・ラトビア外相会談(リガ条約)\n1995年5月 日・ラトビア外相会談(リガ議定書)\n"
             "1996年5月 日・ラトビア外相会談(リガ憲章)\n1997年5月 日・ラトビア外相会談(リガ行動計画)\n1998年5月 日・ラトビア外相会談(リガ原則)\n"
             "1999年5月 日・ラトビア外相会談(東京プロセス)\n2000年5月 日・ラトビア外相会談(東京コミュニケ)\n")


def test_document_names_no_city():
    rec = run_extractors(DOCUMENTS)
    assert [e.city for e in rec.events] == [None] * 10
    assert [e.occasion for e in rec.events][::9] == ["リガ宣言", "東京コミュニケ"]


# a page dated in Japan time (日本時間) for a talk abroad: the talk's day is the local one
JAPAN_TIME = "日米首脳会談\n令和9年3月2日 8時00分(日本時間)\n山田内閣総理大臣は、ワシントンDCにおいて、スミス大統領と首脳会談を行いました。\n"


def test_japan_time_date_line():
    ev = run_extractors(JAPAN_TIME).events[0]
    assert (ev.city, ev.date) == ("ワシントンDC", "2027-03-01")


def case_texts() -> list[str]:
    texts = [t for t, *_ in PAGES + ITINERARY + OCCASION_PAGES]
    texts += [HEAD + t for t, _ in VISITS] + [_at(v) for v, _ in VENUES + CITY_FORMS] + [_at(v) for v in FACILITIES]
    texts += [_after_o(v) for v in ("国会", "青瓦台")] + [_body_page(b) for b in BODIES]
    texts += [_at(v) for v in ["長崎県庁", "リガ城", "モナコ"] + NOT_MUNICIPALITIES + ABSTRACTS]
    texts += [_gathering_page(lead) for lead, _ in GATHERING_PAGES + OCCASION_CITIES] + [DOCUMENTS, JAPAN_TIME]
    return texts
