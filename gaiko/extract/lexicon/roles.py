"""Titles and roles: the words a person's title is made of, and what a title says about its holder.

``ENDINGS`` are the last words of a title (外務大臣, 首相, 大使): a run of name characters that ends in one is
a candidate name + title (``Person.rule`` is the ending's id); ``value`` is the plain form the record gives
(外相 -> 外務大臣) where it differs. ``STARTS`` are the words a title opens with, which tell where a kanji
name ends (山田 | 内閣官房副長官); groups ``posted`` (駐/在 + a country), ``consulate`` (在 + a city abroad, before
総領事) and ``former`` (前/元 before a title) are built into that pattern with their grammar. ``NOT_NAMES`` (and the other ``not_*`` groups) drop a run
that reads as name + title but is none (同大臣, 日米電話外相会談, 外交部長).

``RANKS`` give a title's rank for the kind of a talk (``value``: head, deputy_head, fm, defense, vice,
minister); ``SIDES`` whether it is a Japanese office (``value`` JP) or a foreign one (``foreign``);
``COUNTRIES`` the country or organisation a title names by itself (``value``: the code).
"""

from __future__ import annotations

from gaiko.extract.lexicon import Row, Table

ENDINGS = Table("roles", (
    Row("roles.end.naikaku_sori_daijin", "内閣総理大臣", "総理大臣", "Japan's prime minister, in full"),
    Row("roles.end.sori_daijin", "総理大臣", note="a prime minister"),
    Row("roles.end.fuku_daitoryo", "副大統領", note="a vice-president"),
    Row("roles.end.daitoryo_hosakan", "大統領補佐官", note="an assistant to a president"),
    Row("roles.end.daitoryo_komon", "大統領顧問", note="an adviser to a president"),
    Row("roles.end.daitoryo", "大統領", note="a president"),
    Row("roles.end.kokka_shuseki", "国家主席", note="China's president"),
    Row("roles.end.shuseki", "主席", note="a chairman: 習主席"),
    Row("roles.end.shusho", "首相", note="a prime minister"),
    Row("roles.end.sori", "総理", "総理大臣", "Japan's prime minister, short: 山田総理"),
    Row("roles.end.gaimu_daijin", "外務大臣", note="a foreign minister"),
    Row("roles.end.gaimu_fuku_daijin", "外務副大臣", note="a state minister for foreign affairs"),
    Row("roles.end.daijin_seimukan", "大臣政務官", note="a parliamentary vice-minister: 外務大臣政務官"),
    Row("roles.end.seimukan", "政務官", note="a parliamentary vice-minister, short"),
    Row("roles.end.fuku_daijin", "副大臣", note="a vice-minister: 財務副大臣"),
    Row("roles.end.daijin", "大臣", note="a minister: 山田大臣, 国防大臣"),
    Row("roles.end.gaisho", "外相", "外務大臣", "a foreign minister, short"),
    Row("roles.end.gaimusho", "外務相", "外務大臣", "a foreign minister titled 外務相 (北朝鮮外務相)"),
    Row("roles.end.boeisho", "防衛相", "防衛大臣", "a defence minister, short"),
    Row("roles.end.kokubosho", "国防相", "国防大臣", "a defence minister of the other side, short"),
    Row("roles.end.gaikobucho", "外交部長", note="China's foreign minister"),
    Row("roles.end.gaikobu_chokan", "外交部長官", note="Korea's foreign minister, whole (not 外交部長 + 官): 韓国外交部長官"),
    Row("roles.end.bucho_jori", "部長助理", note="an assistant minister: 外交部部長助理"),
    Row("roles.end.bucho", "部長", note="a minister (of a 部), a director"),
    Row("roles.end.kokumu_chokan", "国務長官", note="the US Secretary of State"),
    Row("roles.end.kokubo_chokan", "国防長官", note="a Secretary of Defense"),
    Row("roles.end.fuku_chokan", "副長官", note="a deputy secretary: 内閣官房副長官, 国務副長官"),
    Row("roles.end.chokan", "長官", note="a secretary, a director-general: 韓国外交部長官"),
    Row("roles.end.jimu_jikan", "事務次官", note="an administrative vice-minister"),
    Row("roles.end.jikanho", "次官補", note="an assistant secretary: 国務次官補, 外交部次官補"),
    Row("roles.end.jikan", "次官", note="a vice-minister: 外務次官"),
    Row("roles.end.jicho", "次長", note="a deputy director-general"),
    Row("roles.end.kyokucho", "局長", note="a director-general: アジア大洋州局長"),
    Row("roles.end.shingikan", "審議官", note="a deputy director-general: 外務審議官"),
    Row("roles.end.sanjikan", "参事官", note="a counsellor"),
    Row("roles.end.kacho", "課長", note="a director of a division"),
    Row("roles.end.shitsucho", "室長", note="a head of an office"),
    Row("roles.end.shicho", "司長", note="a director-general of a Chinese ministry (司)"),
    Row("roles.end.hosakan", "補佐官", note="an adviser: 国家安全保障担当補佐官"),
    Row("roles.end.komon", "顧問", note="an adviser"),
    Row("roles.end.taishi", "大使", note="an ambassador"),
    Row("roles.end.koshi", "公使", note="a minister of an embassy"),
    Row("roles.end.soryoji", "総領事", note="a consul-general"),
    Row("roles.end.ryoji", "領事", note="a consul"),
    Row("roles.end.gicho", "議長", note="a speaker, a president of a council: 欧州理事会議長"),
    Row("roles.end.iincho", "委員長", note="a president of a commission: 欧州委員会委員長"),
    Row("roles.end.kokumu_iin", "国務委員", note="a state councillor of China"),
    Row("roles.end.shuseki_chief", "首席", note="a chief: 首席代表 is read as 首席 + 代表"),
    Row("roles.end.hodokan", "報道官", note="a spokesperson"),
    Row("roles.end.bakuryocho", "幕僚長", note="a chief of staff: 統合幕僚長"),
    Row("roles.end.socho", "総長", note="a secretary-general, a chief: 参謀総長"),
    Row("roles.end.shireikan", "司令官", note="a commander"),
    Row("roles.end.tokushi", "特使", note="an envoy: 総理特使, 政府特使"),
    Row("roles.end.daihyo", "代表", note="a representative: 首席代表"),
    Row("roles.end.shokicho", "書記長", note="a general secretary"),
    Row("roles.end.shoki", "書記", note="a secretary of a party"),
    Row("roles.end.kanjicho", "幹事長", note="a party's secretary-general: モンゴル人民党幹事長, 自民党幹事長"),
    Row("roles.end.toshu", "党首", note="a party's leader: ドイツ社会民主党党首"),
    Row("roles.end.kokuo", "国王", note="a king"),
    Row("roles.end.kyoko", "教皇", note="the Pope: レオ14世ローマ教皇, フランシスコ教皇"),
    Row("roles.end.joo", "女王", note="a queen: デンマーク女王"),
    Row("roles.end.kotaishi", "皇太子", note="a crown prince"),
    Row("roles.end.shucho", "首長", note="an emir: アブダビ首長"),
    Row("roles.end.genshu", "元首", note="a head of state titled so: モナコ公国元首 (元首相 is a former prime minister)"),
    Row("roles.end.ko_prince", "公", note="a sovereign prince titled after his country: アルベール2世モナコ公 (公国, 公使 … are "
        "longer words)"),
    Row("roles.end.taiko", "大公", note="a grand duke: ルクセンブルク大公 (the country's name, 大公国, is none)"),
    Row("roles.end.shissei", "執政", note="a captain regent: サンマリノ執政"),
    Row("roles.end.sotoku", "総督", note="a governor-general: カナダ総督"),
    Row("roles.end.jokyusho", "上級相", note="a senior minister: シンガポール上級相"),
    Row("roles.end.oro_cho", "欧ロ長", note="the ministry's director-general for Europe and Russia, short"),
    Row("roles.end.jori", "助理", note="an assistant: 部長助理"),
    Row("roles.end.kanbo_chokan", "官房長官", note="the Chief Cabinet Secretary"),
    Row("roles.end.shunin", "主任", note="a director: 中央外事工作委員会弁公室主任"),
    Row("roles.end.sosai", "総裁", note="a governor, a president: 総裁"),
    Row("roles.end.kocho", "行長", note="a bank's governor: 人民銀行長"),
    Row("roles.end.shori", "署理", note="an acting office holder"),
    Row("roles.end.iin", "委員", note="a member of a commission: 欧州委員会委員"),
    Row("roles.end.chiji", "知事", note="a governor of a prefecture or state"),
    Row("roles.end.shicho_mayor", "市長", note="a mayor"),
    Row("roles.end.shocho", "省長", note="a governor of a province: 広東省長"),
    Row("roles.end.tosensha", "当選者", note="the winner of an election: 大統領選挙当選者, a president-elect"),
    Row("roles.end.shuseki_hosakan", "首席補佐官", note="a chief of staff"),
    Row("roles.end.jimu_socho_ho", "事務総長補", note="an assistant secretary-general"),
    Row("roles.end.jimu_socho", "事務総長", note="a secretary-general: NATO事務総長"),
    Row("roles.end.rijicho", "理事長", note="a president of a board"),
    Row("roles.end.semmu_riji", "専務理事", note="a managing director: IMF専務理事, 国際通貨基金(IMF)専務理事"),
    Row("roles.end.koto_benmukan", "高等弁務官", note="a high commissioner: 国連難民高等弁務官, 国連人権高等弁務官"),
    Row("roles.end.kaicho", "会長", note="a chairman"),
    Row("roles.end.giin", "議員", note="a member of parliament: 衆議院議員, 下院議員, 国会議員 (a delegation's head)"),
    # a minister's short title ending in 相 (英国外務・英連邦・開発相, 独財務相)
    Row("roles.end.kaihatsusho", "開発相", note="a development minister"),
    Row("roles.end.zaimusho", "財務相", note="a finance minister"),
    Row("roles.end.zosho", "蔵相", note="a finance minister (older form)"),
    Row("roles.end.keizaisho", "経済相", note="an economy minister"),
    Row("roles.end.boekisho", "貿易相", note="a trade minister"),
    Row("roles.end.iminsho", "移民相", note="an immigration minister (外務移民相: foreign affairs and immigration)"),
    Row("roles.end.tsushosho", "通商相", note="a commerce minister"),
    Row("roles.end.sangyosho", "産業相", note="an industry minister"),
    Row("roles.end.naisho", "内相", note="an interior minister"),
    Row("roles.end.hosho", "法相", note="a justice minister"),
    Row("roles.end.kokumusho", "国務相", note="a minister of state"),
), note="longest first when compiled; value: the plain form (外相 -> 外務大臣) where it differs")

