"""Indonesian quote and speaker vocabulary (data only; docs/indonesian-news.md section 4).

Kept apart from :mod:`warta.lang.id` so the long word lists stay readable;
:mod:`warta.lang.id` puts them into the ``ID`` table. Every list is
lower-cased; multi-word entries are matched word by word.
"""

from __future__ import annotations

# fmt: off

SPEECH_VERBS = (
    "kata", "ujar", "tutur", "ucap", "ungkap", "jelas", "papar", "tegas", "sebut", "terang",
    "lanjut", "tambah", "imbuh", "pungkas", "tandas", "tanya", "tulis", "pesan", "jawab", "tukas",
    "sambung", "bongkar", "singkat", "tutup", "ulas", "seru", "kilah", "aku", "timpal", "sergah",
    "katakan", "terangkan", "jelaskan", "keluh", "canda", "ajak", "pinta", "harap", "kenang",
    "akui", "sindir", "bilang", "ingat", "klaim", "tambahkan", "urai", "beber",
)
"""Attribution verbs that follow a quote (``,” kata X``), bare roots."""

PRE_QUOTE_VERBS = (
    "mengatakan", "menyatakan", "menjelaskan", "mengungkapkan", "menegaskan", "menyebutkan",
    "menambahkan", "menuturkan", "menyampaikan", "menerangkan", "memaparkan", "mengaku", "menilai",
    "berharap", "berkata", "bertutur", "berujar", "mengucapkan", "menyebut", "menuliskan",
    "menulis", "bertanya", "menjawab", "mengimbau", "meminta", "mengingatkan", "berpendapat",
    "mengharapkan", "mengakui", "menanggapi", "membenarkan", "mengeluhkan", "berpesan",
    "mencontohkan", "menceritakan", "bercerita", "mengisahkan", "menekankan", "memastikan",
    "menduga", "memperkirakan", "mengklaim", "menyarankan", "menyebutkan", "mengajak",
    "menginstruksikan", "memerintahkan", "mengkritik", "menyoroti", "mengungkap", "melanjutkan",
    "menambahkan", "menandaskan", "memprediksi", "mengusulkan", "menganjurkan", "sependapat",
    "menyinggung", "menjanjikan", "mengimbuhkan", "bersyukur", "mengapresiasi",
)
"""Verbs whose subject is a speaker (``X mengatakan, ...``): a direct quote may follow them."""

SPEECH_PARTICLES = (
    "lagi", "pula", "juga",
)
"""Words that may follow the verb or the speaker without changing who speaks (``katanya lagi``)."""

SOURCE_MARKERS = (
    "menurut", "kata", "ujar", "lanjut", "tambah", "jelas", "tutur", "ucap", "papar", "imbuh",
    "adalah", "bernama", "dikatakan", "dikemukakan", "disampaikan", "diungkapkan", "dijelaskan",
    "ditegaskan", "disebutkan", "dituturkan", "ditambahkan", "diterangkan", "dipaparkan",
)
"""Words before a name that mark it as a source or introduce it in narrative
(``Menurut Basuki, ...``, ``Wanita tersebut adalah Donna King``)."""

PRONOUNS = (
    "dia", "ia", "beliau", "dirinya",
)
"""Personal pronouns that stand for the last person mentioned."""

PRONOUN_SUFFIXES = (
    "nya",
)
"""Suffix that turns a speech verb into 'he/she said' (``katanya``)."""

ANAPHORS = (
    "itu", "ini", "tersebut",
)
"""A description ending in one of these refers back to someone named before (``politisi itu``)."""

ANONYMOUS = (
    "seorang", "salah satu", "salah seorang", "sumber", "seorang warga", "warga",
)
"""Heads of descriptions of unnamed speakers (``salah satu warga``)."""

