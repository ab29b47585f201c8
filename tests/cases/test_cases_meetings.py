"""Cases for the meetings family: talk detection, kind, channel, date and times (texts written for these tests,
in the ministry's style; names and dates invented)."""

import pytest

from gaiko.extract import dates, lexicon
from gaiko.pipeline import extract_text


def _events(text: str) -> list[dict]:
    return extract_text(text).to_line()["record"].get("events") or []


def _one(text: str) -> dict:
    evs = _events(text)
    assert len(evs) == 1, evs
    return evs[0]


# fmt: off
# lengths of time: (text, minutes) / (text, None)
DURATIONS = [
    ("約1時15分間", 75),          # a length written with 時 and closed by 間 is a length, not a clock time
    ("約4時間弱", 240),           # 弱/強/程度 leave the value as written
    ("30分強", 30),               # 強 marks a bare N分 as a length
    ("20分程度の懇談", 20),
    ("1時間余り", 60),
    ("14時25分から", None),       # a clock time is no length
]
# clock times: (text, [HH:MM ...])
TIMES = [
    ("午前10時05分頃から約1時15分間", ["10:05"]),   # the length is not an end time
    ("午後19時53分", ["19:53"]),                    # 午後 with a 24-hour figure
    ("午後3時40分過ぎから", ["15:40"]),
    ("午後7時15から約40分間", ["19:15"]),           # minutes written without 分 before から are still minutes
    ("午前9時30より", ["09:30"]),
]
# (lead sentence, {field: expected})
LEADS = [
    # Japan time in a parenthesis that holds a parenthesis of its own (the weekday)
    ("日・パラオ首脳会談\n\n10月9日(水曜日),15時(日本時間9日(水曜日)午後16時)頃から約30分間,山田内閣総理大臣は,"
     "訪問中のカルタゴにおいて,レメンゲサウ・パラオ共和国大統領との間で首脳会談を行いました。",
     {"start_local": "15:00", "start_jst": "16:00", "duration_min": 30}),
    # Japan time first, local time in a parenthesis
    ("日米外相会談\n\n日本時間18日午前1時40分頃(現地時間17日午前11時40分頃)から約35分間,山田外務大臣は,"
     "スミス米国国務長官と日米外相会談を行いました。",
     {"start_local": "11:40", "start_jst": "01:40", "duration_min": 35}),
    # only Japan time printed for a talk abroad: no local time, the length from the Japan-time range
    ("日中首脳会談\n\n12日、山田内閣総理大臣は、日本時間18時30分から19時20分まで、李総理との間で会談を行った。",
     {"start_local": None, "start_jst": "18:30", "duration_min": 50}),
    # a visitor in Japan (訪日中の): the one clock time is Japan time too
    ("日・タイ首脳会談\n\n令和3年5月26日\n\n5月26日、午後6時から約40分間、山田内閣総理大臣は、訪日中のソムチャイ・タイ王国首相と"
     "首脳会談を実施しました。",
     {"start_local": "18:00", "start_jst": "18:00", "duration_min": 40}),
    # ambassadors to Japan (駐日…大使) met in Japan: the one clock time is Japan time too
    ("山田外務大臣と駐日大使の意見交換\n\n令和4年3月9日\n\n3月7日午後4時から約1時間、山田一郎外務大臣は、"
     "ハンス・ベルグ駐日ノルウェー王国大使と会談を行いました。",
     {"start_local": "16:00", "start_jst": "16:00"}),
    # Japan welcoming the visitor's visit (…の訪日を歓迎) places the talk in Japan
    ("日・チリ首脳会談\n\n令和4年3月9日\n\n3月9日、午後5時から約45分間、山田内閣総理大臣は、ロペス・チリ共和国大統領と"
     "首脳会談を行いました。\n1 冒頭、山田総理大臣から、ロペス大統領の初めての訪日を歓迎しました。",
     {"start_local": "17:00", "start_jst": "17:00"}),
    # … or thanking the guest for coming (本年2度目となる訪日を感謝): in Japan too
    ("日・チリ首脳会談\n\n令和4年3月9日\n\n3月9日、午後5時から午後5時20分まで、山田内閣総理大臣は、ロペス・チリ共和国大統領と"
     "首脳会談を行いました。\n1 山田総理大臣から、本年2度目となる訪日を感謝すると共に、協力の強化を呼びかけました。",
     {"start_local": "17:00", "start_jst": "17:00", "duration_min": 20}),
    # より…まで is a range
    ("日ペルー首脳会談\n\n平成22年9月1日\n\n本1日、午後6時より午後6時50分まで、山田総理は、カストロ・ペルー大統領と首脳会談を行いました。",
     {"start_local": "18:00", "end_local": "18:50", "duration_min": 50}),
    # another act in the same sentence before the talk (…昼食会に出席し、また…): the talk's own time and length
    ("日仏首脳会談\n\n令和2年3月4日\n\n3月4日、仏国訪問中の山田内閣総理大臣は、現地時間4日午前11時から約1時間、デュボア仏国首相主催の"
     "昼食会に出席し、また同日現地時間午後2時30分から約45分間、日仏首脳会談を行いました。",
     {"start_local": "14:30", "duration_min": 45}),
    # a labelled line without its colon after a roman numeral (I.日時3日10時05分~11時20分)
    ("日独首脳会談\n(概要)平成9年5月4日\nI.日時3日10時05分(日本時間17時05分)~11時20分(日本時間18時20分)\n"
     "II.概要\n両首脳は、二国間関係について意見交換を行った。",
     {"start_local": "10:05", "end_local": "11:20", "duration_min": 75}),
    # sessions listed in a parenthesis, with no total of their own: their sum
    ("日露外相会談\n\n11月24日,山田大臣とイワノフ外相との日露外相会談を実施しました(会談:約1時間半,ワーキングランチ:約1時間)。",
     {"duration_min": 150}),
    # a total given before the list stands
    ("日露首脳会談\n\n11月10日,山田総理とイワノフ大統領との間の日露首脳会談を約65分間実施しました(全体会合約50分,テタテ約15分)。",
     {"duration_min": 65}),
    # a sentence about the talk (会談は、…の形で行われた) lists its sessions; それぞれ counts the length once per session
    ("日英首脳会談\n(概要)\n平成13年3月25日\n 3月25日、ロンドンにおいて行われた日英首脳会談の概要以下の通り。\n"
     " 会談は、少人数会合(経済問題を中心に1時間20分)、全体会合及びワーキング・ランチ(それぞれ約40分)の形で行われた。",
     {"duration_min": 160}),
    # a bracket with sentence ends inside it (…外相会談(本年3回目。昼食会を含め合計約2時間。)を行った) does not cut the lead
    ("日仏外相会談\n\n平成29年5月20日\n\n 5月20日,山田外務大臣は来日したデュボア外相との間で日仏外相会談"
     "(本年3回目。昼食会を含め合計約2時間。)を行ったところ,概要は以下のとおりです。",
     {"kind": "foreign_ministers", "duration_min": 120}),
    # a session added in the lead itself (…約2時間の協議に加え、…約1時間のワーキングランチ形式で…対話が開催され); the
    # rank from the participants' sentence that follows (日本からA政務官、XからB外務次官が出席し)
    ("第一回日・北欧協力対話の開催\n平成30年9月27日\n1 本27日、オスロにおいて、午前9時00分から約2時間の協議に加え、"
     "午後0時30分から約1時間のワーキングランチ形式で、第一回日・北欧協力対話が開催されました。\n"
     "2 日本から山田一郎外務大臣政務官、ノルウェーからハンス・ベルグ外務次官が出席し、今後の協力について意見交換を行いました。",
     {"kind": "vice_ministerial", "start_local": "09:00", "duration_min": 180}),
    # a small-group session held before the anchored plenary adds its length
    ("日EU首脳協議\n\n7月17日,東京にて,17時30分から約30分間,山田内閣総理大臣は,ミシェル欧州理事会議長との間で日EU定期首脳協議を行いました。"
     "定期首脳協議に先立ち,約1時間の少人数会合が実施されました。",
     {"duration_min": 90}),
]
# fmt: on


@pytest.mark.parametrize("text,expected", DURATIONS)
def test_duration(text, expected):
    d = dates.find_duration(text)
    assert (d[0] if d else None) == expected


@pytest.mark.parametrize("text,expected", TIMES)
def test_times(text, expected):
    assert [t.hhmm for t in dates.find_times(text)] == expected


@pytest.mark.parametrize("text,expected", LEADS)
def test_lead(text, expected):
    ev = _one(text)
    for k, v in expected.items():
        assert ev.get(k) == v, (k, ev)


