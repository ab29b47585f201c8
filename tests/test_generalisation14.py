"""Generalisation probe 14: outcomes and their attribution, and planned items (issue 13, must-show 5), per family at first sight.

Every page below was written for this probe in the ministry's style, its text my own (the real pages were read for
their style only), in five sets (and three stress sets, written after the rows, below): (1) long summit pages with
many outcome sentences across numbered sections, each side's view in its own paragraph (先方からは…との発言があり、当方からは…; X大統領は…と述べ、これに対しY総理は…), requests
(求めた, 要請した, 申し入れた, 働きかけた), protests (抗議した, 遺憾の意を表明), invitations and agreement in its forms
(一致, 確認, 合意, 認識を共有, 意見の一致をみた, 認識で一致, 賛意, 同意, 支持を得た, 受け入れた); (2) sentences holding two
outcomes of different types or by different sides (…を求めるとともに、…で一致; 抗議するとともに…申し入れ; 招待し、…受諾);
(3) planned items in every form (次回の…を来年前半に…で開催することで一致, 適切な時期に, 年内の訪日の実現に向けて調整,
交流年, 合同委員会の第5回会合を本年秋に, 開催するよう指示することで一致, 早期に立ち上げることで合意, 訪日する予定である旨の説明,
「2+2」, 来月…で開催される会議の機会に会談, a plan in a sentence cut before its cue); (4) the sides named by a pronoun
(同首相, 同大統領, 同外相) or by 両首脳 / 双方 / 先方 / 当方; (5) the leftovers of probe 13 (Japan's governors and mayors
as principals, an organisation's officer whose title holds full-width brackets, a joint statement in treaty style, a
Bluebook paragraph with one dated talk and no banner).

My reading of the record format, the real README and the seeds' NOTES, stated before the first sight: a scored
outcome is agree / request / protest / invite, `by` the side that acted (当方 is Japan, 先方 and 同X the counterpart,
両首脳 / 双方 / 両外相 both); one outcome per type per sentence, a sentence with two types gives both. Agree: 一致,
合意, 確認 (再確認 by both), 認識を共有, 意見の一致をみた, 妥結を確認; and one side's consent (同意, 賛意, 賛同, 支持, 受諾,
受け入れた) to what the other proposed, said or asked, in the same sentence or the reply that follows — so 招待し、…は
これを受諾 is invite and agree, 求め、…から支持を得た request and agree. Not scored: 歓迎, 期待, 謝意 (thank), 懸念 (neither
抗議 nor 遺憾), 説明, 理解が示された, 検討していく考え, 前向きに対応する旨, 申し出た (an offer, not a request), a wish
(…に意欲が示された). Request: 求めた, 要請, 要望, 申し入れ, 働きかけ, 招請 is invite. Planned: a talk, visit, committee,
dialogue or exchange year the sides agreed, decided or scheduled, dated at the precision known (来年前半 the next year,
本年秋 the year, 年内 the year, 来月 the month), no date for 早期に / 適切な時期に, an accepted invitation a planned visit
(訪問 of the invited side to the inviter's country), an invitation not accepted none, a wish none; a plan in a cut
sentence kept when the text says what and when (README), its outcome not (the cue is cut). Leftovers: 小池東京都知事 is
小池, the title the office as the page writes it without the place's name (都知事, 府知事, 市長, as probe 13 read
州知事 and 省長), country JP, a governor or mayor with anyone `other`; an organisation's officer keeps its title without
the organisation and no country; a joint statement in treaty style (日本国内閣総理大臣田中一郎と…大統領クワメ・アサンテは)
names its principals by surname (田中, アサンテ); a Bluebook paragraph dates its talk by the month it prints. Scored with
tests/test_generalisation3.py's ``score``.

    set (pages)        family        first sight (a24e8b5)   after this round     (found / expected, false positives)
    summit (6)         outcomes     38 / 39                  39 / 39   (…の説明を受け、これを支持しました: consent after what
                                                                        the other side set out, outcomes.reply_in.heard)
    double (6)         every family exact at first sight
    plans (8)          planned      13 / 15, 1 fp            15 / 15   (…訪日する予定である旨の説明: the speaker's visit,
                                                                        plans.speaker_visit.yotei; 「日・サウジ・ビジョン2030」
                                                                        閣僚会合: the sides' framework, plans.SIDES_GATHERING;
                                                                        引き続き協議していくことを確認: held on and on, as
                                                                        …協議を行っていく, plans.CONTINUED)
                       plan_place    9 / 11                  11 / 11
    pronoun (6)        outcomes     18 / 19, 1 fp            19 / 19   (同外相から、…要請しました: the other side,
                                                                        outcomes.back_reference.dou)
                       planned       1 /  3                   3 /  3   (…の提案した経済対話の立ち上げに同意,
                                                                        plans.decision.act_consented; …会議を本年2月に東京で
                                                                        開催する旨を説明, plans.decision.hold_told)
    leftover (6)       principals    6 / 12                  12 / 12   (小池東京都知事, 吉川大阪府知事, 野口横浜市長: the title
                                                                        opens at the place's name, JP, roles.jp_local.*;
                                                                        …機関（ＣＴＢＴＯ）準備委員会事務局長: full-width
                                                                        brackets, people.ORG_ROLE, roles.org_unit.junbi_iinkai)
                       n_events      5 /  6                   6 /  6   (treaty style, title before the name:
                       outcomes, planned, kind, city each one short     roles.title_first.*, people._treaty_people)
                       date          4 /  6                   6 /  6   (a Bluebook paragraph, no date printed: the month its
                                                                        sentence opens on, meetings._date_fields)
    (463 / 485 facts in all at first sight (0.955), 2 false positives; after: 485 / 485, 0)
    stress (8)         written after the rows above (at 3890bd5), first sight with them: 107 / 114 (0.939), 3 false positives
                       outcomes     18 / 19                  19 / 19   (招待し、同首相はこれを快諾: consent,
                                                                        outcomes.consent.kaidaku)
                       planned       7 /  7, 2 fp             7 /  7   (首脳間の相互訪問を活発化させていく: open-ended,
                                                                        plans.open_ended.kappatsuka (させていく) and
                                                                        plans.open_exchange.sougo_houmon; 2028年を「日越友好年」
                                                                        として、記念事業を実施: the year's own events,
                                                                        plans.year_content.*)
                       principals   16 / 18, 1 fp            18 / 18   (a visitor's talks with two governors on the 11th and
                       n_events      7 /  8                   8 /  8    the 12th were one: talks.same_talk takes no talk the
                       date, kind, city each one short                  sentence dates on another day with another Japanese
                                                                        principal, meetings.py)
                       (after: 114 / 114, 0 false positives)
    stress2 (8)        written then (at 8dc7096, with 同副大臣 read as the talk's one whose title holds it, Japan's beside a
                       foreign minister, outcomes.back_reference.dou), first sight: 119 / 119, 0 false positives (every family
                       exact: 呼びかけ, 原則一致, 同様の考え, 厳重に抗議し…申し入れ, 遺憾である旨の発言, 招待したい旨, 同副大臣 / 同大臣,
                       来年早々, 開催すべく調整)
    stress3 (5)        written after stress2 (same code), first sight: 73 / 74, 1 false positive
                       outcomes     12 / 13                  13 / 13   (先方に対し、…を中国に求めていくよう要請: the other side
                                                                        asked, a third country inside what it is asked,
                                                                        outcomes.talk_addressee.senpo)
                       planned       4 /  4, 1 fp             4 /  4   (…首長の訪日を招待し、首長から、喜んで訪日したい旨応じ:
                                                                        an emir is a visitor as a president is, plans._VISITOR)

real 0.979 (unchanged, its records identical), devset 1.000, seeds 0.995; bench/record_diff.py against main (a24e8b5;
seeds, devset, tests, real, 500 synthetic): 0 of 749 records differ. Floors: every family exact, no false positive.

``python tests/test_generalisation14.py [set] [-v]`` prints the table per family and every miss.
"""

from __future__ import annotations

from tests.test_generalisation2 import AG
from tests.test_generalisation3 import Probe, inv, print_report, rq, score


def pr(cc):
    return ("protest", cc)


