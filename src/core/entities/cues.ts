/**
 * The word lists the detection rules read: heads and prefixes that type a
 * name, titles and roles that announce a person, prepositions that announce a
 * place, and capitalized words that are not names. English and Indonesian.
 * Matching is on lowercase words.
 */

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Last words that make a capitalized sequence an organization: "Harlow Bay Authority". */
export const ORG_HEADS = words(`
  inc corp corporation co company companies ltd llc plc gmbh ag sa group groups holdings union authority court university
  college school academy institute institution bank council ministry department agency bureau commission committee
  association federation foundation fund trust society party league club team board office service services
  systems technologies technology labs laboratories industries works mills motors airlines airways partners capital
  ventures media press times daily post news journal tribune gazette herald network studios hospital clinic museum
  library police army navy cooperative co-op center centre tbk logistics dynamics shipping freight energy foods
  pharmaceuticals solutions consulting enterprises electronics insurance robotics analytics software brewery bakery
  united rovers athletic athletico wanderers albion hotspur fc afc sc
`);

/** Heads that take an "of" complement inside the name: "Department of Commerce", "Bank of Gull Island". */
export const OF_HEADS = words(`
  department ministry university academy institute bank college school museum bureau office board court council
  city isle state province county district republic kingdom friends
`);

/** First words that make a capitalized sequence an organization: "PT Sinar Jaya", "Universitas Indonesia". */
export const ORG_PREFIXES = words(`
  pt cv universitas bank kementerian departemen badan dinas komisi lembaga yayasan koperasi perusahaan pengadilan
  sma smp smk smu sd sekolah institut partai persatuan ikatan perhimpunan asosiasi himpunan klub
  ministry department university
`);

/** Indonesian prefixes that always begin a new name, even after another capitalized word: "Saham PT Sinar Kelud". */
export const NAME_STARTERS = words(`pt cv pulau teluk gunung danau sungai kabupaten provinsi universitas kementerian departemen yayasan`);

/** Last words that make a capitalized sequence a place: "Silicon Valley", "Gull Island". */
export const PLACE_HEADS = words(`
  island islands isle bay valley river lake mountain mountains mount hill hills street road avenue lane boulevard
  county city town village province state states district region coast beach harbor harbour port park square bridge
  creek falls heights peninsula forest desert sea ocean gulf strait canal cape point sound area
  selatan utara timur barat tenggara
`);

/** First words that make a capitalized sequence a place: "Pulau Seribu", "Lake Orin". */
export const PLACE_PREFIXES = words(`
  pulau teluk gunung kota jalan jl danau sungai kabupaten provinsi desa kampung selat tanjung
  kecamatan kelurahan dusun kawasan negara benua bandar pegunungan bandara lapangan distrik puncak bundaran kolam
  stasiun candi pantai taman pasar pelabuhan bukit kebun hutan jalur dataran
  lake mount mt port fort cape isle saint st
`);

/** Titles written before a name and left out of it: "Mayor Ilsa Varga", "Pak Budi". */
export const PERSON_TITLES = words(`
  mr mrs ms miss dr prof professor sir dame lord lady mayor president senator governor judge justice minister chancellor
  sheriff captain capt rev reverend father sister chairman chairwoman chair ceo cto cfo cmo coo founder cofounder
  pak bu bapak ibu presiden gubernur walikota bupati menteri direktur ketua
  haji hajjah raden pangeran sultan raja ratu jenderal kapten kolonel letnan kiai kh ustaz drs ir
  wakil anggota sekjen dirut kapolri kapolda kapolres kabareskrim komjen irjen brigjen kombes akbp wapres menko
  mendagri menkeu menlu menkes menkum menhan mensos jaksa hakim
  general gen col lt sgt cardinal pope king queen prince princess archbishop bishop ambassador coach striker
`);

/** Roles that sit next to a person's name, before it or after a comma: "co-founder Wang Huiwen", "Nick Rioux, CTO of Labviva". */
export const PERSON_ROLES = [
  'prime minister',
  'foreign minister',
  'finance minister',
  'vice president',
  'perdana menteri',
  'wakil presiden',
  'ketua umum',
  'wakil ketua',
  'sekretaris jenderal',
  'jaksa agung',
  'menteri luar negeri',
  'chief executive',
  'chief executive officer',
  'chief technology officer',
  'chief financial officer',
  'ceo',
  'cto',
  'cfo',
  'cmo',
  'coo',
  'founder',
  'co-founder',
  'cofounder',
  'chairman',
  'chairwoman',
  'chair',
  'president',
  'vice-president',
  'director',
  'managing director',
  'manager',
  'head',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'mayor',
  'governor',
  'minister',
  'engineer',
  'researcher',
  'scientist',
  'analyst',
  'economist',
  'professor',
  'editor',
  'reporter',
  'partner',
  'deputy',
  'secretary',
  'treasurer',
  'councillor',
  'councilor',
  'foreman',
  'historian',
  'fisherman',
  'baker',
  'pendiri',
  'salah satu pendiri',
  'kepala eksekutif',
  'direktur',
  'direktur utama',
  'juru bicara',
  'ketua',
  'manajer',
  'peneliti',
  'wali kota',
  'walikota',
  'bupati',
  'gubernur',
  'menteri',
  'presiden',
  'insinyur',
  'kepala',
];

