package dateline

// The tables below are sorted by key (a test checks it) and searched with
// [lookup]; keys are lower-cased with [fold]. They are plain slice literals,
// so they cost nothing at import.
//
// Sources: compiled by hand for this package from the month and weekday
// names of the five languages (de incl. Austrian "Jänner"/"Feber"; the
// abbreviations agencies print: dpa "Jan", Reuters "Sept", Xinhua "Dec.",
// EFE "ene", ANSA "GEN"), from the bylines of the agencies' own wire copy,
// and from the AP Stylebook's state abbreviations. Add an entry, keep the
// order, run the tests.

// month is a month table entry; abbr marks an abbreviation that may take a
// full stop ("Jan.", "Sept.").
type month struct {
	key  string
	num  int8
	abbr bool
}

var months = []month{
	{"abr", 4, true},
	{"abril", 4, false},
	{"ago", 8, true},
	{"agosto", 8, false},
	{"aout", 8, false},
	{"août", 8, false},
	{"apr", 4, true},
	{"april", 4, false},
	{"aprile", 4, false},
	{"aug", 8, true},
	{"august", 8, false},
	{"avr", 4, true},
	{"avril", 4, false},
	{"dec", 12, true},
	{"december", 12, false},
	{"decembre", 12, false},
	{"dez", 12, true},
	{"dezember", 12, false},
	{"dic", 12, true},
	{"dicembre", 12, false},
	{"diciembre", 12, false},
	{"déc", 12, true},
	{"décembre", 12, false},
	{"ene", 1, true},
	{"enero", 1, false},
	{"feb", 2, true},
	{"febbraio", 2, false},
	{"feber", 2, false},
	{"febr", 2, true},
	{"febrero", 2, false},
	{"februar", 2, false},
	{"february", 2, false},
	{"fevr", 2, true},
	{"fevrier", 2, false},
	{"fév", 2, true},
	{"févr", 2, true},
	{"février", 2, false},
	{"gen", 1, true},
	{"gennaio", 1, false},
	{"giu", 6, true},
	{"giugno", 6, false},
	{"jan", 1, true},
	{"januar", 1, false},
	{"january", 1, false},
	{"janv", 1, true},
	{"janvier", 1, false},
	{"juil", 7, true},
	{"juillet", 7, false},
	{"juin", 6, false},
	{"jul", 7, true},
	{"juli", 7, false},
	{"julio", 7, false},
	{"july", 7, false},
	{"jun", 6, true},
	{"june", 6, false},
	{"juni", 6, false},
	{"junio", 6, false},
	{"jän", 1, true},
	{"jänner", 1, false},
	{"lug", 7, true},
	{"luglio", 7, false},
	{"mag", 5, true},
	{"maggio", 5, false},
	{"mai", 5, false},
	{"mar", 3, true},
	{"march", 3, false},
	{"mars", 3, false},
	{"marzo", 3, false},
	{"may", 5, false},
	{"mayo", 5, false},
	{"mrz", 3, true},
	{"mär", 3, true},
	{"märz", 3, false},
	{"nov", 11, true},
	{"november", 11, false},
	{"novembre", 11, false},
	{"noviembre", 11, false},
	{"oct", 10, true},
	{"october", 10, false},
	{"octobre", 10, false},
	{"octubre", 10, false},
	{"okt", 10, true},
	{"oktober", 10, false},
	{"ott", 10, true},
	{"ottobre", 10, false},
	{"sep", 9, true},
	{"sept", 9, true},
	{"september", 9, false},
	{"septembre", 9, false},
	{"septiembre", 9, false},
	{"set", 9, true},
	{"setiembre", 9, false},
	{"settembre", 9, false},
}

// weekday is a weekday table entry; num counts from Sunday = 0 as
// time.Weekday does.
type weekday struct {
	key string
	num int8
}

var weekdays = []weekday{
	{"dienstag", 2},
	{"dimanche", 0},
	{"domenica", 0},
	{"domingo", 0},
	{"donnerstag", 4},
	{"freitag", 5},
	{"friday", 5},
	{"giovedi", 4},
	{"giovedì", 4},
	{"jeudi", 4},
	{"jueves", 4},
	{"lundi", 1},
	{"lunedi", 1},
	{"lunedì", 1},
	{"lunes", 1},
	{"mardi", 2},
	{"martedi", 2},
	{"martedì", 2},
	{"martes", 2},
	{"mercoledi", 3},
	{"mercoledì", 3},
	{"mercredi", 3},
	{"miercoles", 3},
	{"mittwoch", 3},
	{"miércoles", 3},
	{"monday", 1},
	{"montag", 1},
	{"sabado", 6},
	{"sabato", 6},
	{"samedi", 6},
	{"samstag", 6},
	{"saturday", 6},
	{"sonnabend", 6},
	{"sonntag", 0},
	{"sunday", 0},
	{"sábado", 6},
	{"thursday", 4},
	{"tuesday", 2},
	{"vendredi", 5},
	{"venerdi", 5},
	{"venerdì", 5},
	{"viernes", 5},
	{"wednesday", 3},
}

// agency maps the folded way an agency writes itself to its canonical name.
type agency struct {
	key, name string
}