# fmt: off
# --- 1. long summit pages: many outcome sentences in numbered sections, each side in its own paragraph ----------------
SUMMIT = [
    ("日・ポーランド首脳会談\n令和7年9月10日\n\n"
     "9月10日、午後5時30分から約1時間20分、田中内閣総理大臣は、総理大臣官邸において、公式実務訪問中のノヴァコフスキ・ポーランド大統領と首脳会談を行いました。概要は以下のとおりです。\n"
     "1 冒頭\n"
     "田中総理から、ノヴァコフスキ大統領の初の訪日を歓迎する旨述べました。これに対し、ノヴァコフスキ大統領から、温かい歓迎への謝意が表明されました。\n"
     "2 二国間関係\n"
     "(1) 両首脳は、両国関係を「戦略的パートナーシップ」に格上げすることで一致しました。\n"
     "(2) 田中総理から、ポーランドにおける日本企業のビジネス環境の一層の整備を求めました。ノヴァコフスキ大統領からは、原子力発電所建設への日本企業の参画に期待が示されました。\n"
     "(3) 両首脳は、エネルギー安全保障分野での協力を推進していくことを確認しました。\n"
     "(4) 田中総理から、ウクライナの復旧・復興に向けた日・ポーランド間の協力を提案し、ノヴァコフスキ大統領は賛意を示しました。\n"
     "3 地域情勢\n"
     "(1) 田中総理から、東シナ海・南シナ海情勢について説明し、両首脳は、力による一方的な現状変更の試みに強く反対することで一致しました。\n"
     "(2) 田中総理から、拉致問題の即時解決に向けた理解と協力を求め、ノヴァコフスキ大統領から支持を得ました。\n"
     "4 国際場裡における協力\n"
     "両首脳は、安保理改革を含む国連の機能強化に向けて協力していくことについて認識を共有しました。最後に、両首脳は、引き続き首脳間で緊密に連携していくことで一致しました。また、田中総理は、ノヴァコフスキ大統領を改めて日本に招待しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-09-10", "n_events": 1},
     [{"date": "2025-09-10", "kind": "summit", "city": "東京", "start_local": "17:30", "start_jst": "17:30",
       "duration_min": 80, "outcomes": [AG, rq("JP"), AG, AG, AG, rq("JP"), AG, AG, AG, inv("JP")],
       "principals": [("田中", "総理大臣", "JP"), ("ノヴァコフスキ", "大統領", "PL")]}]),
    ("日英首脳会談(概要)\n平成15年6月20日\n\n"
     "1.6月20日(金)午前10時より約1時間15分、ロンドンを訪問中の小島総理は、ヘイスティングス英国首相と首脳会談を行ったところ、概要以下の通り。\n"
     "2.二国間関係\n"
     "(1)当方より、日英間の防衛装備品協力の重要性を説明したのに対し、先方からは、これに同意する旨の発言があった。\n"
     "(2)先方からは、英国産牛肉の輸入の早期再開について要請があった。当方からは、科学的知見に基づき検討している旨応じた。\n"
     "(3)両首脳は、日英間の科学技術協力を一層強化していくことで意見の一致をみた。\n"
     "3.地域情勢\n"
     "(1)当方より、北朝鮮の核問題の平和的解決に向けて英国の協力を働きかけた。\n"
     "(2)先方より、中東和平について英国の取組が説明され、当方からは、日本としても和平プロセスを支援していく旨述べた。\n"
     "4.国際経済\n"
     "両首脳は、WTO新ラウンド交渉の進展に向け協力することで合意した。また、両首脳は、エビアン・サミットの成果を踏まえ、G8の協調を確保することが重要であるとの認識で一致した。\n",
     {"doc_type": "meeting", "doc_date": "2003-06-20", "n_events": 1},
     [{"date": "2003-06-20", "kind": "summit", "city": "ロンドン", "start_local": "10:00", "start_jst": None,
       "duration_min": 75, "outcomes": [AG, rq("GB"), AG, rq("JP"), AG, AG],
       "principals": [("小島", "総理大臣", "JP"), ("ヘイスティングス", "首相", "GB")]}]),
    ("日・メキシコ首脳会談\n令和6年5月16日\n\n"
     "5月16日、午後4時から約1時間、メキシコシティを訪問中の田中内閣総理大臣は、ロサレス・メキシコ大統領と首脳会談を行いました。\n"
     "1 ロサレス大統領は、日本企業による投資の拡大を歓迎すると述べ、これに対し田中総理は、サプライチェーン強靱化に向けた協力を提案しました。ロサレス大統領は、この提案に同意しました。\n"
     "2 田中総理は、在留邦人の安全確保への協力を要請し、ロサレス大統領はこれを受け入れました。\n"
     "3 両首脳は、日・メキシコ経済連携協定の見直しに向けた協議を開始することで合意しました。\n"
     "4 両首脳は、中南米地域の情勢について意見交換を行いました。\n"
     "5 最後に、両首脳は、今後とも首脳間で緊密に意思疎通を図っていくことを確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-05-16", "n_events": 1},
     [{"date": "2024-05-16", "kind": "summit", "city": "メキシコシティ", "start_local": "16:00", "start_jst": None,
       "duration_min": 60, "outcomes": [AG, rq("JP"), AG, AG, AG], "planned": [("協議", None)],
       "principals": [("田中", "総理大臣", "JP"), ("ロサレス", "大統領", "MX")]}]),
    ("日中首脳会談\n令和8年11月15日\n\n"
     "11月15日(現地時間)、午後5時20分から約1時間、APEC首脳会議出席のためリマを訪問中の田中内閣総理大臣は、王志強中国国家主席と首脳会談を行いました。概要は以下のとおりです。\n"
     "1 冒頭\n"
     "両首脳は、「戦略的互恵関係」を包括的に推進することを再確認しました。\n"
     "2 懸案事項\n"
     "(1) 田中総理から、尖閣諸島周辺海域における中国海警局の船舶の活動について強い懸念を表明し、領海侵入の即時停止を強く求めました。\n"
     "(2) 田中総理から、日本の排他的経済水域における中国のブイ設置に抗議し、その即時撤去を求めました。\n"
     "(3) 田中総理から、邦人の拘束事案について遺憾の意を表明し、早期解放を改めて求めました。王主席からは、中国側の立場が述べられました。\n"
     "3 協力\n"
     "(1) 両首脳は、日中ハイレベル経済対話を来年東京で開催することで一致しました。\n"
     "(2) 両首脳は、首脳を含むあらゆるレベルで意思疎通を継続していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-11-15", "n_events": 1},
     [{"date": "2026-11-15", "kind": "summit", "city": "リマ", "start_local": "17:20", "start_jst": None,
       "duration_min": 60, "outcomes": [AG, rq("JP"), pr("JP"), rq("JP"), pr("JP"), rq("JP"), AG, AG],
       "planned": [("ハイレベル経済対話", "2027", "東京")],
       "principals": [("田中", "総理大臣", "JP"), ("王志強", "国家主席", "CN")]}]),
    ("日・ケニア首脳会談\n令和7年8月21日\n\n"
     "8月21日、午前11時から約45分間、田中内閣総理大臣は、TICAD9出席のため来日中のキプロノ・ケニア大統領と首脳会談を行いました。\n"
     "1 キプロノ大統領から、モンバサ経済特区の開発への日本の一層の支援を要請しました。\n"
     "2 田中総理から、ケニアにおける日本企業の投資環境の改善を申し入れました。\n"
     "3 田中総理から、国連安保理改革に関するケニアの協力を働きかけました。\n"
     "4 キプロノ大統領は、日本の常任理事国入りに向けた取組について説明を受け、これを支持しました。\n"
     "5 両首脳は、自由で開かれたインド太平洋の実現に向けて協力していくことで一致しました。\n"
     "6 キプロノ大統領から、田中総理に対し、ケニア訪問を招請しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-08-21", "n_events": 1},
     [{"date": "2025-08-21", "kind": "summit", "start_local": "11:00", "start_jst": "11:00", "duration_min": 45,
       "outcomes": [rq("KE"), rq("JP"), rq("JP"), AG, AG, inv("KE")],
       "principals": [("田中", "総理大臣", "JP"), ("キプロノ", "大統領", "KE")]}]),
    ("日・イタリア首脳会談\n令和6年1月9日\n\n"
     "1月9日、午後1時から約1時間10分、ローマを訪問中の田中内閣総理大臣は、コロンナ・イタリア首相と昼食を交えて首脳会談を行いました。\n"
     "1 二国間関係\n"
     "両首脳は、日伊関係を「戦略的パートナーシップ」として一層強化していくことで一致しました。コロンナ首相は、次期戦闘機の共同開発を着実に進めたい旨述べ、これに対し田中総理からも同様の考えを述べ、両首脳は、共同開発を着実に進めることを確認しました。\n"
     "2 G7\n"
     "田中総理から、イタリアのG7議長国としての取組への協力を表明しました。コロンナ首相から、田中総理の協力に謝意が示されました。\n"
     "3 地域情勢\n"
     "両首脳は、インド太平洋地域と欧州の安全保障は不可分であるとの認識を共有しました。両首脳は、北朝鮮の核・ミサイル問題及び拉致問題の解決に向けて緊密に連携していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-01-09", "n_events": 1},
     [{"date": "2024-01-09", "kind": "summit", "city": "ローマ", "start_local": "13:00", "start_jst": None,
       "duration_min": 70, "outcomes": [AG, AG, AG, AG],
       "principals": [("田中", "総理大臣", "JP"), ("コロンナ", "首相", "IT")]}]),
]