HONORIFICS = (
    "h", "hj", "kh", "dr", "drs", "dra", "drg", "prof", "ir", "bapak", "pak", "ibu", "bu", "mas",
    "mbak", "mba", "bang", "sang", "saudara", "sdr", "ustaz", "ustadz", "habib", "buya", "hm",
    "tuan", "nyonya", "yang mulia",
)
"""Honorifics and academic titles written before a name, not part of it."""

RANKS = (
    "jenderal", "jenderal pol", "komisaris jenderal", "inspektur jenderal", "brigadir jenderal",
    "komisaris besar", "ajun komisaris besar", "ajun komisaris", "komisaris", "inspektur",
    "inspektur satu", "inspektur dua", "ajun inspektur", "brigadir", "bripka", "briptu", "bripda",
    "komjen", "irjen", "brigjen", "kombes", "akbp", "kompol", "akp", "iptu", "ipda", "aiptu",
    "aipda", "bharada", "letnan jenderal", "mayor jenderal", "letnan kolonel", "kolonel", "mayor",
    "kapten", "letnan", "letnan satu", "letnan dua", "serma", "serka", "sertu", "pelda", "peltu",
    "kopral", "prajurit", "marsekal", "marsekal madya", "marsekal muda", "marsekal pertama",
    "laksamana", "laksamana madya", "laksamana muda", "laksamana pertama", "letjen", "mayjen",
    "letkol", "marsda", "marsma", "laksda", "laksma", "pol", "polisi", "tni", "inf", "czi", "purn",
    "purnawirawan", "kav", "art", "laut", "udara", "darat", "pnb",
)
"""Police and military ranks, spelled out and abbreviated, and the words that follow them."""

TITLES = (
    "vp", "evp", "svp", "avp", "gm", "presiden", "wakil", "wapres", "menteri", "menko", "wamen",
    "gubernur", "wagub", "bupati", "wabup", "wali kota", "walikota", "wawali", "kepala", "ketua",
    "direktur", "dirut", "dirjen", "sekretaris", "sekjen", "sesjen", "asisten", "deputi",
    "kapolda", "kapolres", "kapolsek", "kapolresta", "kapolri", "wakapolri", "wakapolda", "kabid",
    "kasat", "kasubdit", "kasubag", "kasubbag", "kasi", "kabag", "karo", "kadis", "kadin", "kanit",
    "kapuskes", "camat", "lurah", "rektor", "dekan", "panglima", "pangdam", "kasad", "kasal",
    "kasau", "dandim", "danrem", "danlanud", "danramil", "kajari", "kajati", "jaksa", "hakim",
    "jubir", "juru", "bicara", "koordinator", "komisioner", "anggota", "staf", "khusus", "ahli",
    "utama", "madya", "pelaksana", "tugas", "plt", "plh", "pj", "penjabat", "komandan", "kapten",
    "pimpinan", "pemimpin", "manajer", "manager", "general", "presiden direktur", "presdir", "ceo",
    "cfo", "coo", "founder", "pendiri", "direksi", "komisaris utama", "kepala desa", "kades",
    "kepala dusun", "kadus", "ketua rt", "ketua rw", "sekda", "setda", "kabiro", "kapuspen",
    "kapuspenkum", "kadiv", "karopenmas", "kasubbid", "kapendam", "kapenrem", "danpaspampres",
    "inspektur", "auditor", "bendahara", "senior", "vice", "president", "chief", "officer", "head",
    "director", "executive", "corporate", "communications", "secretary", "spokesperson",
    "gubernur bi", "wakil ketua", "koordinator", "kordinator", "plt.", "mantan", "calon",
    "pengamat", "peneliti", "pakar", "ahli", "epidemiolog", "ekonom", "sosiolog", "psikolog",
    "dosen", "guru", "guru besar", "dokter", "perawat", "bidan", "politisi", "politikus",
    "aktivis", "advokat", "pengacara", "kuasa hukum", "analis", "konsultan", "sejarawan",
    "budayawan", "seniman", "penulis", "wartawan", "jurnalis", "pegiat", "praktisi", "pengusaha",
    "petani", "nelayan", "pedagang", "warga", "sopir", "pengemudi", "mahasiswa", "siswa",
    "pelajar", "relawan", "pendamping", "pengurus", "pengelola", "pemilik", "ustaz", "uskup",
    "pastor", "pendeta", "romo", "sultan", "raja", "ratu", "aktris", "aktor", "sutradara",
    "penyanyi", "artis", "atlet", "pelatih", "kapten", "legislator", "senator", "anggota dprd",
    "anggota dpr", "ketua umum", "ketum", "sekretaris jenderal", "bendahara umum", "ilmuwan",
    "virolog", "ahli epidemiologi", "klinisi", "spesialis", "kriminolog",
)
"""Offices, ranks of office, professions and roles: words of a speaker's title, not of a name."""

