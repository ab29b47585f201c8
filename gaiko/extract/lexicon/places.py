"""Places: the words by which a page says where a talk took place and whose clock it keeps.

The gazetteer (cities with their country and UTC offset, territories) is data under gaiko/data/places and
stays there; these rows are the ministry's cue words around place names and the venues and gatherings it
names. gaiko/extract/places.py builds its patterns from them; the meetings and chronology stages call it.

Tables and their groups (the id's middle part):

    VISITS      visit, visit_suffix, visit_at, at, visit_occasion, clock, cue
                the side is in a city: Xを訪問中, X訪問中の, 訪問中のXにおいて, 大臣のX訪問を機会に,
                (X時間), 現地時間, 日本時間, (於:X), a heading's closing (X); value: the word every match of the row
                holds (a guard)
    VENUES      venue       named venues and the city they stand in (value; none: a ministry of any country)
    FACILITIES  facility, body_inside   a building word ends a venue's name (公館, ホテル); a body's 内 (政府部内)
    GATHERINGS  gathering_end, gathering_cue   a gathering's last word (サミット, 外相会合) and the cue after
                it that makes it a talk's occasion (の際, に出席, のため); value: occasion / join / purpose / as
    OCCASIONS   occasion_word, occasion_prefix, occasion_suffix, occasion_not_city, document
                an occasion in a chronology entry (…の際の, …の機会に); the city in a summit's name (G20大阪サミット)
                and the words that make it none (核セキュリティ・サミット, 東京宣言)
    CITY_FORMS  city_state, city_prefix, alias, city_suffix, region, island, prefecture, municipality,
                not_municipality, abstract, paren_city   how a place phrase writes a city
"""

from __future__ import annotations

from gaiko.extract.lexicon import Row, Table