STARTS = Table("roles", (
    Row("roles.start.naikaku", "内閣", note="内閣総理大臣, 内閣官房副長官"),
    Row("roles.start.kanbo", "官房", note="官房長官, 官房副長官"),
    Row("roles.start.gaimu", "外務", note="外務大臣, 外務審議官"),
    Row("roles.start.gaiko", "外交", note="外交部長"),
    Row("roles.start.kokumu", "国務", note="国務委員, 国務長官"),
    Row("roles.start.kokka", "国家", note="国家主席"),
    Row("roles.start.roma", "ローマ", note="フランシスコ・ローマ教皇: the Pope's title opens at ローマ (no country's name)"),
    Row("roles.start.kokubo", "国防", note="国防大臣"),
    Row("roles.start.boei", "防衛", note="防衛大臣"),
    Row("roles.start.daitoryo", "大統領", note="大統領, 大統領補佐官"),
    Row("roles.start.fuku_daitoryo", "副大統領", note="副大統領"),
    Row("roles.start.shusho", "首相", note="首相, 首相補佐官"),
    Row("roles.start.sori", "総理", note="総理, 総理大臣"),
    Row("roles.start.taishi", "大使", note="大使"),
    Row("roles.start.koshi", "公使", note="公使"),
    Row("roles.start.oshu", "欧州", note="欧州局長"),
    Row("roles.start.oro", "欧ロ", note="欧ロ長"),
    Row("roles.start.asia", "アジア", note="アジア大洋州局長"),
    Row("roles.start.hokubei", "北米", note="北米局長"),
    Row("roles.start.chunanbei", "中南米", note="中南米局長"),
    Row("roles.start.chuto", "中東", note="中東アフリカ局長"),
    Row("roles.start.africa", "アフリカ", note="アフリカ部長"),
    Row("roles.start.taiyoshu", "大洋州", note="大洋州局長"),
    Row("roles.start.hokuto_asia", "北東アジア", note="北東アジア課長"),
    Row("roles.start.tohoku_asia", "東北アジア", note="東北アジア局長"),
    Row("roles.start.nanbu_asia", "南部アジア", note="南部アジア部長"),
    Row("roles.start.minami_asia", "南アジア", note="南アジア部長"),
    Row("roles.start.sogo_gaiko", "総合外交", note="総合外交政策局長"),
    Row("roles.start.keizai", "経済", note="経済局長"),
    Row("roles.start.kokusai", "国際", note="国際協力局長"),
    Row("roles.start.chiiki", "地域", note="地域調整官"),
    Row("roles.start.hodo", "報道", note="報道官"),
    Row("roles.start.giten", "儀典", note="儀典長"),
    Row("roles.start.ryoji", "領事", note="領事局長"),
    Row("roles.start.keikaku_toshi", "計画投資", note="計画投資大臣"),
    Row("roles.start.sangyo_boeki", "産業貿易", note="産業貿易大臣"),
    Row("roles.start.kaihatsu", "開発", note="開発大臣"),
    Row("roles.start.togo", "統合", note="統合幕僚長"),
    Row("roles.start.sanbo", "参謀", note="参謀総長"),
    Row("roles.start.shushofu", "首相府", note="首相府長官"),
    # Korea's ministries, each named …部 (外交部 above): 海洋水産部次官, 統一部長官, 産業通商資源部長官, 企画財政部長官
    Row("roles.start.kaiyo_suisan", "海洋水産", note="海洋水産部次官: Korea's oceans and fisheries ministry"),
    Row("roles.start.toitsu", "統一", note="統一部長官: Korea's unification ministry"),
    Row("roles.start.sangyo_tsusho", "産業通商資源", note="産業通商資源部長官: Korea's trade, industry and energy ministry"),
    Row("roles.start.kikaku_zaisei", "企画財政", note="企画財政部長官: Korea's economy and finance ministry"),
    # a friendship league or association named by its pair (韓日議員連盟会長, 日韓議員連盟会長, 日中友好議員連盟会長)
    Row("roles.start.kannichi", "韓日", note="韓日議員連盟会長"),
    Row("roles.start.nikkan", "日韓", note="日韓議員連盟会長"),
    Row("roles.start.daijin", "大臣", note="大臣, 大臣政務官"),
    Row("roles.start.chokan", "長官", note="長官"),
    Row("roles.start.jikan", "次官", note="次官, 次官補"),
    Row("roles.start.kyokucho", "局長", note="局長"),
    Row("roles.start.shingikan", "審議官", note="審議官"),
    Row("roles.start.kacho", "課長", note="課長"),
    Row("roles.start.hosakan", "補佐官", note="補佐官"),
    Row("roles.start.komon", "顧問", note="顧問"),
    Row("roles.start.gicho", "議長", note="議長"),
    Row("roles.start.iincho", "委員長", note="委員長"),
    Row("roles.start.shuseki_chief", "首席", note="首席代表, 首席補佐官"),
    Row("roles.start.fuku", "副", note="副大臣, 副首相"),
    Row("roles.start.dai", "第", note="第1次官"),
    Row("roles.start.seimu", "政務", note="政務官"),
    Row("roles.start.jimu", "事務", note="事務次官, 事務総長"),
    Row("roles.start.kokuren", "国連", note="国連大使"),
    Row("roles.start.jochu", "常駐", note="常駐代表"),
    Row("roles.start.tokumei", "特命", note="特命全権大使"),
    Row("roles.start.zaimu", "財務", note="財務副大臣"),
    Row("roles.start.keisan", "経産", note="経産大臣"),
    Row("roles.start.norin", "農林", note="農林水産大臣"),
    Row("roles.start.kokudo", "国土", note="国土交通大臣"),
    Row("roles.start.suisancho", "水産庁", note="水産庁長官, 水産庁資源管理部長: the Fisheries Agency's officials, who lead "
        "fisheries talks"),
    Row("roles.start.kankyo", "環境", note="環境大臣"),
    Row("roles.start.monbu", "文部", note="文部科学大臣"),
    Row("roles.start.kosei", "厚生", note="厚生労働大臣"),
    Row("roles.start.kokka_anpo", "国家安保", note="国家安保室長"),
    Row("roles.start.anzen_hosho", "安全保障", note="安全保障担当補佐官"),
    Row("roles.start.bucho", "部長", note="部長"),
    Row("roles.start.chuo", "中央", note="中央外事工作委員会弁公室主任"),
    Row("roles.start.kyosanto", "共産党", note="共産党中央委員会書記長"),
    Row("roles.start.zenkoku_jinmin", "全国人民", note="全国人民代表大会常務委員長"),
    Row("roles.start.gaisho", "外相", note="外相"),
    Row("roles.start.boeisho", "防衛相", note="防衛相"),
    Row("roles.start.kokubosho", "国防相", note="国防相"),
    Row("roles.start.minshuto", "民主党", note="民主党代表"),
    Row("roles.start.jiminto", "自民党", note="自民党幹事長"),
    Row("roles.start.kokkai", "国会", note="国会議長"),
    Row("roles.start.shugiin", "衆議院", note="衆議院議員, 衆議院議長: Japan's lower house"),
    Row("roles.start.sangiin", "参議院", note="参議院議員, 参議院議長: Japan's upper house"),
    Row("roles.start.kain", "下院", note="下院議長"),
    Row("roles.start.join", "上院", note="上院議長"),
    Row("roles.start.renpo", "連邦", note="連邦議会議長"),
    Row("roles.start.boeki", "貿易", note="貿易大臣"),
    Row("roles.start.shomu", "商務", note="商務長官"),
    Row("roles.start.tsusho", "通商", note="通商代表"),
    Row("roles.start.energy", "エネルギー", note="エネルギー大臣 (also after a ・-joined name: アブドルアジーズ・エネルギー大臣)"),
    Row("roles.start.digital", "デジタル", note="デジタル大臣"),
    Row("roles.start.tokushi", "特使", note="山田特使: an envoy named by his mission's short title"),
    Row("roles.start.tokuha", "特派", note="特派大使 (the title starts at 特派, not after it)"),
    Row("roles.posted.chu", "駐", note="駐米大使, 駐日大使: an envoy posted in a country (駐 + 日 or a country)"),
    Row("roles.posted.zai", "在", note="在京大使: an envoy resident in a country (在 + 日 or a country)"),
    Row("roles.consulate.zai_city", "在[ァ-ヴー]{2,12}(?:日本国)?", regex=True, note="在シカゴ総領事, 在ミラノ日本国総領事: "
        "a consul posted in a city abroad (在 + a city in katakana, before 総領事 or 領事)"),
    Row("roles.former.mae", "前", note="前大統領: the former holder (before 大統領, 首相, 総理, 外相, 大臣, 長官)"),
    Row("roles.former.moto", "元", note="元外相: a former holder"),
), note="longest first when compiled; the posted and former rows are built in with their grammar")