/**
 * Roles that, in Indonesian, take their organization right after them
 * ("pendiri Moonshot AI" is "founder of Moonshot AI"); only with a comma do
 * they introduce a person ("salah satu pendiri, Wang Huiwen").
 */
export const RELATIONAL_ROLES_ID = ['pendiri', 'salah satu pendiri', 'kepala', 'direktur', 'ketua', 'manajer', 'peneliti', 'insinyur', 'juru bicara'];

/** Verbs of saying after a full name: "Maren Oakes said". */
export const PERSON_VERBS = words(`
  said says told added noted explained wrote argued recalled warned admitted insisted
  mengatakan berkata menjelaskan menambahkan ujar kata katanya menurut
`);

/** Words before a name that announce a place: "in Sunnyvale", "di Sunnyvale". */
export const PLACE_PREPOSITIONS = words(`in near across outside around inside towards toward di dekat ke`);

/**
 * Indonesian words after which a country or town is still a place. After any
 * other lowercase word it modifies that word ("militer Israel", "penduduk
 * Indonesia": the Israeli military, Indonesia's people), as English writes a
 * nationality adjective, which is no place.
 */
export const PLACE_LINKS_ID = words(`
  di ke dari dan atau serta antara dengan hingga sampai menuju seluruh setiap berbagai termasuk seperti yaitu yakni adalah menjadi
  sekitar dekat arah atas selain sejak untuk melewati wilayah kawasan daerah negara kota pulau ibukota luar asal nama tiba
  kunjungi mengunjungi mendatangi utara selatan timur barat tenggara tengah
`);

/** Words before a name that announce an organization: "works at Harlow Mills", "joined OpenAI". */
export const ORG_PREPOSITIONS = words(`at joined acquired bought`);

/** Lowercase connectors allowed inside a name between capitalized words: "Department of Commerce". */
export const NAME_CONNECTORS = words(`of for de del della van von der den da bin binti al`);

/**
 * Capitalized words that begin sentences or headings but are never names by
 * themselves. Backs up the corpus vocabulary when a text is short.
 */
export const STOP_CAPS = words(`
  the a an this that these those there here it its he she they we you i his her their our my your
  in on at for from with by as of to into about after before during since until while when where why how what which who
  whom whose if but and or nor so yet however earlier later also still meanwhile despite although though because
  according many some most more several each every all both one other another such only even just not no
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
  senin selasa rabu kamis jumat sabtu minggu
  q a faqs faq key note sources source image editor i'm i'll i've i'd
  men women
  dalam saat namun pada untuk dari dan atau yang ini itu tersebut mereka dia ia kami kita anda salah satu menurut
  tetap cukup sebelumnya kemudian selain setelah sejak ketika jika tetapi karena meskipun beberapa para
  tahun kelas sekolah bulan hari pukul sebagai adalah juga bahkan sedangkan sementara
  le la les l un une des du au aux ce cette ces il elle ils elles nous vous mais selon lors après avant
  der die das den dem ein eine einen einem einer und im am zum zur er sie es wir ihr aber nach laut vor
  saya aku kamu beliau kini sudah belum bagi oleh tidak bukan hingga agar maka lalu yakni yaitu terhadap seperti
  pemilu pilpres pileg pilkada capres cawapres wapres munas mukernas rapimnas ebola
`);

/** Acronyms that are not names of anything in particular: "TV", "GDP", "CEO". */
export const ACRONYM_STOP = words(`
  ai it hr pr tv pc cd dvd id ok am pm gdp gnp gmt est vat ipo ceo cfo cto coo cmo mp mps dj mvp era rbi hiv dna aids
  usd eur gbp idr rmb cny jpy km kg mph cm mm rpm faq faqs pdf usb gps sms ps ad bc no vs etc ie eg nb ft
  bbm ham ri nkri apbn apbd apbnp pdb ktp sim spbu klb sk ruu uu perppu perpu wib wita wit atm bab phk kkn
`);

/**
 * Indonesian words of saying written before the speaker: "…, kata Ruhut.",
 * "ujar Firman". A news sentence names its speaker this way, often by one
 * name only.
 */
export const SPEAKER_BEFORE_ID = words(`
  kata ujar ungkap tegas jelas tutur imbuh papar terang tandas lanjut menurut sebut
`);

/** Words that make a capitalized pair a place or an institution rather than a person: "West Indies", "Real Madrid". */
export const NOT_PERSON_WORDS = words(`
  north south east west northern southern eastern western central upper lower new old great grand greater united real
  royal national international federal republic saint san santa st fort port mount lake river sea bay city county
  world cup open grand prix championship league division premier olympic games tour trophy cup
  selatan utara timur barat tengah kota negeri raya besar piala liga album lagu bahasa gedung sekolah tinggi utama
  dusun desa kampung jalan stasiun masjid gereja candi pura museum kantor rumah sakit
`);

/** Nationality and language adjectives end this way; alone they are not entities ("Chinese", "Indonesian"). */
export const DEMONYM =
  /(?:ese|ians?|ish|icans?|eans?)$|^(?:iraqi|israeli|pakistani|saudi|kuwaiti|yemeni|qatari|omani|somali|nepali|bangladeshi|afghan|dutch|french|german|greek|thai|swiss|irish|welsh|scottish|moslems?|muslims?|islamic|christian|catholic|jewish|arabs?|olympics?|kurds?|serbs?|croats?|czech|polish|danish|finnish|swedish|british|spanish|turkish)$/u;