VISITS = Table("places", (
    Row("places.visit.wo_homon", "を(?:公式|実務|国賓として|公賓として|非公式に)?訪問(?:中|し|している)", "訪問",
        "Xを訪問中, Xを公式訪問中の, Xを訪問し: the side is in X", regex=True),
    Row("places.visit.wo_otozure", "を訪れ", "訪れ", "Xを訪れた"),
    Row("places.visit.ni_touchaku", "に到着し", "到着", "Xに到着し、翌日…会談: the side is in X"),
    Row("places.visit.touchakugo", "(?:に)?到着後[、,]", "到着", "ナイロビ到着後、…空港にて…会談: the side has arrived in X",
        regex=True),
    Row("places.visit.ni_taizaichu", "に滞在中", "滞在", "Xに滞在中の"),
    Row("places.visit.ni_ido", "に移動し", "移動", "Xに移動した…大臣は, Xに移動し、…と会談: the side has moved on to X"),
    Row("places.visit.e_haken", "へ派遣", "派遣", "Xへ派遣された"),
    Row("places.visit.ni_haken", "に派遣", "派遣", "Xに派遣された"),
    Row("places.visit.ni_shutchochu", "に出張中", "出張", "Xに出張中の"),
    Row("places.visit.e_shutchochu", "へ出張中", "出張", "Xへ出張中の"),
    Row("places.visit_suffix.shutchochu", "出張中", "出張", "上海出張中の (no particle after the name)"),
    Row("places.visit_suffix.homonchu", "訪問中", "訪問", "北京訪問中の"),
    Row("places.visit_suffix.taizaichu", "滞在中", "滞在", "パリ滞在中の"),
    Row("places.visit_at.homonchu", "訪問中", "訪問", "訪問中のXにおいて"),
    Row("places.visit_at.taizaichu", "滞在中", "滞在", "滞在中のXで"),
    Row("places.visit_at.homonsaki", "訪問先", "訪問", "訪問先のXで"),
    Row("places.visit_at.taizaisaki", "滞在先", "滞在", "滞在先のXにて"),
    Row("places.visit_at.shutchosaki", "出張先", "出張", "出張先のXにおいて"),
    Row("places.at.ni_oite", "において", note="訪問中のXにおいて"),
    Row("places.at.nite", "にて", note="訪問中のXにて"),
    Row("places.at.de", "で", note="訪問先のXで"),
    Row("places.at.wo", "を", note="訪問中のXを発ち"),
    Row("places.at.ni", "に", note="滞在中のXに"),
    Row("places.visit_occasion.wo_kikai", "訪問を機会", "訪問", "大臣のX訪問を機会に: the side visits X"),
    Row("places.visit_occasion.no_kikai", "訪問の機会", "訪問", "大臣のX訪問の機会に (anywhere in the record)"),
    Row("places.visit_occasion.chu", "訪問中", "訪問", "大臣のX訪問中"),
    Row("places.clock.jikan", "時間", "時間", "午後2時(北京時間), ロンドン時間の: a city's clock, so the city"),
    Row("places.clock.genchi_jikan", "現地時間", "現地時間",
        "午前9時(オランダ現地時間): a local clock, noted only for a talk abroad (官邸 is then the other side's)"),
    Row("places.clock.nihon_jikan", "日本時間", "日本時間", "a date line's clock time in Japan time (a talk abroad: its local date)"),
    Row("places.clock.honpo", "本邦(?:時間)?(?=[0-9午])", "本邦",
        "(本邦7日7時から): Japan's clock, as older pages write it beside a local one (本邦 = this country)", regex=True),
    Row("places.cue.o", "於", "於", "(於:パリ), 於:官邸: the place, as a dateline or an entry writes it"),
    # words that open a phrase before において/にて/で that names no place: a reference back (同地, 当地, 本会議場), the
    # spot itself (現地), the international arena (国際場裡) — with the visit words (訪問中) and talk words (会談,
    # 首脳会談) of their own tables
    Row("places.not_place.do", "同", note="同地において, 同会議の場で: a reference back"),
    Row("places.not_place.to", "当", note="当地において"),
    Row("places.not_place.hon", "本", note="本会合において"),
    Row("places.not_place.genchi", "現地", note="現地において"),
    Row("places.not_place.kokusai_joori", "国際場裡", note="国際場裡において: the international arena"),
    # the other side visiting Japan, said in the talk's sentence: the talk is in Japan (its one clock is Japan's)
    Row("places.in_japan.honichi_chu", "訪日中の", "訪日", "訪日中のX大統領と会談: the visitor in Japan"),
    Row("places.in_japan.rainichi_chu", "来日中の", "来日", "来日中のX首相と会談"),
    Row("places.in_japan.honichi_shita", "訪日した(?!際)", "訪日", "…として訪日したX外相と会談 (not 訪日した際: an earlier "
        "visit)", regex=True),
    Row("places.in_japan.rainichi_shita", "来日した(?!際)", "来日", "来日したX首相と会談 (not 来日した際)", regex=True),
    Row("places.in_japan.homon_chu", "(?<![をに])(?:公式実務|公式|実務)訪問中の", "訪日", "公式実務訪問中のX大統領と会談: a guest's "
        "visit named by its programme's rank, no destination before it (not …を公式訪問中の山田総理)", regex=True),
    # Japan's side receiving a call (…による表敬を受けた), no visit, stay or local clock of its own said (ABROAD): the
    # talk is in Japan, its one clock Japan's
    Row("places.received.hyokei", "による表敬を受け", "表敬", "X総理大臣は、Y州知事による表敬を受けました: the call is on Japan's "
        "side at home"),
    Row("places.cue.dateline", "、", "、", "(3月21日、ソウル): a dateline under a talk's heading, the day then the city"),
    Row("places.cue.heading_paren", r"\((?P<c>[^()]{2,20})\)\s*$", "(", "日・ケニア首脳会談(ナイロビ): a city in brackets closing "
        "the page's heading, the body naming none", regex=True),
    Row("places.itinerary.chaku", "着", "着", "ソウル着: a programme arriving in a city (the talks after it are there)"),
    Row("places.itinerary.hatsu", "発", "発", "ソウル発: a programme leaving a city (the talks before it were there)"),
    Row("places.itinerary.same_city", "訪問", "訪問", "a visit's later talk that names no place of its own is in the city of "
        "its previous talk, when no other city is named between them and it meets the same country's side (or that "
        "city's): 2日、…首相を表敬 after 1日、バンコクにおいて…外相会談"),
    Row("places.itinerary.same_day", "同日", "同日", "a talk the same day as the one before it, on a page that reports talks "
        "(not a visit): 同日午後、…大統領を表敬 after …ウランバートルにおいて…外相会談 is in that talk's city"),
), note="the side of the talk is in a city")