# fmt: off
# (page, expected kinds of its events in order)
TALKS = [
    # a visitor's programme: a talk with someone, attended (…総理との首脳会談及び総理主催夕食会に出席した), is a talk
    ("ガルシア大統領の訪日\n(概要と評価)\n平成19年12月19日\n1.日程\n(1)ガルシア大統領は、17日に山田総理との首脳会談"
     "及び総理主催夕食会に出席した。", ["summit"]),
    # a gathering attended (首脳会議に出席した) is not: only a 会談 with someone
    ("平成19年12月19日\n(1)山田総理は、17日にASEAN関連首脳会議に出席した。", []),
    # a count of the talks so far (既に4回首脳会談を行い) is no talk; the pair (両外相) gives the page's talk
    ("2005年9月26日\n(1)山田大臣より、両国首脳は既に4回首脳会談を行い、関係は緊密化している旨述べた。"
     "両外相は、協力していくことで一致した。", ["foreign_ministers"]),
    # the Nth talk (3回目の首脳会談) is the one held
    ("平成17年9月26日\n\n 26日、山田総理は、訪日中のガルシア・メキシコ大統領と3回目の首脳会談を行った。", ["summit"]),
    # an excerpt cut before its heading and lead: the pair named as subject (両首脳は…一致した) gives the talk
    ("(イ) |\n国連改革\nミュラー首相より、改革の機運は高まっている旨発言があった。両首脳は、改革を進めるべきであることで一致した。",
     ["summit"]),
    ("(1)二国間関係\nガルシア外相より、両国関係は緊密である旨述べた。両外相は、協力を進めていくことで一致した。",
     ["foreign_ministers"]),
    # no pair named: no talk
    ("(1)二国間関係\nガルシア外相より、両国関係は緊密である旨述べた。", []),
    # a talk recalled as held earlier this month (今月…外相会談が実施された) in the summary of another is no talk
    ("平成27年11月20日\n\n 20日(金曜日),山田外務副大臣は,カーン在京パキスタン大使の表敬訪問を受けました。\n"
     "1 山田副大臣から,今月,日パキスタン外相会談が実施されたことを踏まえ,関係を発展させたい旨述べました。", ["other"]),
    # the same with 先日 (the other day)
    ("平成27年11月20日\n\n 20日(金曜日),山田外務副大臣は,カーン在京パキスタン大使の表敬訪問を受けました。\n"
     "1 山田副大臣から,先日,日パキスタン外相会談が実施されたことを踏まえ,関係を発展させたい旨述べました。", ["other"]),
    # a parliamentary vice-minister (外務大臣政務官) with a foreign minister: no foreign ministers' talk
    ("平成28年9月20日\n\n 9月10日,山田外務大臣政務官は,ブラウン・カナダ外務大臣と会談を行いました。", ["other"]),
    # a call on the prime minister by a head's adviser (国王高級顧問, 首相顧問) is no summit: the title names an
    # office attached to the head, not the head
    ("令和6年2月5日\n\n 2月5日、午後3時から約20分間、山田内閣総理大臣は、訪日中のソク・カンボジア王国国王高級顧問の表敬を"
     "受けたところ、概要は以下のとおりです。", ["other"]),
    # the head himself keeps the summit rank (a prime minister's call on a king)
    ("令和6年2月5日\n\n 2月5日、午後3時から約30分間、山田内閣総理大臣は、ワチラー・タイ国王を表敬しました。", ["summit"]),
    # a stand-up talk is the talk of a page that anchors no other
    ("日加首脳立ち話\n\n令和2年5月26日\n\n5月26日,午後3時40分過ぎから約5分間,山田内閣総理大臣は,"
     "ジョン・スミス・カナダ首相と立ち話を行いました。", ["summit"]),
    # a working dinner reported as the page's talk
    ("日・インドネシア外相ワーキング・ディナー\n\n令和7年11月17日\n\n11月17日、午後7時30分から約1時間20分、山田外務大臣は、"
     "訪日中のブディ・インドネシア外務大臣との間で、ワーキング・ディナーを行いました。", ["foreign_ministers"]),
    # a dinner after the talk is not a talk of its own
    ("日ペルー首脳会談\n\n平成22年9月1日\n\n本1日、午後6時から約45分間、山田総理は、訪日中のカストロ・ペルー大統領と首脳会談を行った。"
     "なお、これに引き続いて午後8時15分頃まで、総理主催の夕食会が行われた。", ["summit"]),
    # a recalled audience beside the talk is not an event
    ("日中首脳会談\n\n平成14年4月12日\n\n12日、山田内閣総理大臣は、李総理との間で会談を行った。\n"
     "(1)山田総理より、昨年10月の訪中の際には主席とも会見し、有意義であった旨述べた。", ["summit"]),
    # a head of government who is also foreign minister talks with a foreign minister as such
    ("山田外務大臣とコーエン・イスラエル首相兼外務大臣との電話会談\n\n平成29年8月30日\n\n本30日,午後3時50分から約10分間,"
     "山田外務大臣は,コーエン・イスラエル首相兼外務大臣と電話会談を行いました。", ["foreign_ministers"]),
    # a prime minister's courtesy call on a president is a summit
    ("山田総理のブラジル訪問\n\n令和5年5月3日\n\n3日、山田内閣総理大臣は、シルバ・ブラジル大統領を表敬訪問しました。", ["summit"]),
    # a minister's courtesy call on a prime minister is not
    ("山田外務大臣のインド訪問\n\n令和5年5月3日\n\n3日、山田外務大臣は、シン・インド首相を表敬しました。", ["other"]),
    # a talk still to come (明日は…を開催し、…ことになります) is no event of the page
    ("山田外務大臣臨時会見記録\n\n【山田外務大臣】本日,16時30分から約2時間,李外交部長との間で,日中外相会談を行いました。"
     "明日は日中ハイレベル経済対話を開催し,私と李外交部長で共同議長を務めることになります。", ["foreign_ministers"]),
    # a bare 会談 in the other side's words about this talk, naming no one new, is the same talk
    ("日露首脳会談\n\n11月9日,山田総理は,イワノフ・ロシア連邦大統領と首脳会談を行った。\n"
     "(1)イワノフ大統領から,APEC首脳会議の機会に山田総理と会談し,嬉しく思う旨述べた。", ["summit"]),
    # a meeting said with 意見交換を行った as its verb, on a page that anchors no other talk
    ("山田外務副大臣と駐日北欧各国大使の意見交換\n\n令和4年3月9日\n\n3月7日午後4時から約1時間、山田一郎外務副大臣は、"
     "ハンス・ベルグ駐日ノルウェー王国大使と意見交換を行ったところ、概要は以下のとおりです。", ["other"]),
    # a prime minister's audience with a foreign king (…国王陛下を謁見した) is a summit
    ("スウェーデン王国\n\n令和4年5月2日\n\n5月2日、スウェーデンを訪問中の山田内閣総理大臣は、ストックホルムの王宮において、"
     "グスタフ国王陛下を謁見したところ、概要は以下のとおりです。", ["summit"]),
    # a title naming the people (A外務大臣とB事務総長との会談) gives no kind by their titles: a minister with an
    # organisation's officer is other
    ("山田外務大臣とスミス国際海事機関事務局長との会談\n\n令和4年5月2日\n\n5月2日、山田一郎外務大臣は、"
     "ジョン・スミス国際海事機関事務局長と会談を行いました。", ["other"]),
    # a talk spoken of as a kind of case (首脳会談が官邸で行われたとき) is no talk held; nor is a briefing on talks
    # announced with its own verb (首脳会談のブリーフを行う)
    ("報道官会見記録\n\n(問)今後は官邸で首脳会談のブリーフを行うということですか。\n"
     "(報道官)過去には、首脳会談が官邸で行われたとき、外務省の局長がブリーフしたこともあります。", []),
    # a courtesy call named after the talk in the same sentence (同首脳会談に先立ち、…表敬が行われた) is a talk of its
    # own, its length the one after the first talk's anchor; a talk after the call (…を表敬し、約50分間会談を行った)
    # is the call continued (the next row)
    ("日・チリ首脳会談\n\n令和4年3月9日\n\n9日、午後4時から約40分間、大統領府において、山田総理とロペス大統領による"
     "首脳会談が行われ、同首脳会談に先立ち、約15分間、山田総理のロペス大統領表敬が行われた。", ["summit", "summit"]),
    ("山田総理のロペス大統領表敬\n\n令和4年3月9日\n\n山田総理は、9日、大統領府においてロペス・チリ大統領を表敬し、"
     "約50分間会談を行った。", ["summit"]),
    # an audience with Japan's Emperor is no talk between the sides
    ("スミス首相の訪日\n\n令和4年5月2日\n\n5月2日、訪日中のスミス首相は、天皇陛下を謁見した。", []),
    # a talk typed with の before its verb (…首脳会談の実施したところ)
    ("日露首脳会談\n\n令和元年6月29日\n\n6月29日,山田総理とイワノフ大統領が日露首脳会談の実施したところ,概要は以下の通りです。", ["summit"]),
    # a ministerial-level dialogue (閣僚級戦略対話) held by foreign ministers is a foreign ministers' talk
    ("日・タイ外相会談\n\n令和2年1月10日\n\n1月10日,午前10時から約60分間,山田外務大臣は,訪日中のソムチャイ・タイ外務大臣との間で,"
     "日・タイ閣僚級戦略対話を行いました。", ["foreign_ministers"]),
    # the heads of the EU's institutions are heads for the rank of a talk: a lunch of the PM with them is a summit
    ("ミュラー欧州委員会委員長との昼食会\n\n令和元年9月27日\n\n9月27日,午後0時30分から約70分間,山田内閣総理大臣は,"
     "訪日中のミュラー欧州委員会委員長との間で昼食会を行いました。", ["summit"]),
    # a talk recalled with a past time word in the summary of the page's talk is no event (先々週には…が実施され)
    ("日中外相会談\n\n令和元年8月20日\n\n8月20日,山田外務大臣は,王毅外交部長との間で,日中外相会談を行った。\n"
     "(1)山田大臣から,先々週には,日中戦略対話が実施され,有意義であった旨述べた。", ["foreign_ministers"]),
    # a meeting said with its verb (…大臣と面会し、) is the talk of a page that anchors no other
    ("山田外務大臣政務官の豪州訪問\n\n令和元年9月6日\n\n9月5日,山田政務官は,シドニーにおいて,ジョン・スミス州教育大臣と面会し,"
     "人的交流の強化を確認しました。", ["other"]),
    # a page without heading whose lead sentence is taken for its title still reports its talk
    ("本2日(月曜日)午後7時から約25分間,山田内閣総理大臣とアンナ・シュミット・ドイツ首相は,先方発意により,"
     "電話会談を行ったところ,概要は以下のとおりです。\n- 冒頭,シュミット首相から発言がありました。", ["summit"]),
]
# a visit's programme: one event per talk item, each dated by its day, (kind, date, date_end)
PROGRAMME = [
    # list items under a day line: the talk reported below takes the day of its item, not the page's
    ("山田総理大臣のチリ訪問\n平成30年11月20日\n\n山田総理大臣は11月19日から20日にかけてチリを公式訪問した。\n"
     "1 主要日程\n11月19日\n- 日・チリ首脳会談\n- 歓迎晩餐会\n2 日・チリ首脳会談\n\n"
     "山田総理大臣は、現地時間午後5時から約40分間、大統領府にて、ロペス大統領と会談しました。",
     [("summit", "2018-11-19", None)]),
    # talks with, calls on and calls by named people, one per item; no day given: no date (not the page's)
    ("山田総理の訪欧\n(概要)平成11年2月20日\n1.各国における主要な行事\n"
     "(1)仏:デュボア大統領との会談、マルタン首相との会談、経済団体におけるスピーチ\n"
     "(2)独:シュミット大統領表敬、ミュラー外相による総理表敬\n2.概要\n今次訪欧を通じ、総理より各首脳に対し協力を呼びかけた。",
     [("summit", None, None), ("summit", None, None), ("summit", None, None), ("other", None, None)]),
    # a one-line programme: the leaders' breakfast the next day continues the summit; the ministers' breakfast is a
    # talk of its own; the host's dinner and the press conference are not talks
    ("李大統領の訪日\n(概要)平成13年5月13日\n主要日程\n5月12日(土) 午前 京都着 午後 日韓首脳会談\n共同記者会見\n"
     "山田総理主催夕食会5月13日(日) 午前 日韓首脳朝食会、外相朝食会 昼 東京発\nII.日韓首脳会談の概要\n"
     "両首脳は、日韓関係が良好に推移していることを確認した。",
     [("summit", "2001-05-12", "2001-05-13"), ("foreign_ministers", "2001-05-13", None)]),
    # a programme sentence (29日には、…との首脳会談及び…等が行われた) dates its talk; the next sentence's talk too
    ("ロペス・ペルー大統領の訪日(概要)\n平成24年6月30日\n(1)ロペス大統領は、6月28日から30日の日程で訪日した。\n"
     "(2)29日には、山田総理との首脳会談及び総理主催夕食会、経済委員会等が行われた。またガルシア外務大臣と川田外務大臣との外相会談も実施された。",
     [("foreign_ministers", "2012-06-29", None), ("summit", "2012-06-29", None)]),
    # a lead listing the visit's talks (…Xへの表敬、Yとの外相会談等を行いました): each a talk; the one reported below
    # keeps its own day, the other has none (the visit's span is no talk's day)
    ("山田外務大臣のタイ訪問\n\n令和2年8月12日\n 8月11日から12日にかけ、山田外務大臣はタイを訪問し、ソムチャイ首相への表敬、"
     "プラユット外務大臣との外相会談等を行いました。\n1 ソムチャイ首相への表敬(12日午前)\n"
     "(1) 山田大臣は、12日、ソムチャイ首相と会談を行いました。",
     [("other", "2020-08-12", None), ("foreign_ministers", None, None)]),
    # a talk named alone on a line with no day above it is a caption or a heading, not an item
    ("日英首脳会談\n\n令和元年6月10日\n日英首脳会談\n\n6月10日、山田総理は、スミス英国首相と首脳会談を行いました。",
     [("summit", "2019-06-10", None)]),
]
# several counterparts listed before one plain 会談: one talk with each, (kind, countries, foreign principal)
LISTED = [
    # a vice-minister with a vice-minister, a deputy PM (副首相兼外務相) and an organisation's head (no side)
    ("山田外務副大臣の欧州訪問\n令和元年12月10日\n12月9日,山田外務副大臣は,ウィーンにおいて,スロバキアのヤン・コヴァチ外務副大臣,"
     "モルドバのイオン・ルプ副首相兼外務相,アンナ・ベルガーOSCE事務総長と会談を行いました。",
     [("vice_ministerial", ["JP", "SK"], "コヴァチ"), ("other", ["JP", "MD"], "ルプ"),
      ("other", ["JP"], "ベルガー")]),
    # one more named with とも after the talk of the sentence (…との間で首脳会談を行うとともに、Y首相とも会談した)
    ("山田総理の訪露\n平成10年11月13日\n11月12日、山田総理は、ロシアを公式訪問し、イワノフ大統領との間で日露首脳会談を"
     "行うとともに、ペトロフ首相とも会談した。",
     [("summit", ["JP", "RU"], "イワノフ"), ("summit", ["JP", "RU"], "ペトロフ")]),
    # one counterpart with an attendee named after the talk stays one talk
    ("日独外相会談\n令和元年12月10日\n12月9日,山田外務大臣は,ミュラー・ドイツ外務大臣と会談を行いました。シュミット駐日大使が同席しました。",
     [("foreign_ministers", ["JP", "DE"], "ミュラー")]),
]
# (page, {field: expected}) for talks dated from around their lead
DATED = [
    # an announced talk: the day as announced, a day later than the page's in the same month
    ("第16回日・EU定期首脳協議について\n\n平成18年4月17日\n\n1. 4月24日(月曜日)、第16回日・EU定期首脳協議は、東京において開催される。",
     {"date": "2006-04-24"}),
    # a press conference announcing a working-level talk
    ("記者会見\n\n平成29年1月27日\n\n【大臣】山田外務審議官をモスクワへ派遣し,2月1日にイワノフ露外務次官との間で日露次官級協議を開催いたします。",
     {"date": "2017-02-01", "kind": "vice_ministerial"}),
    # an excerpt cut before its heading: a bare line of day and clock above the pair (両首脳は) is the talk's lead
    ("平成17年6月3日\n6月2日(木曜日)12時~13時30分、ホテル・オークラ\n(1)二国間関係\nタン首相より、関係は良好である旨述べた。"
     "両首脳は、協力を進めていくことで一致した。",
     {"date": "2005-06-02", "kind": "summit", "start_local": "12:00", "duration_min": 90}),
    # a talk held on two days (12月6日(水曜日)及び7日(木曜日)の両日、…が開催された), reported below its lead
    ("第3回日・ガーナ政策対話\n(概要と評価)\n平成18年12月14日\n 12月6日(水曜日)及び7日(木曜日)の両日、アクラにおいて、"
     "第3回日・ガーナ政策対話が開催されたところ、概要以下のとおり。\n1. 概要\n(1)両代表は、二国間関係について協議した。",
     {"date": "2006-12-06", "date_end": "2006-12-07"}),
    # the visit's span before the talk (11月11~13日、…ロシアを公式訪問し、…会談を行った) is no talk's day: none
    ("山田総理の訪露\n平成10年11月13日\n11月11~13日、山田総理は、ロシアを公式訪問し、イワノフ大統領との間で日露首脳会談を行った。",
     {"date": None, "date_end": None}),
    # a running programme: the talk takes the day of the items before it, not the day of departure
    ("平成19年4月30日\n山田総理は、4月29日午前11時過ぎ、アラブ首長国連邦に到着し、30日午後4時頃同国を出発した。"
     "山田総理は、29日午前11時過ぎから約15分程度、空港において出迎えを受けた。"
     "山田総理は、午後1時15分頃から約40分間、大統領府においてハリド大統領と会談を行った。",
     {"date": "2007-04-29", "start_local": "13:15", "duration_min": 40}),
    # no year printed, but a numbered UN General Assembly session named: session N opens in September 1945+N
    ("日・チリ外相会談\n\n9月22日10時から約20分間,第73回国連総会出席のためニューヨークを訪問中の山田外務大臣は,"
     "ガルシア・チリ外務大臣と外相会談を行いました。",
     {"date": "2018-09-22", "kind": "foreign_ministers"}),
    # neither a year nor a numbered session: the date stays unknown
    ("日・チリ外相会談\n\n9月22日10時から約20分間,国連総会出席のためニューヨークを訪問中の山田外務大臣は,"
     "ガルシア・チリ外務大臣と外相会談を行いました。",
     {"date": None}),
]
# fmt: on

