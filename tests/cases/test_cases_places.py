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
]


@pytest.mark.parametrize("text,expected", CITY_NAME)
def test_city_name(text, expected):
    assert places.city_name(text) == expected


# city_from_occasion
OCCASION_CITY = [
    ("G20アンタルヤ・サミット", "アンタルヤ"),  # the summit's place in its name
    ("ボアオ・アジア・フォーラム", "ボアオ"),  # a forum named after its town (lexicon row)
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