# the other side's visit to Japan welcomed or thanked for by Japan's side, anywhere after the talk's sentence (…大統領の訪日
# を心から歓迎, 本年2度目となる訪日を感謝): the talk is in Japan, its one clock Japan's
WELCOMED = Table("places", (
    Row("places.welcomed.kangei", "(?:の|となる|初めての|初の)(?:訪日|来日)を(?:心から|改めて)?歓迎", "歓迎",
        "X総理より、Y大統領の訪日を心から歓迎する旨述べ: the guest is in Japan", regex=True),
    Row("places.welcomed.kansha", "(?:の|となる|初めての|初の)(?:訪日|来日)(?:を|に)(?:心から|改めて)?(?:感謝|謝意)", "感謝",
        "X総理より、本年2度目となる訪日を感謝し: the guest thanked for coming to Japan", regex=True),
), note="the guest's visit to Japan welcomed: the talk is in Japan")

VENUES = Table("places", (
    Row("places.venue.iikura_kokan", "飯倉公館", "東京", "the ministry's guest house"),
    Row("places.venue.sori_daijin_kantei", "総理大臣官邸", "東京", "the prime minister's office"),
    Row("places.venue.shusho_kantei", "首相官邸", "東京", "the prime minister's office"),
    Row("places.venue.sori_kantei", "総理官邸", "東京", "the prime minister's office"),
    Row("places.venue.kantei", "官邸", "東京", "官邸: the prime minister's office (unless a foreign leader's: see genchi_jikan)"),
    Row("places.venue.sori_kotei", "総理公邸", "東京", "the prime minister's residence"),
    Row("places.venue.sori_daijin_kotei", "総理大臣公邸", "東京", "the prime minister's residence"),
    Row("places.venue.shusho_kotei", "首相公邸", "東京", "the prime minister's residence"),
    Row("places.venue.geihinkan", "迎賓館", "東京", "the state guest house"),
    Row("places.venue.akasaka_geihinkan", "赤坂迎賓館", "東京", "the state guest house"),
    Row("places.venue.kyoto_geihinkan", "京都迎賓館", "京都", "the state guest house in Kyoto (the longest row a name ends with decides)"),
    Row("places.venue.geihinkan_akasaka_rikyu", "迎賓館赤坂離宮", "東京", "the state guest house"),
    Row("places.venue.kokkai", "国会", "東京", "the Diet"),
    Row("places.venue.gaimusho", "外務省", None, "a ministry of foreign affairs: of any country, no city by itself (bare, Japan's own at home: HOME_VENUES)"),
    Row("places.venue.boeisho", "防衛省", "東京", "Japan's ministry of defence (a foreign one the ministry writes 国防省)"),
    Row("places.venue.norin_suisansho", "農林水産省", "東京", "Japan's ministry of agriculture, forestry and fisheries"),
    Row("places.venue.keizai_sangyosho", "経済産業省", "東京", "Japan's ministry of economy, trade and industry"),
    Row("places.venue.kremlin", "クレムリン", "モスクワ", "the Kremlin"),
    Row("places.venue.white_house", "ホワイトハウス", "ワシントンDC", "the White House"),
    Row("places.venue.elysee", "エリゼ宮", "パリ", "the Élysée"),
    Row("places.venue.diaoyutai", "釣魚台国賓館", "北京", "the Diaoyutai guest house"),
    Row("places.venue.great_hall", "人民大会堂", "北京", "the Great Hall of the People"),
    Row("places.venue.blue_house", "青瓦台", "ソウル", "the Blue House"),
    Row("places.venue.state_department", "国務省", "ワシントンDC", "the State Department"),
), note="a venue whose city is plain; a venue whose name ends with one of these is there too (…の迎賓館)")