var agencies = []agency{
	{"adnkronos", "Adnkronos"},
	{"afp", "AFP"},
	{"afx", "AFX"},
	{"agi", "AGI"},
	{"ana-mpa", "ANA-MPA"},
	{"anp", "ANP"},
	{"ansa", "ANSA"},
	{"ap", "AP"},
	{"apa", "APA"},
	{"ats", "ATS"},
	{"awp", "AWP"},
	{"bbc", "BBC"},
	{"belga", "Belga"},
	{"bloomberg", "Bloomberg"},
	{"cnn", "CNN"},
	{"ctk", "ČTK"},
	{"dapd", "dapd"},
	{"ddp", "ddp"},
	{"dpa", "dpa"},
	{"dpa-afx", "dpa-AFX"},
	{"dts", "dts"},
	{"efe", "EFE"},
	{"epd", "epd"},
	{"europa press", "Europa Press"},
	{"ians", "IANS"},
	{"idea", "idea"},
	{"interfax", "Interfax"},
	{"itar-tass", "TASS"},
	{"kathpress", "Kathpress"},
	{"keystone-sda", "Keystone-SDA"},
	{"kna", "KNA"},
	{"kyodo", "Kyodo"},
	{"lusa", "Lusa"},
	{"mti", "MTI"},
	{"mz", "MZ"},
	{"ots", "ots"},
	{"pap", "PAP"},
	{"pti", "PTI"},
	{"reuters", "Reuters"},
	{"ria novosti", "RIA Novosti"},
	{"rnd", "RND"},
	{"sda", "SDA"},
	{"sid", "SID"},
	{"tass", "TASS"},
	{"ukrinform", "Ukrinform"},
	{"upi", "UPI"},
	{"xinhua", "Xinhua"},
	{"xinhuanet", "Xinhua"},
	{"yonhap", "Yonhap"},
	{"čtk", "ČTK"},
}

// notAgencies are capitalised abbreviations that look like an agency in
// parentheses but name a country, party or organisation: "Merkel (CDU) -".
var notAgencies = []string{
	"afd", "bsw", "cdu", "csu", "ddr", "eu", "fdp", "fpö", "gb", "gop",
	"nato", "neos", "spd", "spö", "svp", "uk", "un", "uno", "us", "usa",
	"vae", "who", "övp",
}

// qualifiers are river and region names written after a town, in
// parentheses or after a slash, as part of its name: "Halle (Saale)",
// "Frankfurt/Main", "Frankfurt (Oder)".
var qualifiers = []string{
	"breisgau", "donau", "elbe", "fils", "havel", "inn", "isar", "lahn",
	"main", "mosel", "neckar", "oder", "opf", "pfalz", "rhein", "ruhr",
	"saale", "saar", "taunus", "weinstraße", "westerwald",
}

// stopWords open a line that is not a dateline even though it starts with a
// capital: bylines ("Von Hans Müller"), photo and source lines, articles.
var stopWords = []string{
	"aktualisiert", "am", "aus", "bild", "by", "da", "das", "der", "di",
	"die", "ein", "eine", "foto", "fotos", "für", "gemäß", "im", "in",
	"laut", "mit", "nach", "par", "por", "quelle", "source", "stand",
	"text", "the", "update", "video", "vom", "von", "vor", "zum", "über",
}

// particles are the lower-case words inside a place name: "Frankfurt am
// Main", "Rothenburg ob der Tauber", "Saint-Germain-en-Laye".
var particles = []string{
	"am", "an", "auf", "bei", "de", "del", "della", "der", "des", "di",
	"du", "en", "im", "in", "la", "le", "les", "los", "ob", "on", "sur",
	"upon", "vor", "y",
}

// abbreviations are words of a place that take a full stop: "St. Gallen",
// "TRENTON, N.J." and the AP state abbreviations ("Calif.").
var abbreviations = []string{
	"ala", "ariz", "ark", "bd", "calif", "colo", "conn", "del", "fla", "ft",
	"ga", "ill", "ind", "kan", "ky", "la", "mass", "md", "mich", "minn",
	"miss", "mo", "mont", "mt", "neb", "nev", "okla", "ore", "pa", "st",
	"tenn", "va", "vt", "wash", "wis", "wyo",
}

// states maps AP state abbreviations to the state's name, for Place.Name.
type usState struct {
	key, name string
}

var states = []usState{
	{"ala.", "Alabama"},
	{"ariz.", "Arizona"},
	{"ark.", "Arkansas"},
	{"calif.", "California"},
	{"colo.", "Colorado"},
	{"conn.", "Connecticut"},
	{"d.c.", "District of Columbia"},
	{"del.", "Delaware"},
	{"fla.", "Florida"},
	{"ga.", "Georgia"},
	{"ill.", "Illinois"},
	{"ind.", "Indiana"},
	{"kan.", "Kansas"},
	{"ky.", "Kentucky"},
	{"la.", "Louisiana"},
	{"mass.", "Massachusetts"},
	{"md.", "Maryland"},
	{"mich.", "Michigan"},
	{"minn.", "Minnesota"},
	{"miss.", "Mississippi"},
	{"mo.", "Missouri"},
	{"mont.", "Montana"},
	{"n.c.", "North Carolina"},
	{"n.d.", "North Dakota"},
	{"n.h.", "New Hampshire"},
	{"n.j.", "New Jersey"},
	{"n.m.", "New Mexico"},
	{"n.y.", "New York"},
	{"neb.", "Nebraska"},
	{"nev.", "Nevada"},
	{"okla.", "Oklahoma"},
	{"ore.", "Oregon"},
	{"pa.", "Pennsylvania"},
	{"r.i.", "Rhode Island"},
	{"s.c.", "South Carolina"},
	{"s.d.", "South Dakota"},
	{"tenn.", "Tennessee"},
	{"va.", "Virginia"},
	{"vt.", "Vermont"},
	{"w.va.", "West Virginia"},
	{"wash.", "Washington"},
	{"wis.", "Wisconsin"},
	{"wyo.", "Wyoming"},
}
