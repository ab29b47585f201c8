"""Cases for the meetings family: talk detection, kind, channel, date and times (texts written for these tests,
in the ministry's style; names and dates invented)."""

import pytest

from gaiko.extract import dates
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
     [("vice_ministerial", ["JP", "SK"], "ヤン・コヴァチ"), ("other", ["JP", "MD"], "イオン・ルプ"),
      ("other", ["JP"], "アンナ・ベルガー")]),
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