# the year of a month from a numbered session (第N回国連総会 runs from September 1945+N to the next September)
SESSION_YEARS = [
    ("第71回国連総会", 9, 2016),
    ("第71回国連総会", 12, 2016),
    ("第71回国連総会", 3, 2017),   # a month before September belongs to the session's second year
    ("国連総会", 9, None),          # no number: no year
]


@pytest.mark.parametrize("text,month,expected", SESSION_YEARS)
def test_session_year(text, month, expected):
    assert dates.session_year(text, month) == expected


@pytest.mark.parametrize("text,expected", TALKS)
def test_talks(text, expected):
    assert [e["kind"] for e in _events(text)] == expected


@pytest.mark.parametrize("text,expected", DATED)
def test_dated(text, expected):
    ev = _events(text)[0]
    for k, v in expected.items():
        assert ev.get(k) == v, (k, ev)


@pytest.mark.parametrize("text,expected", PROGRAMME)
def test_programme(text, expected):
    assert [(e["kind"], e.get("date"), e.get("date_end")) for e in _events(text)] == expected


@pytest.mark.parametrize("text,expected", LISTED)
def test_listed(text, expected):
    got = [(e["kind"], e["countries"], next((p["name"] for p in e["principals"] if p["country"] != "JP"), None))
           for e in _events(text)]
    assert got == expected