# --- 2. two outcomes in one sentence, of different types or by different sides --------------------------------------
DOUBLE = [
    ("日・ベトナム外相会談\n令和7年2月4日\n\n"
     "2月4日、午後3時から約50分間、佐藤外務大臣は、飯倉公館において、来日中のチャン・ベトナム外務大臣と外相会談を行いました。\n"
     "1 佐藤大臣から、ベトナムにおける技能実習生の送出し制度の適正化を求めるとともに、両外相は、人材交流を一層促進していくことで一致しました。\n"
     "2 チャン大臣から、日本の政府開発援助に謝意が表明されるとともに、佐藤大臣のベトナム訪問を招待しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-02-04", "n_events": 1},
     [{"date": "2025-02-04", "kind": "foreign_ministers", "city": "東京", "start_local": "15:00", "start_jst": "15:00",
       "duration_min": 50, "outcomes": [rq("JP"), AG, inv("VN")],
       "principals": [("佐藤", "外務大臣", "JP"), ("チャン", "外務大臣", "VN")]}]),
    ("日露外相会談\n平成30年5月10日\n\n"
     "5月10日、午後2時から約2時間、モスクワを訪問中の佐藤外務大臣は、ヴォルコフ・ロシア外務大臣と外相会談を行いました。\n"
     "1 佐藤大臣から、北方四島におけるロシア軍の演習について抗議するとともに、北方四島の帰属の問題を解決して平和条約を締結するよう申し入れました。\n"
     "2 佐藤大臣から、日本漁船の拿捕について遺憾の意を表明し、乗組員の早期解放を求めたのに対し、ヴォルコフ大臣から、ロシア側の立場の説明がありました。\n"
     "3 両外相は、人的交流を一層拡大していくことを確認し、佐藤大臣から、ヴォルコフ大臣を日本に招待しました。\n",
     {"doc_type": "meeting", "doc_date": "2018-05-10", "n_events": 1},
     [{"date": "2018-05-10", "kind": "foreign_ministers", "city": "モスクワ", "start_local": "14:00", "start_jst": None,
       "duration_min": 120, "outcomes": [pr("JP"), rq("JP"), pr("JP"), rq("JP"), AG, inv("JP")],
       "principals": [("佐藤", "外務大臣", "JP"), ("ヴォルコフ", "外務大臣", "RU")]}]),
    ("日・ブラジル外相電話会談\n令和6年6月12日\n\n"
     "6月12日、午後9時から約30分間、佐藤外務大臣は、ペレイラ・ブラジル外務大臣と電話会談を行いました。\n"
     "1 ペレイラ大臣から、ブラジル産牛肉の対日輸出の解禁を要請し、佐藤大臣は、科学的な評価を進める考えを示しました。\n"
     "2 佐藤大臣から、G20議長国ブラジルの取組への協力を申し出たのに対し、ペレイラ大臣から謝意が示されました。\n"
     "3 佐藤大臣から、日本の常任理事国入りへの支持を求め、ペレイラ大臣は、これに賛同しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2024-06-12", "n_events": 1},
     [{"date": "2024-06-12", "kind": "foreign_ministers", "channel": "telephone", "city": None, "start_local": "21:00",
       "start_jst": "21:00", "duration_min": 30, "outcomes": [rq("BR"), rq("JP"), AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ペレイラ", "外務大臣", "BR")]}]),
    ("日・フィンランド首脳会談\n令和8年4月22日\n\n"
     "4月22日、午後6時から約40分間、田中内閣総理大臣は、総理大臣官邸において、来日中のヴィルタネン・フィンランド首相と首脳会談を行いました。\n"
     "1 両首脳は、北極分野での協力を強化していくことで一致するとともに、田中総理から、同分野での情報共有の一層の推進を求めました。\n"
     "2 ヴィルタネン首相から、田中総理のフィンランド訪問を招待し、田中総理はこれを受諾しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-04-22", "n_events": 1},
     [{"date": "2026-04-22", "kind": "summit", "city": "東京", "start_local": "18:00", "start_jst": "18:00",
       "duration_min": 40, "outcomes": [AG, rq("JP"), inv("FI"), AG], "planned": [("訪問", None, "フィンランド")],
       "principals": [("田中", "総理大臣", "JP"), ("ヴィルタネン", "首相", "FI")]}]),
    ("日・エジプト外相会談\n令和5年12月5日\n\n"
     "12月5日、午前10時30分から約45分間、カイロを訪問中の佐藤外務大臣は、ファハミ・エジプト外務大臣と外相会談を行いました。\n"
     "1 両外相は、ガザ地区の人道状況について深刻な懸念を共有し、人道支援の継続の重要性を確認するとともに、佐藤大臣から、エジプトの仲介努力への支援を表明しました。\n"
     "2 ファハミ大臣から、ラファ検問所を通じた人道支援物資の搬入について日本の協力を求め、佐藤大臣は、日本として検討していく考えを示しました。\n"
     "3 双方は、両国間の戦略的対話を年内に東京で開催することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2023-12-05", "n_events": 1},
     [{"date": "2023-12-05", "kind": "foreign_ministers", "city": "カイロ", "start_local": "10:30", "start_jst": None,
       "duration_min": 45, "outcomes": [AG, rq("EG"), AG], "planned": [("戦略的対話", "2023", "東京")],
       "principals": [("佐藤", "外務大臣", "JP"), ("ファハミ", "外務大臣", "EG")]}]),
    ("日・モンゴル首脳会談\n令和7年3月3日\n\n"
     "3月3日、午後2時から約1時間、ウランバートルを訪問中の田中内閣総理大臣は、バトエルデネ・モンゴル首相と首脳会談を行いました。\n"
     "1 バトエルデネ首相から、新空港の運営に関する日本の協力に謝意を表明し、両首脳は、鉱物資源分野での協力を推進していくことで一致しました。\n"
     "2 田中総理から、北朝鮮の核・ミサイル問題について、モンゴルの協力を求め、バトエルデネ首相から、全面的な支持が表明されました。\n",
     {"doc_type": "meeting", "doc_date": "2025-03-03", "n_events": 1},
     [{"date": "2025-03-03", "kind": "summit", "city": "ウランバートル", "start_local": "14:00", "start_jst": None,
       "duration_min": 60, "outcomes": [AG, rq("JP"), AG],
       "principals": [("田中", "総理大臣", "JP"), ("バトエルデネ", "首相", "MN")]}]),
]