# a venue the ministry's own pages name bare for Japan's (外務省において: its own ministry, in Tokyo), when Japan's side is
# not abroad (no visit, stay or local clock said in the talk's sentence or the lead; a foreign one is written with its
# country: 英国外務省, in its capital)
HOME_VENUES = Table("places", (
    Row("places.home_venue.gaimusho", "外務省", "東京", "9月7日、山田外務大臣は、外務省において、…と外相会談を行った"),
))
# words that put Japan's side abroad, for HOME_VENUES
ABROAD = Table("places", (
    Row("places.abroad.houmon", "訪問", note="…を訪問中の山田大臣は、外務省において"),
    Row("places.abroad.taizai", "滞在", note="…に滞在中の"),
    Row("places.abroad.shutcho", "出張", note="…に出張中の"),
    Row("places.abroad.genchi_jikan", "現地時間", note="現地時間7日午前10時から、…外務省において"),
))

FACILITIES = Table("places", (
    Row("places.facility.miya", "宮", note="…宮: a palace"),
    Row("places.facility.kan", "館", note="…館: a hall, a guest house"),
    Row("places.facility.tei", "邸", note="…邸: a residence"),
    Row("places.facility.house", "ハウス", note="…ハウス"),
    Row("places.facility.sho", "省", note="…省: a ministry"),
    Row("places.facility.cho", "庁", note="…庁: an agency"),
    Row("places.facility.hotel", "ホテル", note="…ホテル"),
    Row("places.facility.center", "センター", note="…センター"),
    Row("places.facility.kaigijo", "会議場", note="…会議場"),
    Row("places.facility.kokan", "公館", note="…公館"),
    Row("places.facility.fu", "府", note="大統領府"),
    Row("places.facility.bu", "部", note="本部, 司令部"),
    Row("places.facility.in", "院", note="…院"),
    Row("places.facility.gijido", "議事堂", note="…議事堂"),
    Row("places.facility.building", "ビル", note="…ビル"),
    Row("places.facility.kyuden", "宮殿", note="…宮殿"),
    Row("places.facility.shiro", "城", note="…城"),
    Row("places.facility.bekkan", "別館", note="…別館"),
    Row("places.facility.honbu", "本部", note="国連本部"),
    Row("places.facility.kaikan", "会館", note="…会館"),
    Row("places.facility.hall", "ホール", note="…ホール"),
    Row("places.facility.kantei", "官邸", note="…官邸"),
    Row("places.facility.kotei", "公邸", note="…公邸"),
    Row("places.facility.club", "クラブ", note="…クラブ"),
    Row("places.facility.shukusha", "宿舎", note="…宿舎"),
    Row("places.facility.rikyu", "離宮", note="…離宮"),
    Row("places.facility.daigaku", "大学", note="…大学"),
    Row("places.facility.kaijo", "会場", note="…会場"),
    Row("places.facility.kuko", "空港", note="…空港"),
    Row("places.facility.kichi", "基地", note="…基地"),
    Row("places.facility.park", "パーク", note="…パーク"),
    Row("places.facility.stadium", "スタジアム", note="…スタジアム"),
    Row("places.facility.tower", "タワー", note="…タワー"),
    Row("places.facility.terminal", "ターミナル", note="…ターミナル"),
    Row("places.facility.garden", "ガーデン", note="…ガーデン"),
    Row("places.facility.plaza", "プラザ", note="…プラザ"),
    Row("places.facility.arena", "アリーナ", note="…アリーナ"),
    Row("places.facility.lounge", "ラウンジ", note="…ラウンジ"),
    Row("places.facility.room", "ルーム", note="…ルーム"),
    Row("places.facility.shitsu", "室", note="…室: a room (貴賓室, 執務室)"),
    Row("places.body_inside.seifubu", "政府部", note="政府部内で: within the government, no building"),
    Row("places.body_inside.seifu", "政府", note="政府内で"),
    Row("places.body_inside.to", "党", note="党内で: within the party"),
    Row("places.body_inside.naikaku", "内閣", note="内閣内で"),
    Row("places.body_inside.kaku", "閣", note="閣内で: within the cabinet"),
), note="facility: a place phrase ending in one of these (maybe with 内) is a venue, not a city; body_inside: its 内 is no building's")