# the second talk of a sentence takes the times and length after the first talk's anchor, not the first's
SECOND_IN_SENTENCE = [
    ("日・チリ首脳会談\n\n令和4年3月9日\n\n9日、午後4時から約40分間、大統領府において、山田総理とロペス大統領による"
     "首脳会談が行われ、同首脳会談に先立ち、約15分間、山田総理のロペス大統領表敬が行われた。",
     [("16:00", 40), (None, 15)]),
]


@pytest.mark.parametrize("text,expected", SECOND_IN_SENTENCE)
def test_second_in_sentence(text, expected):
    assert [(e["start_local"], e["duration_min"]) for e in _events(text)] == expected


# a talk named as held before its noun in a lead giving its summary (…にて開催された…協議の概要以下のとおり) is the
# page's talk, dated by the span before it
HELD_BEFORE = [
    ("日韓政府間協議(概要)\n\n令和4年3月12日\n\n3月8日から10日まで,韓国・釜山にて開催された日韓政府間協議の"
     "概要以下のとおり。(日本側代表:山田一郎アジア大洋州局長,韓国側代表:金正浩外交部次官補)", ("2022-03-08", "2022-03-10")),
]


@pytest.mark.parametrize("text,expected", HELD_BEFORE)
def test_held_before(text, expected):
    ev = _one(text)
    assert (ev["date"], ev["date_end"]) == expected


# the clock after the anchor in the same sentence: the talk continued after a call (…を表敬し、午前9時30分(…現地時間)
# から約20分間、懇談を行った; local time marked, so no Japan time), or its times in a bracket after the lead; not the
# clock of a later act (…会談を行い、その後、午後7時から夕食会)
AFTER_ANCHOR = [
    ("日蘭懇談\n\n令和4年3月12日\n\n 12日、山田外務大臣はデ・フリース・オランダ首相を官邸に表敬し、午前10時15分(オランダ現地時間)から"
     "約25分間、懇談を行ったところ、概要以下のとおりです。", {"start_local": "10:15", "start_jst": None, "duration_min": 25}),
    ("日加首脳会談\n\n令和4年3月12日\n\n 3月12日,カナダを訪問中の山田内閣総理大臣は,スミス・カナダ首相と日加首脳会談を行ったところ,"
     "概要は以下のとおりです(午前10時5分頃から約40分間)。", {"start_local": "10:05", "duration_min": 40}),
    ("日加首脳会談\n\n令和4年3月12日\n\n 3月12日,山田内閣総理大臣は,スミス・カナダ首相と日加首脳会談を行い,その後,午後7時から"
     "夕食会を行いました。", {"start_local": None}),
]


@pytest.mark.parametrize("text,expected", AFTER_ANCHOR)
def test_after_anchor(text, expected):
    ev = _one(text)
    for k, v in expected.items():
        assert ev.get(k) == v, (k, ev)



# --- rule families: one row per lexicon row (gaiko/extract/lexicon/talks.py, roles.py) ------------------------------
def _fired(text: str) -> tuple[list[dict], set[str]]:
    with lexicon.trace() as fired:
        evs = _events(text)
    return evs, fired


def _fm_talk(noun: str, verb: str = "を行いました") -> str:
    return "日チリ会談\n令和5年3月1日\n本1日、山田外務大臣は、スミス・チリ外務大臣と" + noun + verb + "。"