# --- 3. planned items in every form -------------------------------------------------------------------------------------
PLANS = [
    ("日・チリ外相会談\n令和8年6月8日\n\n"
     "6月8日、午前11時から約40分間、佐藤外務大臣は、飯倉公館において、来日中のバルデス・チリ外務大臣と外相会談を行いました。\n"
     "1 両外相は、次回の日・チリ外相間戦略対話を来年前半にサンティアゴで開催することで一致しました。\n"
     "2 両外相は、適切な時期に次官級の政策協議を開催することで一致しました。\n"
     "3 バルデス大臣から、佐藤大臣のチリ訪問を招請しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-06-08", "n_events": 1},
     [{"date": "2026-06-08", "kind": "foreign_ministers", "city": "東京", "start_local": "11:00", "start_jst": "11:00",
       "duration_min": 40, "outcomes": [AG, AG, inv("CL")],
       "planned": [("戦略対話", "2027", "サンティアゴ"), ("政策協議", None)],
       "principals": [("佐藤", "外務大臣", "JP"), ("バルデス", "外務大臣", "CL")]}]),
    ("日・カザフスタン首脳電話会談\n令和6年3月19日\n\n"
     "3月19日、午後4時から約25分間、田中内閣総理大臣は、ヌルラノフ・カザフスタン大統領と電話会談を行いました。\n"
     "1 両首脳は、ヌルラノフ大統領の年内の訪日の実現に向けて調整していくことで一致しました。\n"
     "2 両首脳は、「中央アジア+日本」対話の枠組みで協力していくことを確認しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2024-03-19", "n_events": 1},
     [{"date": "2024-03-19", "kind": "summit", "channel": "telephone", "city": None, "start_local": "16:00",
       "start_jst": "16:00", "duration_min": 25, "outcomes": [AG, AG], "planned": [("訪日", "2024", "日本")],
       "principals": [("田中", "総理大臣", "JP"), ("ヌルラノフ", "大統領", "KZ")]}]),
    ("日・ペルー首脳会談\n令和8年2月26日\n\n"
     "2月26日、午後5時から約50分間、田中内閣総理大臣は、総理大臣官邸において、来日中のキスペ・ペルー大統領と首脳会談を行いました。\n"
     "1 両首脳は、外交関係樹立155周年に当たる2028年を「日・ペルー交流年」とし、様々な交流事業を実施していくことで一致しました。\n"
     "2 両首脳は、日・ペルー合同委員会の第5回会合を本年秋にリマで開催することで一致しました。\n"
     "3 キスペ大統領から、田中総理に対し、ペルー訪問の招待があり、田中総理はこれを受諾しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-02-26", "n_events": 1},
     [{"date": "2026-02-26", "kind": "summit", "city": "東京", "start_local": "17:00", "start_jst": "17:00",
       "duration_min": 50, "outcomes": [AG, AG, inv("PE"), AG],
       "planned": [("交流年", "2028"), ("合同委員会", "2026", "リマ"), ("訪問", None, "ペルー")],
       "principals": [("田中", "総理大臣", "JP"), ("キスペ", "大統領", "PE")]}]),
    ("日・スペイン首脳会談\n令和7年10月28日\n\n"
     "10月28日、午後6時から約1時間、マドリードを訪問中の田中内閣総理大臣は、ロドリゲス・スペイン首相と首脳会談を行いました。\n"
     "1 両首脳は、両国外務当局に対し、日・スペイン安全保障対話を来月東京で開催するよう指示することで一致しました。\n"
     "2 両首脳は、両国の外務・防衛当局間の協議を早期に立ち上げることで合意しました。\n"
     "3 ロドリゲス首相から、来年の訪日に意欲が示されました。\n",
     {"doc_type": "meeting", "doc_date": "2025-10-28", "n_events": 1},
     [{"date": "2025-10-28", "kind": "summit", "city": "マドリード", "start_local": "18:00", "start_jst": None,
       "duration_min": 60, "outcomes": [AG, AG],
       "planned": [("安全保障対話", "2025-11", "東京"), ("協議", None)],
       "principals": [("田中", "総理大臣", "JP"), ("ロドリゲス", "首相", "ES")]}]),
    ("日・ナイジェリア外相会談\n令和6年9月24日\n\n"
     "9月24日(現地時間)、午前9時から約30分間、国連総会出席のためニューヨークを訪問中の佐藤外務大臣は、オコンクォ・ナイジェリア外務大臣と外相会談を行いました。\n"
     "1 佐藤大臣から、ナイジェリアにおける邦人の安全確保への協力を求めました。\n"
     "2 オコンクォ大臣から、来年2月上旬に訪日する予定である旨の説明がありました。\n"
     "3 両外相は、本年12月にアブジャで第2回日・ナイジェリア政策協議を開催することで一\n",
     {"doc_type": "meeting", "doc_date": "2024-09-24", "n_events": 1},
     [{"date": "2024-09-24", "kind": "foreign_ministers", "city": "ニューヨーク", "start_local": "09:00", "start_jst": None,
       "duration_min": 30, "outcomes": [rq("JP")],
       "planned": [("訪日", "2025-02", "日本"), ("政策協議", "2024-12", "アブジャ")],
       "principals": [("佐藤", "外務大臣", "JP"), ("オコンクォ", "外務大臣", "NG")]}]),
    ("日・オーストラリア首脳会談\n令和7年12月12日\n\n"
     "12月12日、午後3時30分から約1時間、キャンベラを訪問中の田中内閣総理大臣は、ウォーカー・オーストラリア首相と首脳会談を行いました。\n"
     "1 両首脳は、来年前半に日豪「2+2」を東京で開催することで一致しました。\n"
     "2 両首脳は、日豪円滑化協定の下での共同訓練を拡大していくことで一致しました。\n"
     "3 田中総理から、ウォーカー首相に対し、早期の訪日を招請しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-12-12", "n_events": 1},
     [{"date": "2025-12-12", "kind": "summit", "city": "キャンベラ", "start_local": "15:30", "start_jst": None,
       "duration_min": 60, "outcomes": [AG, AG, inv("JP")], "planned": [("2+2", "2026", "東京")],
       "principals": [("田中", "総理大臣", "JP"), ("ウォーカー", "首相", "AU")]}]),
    ("日・サウジアラビア外相会談\n令和6年1月23日\n\n"
     "1月23日、午後2時から約1時間、リヤドを訪問中の佐藤外務大臣は、ファイサル・サウジアラビア外務大臣と外相会談を行いました。\n"
     "1 両外相は、「日・サウジ・ビジョン2030」閣僚会合を本年前半に東京で開催することを確認しました。\n"
     "2 両外相は、両国の首脳間の交流を重視し、早期の首脳会談の実現に向けて緊密に調整していくことで一致しました。\n"
     "3 佐藤大臣から、ファイサル大臣の本年中の訪日を招請し、ファイサル大臣はこれを受諾しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-01-23", "n_events": 1},
     [{"date": "2024-01-23", "kind": "foreign_ministers", "city": "リヤド", "start_local": "14:00", "start_jst": None,
       "duration_min": 60, "outcomes": [AG, AG, inv("JP"), AG],
       "planned": [("閣僚会合", "2024", "東京"), ("首脳会談", None), ("訪日", "2024", "日本")],
       "principals": [("佐藤", "外務大臣", "JP"), ("ファイサル", "外務大臣", "SA")]}]),
    ("日・カナダ外相電話会談\n令和8年1月29日\n\n"
     "1月29日、午前8時から約20分間、佐藤外務大臣は、トランブレ・カナダ外務大臣と電話会談を行いました。\n"
     "1 両外相は、来月ミュンヘンで開催される安全保障会議の機会に対面で会談を行うことで一致しました。\n"
     "2 両外相は、日加間の経済安全保障協力について引き続き協議していくことを確認しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2026-01-29", "n_events": 1},
     [{"date": "2026-01-29", "kind": "foreign_ministers", "channel": "telephone", "city": None, "start_local": "08:00",
       "start_jst": "08:00", "duration_min": 20, "outcomes": [AG, AG], "planned": [("会談", "2026-02", "ミュンヘン")],
       "principals": [("佐藤", "外務大臣", "JP"), ("トランブレ", "外務大臣", "CA")]}]),
]