GATHERINGS = Table("places", (
    Row("places.gathering_end.summit", "サミット", note="G20大阪サミット"),
    Row("places.gathering_end.shuno_kaigi", "首脳会議", note="東アジア首脳会議"),
    Row("places.gathering_end.shuno_kaigo", "首脳会合", note="…首脳会合"),
    Row("places.gathering_end.gaisho_kaigo", "外相会合", note="ASEAN関連外相会合"),
    Row("places.gathering_end.gaisho_kaigi", "外相会議", note="G7外相会議"),
    Row("places.gathering_end.gaisho_rijikai", "外相理事会", note="EU外相理事会"),
    Row("places.gathering_end.kakuryo_kaigo", "閣僚会合", note="…閣僚会合"),
    Row("places.gathering_end.kakuryo_kaigi", "閣僚会議", note="…閣僚会議"),
    Row("places.gathering_end.kakuryo_rijikai", "閣僚理事会", note="OECD閣僚理事会"),
    Row("places.gathering_end.daijin_kaigo", "大臣会合", note="…大臣会合"),
    Row("places.gathering_end.sokai", "総会", note="国連総会"),
    Row("places.gathering_end.forum", "フォーラム", note="…フォーラム"),
    Row("places.gathering_end.high_level_week", "ハイレベル・?ウィーク", regex=True, note="国連総会ハイレベルウィーク: the session's high-level week"),
    Row("places.gathering_end.high_level_segment", "ハイレベル・?セグメント", regex=True, note="人権理事会ハイレベル・セグメント"),
    Row("places.gathering_end.rijikai", "理事会", note="…理事会 (人権理事会, 安全保障理事会)"),
    Row("places.gathering_end.shikiten", "式典", note="…式典"),
    Row("places.gathering_end.no_gi", "の儀", note="即位礼正殿の儀: a ceremony"),
    Row("places.gathering_end.taikanshiki", "戴冠式", note="…国王の戴冠式に参列するため: a coronation"),
    Row("places.gathering_end.sokuishiki", "即位式", note="…国王の即位式に参列するため: an enthronement"),
    Row("places.gathering_end.kokuso", "国葬(?:儀)?", regex=True, note="…前大統領の国葬に参列, …の国葬儀の機会に: a state funeral"),
    Row("places.gathering_end.sogi", "葬儀", note="…元首相の葬儀に参列するため: a funeral"),
    Row("places.gathering_end.kaihatsu_kaigi", "開発会議", note="アフリカ開発会議"),
    Row("places.gathering_end.kokusai_kaigi", "国際会議", note="…国際会議"),
    Row("places.gathering_end.kaigi", "会議", note="…会議"),
    Row("places.gathering_end.kaigo", "会合", note="…会合"),
    Row("places.gathering_end.eas", "東アジア首脳会議", note="東アジア首脳会議"),
    Row("places.gathering_end.ticad", r"TICAD ?(?:[0-9]{1,2}|[IVX]{1,4})?", regex=True,
        note="TICAD7参加のため, TICAD VIの際: the conference by its abbreviation and round"),
    Row("places.gathering_end.apec", r"APEC(?:首脳会議|首脳会談|閣僚会議|首脳会合)?", regex=True, note="APEC, APEC首脳会議"),
    Row("places.gathering_end.asean", r"ASEAN関連[^\s、。のに]{0,10}?", regex=True, note="ASEAN関連首脳会議"),
    Row("places.gathering_end.g_summit", r"G\d{1,2}(?:[^\s、。のに]{0,8}?)", regex=True, note="G7, G20大阪"),
    Row("places.gathering_cue.no_sai", "の際", "occasion", "…サミットの際"),
    Row("places.gathering_cue.no_kikai", "の機会", "occasion", "…会合の機会に"),
    Row("places.gathering_cue.ni_saishi", "に際し", "occasion", "…フォーラムに際し"),
    Row("places.gathering_cue.shusseki", "出席", "occasion", "…外相会議出席のため"),
    Row("places.gathering_cue.ni_shusseki", "に出席", "occasion", "…会議に出席するため"),
    Row("places.gathering_cue.eno_shusseki", "への出席", "occasion", "…式典への出席のため"),
    Row("places.gathering_cue.sanretsu", "参列", "occasion", "…の儀参列のため: attending a ceremony"),
    Row("places.gathering_cue.ni_sanretsu", "に参列", "occasion", "…式典に参列するため"),
    Row("places.gathering_cue.ni_sanka", "に参加", "join", "…会議に参加するため (not after quotes: 「…枠組み」に参加)"),
    Row("places.gathering_cue.eno_sanka", "への参加", "join", "…への参加"),
    Row("places.gathering_cue.sanka", "参加", "join", "…会議参加のため"),
    Row("places.gathering_cue.ni_awase", "に合わせ", "occasion", "…総会に合わせ"),
    Row("places.gathering_cue.no_tame", "のため", "purpose", "…会議のため (not after quotes)"),
    Row("places.gathering_cue.toshite", r"に[^、。「」]{1,20}?として(?:出席|参加)", "as", "…会合に日本の代表として出席するため", regex=True),
), note="a gathering's name ends in gathering_end and is followed by a gathering_cue: the talk's occasion; "
        "a name in quotes takes only the cues of value occasion")