# a status or a joint office before a minister's short title (次期外相, 前国防相, 副首相兼外相): the short title takes its
# plain form after it as alone (次期外務大臣, 副首相兼外務大臣; 総理 excepted: 副総理, 国務院総理 are written so)
PLAIN_AFTER = Table("roles", (
    Row("roles.plain_after.jiki", "次期", note="次期外相: 次期外務大臣"),
    Row("roles.plain_after.mae", "前", note="前国防相: 前国防大臣"),
    Row("roles.plain_after.moto", "元", note="元外相: 元外務大臣"),
    Row("roles.plain_after.ken", "兼", note="副首相兼外相: 副首相兼外務大臣 (the office after the last 兼)"),
))

# the office a person acts in, said after them in their sentence (X衆議院議員は、…特派大使として…を訪問し): the title
# the record gives them there
CAPACITY = Table("roles", (
    Row("roles.capacity.toshite", "として", note="X議員は、特派大使として訪問し: the person acts as 特派大使"),
))

# a run that reads as name + title but whose "name" is none of these
NOT_NAMES = Table("roles", (
    Row("roles.not_name.ryo", "両", note="両大臣: the two ministers"),
    Row("roles.not_name.kaku", "各", note="各大臣: each minister"),
    Row("roles.not_name.do", "同", note="同大臣: the same minister"),
    Row("roles.not_name.fuku", "副", note="副大臣 is a title, not 副 + 大臣"),
    Row("roles.not_name.mae", "前", note="前大統領"),
    Row("roles.not_name.moto", "元", note="元大統領"),
    Row("roles.not_name.shin", "新", note="新大臣: the new minister"),
    Row("roles.not_name.hon", "本", note="本大臣"),
    Row("roles.not_name.to", "当", note="当大臣"),
    Row("roles.not_name.ki", "貴", note="貴大臣: your minister"),
    Row("roles.not_name.ware", "我", note="我大臣"),
    Row("roles.not_name.jiki", "次期", note="次期大統領: the president-elect"),
    Row("roles.not_name.rekidai", "歴代", note="歴代首相: successive prime ministers"),
    Row("roles.not_name.shuno", "首脳", note="首脳: leaders"),
    Row("roles.not_name.kakuryo", "閣僚", note="閣僚: cabinet members"),
    Row("roles.not_name.zen", "全", note="全大使: all ambassadors"),
    Row("roles.not_name.sho", "諸", note="諸大臣"),
    Row("roles.not_name.so", "総", note="総領事 is a title, not 総 + 領事"),
    Row("roles.not_name.gaimu", "外務", note="外務大臣 is a title, not 外務 + 大臣"),
    Row("roles.not_name.gaiko", "外交", note="外交部長 is a title, not 外交 + 部長"),
    Row("roles.not_name.chu", "駐", note="駐日大使 is a title"),
    Row("roles.not_name.zai", "在", note="在京大使 is a title"),
    Row("roles.not_name.ken", "兼", note="兼外務大臣: the second office of a title"),
    # words that make a run before a title something other than a name (日米電話外相会談, 日英定期外相協議)
    Row("roles.not_name_part.denwa", "電話", note="日米電話外相会談"),
    Row("roles.not_name_part.teiki", "定期", note="日英定期外相協議"),
    Row("roles.not_name_part.kaidan", "会談", note="首脳会談外相"),
    Row("roles.not_name_part.shuno", "首脳", note="日中首脳会談後の共同記者会見首相"),
    Row("roles.not_name_part.kyogi", "協議", note="協議議長"),
    Row("roles.not_name_part.kyodo", "共同", note="共同議長"),
    Row("roles.not_name_part.senryaku", "戦略", note="戦略対話議長"),
    Row("roles.not_name_part.nikokukan", "二国間", note="二国間外相会談: a bilateral talk named by its kind, in a heading"),
    # the last character of a run that names a side, a country, a ministry or a government (日本側, 同国, 外務省)
    Row("roles.not_name_end.gawa", "側", note="日本側代表"),
    Row("roles.not_name_end.koku", "国", note="同国大使"),
    Row("roles.not_name_end.sho", "省", note="外務省報道官"),
    Row("roles.not_name_end.fu", "府", note="首相府長官"),
    Row("roles.not_name_end.bu", "部", note="外交部長官: an office (外交部, 国防部), unless a surname ending in 部 (阿部)"),
))