ORG_WORDS: tuple[str, ...] = (
    "dinas", "badan", "kementerian", "kemenkes", "kemensos", "kemendagri", "kantor", "dewan",
    "komisi", "lembaga", "pusat", "bidang", "balai", "biro", "direktorat", "jenderal",
    "sekretariat", "satuan", "satgas", "gugus", "tugas", "tim", "unit", "seksi", "subdit",
    "kepolisian", "polda", "polres", "polresta", "polrestabes", "polsek", "polri", "mabes",
    "resor", "sektor", "daerah", "kodim", "korem", "kodam", "kodau", "lantamal", "lanud",
    "universitas", "institut", "fakultas", "sekolah", "program", "studi", "rumah", "sakit", "rsud",
    "rsup", "rs", "puskesmas", "pt", "tbk", "persero", "perum", "yayasan", "partai", "fraksi",
    "dpr", "dprd", "mpr", "dpd", "kpk", "kpu", "bawaslu", "humas", "hubungan", "masyarakat",
    "pemerintah", "pemkab", "pemkot", "pemprov", "pemda", "provinsi", "kabupaten", "kota",
    "kecamatan", "kelurahan", "desa", "dusun", "asosiasi", "perhimpunan", "ikatan", "serikat",
    "federasi", "forum", "koalisi", "gerakan", "aliansi", "himpunan", "organisasi", "perusahaan",
    "bank", "indonesia", "nasional", "negara", "negeri", "republik", "umum", "khusus", "harian",
    "eksekutif", "operasional", "keuangan", "kesehatan", "sosial", "pendidikan", "kebudayaan",
    "perhubungan", "perdagangan", "perindustrian", "pertanian", "pertahanan", "keamanan",
    "politik", "hukum", "ham", "agama", "luar", "dalam", "riset", "teknologi", "informatika",
    "komunikasi", "koperasi", "ukm", "bumn", "esdm", "energi", "sumber", "daya", "mineral", "pupr",
    "pekerjaan", "perumahan", "rakyat", "lingkungan", "hidup", "kehutanan", "kelautan",
    "perikanan", "pariwisata", "ekonomi", "kreatif", "perekonomian", "maritim", "kemaritiman",
    "investasi", "ketenagakerjaan", "tenaga", "kerja", "pemuda", "olahraga", "agraria", "tata",
    "ruang", "pembangunan", "perencanaan", "bappenas", "bappeda", "penanggulangan", "bencana",
    "bnpb", "bpbd", "penanganan", "pengendalian", "pencegahan", "penyakit", "reserse", "kriminal",
    "reskrim", "ditreskrimum", "ditreskrimsus", "ditlantas", "narkoba", "lalu", "lintas",
    "intelijen", "pengawas", "pengawasan", "pemilu", "umum", "penyelenggara", "sekretaris",
    "kabinet", "staf", "kepresidenan", "ksp", "istana", "pers", "media", "humas", "protokol",
    "kominfo", "bi", "ojk", "bpk", "bpkp", "bps", "bmkg", "lipi", "brin", "bpom", "bkkbn", "bpjs",
    "basarnas", "kejaksaan", "kejari", "kejati", "kejagung", "pengadilan", "mahkamah", "agung",
    "konstitusi", "komnas", "ombudsman", "tni", "ad", "al", "au", "polisi", "militer",
    "muhammadiyah", "nu", "pbnu", "mui", "pgi", "kwi", "ppp", "pdi-p", "pdip", "golkar",
    "gerindra", "nasdem", "pkb", "pks", "pan", "demokrat", "hanura", "psi", "perindo", "cabang",
    "wilayah", "regional", "kanwil", "perwakilan", "kedutaan", "besar", "kedubes", "konsulat",
    "internasional", "dunia", "who", "unicef", "center", "centre", "institute", "group", "grup",
    "airlines", "air", "commuter", "kai", "pln", "pertamina", "telkom", "angkasa", "pura", "ap",
    "pelindo", "lion", "garuda", "eksekutif", "laboratorium", "lab", "pusdatin", "litbang",
    "penelitian", "kajian", "studi", "operasi", "komando", "markas", "bareskrim", "densus",
    "brimob", "samapta", "propam", "bhayangkara", "imigrasi", "bea", "cukai", "pajak",
    "keimigrasian", "pemasyarakatan", "lapas", "rutan", "sentra", "terpadu", "posko", "klinik",
    "apotek", "inspektorat", "kesatuan", "bangsa", "kesbangpol", "satpol", "pp", "damkar",
    "dishub", "dinkes", "disdik", "dukcapil", "kependudukan", "catatan", "sipil", "pencatatan",
    "kecamatan", "rt", "rw",
)
"""Words of office and organisation names: part of a title, never of a person's name."""