# fmt: off
# the talk noun that anchors a talk, with its prefixes, and what they say of its kind and channel: (noun, (kind,
# channel), the rows that fire: the noun's words, then the KINDS / CHANNELS rows)
NOUNS = [(n, k, {"talks." + r for r in rs}) for n, k, rs in (
    ("日チリ外務大臣会談", ("foreign_ministers", "in_person"), ("prefix.pair", "prefix.gaimu_daijin", "word.kaidan", "kind.gaimu_daijin")),
    ("日チリ外務・防衛閣僚会合", ("two_plus_two", "in_person"), ("prefix.gaimu_boei", "word.kaigo", "kind.gaimu_boei")),
    ("日チリ防衛相会談", ("defense_ministers", "in_person"), ("prefix.boeisho", "kind.boeisho")),
    ("日チリ防衛大臣会談", ("defense_ministers", "in_person"), ("prefix.boei_daijin", "kind.boei_daijin")),
    ("日チリ国防相会談", ("defense_ministers", "in_person"), ("prefix.kokubosho", "kind.kokubo")),
    ("日チリ国防大臣会談", ("defense_ministers", "in_person"), ("prefix.kokubo_daijin", "kind.kokubo")),
    ("日チリ次官級協議", ("vice_ministerial", "in_person"), ("prefix.jikan_kyu", "word.kyogi", "kind.jikan")),
    ("日チリ外務次官協議", ("vice_ministerial", "in_person"), ("prefix.gaimu_jikan", "kind.jikan")),
    ("日チリ戦略次官協議", ("vice_ministerial", "in_person"), ("prefix.senryaku", "prefix.jikan", "kind.jikan")),
    ("日チリ局長級協議", ("vice_ministerial", "in_person"), ("prefix.kyokucho_kyu", "kind.kyokucho")),
    ("日チリ事務レベル協議", ("vice_ministerial", "in_person"), ("prefix.jimu_level", "kind.jimu_level")),
    ("日チリ実務者協議", ("vice_ministerial", "in_person"), ("kind.jitsumusha",)),   # (実務者 is in the pair's run)
    ("日チリ審議官級協議", ("vice_ministerial", "in_person"), ("kind.shingikan",)),
    ("日チリ外務相会談", ("foreign_ministers", "in_person"), ("kind.gaimusho",)),
    ("日チリ経済対話", ("foreign_ministers", "in_person"), ("prefix.keizai", "word.taiwa")),  # (the kind from the ranks)
    ("日チリ外相懇談", ("foreign_ministers", "in_person"), ("prefix.gaisho", "word.kondan")),  # an informal talk
    ("日チリ首脳テレビ会談", ("summit", "video"), ("prefix.shuno", "prefix.terebi", "kind.shuno", "channel.terebi")),
    ("日チリ外相ビデオ会議", ("foreign_ministers", "video"), ("prefix.video", "word.kaigi", "channel.video")),
    ("日チリ外相オンライン会談", ("foreign_ministers", "video"), ("prefix.online", "channel.online")),
    ("日チリ外相電話会談", ("foreign_ministers", "telephone"), ("prefix.denwa", "channel.denwa")),
    ("個別会談", ("foreign_ministers", "in_person"), ("prefix.kobetsu",)),
    ("二国間会談", ("foreign_ministers", "in_person"), ("prefix.nikokukan",)),
    ("少人数会合", ("foreign_ministers", "in_person"), ("prefix.shoninzu",)),
    ("全体会合", ("foreign_ministers", "in_person"), ("prefix.zentai",)),
    ("日チリハイレベル経済対話", ("foreign_ministers", "in_person"), ("prefix.high_level",)),
    ("第3回日チリ外相会談", ("foreign_ministers", "in_person"), ("prefix.nth", "prefix.gaisho", "kind.gaisho")),
    ("日チリ閣僚級戦略対話", ("foreign_ministers", "in_person"), ("prefix.kakuryo_kyu",)),  # (held by foreign ministers)
    ("日チリ外相「2+2」", ("two_plus_two", "in_person"), ("quoted.two_plus_two", "kind.two_plus_two")),
    ("日チリ「2+2」会合", ("two_plus_two", "in_person"), ("quoted.two_plus_two_kaigo",)),
    ("2+2", ("two_plus_two", "in_person"), ("bare.two_plus_two",)),
    ("2+2会合", ("two_plus_two", "in_person"), ("bare.two_plus_two_kaigo",)),
    ("第9回日中韓サミット", ("summit", "in_person"), ("summit.sides", "kind.summit")),
)]
# the verb of holding after the noun: (noun + verb, the HELD row)
HELD_VERBS = [(v, "talks.held." + r) for v, r in (
    ("会談を行った", "okonatta"), ("会談を行い、協力を確認した", "okonai"), ("会談を行いました", "okonaimashita"),
    ("会談を行うとともに、夕食会に出席した", "okonau_tomoni"), ("会談が行われた", "okonawareta"),
    ("会談が行われました", "okonawaremashita"), ("会談が行われ、協力を確認した", "okonaware"), ("会談を実施した", "jisshi_shita"),
    ("会談を実施し、協力を確認した", "jisshi_shi"), ("会談を実施しました", "jisshi_shimashita"),
    ("会談を実施いたしました", "jisshi_itashimashita"), ("会談が実施された", "jisshi_sare"), ("会談を開催した", "kaisai_shita"),
    ("会談を開催し、協力を確認した", "kaisai_shi"), ("会談を開催しました", "kaisai_shimashita"),
    ("会談が開催され、協力を確認した", "kaisai_sare"), ("会談が開催された", "kaisai_sareta"),
    ("会談が開催されました", "kaisai_saremashita"), ("会談した", "shita"), ("会談し、協力を確認した", "shi"),
    ("会談しました", "shimashita"), ("会談いたしました", "itashimashita"),
)]
# a courtesy call received, and one paid at a building (the building is the venue): (page, rows)
CALLS = [
    ("令和5年3月1日\n本1日、山田外務大臣は、スミス・チリ大使の表敬を受けました。", {"talks.call.hyokei", "talks.held.ukemashita"}),
    ("令和5年3月1日\n本1日、山田外務大臣は、スミス・チリ大使の表敬を受けた。", {"talks.held.uketa"}),
    ("令和5年3月1日\n本1日、山田外務大臣は、スミス・チリ大使の表敬訪問を受け、協力を確認しました。",
     {"talks.call.hyokei_homon", "talks.held.uke"}),
    ("令和5年3月1日\n本1日、山田外務大臣は、スミス・チリ大統領を大統領府に儀礼訪問し、その後、会談を行いました。",
     {"talks.courtesy.girei_homon"}),
]
# the verb before the noun, in a lead giving the talk's summary: (verb, the row)
HELD_BEFORE_VERBS = [(v, "talks.before." + r) for v, r in (
    ("開催された", "kaisai_sareta"), ("開催されました", "kaisai_saremashita"), ("実施された", "jisshi_sareta"),
    ("実施されました", "jisshi_saremashita"), ("行われた", "okonawareta"), ("行われました", "okonawaremashita"),
)]
# lesser forms of talk, the page's talk when it anchors no other: (sentence after 山田外務大臣は、, kind, rows)
LESSER_TALKS = [(t, k, {"talks." + r for r in rs}) for t, k, rs in (
    ("スミス・チリ外務大臣と立ち話を行いました", "foreign_ministers", ("lesser.tachibanashi",)),
    ("スミス・チリ外務大臣と会見しました", "foreign_ministers", ("lesser.kaiken",)),
    ("スミス・チリ外務大臣とワーキング・ランチを行いました", "foreign_ministers", ("meal.working_lunch",)),
    ("スミス・チリ外務大臣とワーキング・ディナーを行いました", "foreign_ministers", ("meal.working_dinner",)),
    ("スミス・チリ外務大臣とワーキング・ブレックファストを行いました", "foreign_ministers", ("meal.working_breakfast",)),
    ("スミス・チリ外務大臣と昼食会を行いました", "foreign_ministers", ("meal.lunch",)),
    ("スミス・チリ外務大臣と夕食会を行いました", "foreign_ministers", ("meal.dinner",)),
    ("スミス・チリ外務大臣と朝食会を行いました", "foreign_ministers", ("meal.breakfast",)),
    ("スミス・チリ外務大臣と晩餐会を行いました", "foreign_ministers", ("meal.banquet",)),
    ("スミス・チリ外務大臣と面会しました", "foreign_ministers", ("lesser_verb.menkai",)),
    ("スミス・チリ国王陛下を謁見しました", "other", ("lesser_verb.ekken",)),
    ("スミス・チリ外務大臣と意見交換を行いました", "foreign_ministers", ("lesser_verb.iken_kokan",)),
)]
# an audience with Japan's imperial family is no talk: (sentence, the NOT_LESSER row)
NOT_LESSER_TALKS = [
    ("天皇陛下を謁見しました", "talks.not_lesser.tenno"),
    ("皇太子殿下と会見しました", "talks.not_lesser.kotaishi"),
    ("皇族と懇談しました", "talks.not_lesser.kozoku"),
    ("スミス・チリ外務大臣のために外務大臣主催晩餐会を行いました", "talks.not_lesser.shusai"),
]
# a page cut before its lead: the pair named as subject gives the talk and its rank: (pair, kind, row)
PAIRS = [
    ("両首脳", "summit", "talks.pair.shuno"), ("両外相", "foreign_ministers", "talks.pair.gaisho"),
    ("両外務大臣", "foreign_ministers", "talks.pair.gaimu_daijin"), ("両防衛相", "defense_ministers", "talks.pair.boeisho"),
    ("両国防相", "defense_ministers", "talks.pair.kokubosho"),
]
# a plain 会談: the kind from the ranks of those who hold it: (A, B, kind, the RANKS row of the last holder)
KIND_BY_RANK = [(a, b, k, "roles." + r) for a, b, k, r in (
    ("山田内閣総理大臣", "スミス・カナダ首相", "summit", "head.shusho"),
    ("スミス・カナダ首相", "山田内閣総理大臣", "summit", "head.sori_daijin"),
    ("山田内閣総理大臣", "スミス・スウェーデン国王", "summit", "head.kokuo"),
    ("山田内閣総理大臣", "マルグレーテ・デンマーク女王", "summit", "head.joo"),  # a queen is a head of state
    ("山田内閣総理大臣", "スミス欧州委員会委員長", "summit", "head_only.eu_commission"),
    ("山田内閣総理大臣", "スミス欧州理事会議長", "summit", "head_only.eu_council"),
    ("山田内閣総理大臣", "スミス・チリ大統領", "summit", "head_only.daitoryo_end"),
    ("山田内閣総理大臣", "スミス・チリ大統領兼国防大臣", "summit", "head_only.daitoryo_start"),
    ("山田内閣総理大臣", "陳明国家主席", "summit", "head_only.kokka_shuseki"),
    ("山田内閣総理大臣", "スミス・パラオ主席", "summit", "head_only.shuseki"),
    ("山田内閣総理大臣", "陳明徳国務院総理", "summit", "head_only.kokumuin_sori"),
    ("山田内閣総理大臣", "スミス・アブダビ首長", "summit", "head_only.shucho"),
    # a deputy head met by a vice-minister: no talk of ministers' rank
    ("山田外務副大臣", "スミス・タイ副首相", "other", "deputy.fuku_shusho"),
    ("山田外務副大臣", "スミス・タイ副総理", "other", "deputy.fuku_sori"),
    ("山田外務副大臣", "スミス・チリ副大統領", "other", "deputy.fuku_daitoryo"),
    ("山田外務大臣", "スミス・チリ外務大臣", "foreign_ministers", "fm.gaimu_daijin"),
    ("山田外務大臣", "スミス・タイ外相兼副首相", "foreign_ministers", "fm.gaisho"),   # (a lone 外相 is read as 外務大臣; 副首相兼外相 is written 副首相兼外務大臣)
    ("山田外務大臣", "スミス米国国務長官", "foreign_ministers", "fm.kokumu_chokan"),
    ("山田外務大臣", "陳明外交部長", "foreign_ministers", "fm.gaikobucho"),
    ("山田外務大臣", "スミス・チリ外務・国際協力大臣", "foreign_ministers", "fm.gaimu_and"),
    ("山田外務大臣", "スミス・チリ外交・国際協力大臣", "foreign_ministers", "fm.gaiko_and"),
    ("山田外務大臣", "スミス・南アフリカ国際関係・協力大臣", "foreign_ministers", "fm.kokusai_kankei"),
    ("山田外務大臣", "スミス・ハンガリー外務貿易大臣", "foreign_ministers", "fm.gaimu_portfolio"),
    ("山田外務大臣", "スミス・カメルーン対外関係大臣", "foreign_ministers", "fm.taigai_kankei"),
    ("山田外務大臣", "スミス・ナイジェリア対外関係・協力大臣", "foreign_ministers", "fm.taigai_kankei"),
    ("山田外務大臣", "スミス・オーストリア欧州・国際問題大臣", "foreign_ministers", "fm.oshu_kokusai"),
    ("山田内閣総理大臣", "スミス・モナコ公国元首", "summit", "head_only.genshu"),
    ("山田内閣総理大臣", "アンリ・ルクセンブルク大公", "summit", "head_only.taiko"),
    ("山田内閣総理大臣", "スミス・サンマリノ執政", "summit", "head_only.shissei"),
    ("山田内閣総理大臣", "スミス・キューバ国家評議会議長", "summit", "head_only.kokka_hyogikai"),
    ("山田内閣総理大臣", "スミス・スーダン主権評議会議長", "summit", "head_only.shuken_hyogikai"),
    ("山田防衛大臣", "スミス・チリ防衛大臣", "defense_ministers", "defense.boei_daijin"),
    ("山田防衛大臣", "スミス・チリ国防大臣", "defense_ministers", "defense.kokubo_daijin"),
    ("山田防衛大臣", "スミス米国国防長官", "defense_ministers", "defense.kokubo_chokan"),
    ("山田防衛大臣", "スミス・チリ防衛相兼副首相", "defense_ministers", "defense.boeisho"),
    ("山田防衛大臣", "スミス・チリ国防相兼副首相", "defense_ministers", "defense.kokubosho"),
    ("山田外務審議官", "スミス・チリ外務次官", "vice_ministerial", "vice.jikan"),
    ("山田外務審議官", "スミス・チリ外務省局長", "vice_ministerial", "vice.kyokucho"),
    ("山田外務次官", "スミス・チリ外務審議官", "vice_ministerial", "vice.shingikan"),
    ("山田外務審議官", "スミス・チリ外務副大臣", "vice_ministerial", "vice.fuku_daijin"),
    ("山田外務審議官", "スミス米国務副長官", "vice_ministerial", "vice.fuku_chokan"),  # 副長官: no 長官's rank
    ("山田外務審議官", "スミス・チリ外務大臣政務官", "vice_ministerial", "vice.seimukan"),
    ("山田外務審議官", "スミス・チリ外務担当国務大臣", "vice_ministerial", "vice.tanto_kokumu_daijin"),
    ("山田財務大臣", "スミス・チリ財務大臣", "other_ministerial", "minister.daijin"),
    ("山田財務大臣", "スミス米国財務長官", "other_ministerial", "minister.chokan"),
    ("山田財務大臣", "スミス・チリ財務相", "other_ministerial", "minister.sho"),
)]
# an office attached to a head's title names someone else: no head, no summit (A, B, the ATTACHED row)
ATTACHED_OFFICES = [(b, "roles.attached." + r) for b, r in (
    ("スミス・カンボジア国王高級顧問", "koukyu_komon"), ("スミス・カナダ首相顧問", "komon"), ("スミス・カナダ総理大臣補佐官", "hosakan"),
    ("スミス・カナダ首相補佐兼報道官", "hosa"), ("スミス・カナダ首相特使", "tokushi"), ("スミス・カナダ首相特別代表", "tokubetsu_daihyo"),
    ("スミス・カナダ首相秘書兼補佐官", "hisho"), ("スミス・カナダ首相夫人特使", "fujin"),
)]
# fmt: on