# the country or organisation a title names by itself, for a person the text gives no country (王毅国務委員,
# バローゾ欧州委員会委員長, NATO事務総長); organisations without an ISO code follow the development set's
# conventions (EU as EU, NATO as XN). Rows in order, the first found decides.
COUNTRIES = Table("roles", (
    Row("roles.country.kokumu_iin", "国務委員", "CN", "China's state councillor"),
    Row("roles.country.kokumuin", "国務院", "CN", "China's State Council: 国務院総理"),
    Row("roles.country.gaikobu_bucho", "外交部(?:副)?部長", "CN", "China's (vice) foreign minister", regex=True),
    Row("roles.country.gaikobucho", "外交部長(?!官)", "CN", "China's foreign minister (外交部長官 is Korea's)", regex=True),
    Row("roles.country.zenjindai", "全人代", "CN", "China's National People's Congress, short"),
    Row("roles.country.zenkoku_jinmin", "全国人民代表大会", "CN", "China's National People's Congress"),
    Row("roles.country.kr_ministry", "(?:海洋水産|統一|産業通商資源|企画財政)部", "KR",
        "Korea's ministries named …部 (海洋水産部次官, 統一部長官)", regex=True),
    Row("roles.country.kannichi", "韓日", "KR", "韓日議員連盟会長: a Korean body, named with Korea first"),
    Row("roles.country.hong_kong", "香港特別行政区", "HK", "Hong Kong's government: 香港特別行政区行政長官"),
    Row("roles.country.kyoko", "教皇", "VA", "the Pope and his curia: ローマ教皇, 教皇庁外務長官 (the Holy See)"),
    # a state's or province's name before 州 (its governor, premier or minister): the country it belongs to, for a
    # person the page names with no country (ニューサム・カリフォルニア州知事による表敬); the ministry's katakana, ヴ or not
    Row("roles.country.us_state", "(?:ニューハンプシャー|ウェストバージニア|ウエストバージニア|マサチューセッツ|ニュージャージー|ノースカロライナ|ペンシルヴェニア|ロードアイランド|サウスカロライナ|カリフォルニア|ニューメキシコ|ペンシルベニア|ペンシルバニア|ウィスコンシン|アーカンソー|コネチカット|インディアナ|ケンタッキー|メリーランド|ミシシッピー|ニューヨーク|ノースダコタ|サウスダコタ|ヴァーモント|ヴァージニア|ワイオミング|アーカンソ|デラウェア|デラウエア|ジョージア|ルイジアナ|ミシシッピ|ネブラスカ|オクラホマ|バーモント|バージニア|ワシントン|アラバマ|アラスカ|アリゾナ|コロラド|フロリダ|アイダホ|イリノイ|アイオワ|カンザス|ミシガン|ミネソタ|ミズーリ|モンタナ|ネヴァダ|オハイオ|オレゴン|テネシー|テキサス|ハワイ|メーン|メイン|ネバダ|ユタ)州(?!立)", "US", "a US state: カリフォルニア州知事, ニューヨーク州議会議員", regex=True),
    Row("roles.country.au_state", "(?:ニューサウスウェールズ|クイーンズランド|西オーストラリア|南オーストラリア|ヴィクトリア|ビクトリア|タスマニア)州", "AU", "an Australian state: ビクトリア州首相, ニューサウスウェールズ州貿易大臣",
        regex=True),
    Row("roles.country.ca_province", "(?:ニューファンドランド・?ラブラドール|プリンス・?エドワード・?アイランド|ブリティッシュ・?コロンビア|ニューブランズウィック|サスカチュワン|ノヴァスコシア|ノバスコシア|オンタリオ|アルバータ|ケベック|マニトバ)州", "CA", "a Canadian province: オンタリオ州首相, ケベック州国際関係大臣", regex=True),
    Row("roles.country.de_land", "(?:ノルトライン・?[ヴウ]ェストファーレン|シュレス[ヴウ]ィヒ・?ホルシュタイン|バーデン・?[ヴビ]ュルテンベルク|メクレンブルク・?フォアポンメルン|ラインラント・?プファルツ|ザクセン・?アンハルト|ニーダーザクセン|ブランデンブルク|テューリンゲン|チューリンゲン|ザールラント|バイエルン|ヘッセン|ザクセン)州", "DE", "a German Land: バイエルン州首相, ヘッセン州経済大臣", regex=True),
    Row("roles.country.in_state", "(?:アーンドラ・?プラデーシュ|ウッタル・?プラデーシュ|アンドラ・?プラデシュ|マハーラーシュトラ|タミル・?ナドゥ|ラージャスターン|マハラシュトラ|グジャラート|カルナータカ|ラジャスタン|テランガーナ|パンジャーブ|西ベンガル|テランガナ|オディシャ|パンジャブ|ケララ)州", "IN", "an Indian state: グジャラート州首相, タミル・ナドゥ州首相", regex=True),
    Row("roles.org.eu_commission", "欧州委員会", "EU", "the European Commission"),
    Row("roles.org.eu_council", "欧州理事会", "EU", "the European Council"),
    Row("roles.org.eu_parliament", "欧州議会", "EU", "the European Parliament"),
    Row("roles.org.eu", "EU", "EU", "the EU"),
    Row("roles.org.nato", "NATO", "XN", "NATO"),
    Row("roles.org.nato_ja", "北大西洋条約機構", "XN", "NATO, in Japanese"),
))
# titles of an international organisation's officers (OSCE事務総長, 包括的核実験禁止条約機関(CTBTO)事務局長): the
# person has no country (the organisation stays in the title); EU and NATO have codes of their own (above)
ORG_TITLES = Table("roles", (
    Row("roles.org_title.acronym", "[A-Z]{2,}", note="a title opening with an acronym: OSCE事務総長 (not EU, NATO, "
                                                   "nor an ambassador: ASEAN大使)", regex=True),
    Row("roles.org_body.kikan", "機関", note="…機関(CTBTO)事務局長"),
    Row("roles.org_body.kiko", "機構", note="…機構事務総長"),
    Row("roles.org_body.forum", "フォーラム", note="太平洋諸島フォーラム事務局長"),
    Row("roles.org_body.kokusai_rengo", "国際連合", note="国際連合事務総長: the United Nations"),
    Row("roles.org_body.kokuren", "国連", note="国連事務総長 (国連大使 holds no officer word: an envoy of a country)"),
    Row("roles.org_body.rengo", "連合", note="アフリカ連合(AU)委員会委員長, 東南アジア諸国連合(ASEAN)事務総長 (欧州連合 is the EU's)"),
    Row("roles.org_body.rijikai", "理事会", note="湾岸協力理事会(GCC)事務局長 (欧州理事会 is the EU's)"),
    Row("roles.org_body.kikin", "基金", note="国際通貨基金(IMF)専務理事: a fund"),
    Row("roles.org_body.sekijuji", "赤十字国際委員会", note="赤十字国際委員会(ICRC)総裁: the Red Cross's committee"),
    Row("roles.org_unit.junbi_iinkai", "準備委員会", note="…機関(CTBTO)準備委員会事務局長: the body's preparatory commission, "
        "whose officer heads it"),
    Row("roles.org_officer.jimukyokucho", "事務局長", note="a director-general of an organisation"),
    Row("roles.org_officer.jimu_socho", "事務総長", note="a secretary-general of an organisation"),
    Row("roles.org_officer.sosai", "総裁", note="a president of an organisation (a bank)"),
    Row("roles.org_officer.socho", "総長", note="a secretary-general, short"),
    Row("roles.org_officer.jimukyoku_jicho", "事務局次長", note="a deputy director-general of an organisation"),
    Row("roles.org_officer.koto_benmukan", "(?:難民|人権)?高等弁務官", note="a high commissioner of the UN: 国連難民高等弁務官",
        regex=True),
    Row("roles.org_officer.semmu_riji", "専務理事", note="a managing director of an organisation: 国際通貨基金専務理事"),
    Row("roles.org_officer.iinkai_iincho", "委員会委員長", note="a chairperson of an organisation's commission: アフリカ連合委員会委員長"),
))