PLACE_HEADS = (
    "kabupaten", "kota", "provinsi", "kecamatan", "kelurahan", "desa", "dusun", "kampung", "polda",
    "polres", "polresta", "polrestabes", "polsek", "kodam", "korem", "kodim", "lanud", "kejari",
    "kejati", "rsud", "pemkab", "pemkot", "pemprov", "dprd", "gubernur", "bupati", "wali kota",
    "walikota", "kapolda", "kapolres", "kapolsek", "kapolresta", "camat", "lurah", "kajari",
    "kajati", "danrem", "dandim", "pangdam", "wakil bupati", "wakil gubernur", "wakil wali kota",
    "wabup", "wagub", "sekda", "setda", "kepala desa", "kades", "kanwil", "bpbd", "dinkes", "di",
    "wilayah", "regional", "pulau", "kepulauan", "daerah istimewa",
)
"""Words after which the next capitalised words name a place (``Kota Surabaya``, ``Bupati Sleman``)."""

PLACE_TAILS = (
    "utara", "selatan", "barat", "timur", "tengah", "tenggara", "barat daya", "raya", "jaya",
    "lama", "baru", "besar", "kota", "city", "hilir", "hulu", "atas", "bawah", "darussalam",
)
"""Words that continue a place name (``Jawa Timur``, ``Metro Jaya``, ``Kebayoran Lama``)."""

SPEAKER_STOPS: tuple[str, ...] = (
    "di", "dalam", "saat", "ketika", "kepada", "usai", "seusai", "sesudah", "setelah", "sebelum",
    "melalui", "lewat", "via", "dari", "pada", "sambil", "seraya", "dengan", "menjawab",
    "menanggapi", "dikutip", "seperti", "mengutip", "melansir", "dilansir", "kemarin", "tadi",
    "sore", "pagi", "siang", "malam", "yang", "soal", "terkait", "tentang", "mengenai", "selaku",
    "sebagai", "beberapa", "waktu", "itu", "ini", "tersebut", "ketika", "sewaktu", "selepas",
    "sehabis", "sembari", "atas", "bersama", "kala", "tatkala", "akhir", "awal", "pekan", "bulan",
    "tahun", "hari", "lalu", "sebelumnya", "belum", "menurut", "secara", "saja", "pun", "sendiri",
    "kembali", "lantas", "lalu", "kemudian", "juga", "lagi", "pula", "kala", "to", "in",
    "at", "after", "during", "while", "when", "as",
)
"""Words that end a speaker phrase after the verb (``kata X di Jakarta``, ``ujar X kepada wartawan``)."""