def _rank_page(a: str, b: str) -> str:
    return "令和5年3月1日\n本1日、" + a + "は、" + b + "と会談を行いました。"


def _lesser_page(sentence: str) -> str:
    return "令和5年3月1日\n本1日、山田外務大臣は、" + sentence + "。"


def _held_before_page(verb: str) -> str:
    return "日チリ協議(概要)\n令和5年3月1日\n3月1日、サンティアゴにおいて" + verb + "日チリ政府間協議の概要は以下のとおり。"


def _pair_page(pair: str) -> str:
    return "(1)二国間関係\nスミス大臣より、両国関係は緊密である旨述べた。" + pair + "は、協力を進めていくことで一致した。"


@pytest.mark.parametrize("noun,expected,rules", NOUNS)
def test_talk_noun(noun, expected, rules):
    evs, fired = _fired(_fm_talk(noun))
    assert [(e["kind"], e["channel"]) for e in evs] == [expected] and rules <= fired


@pytest.mark.parametrize("text,rule", HELD_VERBS)
def test_held_verb(text, rule):
    evs, fired = _fired("日チリ外相会談\n令和5年3月1日\n本1日、山田外務大臣は、スミス・チリ外務大臣と" + text + "。")
    assert len(evs) == 1 and rule in fired


@pytest.mark.parametrize("text,rules", CALLS)
def test_courtesy_call(text, rules):
    evs, fired = _fired(text)
    assert evs and rules <= fired


@pytest.mark.parametrize("verb,rule", HELD_BEFORE_VERBS)
def test_held_before_verb(verb, rule):
    evs, fired = _fired(_held_before_page(verb))
    assert len(evs) == 1 and rule in fired


@pytest.mark.parametrize("sentence,kind,rules", LESSER_TALKS)
def test_lesser_talk(sentence, kind, rules):
    evs, fired = _fired(_lesser_page(sentence))
    assert [e["kind"] for e in evs] == [kind] and rules <= fired


@pytest.mark.parametrize("sentence,rule", NOT_LESSER_TALKS)
def test_not_lesser_talk(sentence, rule):
    evs, fired = _fired(_lesser_page(sentence))
    assert evs == [] and rule in fired


# … and a Japanese name titled only 大臣 that speaks on it (佐藤大臣より、…) is Japan's minister of the pair's rank
def test_pair_talk_takes_the_short_titled_minister():
    evs, _ = _fired("2005年9月26日\n(1)佐藤大臣より、両国関係は緊密化している旨述べた。\n(2)両外相は、協力していくことで一致した。\n")
    assert [(e["kind"], [(p["name"], p["role"], p["country"]) for p in e["principals"]]) for e in evs] == [
        ("foreign_ministers", [("佐藤", "外務大臣", "JP")])]


@pytest.mark.parametrize("pair,kind,rule", PAIRS)
def test_pair_gives_the_talk(pair, kind, rule):
    evs, fired = _fired(_pair_page(pair))
    assert [e["kind"] for e in evs] == [kind] and rule in fired


@pytest.mark.parametrize("a,b,kind,rule", KIND_BY_RANK)
def test_kind_by_rank(a, b, kind, rule):
    evs, fired = _fired(_rank_page(a, b))
    assert [(e["kind"], e["rules"].get("kind")) for e in evs] == [(kind, rule)]


@pytest.mark.parametrize("b,rule", ATTACHED_OFFICES)
def test_attached_office_is_no_head(b, rule):
    evs, fired = _fired(_rank_page("山田内閣総理大臣", b))
    assert [e["kind"] for e in evs] == ["other"] and rule in fired



FM_PAGE = "日中外相会談\n令和5年3月1日\n本1日、山田外務大臣は、王毅外交部長との間で、日中外相会談を行いました。"
FM = ["foreign_ministers"]


def _future_page(before: str, after: str) -> str:
    return FM_PAGE + before + "は日中ハイレベル経済対話を開催し、" + after + "。"


def _past_page(word: str) -> str:
    return FM_PAGE + "\n1 山田大臣から、" + word + "、日中戦略対話が実施されたことを踏まえ、関係を発展させる旨述べました。"


def _recount_page(word: str) -> str:
    return "2005年9月26日\n(1)山田大臣より、両国首脳は" + word + "4回首脳会談を行い、関係は緊密化している旨述べた。両外相は、協力していくことで一致した。"


def _general_page(word: str) -> str:
    return "報道官会見記録\n\n(報道官)過去には、首脳会談が官邸で行われた" + word + "、外務省の局長がブリーフしたこともあります。"


def _two_talks_page(second: str) -> str:
    """A foreign ministers' talk and a summit (on its occasion): a sentence referring to one belongs to it."""
    return ("日中外相会談・首脳会談\n令和5年3月1日\n1 本1日、山田外務大臣は、王毅外交部長と日中外相会談を行いました。\n"
            "2 同日、山田内閣総理大臣は、李強国務院総理と日中首脳会談を行いました。\n3 " + second)


def _announced_page(verb: str) -> str:
    return "日チリ外相会談について\n令和5年3月1日\n1. 3月10日、サンティアゴにおいて、日チリ外相会談" + verb + "。"


# fmt: off
# a word of one family decides in a page of its own: (page, the kinds of the page's talks, the row that decides)
WORD_RULES = (
    # a talk still to come, beside the page's: a word of the future before it and one after it in its sentence
    [(_future_page(b, a), FM, "talks.future." + r) for b, a, r in (
        ("明日", "共同議長を務める予定です", "ashita"), ("明後日", "共同議長を務める予定です", "asatte"),
        ("来週", "共同議長を務めることになっています", "raishu"), ("来月", "共同議長を務めることになります", "raigetsu"),
        ("来年", "共同議長を務めることとなっています", "rainen"), ("明年", "共同議長を務めることとなりました", "myonen"),
        ("今後", "協力を深めたいと考えます", "kongo"), ("次回", "協力を深めましょう", "jikai"))]
    + [(_future_page("明日", a), FM, "talks.future_after." + r) for a, r in (
        ("共同議長を務める予定です", "yotei"), ("共同議長を務めることになっています", "kotoninatta"),
        ("共同議長を務めることになります", "kotoninari"), ("共同議長を務めることとなっています", "kototonatta"),
        ("共同議長を務めることとなりました", "kototonari"), ("協力を深めたいと考えます", "tai"), ("協力を深めましょう", "masho"))]
    # a talk recalled in the summary of the page's talk (a past word before it)
    + [(_past_page(w), FM, "talks.past." + r) for w, r in (
        ("先週", "senshu"), ("先月", "sengetsu"), ("先般", "senpan"), ("昨年", "sakunen"), ("前回", "zenkai"))]
    # a count of the talks held so far (既に4回首脳会談を行い): the pair (両外相) gives the page's talk
    + [(_recount_page(w), FM, "talks.recount." + r) for w, r in (
        ("すでに", "sudeni_kana"), ("これまでに", "koremade"), ("これまで", "koremade"))]
    # a talk spoken of as a kind of case: no talk held
    + [(_general_page(w), [], "talks.general." + r) for w, r in (
        ("時に", "tokini"), ("時は", "tokiwa"), ("場合", "baai"), ("ケース", "case"), ("際は", "saiwa"), ("際には", "saiwa"))]
    # a reference to a talk with a date of its own is no reference to the page's talks
    + [(_two_talks_page(w + "の首脳会談では、協力を確認した。"), ["foreign_ministers", "summit"], "talks.recalled." + r)
       for w, r in (("10月", "month"), ("先月", "sengetsu"), ("先般", "senpan"), ("前回", "zenkai"), ("昨年", "sakunen"),
                    ("先週", "senshu"), ("2019年", "year"))]
    # a sentence that refers to a talk (外相会談では、…) belongs to it
    + [(_two_talks_page("外相会談" + p + "、協力を確認した。"), ["foreign_ministers", "summit"], "talks.ref." + r)
       for p, r in (("では", "dewa"), ("において", "nioite"), ("に際し", "nisaishi"), ("の際", "nosai"), ("で", "de"))]
    # a talk announced, not reported: the page's talk, by its verb of the future
    + [(_announced_page(v), FM, "talks.announced." + r) for v, r in (
        ("が行われる", "okonawareru"), ("を行う", "okonau"), ("を実施する", "jisshi_suru"), ("を主催する", "shusai_suru"),
        ("を行います", "okonaimasu"), ("を開催します", "kaisai_shimasu"), ("を実施します", "jisshi_shimasu"),
        ("を実施いたします", "jisshi_itashimasu"), ("が行われます", "okonawaremasu"), ("予定", "yotei"),
        # (…が開催されます right after the noun reads as held, by HELD's 開催され; said after the subject it is announced)
        ("は、サンティアゴで開催されます", "kaisai_saremasu"), ("は、サンティアゴで実施されます", "jisshi_saremasu"))]
)
# fmt: on