OCCASIONS = Table("places", (
    Row("places.occasion_word.sai", "際", note="…首脳会議の際の会談, …会合の際に"),
    Row("places.occasion_word.kikai", "機会", note="…会合の機会に"),
    Row("places.occasion_prefix.hokkaido", "北海道", note="北海道洞爺湖サミット: the region before the city"),
    Row("places.occasion_prefix.okinawa", "沖縄", note="沖縄…サミット"),
    Row("places.occasion_prefix.g", r"G\d{1,2}", regex=True, note="G20大阪サミット: the group before the city"),
    Row("places.occasion_suffix.summit", "サミット", note="ドーヴィル・サミット: the city before サミット"),
    Row("places.occasion_suffix.apec", "APEC", note="横浜APEC"),
    Row("places.occasion_suffix.g20", "G20", note="大阪G20"),
    Row("places.occasion_suffix.g7", "G7", note="…G7"),
    Row("places.occasion_suffix.shuno_kaigi", "首脳会議", note="…首脳会議"),
    Row("places.occasion_not_city.kokuren", "国連", note="国連…サミット: no city"),
    Row("places.occasion_not_city.kaku", "核", note="核セキュリティ・サミット"),
    Row("places.occasion_not_city.anzen_hosho", "安全保障", note="…安全保障サミット"),
    Row("places.occasion_not_city.shuno", "首脳", note="…首脳会議"),
    Row("places.occasion_not_city.gaisho", "外相", note="…外相サミット"),
    Row("places.occasion_not_city.kanren", "関連", note="ASEAN関連首脳会議"),
    Row("places.occasion_not_city.security", "セキュリティ", note="…セキュリティ・サミット"),
    Row("places.occasion_not_city.asia", "アジア", note="東アジア首脳会議, アジア欧州会合: a region's gathering, no city"),
    Row("places.occasion_not_city.africa", "アフリカ", note="アフリカ開発…"),
    Row("places.occasion_not_city.oushu", "欧州", note="欧州…サミット"),
    Row("places.occasion_not_city.taiheiyou", "太平洋", note="太平洋・島サミット"),
    Row("places.occasion_not_city.chuutou", "中東", note="中東…首脳会議"),
    Row("places.occasion_not_city.beishu", "米州", note="米州首脳会議"),
    Row("places.occasion_not_city.chuunanbei", "中南米", note="中南米…サミット"),
    Row("places.document.sengen", "宣言", note="東京宣言: a city naming a document is no place"),
    Row("places.document.seimei", "声明", note="…声明"),
    Row("places.document.goi", "合意", note="札幌合意"),
    Row("places.document.joyaku", "条約", note="…条約"),
    Row("places.document.giteisho", "議定書", note="京都議定書"),
    Row("places.document.kensho", "憲章", note="…憲章"),
    Row("places.document.kodo_keikaku", "行動計画", note="…行動計画"),
    Row("places.document.gensoku", "原則", note="…原則"),
    Row("places.document.process", "プロセス", note="…プロセス"),
    Row("places.document.communique", "コミュニケ", note="…コミュニケ"),
), note="occasions and the city a gathering's name gives")