# the rank of a title, for the kind of a talk between its holders
RANKS = Table("roles", (
    # heads of state or government; an office attached to the title after it names someone else (首相顧問)
    Row("roles.head.sori_daijin", "総理大臣", "head", "a prime minister (not 総理大臣補佐官)"),
    Row("roles.head.shusho", "(?<!副)(?<!次期)(?<![州省])(?<!自治政府)首相", "head", "a prime minister (not 副首相, not 首相顧問; "
        "not a prime minister-elect, 次期首相, nor a state's, a province's or a devolved government's premier, 州首相, "
        "省首相, 自治政府首相: heads of no state or government of a country)", regex=True),
    Row("roles.head.kokuo", "国王", "head", "a king (not 国王高級顧問)"),
    Row("roles.head.joo", "女王", "head", "a queen (not 女王秘書)"),
    Row("roles.head.kyoko", "教皇(?!庁)", "head", "the Pope, head of state of the Holy See (not 教皇庁, his curia)", regex=True),
    Row("roles.head_only.eu_commission", "欧州委員会委員長", "head", "the President of the European Commission"),
    Row("roles.head_only.eu_council", "欧州理事会議長", "head", "the President of the European Council"),
    Row("roles.head_only.daitoryo_end", "(?<!副)(?<!次期)大統領$", "head", "a president (not 副大統領, nor a president-elect, "
        "次期大統領, who is not yet head of state: 暫定大統領 is)", regex=True),
    Row("roles.head_only.daitoryo_start", "^大統領(?!選挙)", "head", "a president with a further office (大統領兼首相; not "
        "大統領選挙当選者, a president-elect)", regex=True),
    Row("roles.head_only.kokka_shuseki", "国家主席", "head", "China's president"),
    Row("roles.head_only.shuseki", "^主席", "head", "a chairman of state", regex=True),
    Row("roles.head_only.kokumuin_sori", "国務院総理", "head", "China's premier"),
    Row("roles.head_only.shucho", "首長", "head", "an emir"),
    Row("roles.head_only.genshu", "元首(?!相)", "head", "a head of state: 公国元首 (not 元首相)", regex=True),
    Row("roles.head_only.ko_prince", "^公$", "head", "a sovereign prince (モナコ公: the title once its country is read off)", regex=True),
    Row("roles.head_only.taiko", "大公(?!国|妃)", "head", "a grand duke, head of state (not 大公国, 大公妃)", regex=True),
    Row("roles.head_only.shissei", "執政", "head", "a captain regent, head of state"),
    Row("roles.head_only.kokka_hyogikai", "国家評議会議長", "head", "a chairman of a council of state, head of state"),
    Row("roles.head_only.shuken_hyogikai", "主権評議会議長", "head", "a chairman of a sovereignty council, head of state"),
    # a deputy head of government or state is no head (副首相兼外務大臣 talks as a foreign minister), but outranks a
    # vice-minister
    Row("roles.deputy.fuku_shusho", "副首相", "deputy_head", "a deputy prime minister"),
    Row("roles.deputy.fuku_sori", "副総理", "deputy_head", "a deputy prime minister"),
    Row("roles.deputy.fuku_daitoryo", "副大統領(?!補佐官)", "deputy_head", "a vice-president (not 副大統領補佐官)", regex=True),
    # foreign ministers (a parliamentary vice-minister, 外務大臣政務官, or an adviser, 外務大臣補佐官, is none)
    Row("roles.fm.gaimu_daijin", "外務大臣(?!政務官|補佐官)", "fm", "a foreign minister", regex=True),
    Row("roles.fm.gaisho", "外相", "fm", "a foreign minister, short"),
    Row("roles.fm.kokumu_chokan", "国務長官", "fm", "the US Secretary of State"),
    Row("roles.fm.gaimu_chokan", "外務長官", "fm", "the Holy See's Secretary for Relations with States: 教皇庁外務長官"),
    Row("roles.fm.gaikobucho", "外交部長", "fm", "China's foreign minister (and Korea's 外交部長官)"),
    Row("roles.fm.gaimu_and", "外務・", "fm", "a foreign minister with a further portfolio: 外務・国際協力大臣"),
    Row("roles.fm.gaiko_and", "外交・", "fm", "外交・国際協力大臣"),
    Row("roles.fm.kokusai_kankei", "国際関係・協力", "fm", "国際関係・協力大臣 (South Africa's)"),
    Row("roles.fm.gaimu_portfolio", "外務(?:貿易|協力|通商|移民)大臣", "fm", "a foreign minister's second portfolio written without ・: "
        "外務貿易大臣 (Hungary's), 外務協力大臣", regex=True),
    Row("roles.fm.taigai_kankei", "対外関係(?:・[^兼・]{1,8})?大臣", "fm", "対外関係大臣 (Cameroon's), 対外関係・協力大臣", regex=True),
    Row("roles.fm.oshu_kokusai", "欧州・国際問題大臣", "fm", "欧州・国際問題大臣 (Austria's foreign minister)"),
    Row("roles.defense.boei_daijin", "防衛大臣", "defense", "a defence minister"),
    Row("roles.defense.kokubo_daijin", "国防大臣", "defense", "a defence minister"),
    Row("roles.defense.kokubo_chokan", "国防長官", "defense", "the US Secretary of Defense"),
    Row("roles.defense.boeisho", "防衛相", "defense", "a defence minister, short"),
    Row("roles.defense.kokubosho", "国防相", "defense", "a defence minister, short"),
    Row("roles.vice.jikan", "次官", "vice", "a vice-minister"),
    Row("roles.vice.kyokucho", "(?<!事務)局長", "vice", "a director-general (not 事務局長, the head of an organisation's "
        "secretariat)", regex=True),
    Row("roles.vice.shingikan", "審議官", "vice", "a deputy vice-minister"),
    Row("roles.vice.fuku_chokan", "副長官", "vice", "a deputy secretary (国務副長官, 官房副長官): a vice-minister's rank, no 長官's"),
    Row("roles.vice.fuku_daijin", "副大臣", "vice", "a state minister"),
    Row("roles.vice.seimukan", "政務官", "vice", "a parliamentary vice-minister"),
    Row("roles.vice.tanto_kokumu_daijin", "担当国務大臣", "vice", "a minister of state for a portfolio"),
    # the officials below them who lead working-level talks and negotiation rounds (the record format's vice_ministerial)
    Row("roles.vice.sanjikan", "参事官", "vice", "a counsellor: 主税局参事官, アジア大洋州局参事官"),
    Row("roles.vice.bucho", "(?<!外交)(?<!対外連絡)部長(?!助理)", "vice", "a director-general of a department: 資源管理部長, "
        "南部アジア部長 (not 外交部長, China's foreign minister, nor 対外連絡部長, a party's minister)", regex=True),
    Row("roles.vice.kacho", "課長", "vice", "a director of a division"),
    Row("roles.vice.shicho", "司長", "vice", "a director-general of a Chinese ministry: 国境海洋事務司副司長"),
    Row("roles.vice.cho_chokan", "(?<=庁)長官", "vice", "the head of an agency: 水産庁長官, 海上保安庁長官 (a vice-minister's "
        "rank, no minister's)", regex=True),
    # the officials who advise a head on national security and meet their counterparts (an official's rank, no minister's)
    Row("roles.vice.anzen_hosho_hosakan", "国家安全保障(?:担当)?(?:大統領|首相)?補佐官", "vice", "a national security adviser: "
        "国家安全保障担当大統領補佐官, 国家安全保障担当首相補佐官, 国家安全保障補佐官 (with Japan's 国家安全保障局長: vice_ministerial)",
        regex=True),
    Row("roles.vice.anpo_shitsucho", "国家安(?:全)?保(?:障)?室長", "vice", "the head of Korea's national security office: 国家安保室長",
        regex=True),
    Row("roles.minister.daijin", "大臣", "minister", "a minister"),
    Row("roles.minister.chokan", "(?<!行政)長官", "minister", "a secretary (not 行政長官, a territory's chief executive: "
        "香港特別行政区行政長官)", regex=True),
    Row("roles.minister.sho", "(?<!首)相$", "minister", "a minister's short title: 財務相 (a 首相 that is no head, 州首相, is "
        "no minister either)", regex=True),
))
# offices attached to a head's title name someone else (国王高級顧問団長, 首相顧問, 総理大臣補佐官, 大統領特使)
ATTACHED = Table("roles", (
    Row("roles.attached.koukyu_komon", "高級顧問", note="国王高級顧問"),
    Row("roles.attached.komon", "顧問", note="首相顧問"),
    Row("roles.attached.hosakan", "補佐官", note="総理大臣補佐官"),
    Row("roles.attached.hosa", "補佐", note="首相補佐"),
    Row("roles.attached.tokushi", "特使", note="首相特使"),
    Row("roles.attached.tokubetsu_daihyo", "特別代表", note="首相特別代表"),
    Row("roles.attached.hisho", "秘書", note="首相秘書"),
    Row("roles.attached.fujin", "夫人", note="首相夫人: the spouse"),
))