@pytest.mark.parametrize("text,kinds,rule", WORD_RULES)
def test_word_rule(text, kinds, rule):
    evs, fired = _fired(text)
    assert [e["kind"] for e in evs] == kinds and rule in fired


# fmt: off
# another act after the talk, before the clock of its sentence: the clock is that act's (its word, the LATER row)
LATER_ACTS = [("引き続き", "hikitsuzuki"), ("続いて", "tsuzuite"), ("これに続き", "nitsuzuki"), ("2時間後に", "atoni"),
              ("会談終了後", "shuryogo"), ("同日夜", "dojitsu_yoru"), ("翌2日", "yoku")]
# a cue that puts the talk's side in a city, when its sentence names none: (lead, the VISIT row)
VISITS = [
    ("本1日、ニューヨークを訪れた山田外務大臣は、スミス国務長官と会談を行いました。", "otozure"),
    ("本1日、ニューヨークに滞在中の山田外務大臣は、スミス国務長官と会談を行いました。", "taizai"),
    ("本1日、ニューヨークに出張中の山田外務大臣は、スミス国務長官と会談を行いました。", "shutcho"),
    ("本1日、午前10時(ニューヨーク時間)から、山田外務大臣は、スミス国務長官と会談を行いました。", "jikan"),
    ("本1日(於:ニューヨーク)、山田外務大臣は、スミス国務長官と会談を行いました。", "o"),
]
# sessions listed with their lengths add up to the talk's; a session held after it adds its own (the rows fire)
SESSIONS = [
    ("日チリ外相会談\n令和5年3月1日\n本1日、山田外務大臣は、スミス・チリ外務大臣と日チリ外相会談を行いました(テタテ約30分、"
     "ワーキング・ディナー約1時間、拡大会合兼夕食会約1時間、懇談約20分、協議約2時間)。", 290,
     {"talks.session.tete", "talks.session.dinner", "talks.session.meal", "talks.session.kondan", "talks.session.kyogi"}),
] + [
    ("日EU首脳協議\n\n7月17日,東京にて,17時30分から約30分間,山田内閣総理大臣は,ミシェル欧州理事会議長との間で"
     "日EU定期首脳協議を行いました。定期首脳協議に引き続き,約1時間の" + w + "が実施されました。", 90, {"talks.added." + r})
    for w, r in (("全体会合", "zentai"), ("拡大会合", "kakudai"), ("テタテ", "tete"), ("ワーキング・ランチ", "working_lunch"),
                 ("ワーキング・ディナー", "working_dinner"))
]
# a press release's labelled lines: 日程/会場/参加者 and 日時/場所/出席者 (page, fields, the LABELS rows)
LABELLED = [
    ("日チリ外相会談\n令和5年3月1日\n1 日程:2月27日 10時00分から11時00分まで\n2 会場:飯倉公館\n3 参加者:\n"
     "日本側 山田外務大臣\nチリ側 スミス外務大臣\n4 概要\n双方は協力を確認した。",
     {"date": "2023-02-27", "venue": "飯倉公館"}, {"talks.label.nittei", "talks.label.kaijo", "talks.label.sankasha"}),
    ("日チリ外相会談\n令和5年3月1日\n1 日時:2月27日 10時00分から11時00分まで\n2 場所:東京(外務省)\n3 出席者:\n"
     "日本側 山田外務大臣\nチリ側 スミス外務大臣\n4 概要\n双方は協力を確認した。",
     {"date": "2023-02-27", "city": "東京", "venue": "外務省"},
     {"talks.label.nichiji", "talks.label.basho", "talks.label.shussekisha"}),
]
# a programme item that is no talk between the sides, though it names one: (item, the NOT_ITEMS row)
NOT_ITEMS = [("御会見", "go_kanji"), ("ご引見", "go"), ("共同声明署名式", "joint_statement"), ("協定署名式", "shomei")]
# fmt: on


def _later_page(word: str) -> str:
    return ("日加首脳会談\n\n令和4年3月12日\n\n 3月12日,山田内閣総理大臣は,スミス・カナダ首相と日加首脳会談を行い,"
            + word + ",午後7時から夕食会を行いました。")


def _visit_page(lead: str) -> str:
    return "日米外相会談\n令和5年3月1日\n" + lead


def _programme_page(item: str) -> str:
    return ("スミス大統領の訪日\n令和5年3月1日\n1.主要日程\n3月1日\n- 日チリ首脳会談\n- " + item + "\n2.概要\n"
            "両首脳は、協力を確認した。")


@pytest.mark.parametrize("word,rule", LATER_ACTS)
def test_later_act(word, rule):
    evs, fired = _fired(_later_page(word))
    assert evs[0]["start_local"] is None and "talks.later." + rule in fired


@pytest.mark.parametrize("lead,rule", VISITS)
def test_visit_city(lead, rule):
    evs, fired = _fired(_visit_page(lead))
    # (the cue rows are places.VISITS and kin: tests/cases/test_cases_places.py has a case per row)
    assert evs[0]["city"] == "ニューヨーク" and evs[0]["rules"].get("city", "").startswith("places."), rule


@pytest.mark.parametrize("text,minutes,rules", SESSIONS)
def test_sessions(text, minutes, rules):
    evs, fired = _fired(text)
    assert evs[0]["duration_min"] == minutes and rules <= fired


@pytest.mark.parametrize("text,fields,rules", LABELLED)
def test_labelled_lines(text, fields, rules):
    evs, fired = _fired(text)
    assert {k: evs[0].get(k) for k in fields} == fields and rules <= fired


@pytest.mark.parametrize("item,rule", NOT_ITEMS)
def test_not_a_programme_item(item, rule):
    evs, fired = _fired(_programme_page(item))
    assert [e["kind"] for e in evs] == ["summit"] and "talks.not_item." + rule in fired


def test_other_ministers_and_a_working_group():
    # 閣僚会合 held by ministers of other portfolios is their kind; a title's 作業部会 gives a talk with no people
    evs, fired = _fired(_rank_page("山田財務大臣", "スミス・チリ財務大臣").replace("と会談", "と日チリ閣僚会合"))
    assert [e["kind"] for e in evs] == ["other_ministerial"] and {"talks.prefix.kakuryo", "talks.kind.kakuryo"} <= fired
    evs, fired = _fired(WORKING_GROUP)
    assert [e["kind"] for e in evs] == ["vice_ministerial"] and "talks.kind.sagyo_bukai" in fired


WORKING_GROUP = "日・チリ作業部会(概要)\n令和5年3月1日\n本1日、東京において、会合が開催されました。"




# a talk between two parties named before it (AとBが…協議を行った) is theirs, not Japan's, unless a party is Japan's: a
# side word, a Japanese title, a 日X pair (party, talks found, the row that keeps the talk)
def _third_party_page(party: str) -> str:
    return "令和5年3月1日\n本1日、" + party + "とティグライ人民解放戦線の代表団がナイロビにおいて協議を行いました。"


THIRD_PARTY = [
    ("エチオピア政府", 0, None),          # two others: no talk of the page
    ("日本政府", 1, "sides.jp.nihon"), ("我が国", 1, "sides.jp.wagakuni"), ("わが国", 1, "sides.jp.wagakuni_kana"),
    ("両国政府", 1, "sides.both.countries"), ("双方", 1, "sides.both.each"), ("両首脳", 1, "sides.both.leaders"),
    ("山田総理", 1, "roles.end.sori"), ("山田大臣", 1, "roles.end.daijin"), ("山田外相", 1, "roles.end.gaisho"),
    ("日チリ政府", 1, None),              # a 日X pair
]


@pytest.mark.parametrize("party,n,rule", THIRD_PARTY)
def test_third_party_talk(party, n, rule):
    evs, fired = _fired(_third_party_page(party))
    assert len(evs) == n and (rule is None or rule in fired)

# an informal talk (懇談) is a talk word: each sentence that reports it anchors the talk, so the place said in the
# second is the talk's (when 懇談 was a lesser talk only the first sentence anchored, and the talk had no place)
INFORMAL_TALK = ("日・チリ首脳懇談\n令和5年3月1日\n1 本1日、山田内閣総理大臣は、スミス・チリ大統領と約20分間の懇談を行った後、"
                 "協定署名式に出席しました。\n2 これに先立ち、山田総理は、サンティアゴ市内にある文化センター内で、スミス大統領と懇談しました。")