NOT_QUOTE_CUES = (
    "bertajuk", "berjudul", "bertema", "bertemakan", "bertuliskan", "berbunyi", "bernama",
    "berlabel", "bertagar", "bermerek", "tema", "judul", "topik", "slogan", "semboyan", "moto",
    "motto", "tagar", "tagline", "jargon", "istilah", "julukan", "sebutan", "dijuluki", "disebut",
    "dikenal", "dinamai", "dinamakan", "berlogo", "logo", "program", "aplikasi", "film", "lagu",
    "album", "buku", "bukunya", "novel", "majalah", "acara", "webinar", "seminar", "diskusi",
    "dialog", "sesi", "kampanye", "gerakan", "operasi", "kegiatan", "festival", "lomba", "tulisan",
    "spanduk", "poster", "stiker", "baliho", "papan", "peribahasa", "pepatah", "ungkapan",
    "kata kunci", "kolom", "rubrik", "laporan", "survei", "kajian", "riset", "studi", "dokumen",
    "surat", "pasal", "ayat", "undang-undang", "uu", "perpres", "perda", "pp", "permen", "inpres",
    "keppres", "daring", "virtual", "telekonferensi", "seri", "edisi", "kategori", "status",
    "zona", "label", "merek", "produk", "layanan", "fitur", "menu", "gelar", "penghargaan",
    "predikat", "kelompok", "grup", "komunitas", "tim", "paket", "skema", "konsep", "prinsip",
    "semangat", "filosofi", "jurus", "strategi", "kebijakan", "era", "menjadi", "sebagai", "yakni",
    "yaitu", "alias", "atau", "dan",
)
"""Words right before an opening mark that announce a title, name or term, not speech."""

DOCUMENT_CUES = (
    "berbunyi", "bertuliskan", "tertulis", "tertera", "menyebutkan bahwa", "isinya",
)
"""Words before a quoted text of a law, sign or letter: quoted text, but nobody's speech."""

PLACES = (
    "aceh", "sumatera", "sumut", "sumbar", "sumsel", "riau", "kepri", "jambi", "bengkulu",
    "lampung", "babel", "bangka", "belitung", "banten", "jakarta", "dki", "jabar", "jateng",
    "jatim", "jawa", "yogyakarta", "diy", "jogja", "bali", "ntb", "ntt", "nusa", "tenggara",
    "kalimantan", "kalbar", "kalteng", "kalsel", "kaltim", "kaltara", "sulawesi", "sulut",
    "sulteng", "sulsel", "sultra", "sulbar", "gorontalo", "maluku", "malut", "papua",
    "jabodetabek", "bodetabek", "surabaya", "bandung", "semarang", "medan", "makassar",
    "palembang", "manado", "denpasar", "kupang", "mataram", "pontianak", "banjarmasin",
    "samarinda", "balikpapan", "padang", "pekanbaru", "batam", "ambon", "jayapura", "kendari",
    "palu", "solo", "surakarta", "malang", "bogor", "depok", "bekasi", "tangerang", "cirebon",
    "tegal", "cilacap", "indramayu", "sleman", "bantul", "magelang", "kudus", "banyuwangi",
    "jember", "kediri", "sidoarjo", "gresik", "mojokerto", "pasuruan", "probolinggo", "banda",
    "lhokseumawe", "sabang", "tanjung", "pinang", "timika", "merauke", "sorong", "istana",
    "merdeka", "senayan", "indonesia", "asia", "eropa", "amerika", "china", "tiongkok",
)
"""Provinces, their abbreviations and large cities: place words, never a person's name."""