# whose office a title names: Japan's (value JP) or a foreign one (value foreign)
SIDES = Table("roles", (
    Row("roles.jp.sori", "総理", "JP", "総理, 総理大臣: Japan's prime minister"),
    Row("roles.jp.gaimu_daijin", "外務大臣", "JP", "a 外務大臣 with a kanji name: Japan's"),
    Row("roles.jp.daijin", "^大臣$", "JP", "大臣 alone: Japan's minister (山田大臣)", regex=True),
    Row("roles.jp.naikaku", "内閣", "JP", "内閣官房副長官"),
    Row("roles.jp.kanbo", "官房", "JP", "官房長官"),
    Row("roles.jp.gaimu_fuku_daijin", "外務副大臣", "JP", "外務副大臣"),
    Row("roles.jp.gaimu_shingikan", "外務審議官", "JP", "外務審議官"),
    Row("roles.jp.gaimu_jimu_jikan", "外務事務次官", "JP", "外務事務次官"),
    Row("roles.jp.gaimusho", "外務省", "JP", "外務省…局長"),
    Row("roles.jp.bureau_asia", "アジア大洋州局", "JP", "アジア大洋州局長"),
    Row("roles.jp.bureau_europe", "欧州局", "JP", "欧州局長"),
    Row("roles.jp.bureau_na", "北米局", "JP", "北米局長"),
    Row("roles.jp.bureau_la", "中南米局", "JP", "中南米局長"),
    Row("roles.jp.bureau_mea", "中東アフリカ局", "JP", "中東アフリカ局長"),
    Row("roles.jp.bureau_coop", "国際協力局", "JP", "国際協力局長"),
    Row("roles.jp.bureau_policy", "総合外交政策局", "JP", "総合外交政策局長"),
    Row("roles.jp.bureau_econ", "経済局", "JP", "経済局長"),
    Row("roles.jp.bureau_consular", "領事局", "JP", "領事局長"),
    Row("roles.jp.bureau_law", "国際法局", "JP", "国際法局長"),
    Row("roles.jp.bureau_disarm", "軍縮不拡散・科学局", "JP", "軍縮不拡散・科学部長"),
    Row("roles.jp.dept_africa", "^アフリカ部", "JP", "アフリカ部長: the ministry's African affairs department (a foreign "
        "ministry's is a 局)", regex=True),
    Row("roles.jp.oro_cho", "欧ロ長", "JP", "欧ロ長"),
    Row("roles.jp.boei_daijin", "防衛大臣", "JP", "防衛大臣"),
    Row("roles.jp.boei_fuku_daijin", "防衛副大臣", "JP", "防衛副大臣"),
    Row("roles.jp.togo_bakuryocho", "統合幕僚長", "JP", "統合幕僚長"),
    Row("roles.jp.chu", "^駐(?!日)", "JP", "駐米大使: Japan's envoy posted abroad", regex=True),
    Row("roles.jp.zai", "^在(?!日)", "JP", "在米大使: Japan's envoy resident abroad", regex=True),
    Row("roles.foreign.daitoryo", "大統領", "foreign", "a president"),
    Row("roles.foreign.kokka_shuseki", "国家主席", "foreign", "China's president"),
    Row("roles.foreign.shushofu", "首相府", "foreign", "首相府長官"),
    Row("roles.foreign.shusho", "首相", "foreign", "a prime minister (Japan's is 総理)"),
    Row("roles.foreign.kokumu_chokan", "国務長官", "foreign", "the US Secretary of State"),
    Row("roles.foreign.kokumu", "国務", "foreign", "国務委員, 国務次官"),
    Row("roles.foreign.gaikobu", "外交部", "foreign", "外交部長, 外交部長官"),
    Row("roles.foreign.kokubo", "国防", "foreign", "国防大臣 (Japan's is 防衛大臣)"),
    Row("roles.foreign.shicho", "司長", "foreign", "a director-general of a Chinese ministry"),
    Row("roles.foreign.jikanho", "次官補", "foreign", "an assistant secretary"),
    Row("roles.foreign.chu_nichi", "^駐日", "foreign", "駐日大使: an envoy posted in Japan", regex=True),
    Row("roles.foreign.zai_nichi", "^在日", "foreign", "在日大使", regex=True),
    Row("roles.foreign.bucho", "部長", "foreign", "a minister of a 部"),
    Row("roles.foreign.shuseki", "主席", "foreign", "a chairman"),
))
# a title the text gives in Japan's words that is another office on China's side: the plain title -> the title as
# that side's office is written (朱鎔基総理 is China's 国務院総理, not a 総理大臣)
CHINA_TITLES = Table("roles", (
    Row("roles.title_cn.sori", "総理大臣", "国務院総理", "朱鎔基総理: China's premier"),
))
# a name's last character that NOT_NAMES' not_name_end rows drop, kept when a country is written right after the name
# (a given name ending in 国: 王建国中華人民共和国国家主席; 同国大使 has none)
NAME_END_KEPT = Table("roles", (
    Row("roles.name_end_kept.koku", "国", note="王建国中華人民共和国国家主席"),
))
# a country's last word a list of leaders drops after a name's ・ (ロヤック・マーシャル大統領 for マーシャル諸島, プナ・クック
# 首相): the part before the title with the word is a country's name
COUNTRY_SHORT = Table("roles", (
    Row("roles.country_short.shoto", "諸島", note="ロヤック・マーシャル大統領: the Marshall Islands' president"),
))
# a region's word that opens a title after a ・-joined name (レイモンド・ウィリアムズ・ニューサウスウェールズ州多文化主義大臣,
# …・ビクトリア州首相): the part before it is the region, part of the title, not of the name
REGION_TITLES = Table("roles", (
    Row("roles.region_title.shu", "州", note="ジョン・スミス・ビクトリア州貿易大臣: a state's minister"),
    Row("roles.region_title.sho", "省", note="…・ガウテン省首相: a province's premier"),
    # a city's mayor (ルメール・パリ市長): only when the part before 市 is a city of the gazetteer, whose country is the
    # person's (a surname before 市長 stays the name's: ジョン・スミス市長)
    Row("roles.region_city.shi", "市", note="アンヌ・ルメール・パリ市長: Paris's mayor, of FR"),
))
# a joint document in treaty style names each leader by the country's full name, the title, then the name (日本国内閣総理大臣
# 田中一郎と…共和国大統領クワメ・アサンテは): the titles that stand before a name there; ``value`` the title's plain form
TITLE_FIRST = Table("roles", (
    Row("roles.title_first.naikaku_sori", "内閣総理大臣", "総理大臣", "日本国内閣総理大臣田中一郎"),
    Row("roles.title_first.sori", "総理大臣", "総理大臣", "日本国総理大臣田中一郎"),
    Row("roles.title_first.gaimu", "外務大臣", "外務大臣", "日本国外務大臣佐藤次郎"),
    Row("roles.title_first.daitoryo", "大統領", "大統領", "…共和国大統領クワメ・アサンテ"),
    Row("roles.title_first.shusho", "首相", "首相", "…王国首相…"),
    Row("roles.title_first.kokka_shuseki", "国家主席", "国家主席", "中華人民共和国主席…"),
))