def test_informal_talk():
    evs, fired = _fired(INFORMAL_TALK)
    assert [(e["kind"], e["city"], e["venue"]) for e in evs] == [("summit", "サンティアゴ", "文化センター")]
    assert evs[0]["rules"]["event"] == "talks.word.kondan"
    # an informal talk with Japan's imperial family is none between the sides (as a lesser talk)
    evs, fired = _fired(_lesser_page("皇族と懇談しました"))
    assert evs == [] and "talks.not_lesser.kozoku" in fired


# a talk said by what was done in it (…との首脳会談を通じて / において / で …を確認した), on a page that anchors no other: the
# page's talk, told in the past; one recalled from an earlier time (昨年の…との首脳会談で) or told as ongoing is none
THROUGH_TALKS = [
    ("日本は、3月、ロペス・チリ大統領を招聘し、山田総理大臣との首脳会談を通じて両国関係を更に発展させていくことを確認した。",
     [("summit", ["山田", "ロペス"])], "talks.through.wo_tsujite"),
    ("5月には、ロペス・チリ外務大臣が訪日し、山田外務大臣との外相会談において協力の強化で一致した。",
     [("foreign_ministers", ["山田", "ロペス"])], "talks.through.ni_oite"),
    ("9月には、ロペス・チリ大統領が訪日し、山田総理大臣との首脳会談で両国関係の強化を確認しました。",
     [("summit", ["山田", "ロペス"])], "talks.through.de"),
    ("昨年の山田総理大臣とロペス・チリ大統領との首脳会談で一致したとおり、両国は協力を進めている。", [], None),
]


def _section_page(sentence: str) -> str:
    return "外交青書\n第2章 地域別に見た外交\n(3)チリ\n" + sentence + "\n"


@pytest.mark.parametrize("sentence,talks,rule", THROUGH_TALKS)
def test_talk_said_by_what_was_done(sentence, talks, rule):
    evs, fired = _fired(_section_page(sentence))
    assert [(e["kind"], [p["name"] for p in e["principals"]]) for e in evs] == talks
    assert rule is None or {rule, "talks.told_past.ta"} <= fired


# a heading naming a visit: the visitor it names holds the talks of a page that names no one of Japan's side
VISIT_TITLES = [
    ("山田外務大臣政務官のミクロネシア訪問\n令和5年3月1日\n1日、クリスチャン・ミクロネシア大統領を表敬しました。", "homon"),
]


@pytest.mark.parametrize("page,rule", VISIT_TITLES)
def test_visit_title_names_the_visitor(page, rule):
    evs, fired = _fired(page)
    assert "talks.visit." + rule in fired
    assert [(p["name"], p["country"]) for p in evs[0]["principals"]][:1] == [("山田", "JP")]


# a visit to several countries named in the heading: a talk whose people give no country is with the visited country
# its own sentence names before the talk (the heading's first is the page's guess): (heading joiner, row)
SEVERAL_VISITED = [("及び", "oyobi"), ("並びに", "narabini"), ("と", "to")]


def _several_visited_page(joiner: str) -> str:
    return (f"山田外務副大臣のガーナ{joiner}トーゴ訪問\n令和5年1月20日\n"
            "1 1月17日、山田外務副大臣は、ガーナの首都アクラにおいて、ガーナ共和国外務副大臣と会談しました。\n"
            "2 1月19日、山田外務副大臣は、トーゴの首都ロメにおいて、トーゴ共和国外務・地域統合副大臣と会談しました。\n")


@pytest.mark.parametrize("joiner,row", SEVERAL_VISITED)
def test_talk_with_the_visited_country_its_sentence_names(joiner, row):
    with lexicon.trace() as fired:
        evs = _events(_several_visited_page(joiner))
    assert [(e["countries"], e["city"]) for e in evs] == [(["JP", "GH"], "アクラ"), (["JP", "TG"], "ロメ")]
    assert "talks.several_visited." + row in fired


def test_one_country_visited_keeps_the_heading_country():
    # a heading naming one visited country: a sentence naming another (a third country's capital) does not move the talk
    page = ("山田外務副大臣のガーナ訪問\n令和5年1月20日\n1 1月17日、山田外務副大臣は、トーゴに隣接するガーナの首都アクラにおいて、"
            "ガーナ共和国外務副大臣と会談しました。\n")
    assert [e["countries"] for e in _events(page)] == [["JP", "GH"]]


def case_texts() -> list[str]:
    """Every page the cases above extract (tests/cases/test_lexicon_coverage.py fires the lexicon over them)."""
    pages = [t for t, _ in LEADS + TALKS + PROGRAMME + LISTED + DATED + SECOND_IN_SENTENCE + HELD_BEFORE + AFTER_ANCHOR]
    pages += [_fm_talk(n) for n, _, _ in NOUNS]
    pages += ["日チリ外相会談\n令和5年3月1日\n本1日、山田外務大臣は、スミス・チリ外務大臣と" + t + "。" for t, _ in HELD_VERBS]
    pages += [t for t, _ in CALLS] + [_held_before_page(v) for v, _ in HELD_BEFORE_VERBS]
    pages += [_lesser_page(t) for t, _, _ in LESSER_TALKS] + [_lesser_page(t) for t, _ in NOT_LESSER_TALKS]
    pages += [_pair_page(p) for p, _, _ in PAIRS]
    pages += [_rank_page(a, b) for a, b, _, _ in KIND_BY_RANK] + [_rank_page("山田内閣総理大臣", b) for b, _ in ATTACHED_OFFICES]
    pages += [t for t, _, _ in WORD_RULES] + [_later_page(w) for w, _ in LATER_ACTS]
    pages += [_visit_page(lead) for lead, _ in VISITS] + [t for t, _, _ in SESSIONS + LABELLED]
    pages += [_programme_page(i) for i, _ in NOT_ITEMS]
    pages += [_rank_page("山田財務大臣", "スミス・チリ財務大臣").replace("と会談", "と日チリ閣僚会合"), WORKING_GROUP, INFORMAL_TALK]
    pages += [_third_party_page(p) for p, _, _ in THIRD_PARTY] + [p for p, _ in VISIT_TITLES]
    pages += [_several_visited_page(j) for j, _ in SEVERAL_VISITED] + [t for t, _, _ in JOINT_COMMITTEES]
    pages += [_section_page(t) for t, _, _ in THROUGH_TALKS]
    return pages


# a joint committee of the sides' delegations is a talk (the record format's events are every talk the page reports):
# named as a 合同委員会 / 混合委員会 (talks.word.godo_iinkai) or a session of one (…合同経済委員会の第3回会合が), held by the
# people who head the delegations or chair it (…を共同議長として: talks.chaired.*), its kind by their ranks, a day
# written after the chairs its day
JOINT_COMMITTEES = [
    ("第5回日・ペルー合同委員会の開催\n令和5年6月10日\n\n6月9日、リマにおいて、第5回日・ペルー合同委員会が開催されました。\n"
     "1 日本側からは山田中南米局長、ペルー側からはロペス外務次官が代表として出席しました。\n",
     ("vice_ministerial", "2023-06-09", ["JP", "PE"], [("山田", "中南米局長", "JP"), ("ロペス", "外務次官", "PE")]),
     ["talks.word.godo_iinkai", "talks.unranked.iinkai"]),
    ("日・ブラジル混合委員会\n令和5年6月10日\n\n6月9日、東京において、第10回日・ブラジル混合委員会が開催された。\n"
     "1 日本側からは山田外務審議官、ブラジル側からはシルバ外務次官が代表として出席した。\n",
     ("vice_ministerial", "2023-06-09", ["JP", "BR"], [("山田", "外務審議官", "JP"), ("シルバ", "外務次官", "BR")]),
     ["talks.word.kongo_iinkai"]),
    ("チリ外相の訪日\n令和5年6月10日\n\n(1)6月9日、山田外務大臣はソト外務大臣と日・チリ外相会談を行った。また、日・チリ合同経済委員会の"
     "第3回会合が、山田外務大臣、川上経済産業大臣及びソト外務大臣を共同議長として同9日に開催された。\n",
     ("other_ministerial", "2023-06-09", ["JP", "CL"], [("山田", "外務大臣", "JP"), ("川上", "経済産業大臣", "JP"), ("ソト", "外務大臣", "CL")]),
     ["talks.chaired.kyodo_gicho"]),
    ("日・ケニア合同委員会\n令和5年6月10日\n\n日・ケニア合同委員会の第2回会合が、山田外務審議官を議長として、6月9日にナイロビで開催された。"
     "ケニア側からはオディンガ外務次官が出席した。\n",
     ("vice_ministerial", "2023-06-09", ["JP", "KE"], [("山田", "外務審議官", "JP"), ("オディンガ", "外務次官", "KE")]),
     ["talks.chaired.gicho"]),
]


@pytest.mark.parametrize("text,expected,rows", JOINT_COMMITTEES)
def test_joint_committee_is_a_talk(text, expected, rows):
    with lexicon.trace() as fired:
        evs = _events(text)
    got = [(e["kind"], e["date"], e["countries"], [(p["name"], p["role"], p["country"]) for p in e["principals"]]) for e in evs]
    assert got[-1] == expected, got
    assert set(rows) <= fired