# --- 4. the sides named by a pronoun or by 両首脳 / 双方 / 先方 / 当方 ------------------------------------------------------
PRONOUN = [
    ("日・トルコ首脳会談(概要)\n平成20年1月9日\n\n"
     "1.1月9日(水)午後3時より約50分間、小島総理は、公式実務訪問中のデミレル・トルコ首相と首脳会談を行ったところ、概要以下のとおり。\n"
     "2.同首相より、トルコへの日本企業の投資の拡大を要請した。\n"
     "3.当方より、イラク情勢の安定に向けたトルコの役割に期待を表明するとともに、テロ対策における協力を申し入れた。\n"
     "4.双方は、両国間の政治対話を強化していくことで一致した。\n"
     "5.同首相から、小島総理のトルコ訪問を招待した。\n",
     {"doc_type": "meeting", "doc_date": "2008-01-09", "n_events": 1},
     [{"date": "2008-01-09", "kind": "summit", "start_local": "15:00", "duration_min": 50,
       "outcomes": [rq("TR"), rq("JP"), AG, inv("TR")],
       "principals": [("小島", "総理大臣", "JP"), ("デミレル", "首相", "TR")]}]),
    ("日韓外相会談\n令和6年8月30日\n\n"
     "8月30日、午後6時から約1時間30分、ソウルを訪問中の佐藤外務大臣は、朴成珉韓国外交部長官と外相会談を行い、その後夕食会を行いました。\n"
     "1 先方からは、日韓関係の改善の流れを維持したいとの発言があり、当方からは、首脳間の信頼関係を基礎に関係を発展させたい旨述べました。\n"
     "2 先方からは、日本による韓国人被爆者への支援の継続について要望がありました。\n"
     "3 当方からは、竹島問題に関する日本の立場を改めて伝え、韓国による竹島周辺での海洋調査に抗議しました。\n"
     "4 双方は、北朝鮮問題について、日韓、日米韓で緊密に連携していくことを確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-08-30", "n_events": 1},
     [{"date": "2024-08-30", "kind": "foreign_ministers", "city": "ソウル", "start_local": "18:00", "start_jst": None,
       "duration_min": 90, "outcomes": [rq("KR"), pr("JP"), AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("朴成珉", "外交部長官", "KR")]}]),
    ("日・アルゼンチン首脳会談\n令和7年11月20日\n\n"
     "11月20日、午前10時から約40分間、ブエノスアイレスを訪問中の田中内閣総理大臣は、フェルナンデス・アルゼンチン大統領と首脳会談を行いました。\n"
     "1 同大統領から、リチウム資源開発への日本企業の参画を要請し、田中総理は、これを歓迎しました。\n"
     "2 田中総理から、同大統領に対し、日本の水産物に対する輸入規制の撤廃を求めました。\n"
     "3 両首脳は、両国の経済関係を一層強化していくことで一致しました。\n"
     "4 同大統領は、田中総理の提案した経済対話の立ち上げに同意しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-11-20", "n_events": 1},
     [{"date": "2025-11-20", "kind": "summit", "city": "ブエノスアイレス", "start_local": "10:00", "start_jst": None,
       "duration_min": 40, "outcomes": [rq("AR"), rq("JP"), AG, AG], "planned": [("経済対話", None)],
       "principals": [("田中", "総理大臣", "JP"), ("フェルナンデス", "大統領", "AR")]}]),
    ("日・ウクライナ外相電話会談\n令和6年2月7日\n\n"
     "2月7日、午後5時から約30分間、佐藤外務大臣は、コヴァレンコ・ウクライナ外務大臣と電話会談を行いました。\n"
     "1 同外相から、日本のこれまでの支援に謝意が表明されるとともに、エネルギー分野での更なる支援を要請しました。\n"
     "2 当方から、日・ウクライナ経済復興推進会議を本年2月に東京で開催する旨を説明し、先方はこれを歓迎しました。\n"
     "3 両外相は、引き続き緊密に意思疎通していくことで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2024-02-07", "n_events": 1},
     [{"date": "2024-02-07", "kind": "foreign_ministers", "channel": "telephone", "city": None, "start_local": "17:00",
       "start_jst": "17:00", "duration_min": 30, "outcomes": [rq("UA"), AG],
       "planned": [("経済復興推進会議", "2024-02", "東京")],
       "principals": [("佐藤", "外務大臣", "JP"), ("コヴァレンコ", "外務大臣", "UA")]}]),
    ("日・シンガポール首脳会談\n令和8年5月30日\n\n"
     "5月30日、午後1時から約50分間、シャングリラ・ダイアローグ出席のためシンガポールを訪問中の田中内閣総理大臣は、タン・シンガポール首相と首脳会談を行いました。\n"
     "1 両首脳は、日・シンガポール経済連携協定の見直しに関する交渉の妥結を確認しました。\n"
     "2 タン首相から、日本の防衛力強化の取組について説明を求めたのに対し、田中総理から説明し、同首相から理解が示されました。\n"
     "3 双方は、サイバー分野での協力に関する対話を立ち上げることで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2026-05-30", "n_events": 1},
     [{"date": "2026-05-30", "kind": "summit", "city": "シンガポール", "start_local": "13:00", "start_jst": None,
       "duration_min": 50, "outcomes": [AG, rq("SG"), AG], "planned": [("対話", None)],
       "principals": [("田中", "総理大臣", "JP"), ("タン", "首相", "SG")]}]),
    ("日・イラン外相会談\n令和5年8月6日\n\n"
     "8月6日、午後4時から約1時間30分、テヘランを訪問中の佐藤外務大臣は、ラフマニ・イラン外務大臣と外相会談を行いました。\n"
     "1 当方から、イランの核問題について、国際原子力機関(IAEA)との完全な協力を強く求めました。\n"
     "2 先方からは、核合意に関するイランの立場が述べられ、これに対し当方から、対話による解決の重要性を述べました。\n"
     "3 当方から、イランに拘束されている邦人の早期解放を改めて申し入れ、先方は、これに前向きに対応する旨述べました。\n"
     "4 双方は、両国間の伝統的な友好関係を維持していくことを確認しました。\n",
     {"doc_type": "meeting", "doc_date": "2023-08-06", "n_events": 1},
     [{"date": "2023-08-06", "kind": "foreign_ministers", "city": "テヘラン", "start_local": "16:00", "start_jst": None,
       "duration_min": 90, "outcomes": [rq("JP"), rq("JP"), AG],
       "principals": [("佐藤", "外務大臣", "JP"), ("ラフマニ", "外務大臣", "IR")]}]),
]