# Japan's local governments: a kanji name before the title of a prefecture's governor or a city's mayor (小池東京都知事,
# 吉川大阪府知事, 野口横浜市長): the title opens at the place's name (the tokenizer's place name, 東京 + 都知事 or 大阪府 +
# 知事), the person is Japan's. ``value`` the title's tail after the place name; a prefecture's word (都, 府, 県) ends the
# place name or opens the tail, a mayor's city is one of Japan in the gazetteer (道 is Korea's too: 京畿道知事, no row)
JP_LOCAL_TITLES = Table("roles", (
    Row("roles.jp_local.chiji", "[都府県]?知事", "prefecture", "小池東京都知事, 吉川大阪府知事: a prefecture's governor",
        regex=True),
    Row("roles.jp_local.shichou", "市長", "city", "野口横浜市長: a Japanese city's mayor"),
))
# one-character surnames of China and Korea that the tokenizer reads as a common noun with the character after it
# (王 + 海, 金 + 平): a two-kanji name opening with one, its country written right after it, is a name (王海中国外交部長)
KANJI_SURNAMES = Table("roles", (
    Row("roles.kanji_surname.wang", "王", note="王海中国外交部長"),
    Row("roles.kanji_surname.zhang", "張", note="張力中国商務部長"),
    Row("roles.kanji_surname.kim", "金", note="金波韓国統一部長官"),
    Row("roles.kanji_surname.park", "朴", note="朴海韓国外交部長官"),
))
# a gathering word right after a title: the title names the gathering, no person holds it (G7カプリ外相会合: カプリ is
# the place, 外相会合 the meeting)
GATHERING_AFTER = Table("roles", (
    Row("roles.gathering_after.kaigou", "会合", note="G7カプリ外相会合"),
    Row("roles.gathering_after.kaigi", "会議", note="ボン外相会議"),
))
# honorifics a page writes after a title (ハーリド国王陛下からは…): the title is the person's, the honorific no part of it
# a former prime minister after a name (ブレア元首相): 元 + 首相, not the head of state's 元首 + 相
FORMER_SHUSHO = Table("roles", (
    Row("roles.former_shusho.moto", "元首", note="カルニンシュ元首相: the title runs on to 首相, a former prime minister"),
))
# the late holder of a title (故山村元内閣総理大臣): named for a funeral or a memorial, never a talk's principal
LATE = Table("roles", (
    Row("roles.late.ko", "故", note="故山村元内閣総理大臣の国葬儀: the late …"),
))
HONORIFICS = Table("roles", (
    Row("roles.honorific.heika", "陛下", note="X国王陛下から: majesty"),
    Row("roles.honorific.denka", "殿下", note="X皇太子殿下から: highness"),
    Row("roles.honorific.kakka", "閣下", note="X大統領閣下から: excellency"),
    Row("roles.honorific.seika", "聖下", note="X教皇聖下から: holiness"),
))
# a monarch's title, and the words a page writes after a country for its royal house (ヨルダン王室よりは、X国王の他):
# a monarch the page names without a country (アブドッラー国王) is of the country whose royal house it names,
# not of the foreign country it names most often (a neighbour the talk was about)
ROYALS = Table("roles", (
    Row("roles.royal.kokuo", "国王", note="アブドッラー国王"),
    Row("roles.royal.joo", "女王", note="a queen"),
    Row("roles.royal_house.oushitsu", "王室", note="X王室より: the royal house of X"),
    Row("roles.royal_house.ouke", "王家", note="X王家: likewise"),
))
# the words a page writes after Japan and a country paired by their one-character forms in its body, the two acting
# together (日独協力を推進, 日独が相互補完的に): the pair names the page's counterpart when its heading and people name
# none, before the foreign country it names most often (a third country the talk was about: イラク復興). Not a pair
# as a topic (日中関係についてはお互いに…, in a talk with a third country)
BODY_PAIRS = Table("roles", (
    Row("roles.body_pair.kyoryoku", "協力", note="日独協力を推進"),
    Row("roles.body_pair.ga", "が", note="日独が…進めて行ければ"),
    Row("roles.body_pair.shuno", "首脳", note="…日韓首脳会談を行うことで一致: the pair's leaders (a transcript whose heading names no pair)"),
    Row("roles.body_pair.gaisho", "外相", note="日独外相会談: the pair's foreign ministers"),
))
# a name shortened to its first one to three characters in quotes before the title (old pages: 「バ」外相より, 「ロ」大統領は,
# 「シュ」首相より): the person of the talk whose name (or a part of it) starts with them; a page that never gives the
# full name (an excerpt) names the person by the abbreviation as written
ABBREVIATED = Table("roles", (
    Row("roles.abbreviated.kagi", "「([ァ-ヴ一-龥][ァ-ヴー一-龥]{0,2})」$",
        note="「ロ」外相より: ペトレ・ロマン外務大臣 (a part starting with ロ); 「シュ」首相より", regex=True),
))
# the part of a ・-joined foreign name that is the person's name when the page never writes it shorter with a title
# (ジョセフ・キマニ, and no キマニ大統領 after it): the surname, its last part (キマニ) — unless a row here says
# otherwise. Groups: particle (a surname opening with it runs from it: デ・ラ・フエンテ, フォン・デア・ライエン),
# surname (a Spanish surname, never a given name, before another part: the double surname runs from it, paternal and
# maternal: ゴンサレス・ロペス, not ロペス),
# suffix (a last part that is no surname: ジョセフ・R・バイデン・ジュニア -> バイデン), patronymic (a given name then
# 「son of」: ファイサル・ビン・ハーリド -> ファイサル), last (value: a country whose names end in the name used, with no
# patronymic: ファム・ビン・ミン), whole (value: a country whose names the ministry writes whole, with no surname or the
# surname first: アウン・サン・スー・チー, フン・セン). Principals only: the development set
# writes attendees' names whole.
NAME_PARTS = Table("roles", (
    Row("roles.name_particle.de", "デ", note="デ・ラ・フエンテ"),
    Row("roles.name_particle.da", "ダ", note="ダ・コスタ"),
    Row("roles.name_particle.do", "ド", note="ド・ヴィルパン"),
    Row("roles.name_particle.dos", "ドス", note="ドス・サントス"),
    Row("roles.name_particle.del", "デル", note="デル・ピエロ"),
    Row("roles.name_particle.la", "ラ", note="…・ラ・フエンテ (after デ)"),
    Row("roles.name_particle.le", "ル", note="ル・ドリアン"),
    Row("roles.name_particle.von", "フォン", note="フォン・デア・ライエン"),
    Row("roles.name_particle.van", "ファン", note="ファン・デア・ベレン"),
    Row("roles.name_particle.van_v", "ヴァン", note="ヴァン・ロンパイ"),
    Row("roles.name_particle.van_b", "バン", note="バン・ロンパイ"),
    Row("roles.name_particle.di", "ディ", note="ディ・マイオ"),
    Row("roles.name_particle.al", "アル", note="アル・ハミド: the Arabic article opens the surname (after a given name too)"),
    Row("roles.name_surname.gonzalez", "ゴンサレス", note="ゴンサレス・…: a Spanish surname, never a given name"),
    Row("roles.name_surname.gonzalez_z", "ゴンザレス", note="ゴンザレス・…: a Spanish surname, never a given name"),
    Row("roles.name_surname.rodriguez", "ロドリゲス", note="ロドリゲス・…: a Spanish surname, never a given name"),
    Row("roles.name_surname.fernandez", "フェルナンデス", note="フェルナンデス・…: a Spanish surname, never a given name"),
    Row("roles.name_surname.lopez", "ロペス", note="ロペス・…: a Spanish surname, never a given name"),
    Row("roles.name_surname.martinez", "マルティネス", note="マルティネス・…: a Spanish surname, never a given name"),
    Row("roles.name_surname.sanchez", "サンチェス", note="サンチェス・…: a Spanish surname, never a given name"),
    Row("roles.name_surname.perez", "ペレス", note="ペレス・…: a Spanish surname, never a given name"),
    Row("roles.name_surname.gomez", "ゴメス", note="ゴメス・…: a Spanish surname, never a given name"),
    Row("roles.name_surname.hernandez", "エルナンデス", note="エルナンデス・…: a Spanish surname, never a given name"),
    Row("roles.name_surname.diaz", "ディアス", note="ディアス・…: a Spanish surname, never a given name"),
    Row("roles.name_surname.alvarez", "アルバレス", note="アルバレス・…: a Spanish surname, never a given name"),
    Row("roles.name_surname.ramirez", "ラミレス", note="ラミレス・…: a Spanish surname, never a given name"),
    Row("roles.name_surname.jimenez", "ヒメネス", note="ヒメネス・…: a Spanish surname, never a given name"),
    Row("roles.name_surname.dominguez", "ドミンゲス", note="ドミンゲス・…: a Spanish surname, never a given name"),
    Row("roles.name_surname.gutierrez", "グティエレス", note="グティエレス・…: a Spanish surname, never a given name"),
    Row("roles.name_surname.garcia", "ガルシア", note="ガルシア・…: a Spanish surname, never a given name"),
    Row("roles.name_suffix.junior", "ジュニア", note="ジョセフ・R・バイデン・ジュニア"),
    Row("roles.name_suffix.senior", "シニア", note="…・シニア"),
    Row("roles.name_patronymic.bin", "ビン", note="ファイサル・ビン・ハーリド: the given name is the one the ministry uses"),
    Row("roles.name_patronymic.bint", "ビント", note="…・ビント・…"),
    Row("roles.name_patronymic.ibn", "イブン", note="…・イブン・…"),
    Row("roles.name_patronymic.bun", "ブン", note="…・ブン・…"),
    Row("roles.name_last.vn", "ベトナム", "VN", "Vietnam's names end in the given name the ministry uses, and ビン is a "
        "name there, no patronymic: ファム・ビン・ミン -> ミン"),
    Row("roles.name_whole.mm", "ミャンマー", "MM", "Myanmar's names have no surname: アウン・サン・スー・チー, ワナ・マウン・ルイン"),
    Row("roles.name_whole.kh", "カンボジア", "KH", "Cambodia's, surname first, written whole: フン・セン"),
    Row("roles.name_whole.kr", "韓国", "KR", "a Korean name in katakana, surname first: ノ・グァンイル"),
    Row("roles.name_whole.kp", "北朝鮮", "KP", "likewise"),
    Row("roles.name_whole.cn", "中国", "CN", "a Chinese name in katakana, surname first"),
    Row("roles.name_whole.tw", "台湾", "TW", "likewise"),
    Row("roles.name_whole.sg", "シンガポール", "SG", "a Singaporean Chinese name, surname first: リー・シェンロン"),
    Row("roles.name_whole.th", "タイ", "TH", "Thailand's: the ministry uses the given name, first (プラユット), or the whole"),
))
# a full name in katakana of a country whose names run surname first (a Chinese or Korean name: リー・シェンロン,
# ノ・グァンイル) is a principal's name even where the page shortens it later (リー首相より): the record format's rule for
# Chinese and Korean full names (習近平, then 習主席). Not Thailand's (the given name: プラユット), nor an attendee's
KEPT_WHOLE = Table("roles", (
    Row("roles.kept_whole.cn", "中国", "CN", "a Chinese name in katakana"),
    Row("roles.kept_whole.tw", "台湾", "TW", "likewise"),
    Row("roles.kept_whole.kr", "韓国", "KR", "a Korean name in katakana: ユン・ビョンセ, then ユン長官"),
    Row("roles.kept_whole.kp", "北朝鮮", "KP", "likewise"),
    Row("roles.kept_whole.sg", "シンガポール", "SG", "a Singaporean Chinese name: リー・シェンロン, then リー首相"),
))

# the title a principal holds by the talk's kind when the page gives only a short one (roles.short.daijin: 茂木大臣と
# ラヴロフ外相が…日露外相会談を実施): pattern the kind, value the title
KIND_TITLES = Table("roles", (
    Row("roles.kind_title.foreign_ministers", "foreign_ministers", "外務大臣",
        "a 大臣 holding a foreign ministers' talk is its foreign minister (河野大臣とラヴロフ外相との…外相会談)"),
))

# titles a page shortens (山田大臣 for 山田外務大臣): completed from the fullest title the page gives the person;
# value "short": never itself the fullest title (総理 is none: a found title is plain, 総理大臣)
SHORT = Table("roles", (
    Row("roles.short.daijin", "大臣", "short", "山田大臣 -> 外務大臣"),
    Row("roles.short.chokan", "長官", "short", "スミス長官 -> 国務長官"),
    Row("roles.short.jikan", "次官", "short", "山田次官 -> 外務事務次官"),
    Row("roles.short.taishi", "大使", "short", "山田大使 -> 駐米大使"),
    Row("roles.short.seimukan", "政務官", "completed", "山田政務官 -> 外務大臣政務官"),
))