CITY_FORMS = Table("places", (
    Row("places.city_state.singapore", "シンガポール", note="a city written like its country: in a place phrase the city"),
    Row("places.city_state.luxembourg", "ルクセンブルク", note="a city-state"),
    Row("places.city_state.hong_kong", "香港", note="a city"),
    Row("places.city_state.macau", "マカオ", note="a city"),
    Row("places.city_state.monaco", "モナコ", note="a city-state"),
    Row("places.city_state.vatican", "バチカン", note="a city-state"),
    Row("places.city_prefix.shuto", "首都", note="ナイジェリアの首都アブジャ: a word before the city's name"),
    Row("places.alias.tonai", "都内", "東京", "都内のホテル: Tokyo"),
    Row("places.alias.tokyoto", "東京都", "東京", "東京都: Tokyo"),
    Row("places.alias.tokyoto_nai", "東京都内", "東京", "東京都内において: Tokyo"),
    Row("places.alias.ny", "NY", "ニューヨーク", "NYを訪問中の, NY現地時間: the ministry's abbreviation, the city by its name"),
    Row("places.city_suffix.shinai", "市内", note="ブエノスアイレス市内: the city"),
    Row("places.city_suffix.shi", "市", note="ソウル市"),
    Row("places.city_suffix.kogai", "郊外", note="モスクワ郊外: the talk is at that city"),
    Row("places.region.shu", "州", note="米国ジョージア州シーアイランド: a state before the city"),
    Row("places.region.ken", "県", note="…県X; and a prefecture before a municipality (鹿児島県指宿市)"),
    Row("places.region.sho", "省", note="…省X (a province)"),
    Row("places.region.chiho", "地方", note="…地方X"),
    Row("places.island.shima", "島", note="シーアイランド島: the island's name is the city"),
    Row("places.prefecture.to", "都", note="東京都…市"),
    Row("places.prefecture.fu", "府", note="京都府…市"),
    Row("places.prefecture.do", "道", note="北海道…町"),
    Row("places.municipality.shi", "市", note="函館市: the city without 市"),
    Row("places.municipality.machi", "町", note="…県X町 (only after its prefecture)"),
    Row("places.municipality.mura", "村", note="長野県白馬村 (only after its prefecture)"),
    Row("places.not_municipality.kaku", "各", note="各市 (同市, 当市, 本市: the meetings stage drops such place phrases before)"),
    Row("places.not_municipality.daito", "大都", note="大都市"),
    Row("places.not_municipality.ryo", "両", note="両市"),
    Row("places.not_municipality.sho", "諸", note="諸都市"),
    Row("places.not_municipality.kinrin", "近隣", note="近隣市町村"),
    Row("places.not_municipality.chiho", "地方", note="地方都市"),
    Row("places.abstract.men", "面", note="経済面において: an aspect, not a place"),
    Row("places.abstract.ten", "点", note="…点において"),
    Row("places.abstract.jo", "上", note="…上において"),
    Row("places.abstract.teki", "的", note="…的において"),
    Row("places.abstract.sei", "性", note="…性において"),
    Row("places.abstract.ya", "野", note="…分野において"),
    Row("places.abstract.gawa", "側", note="…側において"),
    Row("places.abstract.kan", "間", note="…間において"),
    Row("places.abstract.ba", "場", note="…場において"),
    Row("places.abstract.ka", "下", note="…下において"),
    Row("places.abstract.chu", "中", note="…中において"),
    Row("places.abstract.nai", "内", note="…内において"),
    Row("places.abstract.gai", "外", note="…外において"),
    Row("places.abstract.sai", "際", note="…際において"),
    Row("places.paren_city.entry", r"\([ァ-ヴー一-龥・]{2,12}\)", regex=True,
        note="a chronology entry's bracketed place: 外相会談(ダーウィン)"),
), note="how a place phrase writes a city: its forms, and the words that make it none")