INSTITUTION_WORDS = (
    "tinggi", "nomor", "tahun", "peraturan", "instruksi", "keputusan", "pasal", "of", "for", "and",
    "the", "hotel", "association", "club", "foundation", "company", "council", "committee",
    "board", "card", "digital", "lending", "evp", "vp", "svp", "gm", "holding", "capital", "asset",
    "management", "research", "services", "technology", "partners", "fund", "global", "watch",
    "taman", "masjid", "gereja", "candi", "wisata", "marketplace", "promosi", "impian", "pasar",
    "stasiun", "terminal", "bandara", "pelabuhan", "jalan", "gedung", "kampus", "pondok",
    "pesantren", "integrity", "electoral", "economics", "reform", "divisi", "startup", "academy",
    "sekaligus", "merangkap", "on",
)
"""Words of named institutions, places and documents (``Taman Margasatwa``, ``Peraturan Nomor``)."""

ORG_WORDS = ORG_WORDS + PLACES + INSTITUTION_WORDS

NAME_PREFIXES = (
    "muhammad", "mohammad", "mohamad", "muhamad", "moh", "mochamad", "achmad", "ahmad", "abdul",
    "abu", "siti", "sri", "tri", "dwi", "eka", "i", "ni", "gusti", "putu", "made", "nyoman",
    "ketut", "wayan", "kadek", "komang", "andi", "raden", "rr", "teuku", "cut", "tengku", "lalu",
    "baiq", "anak", "agung", "ida", "bagus", "m", "al", "nur", "nurul", "mas",
)
"""First words of Indonesian names (Islamic, Balinese, Javanese, Sasak, Bugis, Acehnese):
kept when a shorter form of the name is used alone later ('Tito' -> 'Muhammad Tito Karnavian')."""

CLAUSE_OPENERS = (
    "sementara", "namun", "adapun", "selain", "menurut", "sedangkan", "bahkan", "padahal",
    "apalagi", "sebab", "karena", "meski", "walau", "jika", "kalau", "saat", "ketika", "setelah",
    "sebelum", "sejak", "hingga", "dalam", "di", "pada", "bagi", "untuk", "oleh", "kini",
    "kemudian", "selanjutnya", "sebelumnya", "secara", "terkait", "soal", "mengenai", "tentang",
    "sehingga", "meskipun", "walaupun", "tetapi", "apabila", "bila", "agar", "supaya", "jadi",
    "maka", "selama", "usai", "begitu", "para", "setiap", "tiap", "beberapa", "sejumlah", "semua",
)
"""Capitalised words that open a clause and are never the first word of a name."""

SPEAKER_STOPS = SPEAKER_STOPS + CLAUSE_OPENERS

APPOSITION_MARKERS = (
    "selaku", "sebagai",
)
"""Words between a name and its title in an apposition (``Saiful Tomi selaku Ketua``)."""

VERB_PREFIXES = (
    "me", "be",
)
"""Prefixes of active verbs (meN-, ber-): ``, Devie Rahmawati, mengamini`` makes Devie a subject."""

TITLE_LINKERS = (
    "dari", "pada",
)
"""Words that link an office to its organisation inside a title (``Ketua X dari Fraksi Nasdem``)."""

OBJECT_MARKERS = (
    "kepada", "dengan", "untuk", "bagi", "terhadap", "bersama", "oleh", "mendampingi",
)
"""Words before someone spoken to or about (``diserahkan kepada Presiden``): not a speaker."""

INSTITUTION_HEADS = (
    "masjid", "gereja", "pura", "vihara", "klenteng", "universitas", "institut", "sekolah",
    "madrasah", "pondok pesantren", "pesantren", "rumah sakit", "rs", "rsud", "rsup", "puskesmas",
    "taman", "stasiun", "bandara", "pelabuhan", "pasar", "hotel", "pt", "cv", "yayasan", "bank",
    "gedung", "candi", "museum", "kapal", "komunitas", "sanggar", "lapas", "rutan",
)
"""Words before an institution's proper name (``Masjid Istiqlal``, ``Universitas Sanata Dharma``)."""