# --- 5. leftovers of probe 13: Japan's governors and mayors, brackets in an officer's title, treaty style, a Bluebook paragraph
LEFTOVER = [
    ("ゴンサレス・パラグアイ大統領と小池東京都知事との会談\n令和7年7月14日\n\n"
     "7月14日、午後3時から約30分間、国賓として訪日中のゴンサレス・パラグアイ大統領は、東京都庁において、小池東京都知事と会談を行いました。\n"
     "両者は、東京とアスンシオンの都市間交流を一層推進していくことで一致しました。\n",
     {"doc_date": "2025-07-14", "n_events": 1},
     [{"date": "2025-07-14", "kind": "other", "city": "東京", "start_local": "15:00", "duration_min": 30, "outcomes": [AG],
       "principals": [("小池", "都知事", "JP"), ("ゴンサレス", "大統領", "PY")]}]),
    ("ハサン・ヨルダン首相と吉川大阪府知事との会談\n令和6年11月8日\n\n"
     "11月8日、午前10時から約30分間、ハサン・ヨルダン首相は、大阪府庁において、吉川大阪府知事と会談を行いました。両者は、観光分野での交流を促進していくことで一致しました。\n",
     {"doc_date": "2024-11-08", "n_events": 1},
     [{"date": "2024-11-08", "kind": "other", "city": "大阪", "start_local": "10:00", "duration_min": 30, "outcomes": [AG],
       "principals": [("吉川", "府知事", "JP"), ("ハサン", "首相", "JO")]}]),
    ("高橋外務副大臣と包括的核実験禁止条約機関(ＣＴＢＴＯ)準備委員会事務局長との会談\n令和6年4月16日\n\n"
     "4月16日、午後2時から約30分間、高橋外務副大臣は、外務省において、来日中のフロイド包括的核実験禁止条約機関（ＣＴＢＴＯ）準備委員会事務局長と会談を行いました。\n"
     "1 高橋副大臣から、条約の早期発効に向けた日本の取組を説明しました。\n"
     "2 両者は、国際監視制度の強化に向けて協力していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-04-16", "n_events": 1},
     [{"date": "2024-04-16", "kind": "other", "city": "東京", "start_local": "14:00", "start_jst": "14:00",
       "duration_min": 30, "outcomes": [AG],
       "principals": [("高橋", "外務副大臣", "JP"), ("フロイド", "準備委員会事務局長", None)]}]),
    ("日・ガーナ共同声明\n令和7年8月22日\n\n"
     "日本国内閣総理大臣田中一郎とガーナ共和国大統領クワメ・アサンテは、8月22日、東京において首脳会談を行った。\n"
     "1 両首脳は、両国関係を一層発展させていくことで一致した。\n"
     "2 両首脳は、第2回日・ガーナ政策協議を来年アクラで開催することで一致した。\n",
     {"doc_type": "statement", "doc_date": "2025-08-22", "n_events": 1},
     [{"date": "2025-08-22", "kind": "summit", "city": "東京", "outcomes": [AG, AG],
       "planned": [("政策協議", "2026", "アクラ")],
       "principals": [("田中", "総理大臣", "JP"), ("アサンテ", "大統領", "GH")]}]),
    ("第2節 中南米\n\n"
     "2015年9月、安倍総理大臣は、訪日したカルデナス・コロンビア大統領と首脳会談を行い、両首脳は、経済連携協定の早期妥結に向けて交渉を加速することで一致した。\n",
     {"n_events": 1},
     [{"date": "2015-09", "kind": "summit", "outcomes": [AG],
       "principals": [("安倍", "総理大臣", "JP"), ("カルデナス", "大統領", "CO")]}]),
    ("中村外務大臣と野口横浜市長との会談\n令和5年4月5日\n\n"
     "4月5日、午後4時から約20分間、中村外務大臣は、外務省において、野口横浜市長の表敬を受けました。\n"
     "1 野口市長から、国際園芸博覧会の開催に向けた外務省の協力を要請しました。\n"
     "2 中村大臣から、博覧会の成功に向けて協力していく考えを述べました。\n",
     {"doc_type": "meeting", "doc_date": "2023-04-05", "n_events": 1},
     [{"date": "2023-04-05", "kind": "other", "city": "東京", "start_local": "16:00", "start_jst": "16:00",
       "duration_min": 20, "outcomes": [rq("JP")],
       "principals": [("中村", "外務大臣", "JP"), ("野口", "市長", "JP")]}]),
]
# --- stress: written after this round's rows (at 3890bd5), harder forms of the same families -----------------------------
STRESS = [
    ("日中外相会談(概要)\n平成25年9月26日\n\n"
     "1.9月26日(木)午後3時より約1時間、国連総会出席のためニューヨークを訪問中の岸田外務大臣は、王毅中国外交部長と会談したところ、概要以下のとおり。\n"
     "2.先方からは、日本の閣僚による靖国神社参拝について抗議があり、当方からは、日本の立場を説明した。\n"
     "3.当方より、東シナ海における一方的な資源開発の中止を求めるとともに、境界画定に向けた協議の再開を要請した。\n"
     "4.双方は、日中関係を改善させていくことの重要性を確認した。\n",
     {"doc_type": "meeting", "doc_date": "2013-09-26", "n_events": 1},
     [{"date": "2013-09-26", "kind": "foreign_ministers", "city": "ニューヨーク", "start_local": "15:00", "start_jst": None,
       "duration_min": 60, "outcomes": [pr("CN"), rq("JP"), AG],
       "principals": [("岸田", "外務大臣", "JP"), ("王毅", "外交部長", "CN")]}]),
    ("日・ベトナム首脳会談\n令和7年6月4日\n\n"
     "6月4日、午後6時から約50分間、田中内閣総理大臣は、総理大臣官邸において、公式訪問中のグエン・ベトナム首相と首脳会談を行いました。\n"
     "1 田中総理から、グエン首相を来年再び日本に招待し、同首相はこれを快諾しました。\n"
     "2 グエン首相から、ベトナム産果物の輸入解禁を要請するとともに、技能実習制度の見直しに関する配慮を求めました。\n"
     "3 両首脳は、日越外交関係樹立55周年に当たる2028年を「日越友好年」として、記念事業を実施していくことで一致しました。\n"
     "4 両首脳は、首脳間の相互訪問を活発化させていくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-06-04", "n_events": 1},
     [{"date": "2025-06-04", "kind": "summit", "city": "東京", "start_local": "18:00", "start_jst": "18:00",
       "duration_min": 50, "outcomes": [inv("JP"), AG, rq("VN"), AG, AG],
       "planned": [("訪日", "2026", "日本"), ("友好年", "2028")],
       "principals": [("田中", "総理大臣", "JP"), ("グエン", "首相", "VN")]}]),
    ("日・ドイツ外相会談\n令和6年11月7日\n\n"
     "11月7日、午前10時から約45分間、ベルリンを訪問中の佐藤外務大臣は、ヴァーグナー・ドイツ外務大臣と外相会談を行いました。\n"
     "1 両外相は、年明けにも第3回日独外務・防衛閣僚会合(「2+2」)を東京で開催することで一致しました。\n"
     "2 ヴァーグナー大臣から、次回の日独外相戦略対話は来年春にハンブルクで開催される予定である旨説明がありました。\n"
     "3 佐藤大臣から、ヴァーグナー大臣の訪日を招請しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-11-07", "n_events": 1},
     [{"date": "2024-11-07", "kind": "foreign_ministers", "city": "ベルリン", "start_local": "10:00", "start_jst": None,
       "duration_min": 45, "outcomes": [AG, inv("JP")],
       "planned": [("外務・防衛閣僚会合", "2025", "東京"), ("戦略対話", "2025", "ハンブルク")],
       "principals": [("佐藤", "外務大臣", "JP"), ("ヴァーグナー", "外務大臣", "DE")]}]),
    ("日・韓国首脳電話会談\n令和6年12月20日\n\n"
     "12月20日、午後5時15分から約20分間、田中内閣総理大臣は、李在民韓国大統領と電話会談を行いました。\n"
     "1 先方から、日本の輸出管理措置について遺憾の意が表明され、その撤回を求めました。\n"
     "2 田中総理から、日本の措置は安全保障上の観点から行っているものである旨説明しました。\n"
     "3 両首脳は、この問題について意見の一致には至らず、外交当局間で意思疎通を続けていくこととなりました。\n"
     "4 両首脳は、李大統領の訪日に向けて調整を進めることで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2024-12-20", "n_events": 1},
     [{"date": "2024-12-20", "kind": "summit", "channel": "telephone", "city": None, "start_local": "17:15",
       "start_jst": "17:15", "duration_min": 20, "outcomes": [pr("KR"), rq("KR"), AG],
       "planned": [("訪日", None, "日本")],
       "principals": [("田中", "総理大臣", "JP"), ("李在民", "大統領", "KR")]}]),
    ("日・オランダ外相電話会談\n令和7年4月15日\n\n"
     "4月15日、午後4時から約25分間、佐藤外務大臣は、デフリース・オランダ外務大臣と電話会談を行いました。\n"
     "1 デフリース大臣から、同国で来月開催される日蘭経済フォーラムについて、日本側の協力を働き掛けました。\n"
     "2 同国側から、大阪・関西万博のオランダ館の運営への協力に謝意が示されました。\n"
     "3 両外相は、日蘭外交当局間の政策協議を今後とも定期的に実施していくことを確認しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2025-04-15", "n_events": 1},
     [{"date": "2025-04-15", "kind": "foreign_ministers", "channel": "telephone", "city": None, "start_local": "16:00",
       "start_jst": "16:00", "duration_min": 25, "outcomes": [rq("NL"), AG],
       "planned": [("経済フォーラム", "2025-05")],
       "principals": [("佐藤", "外務大臣", "JP"), ("デフリース", "外務大臣", "NL")]}]),
    ("日・ベトナム共同声明\n令和8年3月10日\n\n"
     "日本国内閣総理大臣田中一郎及びベトナム社会主義共和国首相グエン・ヴァン・ミンは、3月10日、ハノイにおいて首脳会談を行った。\n"
     "1 両首脳は、「包括的戦略的パートナーシップ」の下で協力を一層強化していくことで一致した。\n"
     "2 両首脳は、本年中に東京で日越協力委員会の第10回会合を開催することで一致した。\n",
     {"doc_type": "statement", "doc_date": "2026-03-10", "n_events": 1},
     [{"date": "2026-03-10", "kind": "summit", "city": "ハノイ", "outcomes": [AG, AG],
       "planned": [("協力委員会", "2026", "東京")],
       "principals": [("田中", "総理大臣", "JP"), ("ミン", "首相", "VN")]}]),
    ("ロペス・ペルー大統領の訪日(京都府知事及び福岡市長との会談)\n令和7年9月12日\n\n"
     "1 9月11日、午前10時から約30分間、ロペス・ペルー大統領は、京都府庁において、西村京都府知事と会談を行いました。両者は、文化交流を推進していくことで一致しました。\n"
     "2 9月12日、午後2時から約20分間、ロペス大統領は、福岡市役所において、高島福岡市長と会談を行いました。\n",
     {"doc_date": "2025-09-12", "n_events": 2},
     [{"date": "2025-09-11", "kind": "other", "city": "京都", "outcomes": [AG],
       "principals": [("西村", "府知事", "JP"), ("ロペス", "大統領", "PE")]},
      {"date": "2025-09-12", "kind": "other", "city": "福岡",
       "principals": [("高島", "市長", "JP"), ("ロペス", "大統領", "PE")]}]),
    ("第1節 アジア・大洋州\n\n"
     "(2) 2019年6月、安倍総理大臣は、G20大阪サミットの際にモリソン・オーストラリア首相と首脳会談を行い、両首脳は、日豪「特別な戦略的パートナーシップ」を一層深化させていくことを確認した。\n",
     {"n_events": 1},
     [{"date": "2019-06", "kind": "summit", "city": "大阪", "outcomes": [AG],
       "principals": [("安倍", "総理大臣", "JP"), ("モリソン", "首相", "AU")]}]),
]
# --- stress2: written after the stress set's rows (at 8dc7096), more forms of the same families ---------------------------
STRESS2 = [
    ("日・パキスタン外相会談\n令和6年7月2日\n\n"
     "7月2日、午後4時30分から約1時間、佐藤外務大臣は、飯倉公館において、来日中のハイダル・パキスタン外務大臣と外相会談を行いました。\n"
     "1 ハイダル大臣からは、日本の経済協力への感謝が述べられるとともに、日本企業によるパキスタンへの投資を呼びかけました。\n"
     "2 これに対し、佐藤大臣から、治安の改善が投資拡大の前提である旨述べ、日本人の安全確保を強く求めました。\n"
     "3 両外相は、本年中にイスラマバードで第9回日・パキスタン戦略対話を開催することで原則一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-07-02", "n_events": 1},
     [{"date": "2024-07-02", "kind": "foreign_ministers", "city": "東京", "start_local": "16:30", "start_jst": "16:30",
       "duration_min": 60, "outcomes": [rq("PK"), rq("JP"), AG], "planned": [("戦略対話", "2024", "イスラマバード")],
       "principals": [("佐藤", "外務大臣", "JP"), ("ハイダル", "外務大臣", "PK")]}]),
    ("日・エチオピア首脳会談\n令和7年12月3日\n\n"
     "12月3日、午前11時15分から約35分間、アディスアベバを訪問中の田中内閣総理大臣は、アベベ・エチオピア首相と首脳会談を行いました。\n"
     "1 アベベ首相から、来年前半に訪日したい旨述べ、田中総理はこれを歓迎しました。\n"
     "2 田中総理から、スーダン情勢の安定に向けたエチオピアの役割に期待を示し、アベベ首相も同様の考えを示しました。\n"
     "3 両首脳は、経済連携の強化に向けて作業を加速することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-12-03", "n_events": 1},
     [{"date": "2025-12-03", "kind": "summit", "city": "アディスアベバ", "start_local": "11:15", "start_jst": None,
       "duration_min": 35, "outcomes": [AG, AG], "planned": [("訪日", "2026", "日本")],
       "principals": [("田中", "総理大臣", "JP"), ("アベベ", "首相", "ET")]}]),
    ("日露首脳会談(概要)\n平成13年3月25日\n\n"
     "1.3月25日(日)、イルクーツクを訪問中の森山総理は、ボルコフ大統領と約3時間にわたり首脳会談を行った。概要以下の通り。\n"
     "2.当方より、北方四島周辺水域における日本漁船への銃撃事件について厳重に抗議し、再発防止を強く申し入れた。\n"
     "3.先方より、本件は極めて遺憾である旨の発言があった。\n"
     "4.両首脳は、平和条約締結交渉を加速することで一致し、次回の首脳会談を本年秋に東京で行うことで合意した。\n",
     {"doc_type": "meeting", "doc_date": "2001-03-25", "n_events": 1},
     [{"date": "2001-03-25", "kind": "summit", "city": "イルクーツク", "duration_min": 180,
       "outcomes": [pr("JP"), rq("JP"), pr("RU"), AG], "planned": [("首脳会談", "2001", "東京")],
       "principals": [("森山", "総理大臣", "JP"), ("ボルコフ", "大統領", "RU")]}]),
    ("日・スウェーデン外相会談\n令和8年9月14日\n\n"
     "9月14日、午後6時から約40分間、ストックホルムを訪問中の佐藤外務大臣は、リンドベリ・スウェーデン外務大臣とワーキングディナーを交えて会談を行いました。\n"
     "1 リンドベリ大臣から、日本のNATOとの協力の進展を歓迎する旨述べました。\n"
     "2 佐藤大臣から、北朝鮮による拉致問題の即時解決に向けた理解と協力を求め、リンドベリ大臣から理解を得ました。\n"
     "3 佐藤大臣から、リンドベリ大臣に対し、訪日を招待したい旨述べました。\n",
     {"doc_type": "meeting", "doc_date": "2026-09-14", "n_events": 1},
     [{"date": "2026-09-14", "kind": "foreign_ministers", "city": "ストックホルム", "start_local": "18:00", "start_jst": None,
       "duration_min": 40, "outcomes": [rq("JP"), inv("JP")],
       "principals": [("佐藤", "外務大臣", "JP"), ("リンドベリ", "外務大臣", "SE")]}]),
    ("高橋外務副大臣とサリム・マレーシア外務大臣との会談\n令和6年10月22日\n\n"
     "10月22日、午後3時から約30分間、クアラルンプールを訪問中の高橋外務副大臣は、サリム・マレーシア外務大臣と会談を行いました。\n"
     "1 同副大臣から、日本とマレーシアの経済関係の更なる強化を求め、同大臣はこれに賛同しました。\n"
     "2 同大臣から、マレーシアの来年のASEAN議長国としての取組への協力を要請しました。\n"
     "3 双方は、次回の日・マレーシア外務次官級協議を来年早々に東京で開催することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-10-22", "n_events": 1},
     [{"date": "2024-10-22", "city": "クアラルンプール", "start_local": "15:00", "start_jst": None,
       "duration_min": 30, "outcomes": [rq("JP"), AG, rq("MY"), AG], "planned": [("次官級協議", "2025", "東京")],
       "principals": [("高橋", "外務副大臣", "JP"), ("サリム", "外務大臣", "MY")]}]),
    ("日・ポルトガル首脳電話会談\n令和7年1月21日\n\n"
     "1月21日、午後7時30分から約20分間、田中内閣総理大臣は、モンテイロ・ポルトガル首相と電話会談を行いました。\n"
     "1 両首脳は、本年の大阪・関西万博の機会にモンテイロ首相が訪日することを確認しました。\n"
     "2 両首脳は、両国の外務・防衛当局間の協議を早期に開催することで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2025-01-21", "n_events": 1},
     [{"date": "2025-01-21", "kind": "summit", "channel": "telephone", "city": None, "start_local": "19:30",
       "start_jst": "19:30", "duration_min": 20, "outcomes": [AG, AG],
       "planned": [("訪日", "2025"), ("協議", None)],
       "principals": [("田中", "総理大臣", "JP"), ("モンテイロ", "首相", "PT")]}]),
    ("日・ナイジェリア首脳会談\n令和6年8月29日\n\n"
     "8月29日、午後2時から約25分間、田中内閣総理大臣は、来日中のアデバヨ・ナイジェリア大統領と首脳会談を行いました。\n"
     "1 アデバヨ大統領から、田中総理に対し、ナイジェリアへの公式訪問の招待がありました。\n"
     "2 田中総理から、招待に対する感謝の意を表明しました。\n"
     "3 両首脳は、両国の経済関係の強化に向けて、ビジネス環境の改善を含め協力していくことで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2024-08-29", "n_events": 1},
     [{"date": "2024-08-29", "kind": "summit", "start_local": "14:00", "start_jst": "14:00", "duration_min": 25,
       "outcomes": [inv("NG"), AG],
       "principals": [("田中", "総理大臣", "JP"), ("アデバヨ", "大統領", "NG")]}]),
    ("日米外相電話会談\n令和8年2月2日\n\n"
     "2月2日、午前7時45分から約30分間、佐藤外務大臣は、ミラー米国国務長官と電話会談を行いました。\n"
     "1 同長官から、日本の防衛力強化の取組を支持する旨の発言がありました。\n"
     "2 佐藤大臣から、在日米軍の事件・事故防止への取組を申し入れ、同長官から、再発防止に取り組む旨の応答がありました。\n"
     "3 両外相は、来月ワシントンで日米「2+2」を開催すべく調整していくことで一致しました。\n",
     {"doc_type": "telephone_talk", "doc_date": "2026-02-02", "n_events": 1},
     [{"date": "2026-02-02", "kind": "foreign_ministers", "channel": "telephone", "city": None, "start_local": "07:45",
       "start_jst": "07:45", "duration_min": 30, "outcomes": [rq("JP"), AG], "planned": [("2+2", "2026-03", "ワシントン")],
       "principals": [("佐藤", "外務大臣", "JP"), ("ミラー", "国務長官", "US")]}]),
]
# --- stress3: written after stress2 (at 8dc7096 and the 同+title row), terse and nested forms --------------------------------
STRESS3 = [
    ("日・ウズベキスタン外相会談(概要)\n平成18年6月5日\n\n"
     "1.6月5日(月)午後2時より約1時間、麻生外務大臣は、訪日中のサイードフ・ウズベキスタン外務大臣と会談したところ、概要以下の通り。\n"
     "・当方より、ウズベキスタンにおける民主化の進展を要請。\n"
     "・先方より、同国の改革の現状について説明。\n"
     "・双方は、「中央アジア+日本」対話の枠組みで協力していくことを確認。\n"
     "・当方より、サイードフ外相の次回の訪日を招請。\n",
     {"doc_type": "meeting", "doc_date": "2006-06-05", "n_events": 1},
     [{"date": "2006-06-05", "kind": "foreign_ministers", "start_local": "14:00", "duration_min": 60,
       "outcomes": [rq("JP"), AG, inv("JP")],
       "principals": [("麻生", "外務大臣", "JP"), ("サイードフ", "外務大臣", "UZ")]}]),
    ("日・フィリピン首脳会談\n令和7年5月20日\n\n"
     "5月20日、午後5時から約1時間、田中内閣総理大臣は、総理大臣官邸において、公式訪問中のサントス・フィリピン大統領と首脳会談を行いました。\n"
     "1 田中総理は、先方に対し、南シナ海における法の支配の重要性を指摘しつつ、仲裁判断の遵守を中国に求めていくよう要請しました。\n"
     "2 サントス大統領から、日本の巡視船供与に謝意を表明し、追加の供与を要望しました。\n"
     "3 両首脳は、地域の安全保障環境が厳しさを増しているとの認識で一致しました。\n"
     "4 両首脳は、日比円滑化協定の下での共同訓練を本年後半に実施することで一致しました。\n",
     {"doc_type": "meeting", "doc_date": "2025-05-20", "n_events": 1},
     [{"date": "2025-05-20", "kind": "summit", "city": "東京", "start_local": "17:00", "start_jst": "17:00",
       "duration_min": 60, "outcomes": [rq("JP"), rq("PH"), AG, AG], "planned": [("共同訓練", "2025")],
       "principals": [("田中", "総理大臣", "JP"), ("サントス", "大統領", "PH")]}]),
    ("佐藤外務大臣のブラジル訪問\n令和6年3月8日\n\n"
     "1 3月7日、佐藤外務大臣は、ブラジリアにおいて、シルヴァ・ブラジル大統領を表敬しました。シルヴァ大統領から、田中総理の訪伯を招待する旨の発言がありました。\n"
     "2 3月8日、佐藤大臣は、ペレイラ外務大臣と外相会談を行いました。両外相は、次回の外相会談を来年東京で開催することで一致しました。また、佐藤大臣から、日系社会への支援の継続を求めました。\n",
     {"doc_type": "visit", "doc_date": "2024-03-08", "n_events": 2},
     [{"date": "2024-03-07", "kind": "other", "city": "ブラジリア", "outcomes": [inv("BR")],
       "principals": [("佐藤", "外務大臣", "JP"), ("シルヴァ", "大統領", "BR")]},
      {"date": "2024-03-08", "kind": "foreign_ministers", "city": "ブラジリア", "outcomes": [AG, rq("JP")],
       "planned": [("外相会談", "2025", "東京")],
       "principals": [("佐藤", "外務大臣", "JP"), ("ペレイラ", "外務大臣", "BR")]}]),
    ("日・カタール首脳会談\n令和8年1月13日\n\n"
     "1月13日、午後7時から約1時間、ドーハを訪問中の田中内閣総理大臣は、タミーム・カタール首長と首脳会談を行いました。\n"
     "1 タミーム首長から、日本への液化天然ガスの長期安定供給に取り組む旨述べたのに対し、田中総理から、これを高く評価しました。\n"
     "2 両首脳は、ガザ情勢について、即時停戦と人質の解放が必要であるとの見解で一致しました。\n"
     "3 田中総理から、タミーム首長の本年中の訪日を招待し、首長から、喜んで訪日したい旨応じました。\n",
     {"doc_type": "meeting", "doc_date": "2026-01-13", "n_events": 1},
     [{"date": "2026-01-13", "kind": "summit", "city": "ドーハ", "start_local": "19:00", "start_jst": None,
       "duration_min": 60, "outcomes": [AG, inv("JP")], "planned": [("訪日", "2026", "日本")],
       "principals": [("田中", "総理大臣", "JP"), ("タミーム", "首長", "QA")]}]),
    ("日・ギリシャ外相会談\n令和5年7月28日\n\n"
     "7月28日、午前9時30分から約50分間、アテネを訪問中の佐藤外務大臣は、ニコラウ・ギリシャ外務大臣と外相会談を行いました。\n"
     "1 両外相は、両国の戦略的パートナーシップの下での協力の進展を歓迎しました。\n"
     "2 ニコラウ大臣から、来年の日・ギリシャ外交関係樹立125周年を機に、記念行事を両国で開催したいとの提案があり、佐藤大臣はこれに賛同しました。\n"
     "3 佐藤大臣から、G7広島サミットの成果を説明し、ニコラウ大臣から、日本のリーダーシップに対する評価が示されました。\n",
     {"doc_type": "meeting", "doc_date": "2023-07-28", "n_events": 1},
     [{"date": "2023-07-28", "kind": "foreign_ministers", "city": "アテネ", "start_local": "09:30", "start_jst": None,
       "duration_min": 50, "outcomes": [AG], "planned": [("記念行事", "2024")],
       "principals": [("佐藤", "外務大臣", "JP"), ("ニコラウ", "外務大臣", "GR")]}]),
]
# fmt: on

SETS = {"summit": SUMMIT, "double": DOUBLE, "plans": PLANS, "pronoun": PRONOUN, "leftover": LEFTOVER, "stress": STRESS,
        "stress2": STRESS2, "stress3": STRESS3}

# first sight (h-gen14 at a24e8b5, main as found, before any code or row of this round): {set: {family: (found, expected, fp)}}
# fmt: off
FIRST_SIGHT: dict[str, dict[str, tuple[int, int, int]]] = {
    "summit": {"outcomes": (38, 39, 0), "planned": (2, 2, 0), "plan_place": (1, 1, 0), "date": (6, 6, 0),
              "kind": (6, 6, 0), "city": (5, 5, 0), "principals": (12, 12, 0), "duration_min": (6, 6, 0),
              "start_local": (6, 6, 0), "start_jst": (6, 6, 0), "doc_type": (6, 6, 0), "doc_date": (6, 6, 0),
              "n_events": (6, 6, 0)},
    "double": {"outcomes": (22, 22, 0), "planned": (2, 2, 0), "plan_place": (2, 2, 0), "date": (6, 6, 0),
              "kind": (6, 6, 0), "channel": (1, 1, 0), "city": (6, 6, 0), "principals": (12, 12, 0),
              "duration_min": (6, 6, 0), "start_local": (6, 6, 0), "start_jst": (6, 6, 0), "doc_type": (6, 6, 0),
              "doc_date": (6, 6, 0), "n_events": (6, 6, 0)},
    "plans": {"outcomes": (21, 21, 0), "planned": (13, 15, 1), "plan_place": (9, 11, 0), "date": (8, 8, 0),
             "kind": (8, 8, 0), "channel": (2, 2, 0), "city": (8, 8, 0), "principals": (16, 16, 0),
             "duration_min": (8, 8, 0), "start_local": (8, 8, 0), "start_jst": (8, 8, 0), "doc_type": (8, 8, 0),
             "doc_date": (8, 8, 0), "n_events": (8, 8, 0)},
    "pronoun": {"outcomes": (18, 19, 1), "planned": (1, 3, 0), "plan_place": (0, 1, 0), "date": (6, 6, 0),
               "kind": (6, 6, 0), "channel": (1, 1, 0), "city": (5, 5, 0), "principals": (12, 12, 0),
               "duration_min": (6, 6, 0), "start_local": (6, 6, 0), "start_jst": (5, 5, 0), "doc_type": (6, 6, 0),
               "doc_date": (6, 6, 0), "n_events": (6, 6, 0)},
    "leftover": {"outcomes": (5, 6, 0), "planned": (0, 1, 0), "date": (4, 6, 0), "kind": (5, 6, 0),
                "city": (4, 5, 0), "principals": (6, 12, 0), "duration_min": (4, 4, 0), "start_local": (4, 4, 0),
                "start_jst": (2, 2, 0), "doc_type": (3, 3, 0), "doc_date": (5, 5, 0), "n_events": (5, 6, 0)},
    # written after this round's rows (at 3890bd5), first sight with them
    "stress": {"outcomes": (18, 19, 0), "planned": (7, 7, 2), "plan_place": (5, 5, 0), "date": (8, 9, 0), "kind": (8, 9, 0),
               "channel": (2, 2, 0), "city": (8, 9, 0), "principals": (16, 18, 1), "duration_min": (5, 5, 0),
               "start_local": (5, 5, 0), "start_jst": (5, 5, 0), "doc_type": (6, 6, 0), "doc_date": (7, 7, 0),
               "n_events": (7, 8, 0)},
    # written after the stress set's rows (at 8dc7096 with the 同+title refinement), first sight with them
    "stress2": {"outcomes": (21, 21, 0), "planned": (7, 7, 0), "plan_place": (5, 5, 0), "date": (8, 8, 0),
               "kind": (7, 7, 0), "channel": (2, 2, 0), "city": (7, 7, 0), "principals": (16, 16, 0),
               "duration_min": (8, 8, 0), "start_local": (7, 7, 0), "start_jst": (7, 7, 0), "doc_type": (8, 8, 0),
               "doc_date": (8, 8, 0), "n_events": (8, 8, 0)},
    # written after stress2, first sight with the same code
    "stress3": {"outcomes": (12, 13, 0), "planned": (4, 4, 1), "plan_place": (2, 2, 0), "date": (6, 6, 0),
               "kind": (6, 6, 0), "city": (5, 5, 0), "principals": (12, 12, 0), "duration_min": (4, 4, 0),
               "start_local": (4, 4, 0), "start_jst": (3, 3, 0), "doc_type": (5, 5, 0), "doc_date": (5, 5, 0),
               "n_events": (5, 5, 0)},
}
# floors asserted: {set: {family: (found at least, false positives at most)}}: after this round every family is exact
FLOORS: dict[str, dict[str, tuple[int, int]]] = {
    name: {family: (expected, 0) for family, (_found, expected, _fp) in tally.items()} for name, tally in FIRST_SIGHT.items()
}
# fmt: on

PROBE = Probe(FIRST_SIGHT, FLOORS, lambda name: score(SETS[name])[0])
probe_sets, test_family_floor = PROBE.probe_sets, PROBE.floor_test()


def test_probe_size():
    assert all(5 <= len(pages) <= 15 for pages in SETS.values())
    assert sum(len(pages) for pages in SETS.values()) >= 50


if __name__ == "__main__":
    import sys

    print_report(SETS, sys.argv[1:])
