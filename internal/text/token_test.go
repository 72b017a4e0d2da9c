package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wortlaut/wortlaut"
)

// tokStrings renders tokens as "Kind text", quote marks as
// "QuoteMark/Class text".
func tokStrings(s string, toks []Token) []string {
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		k := t.Kind.String()
		if t.Kind == QuoteMark {
			k += "/" + t.Quote.String()
		}
		out = append(out, k+" "+s[t.Start:t.End])
	}
	return out
}

var tokenCases = []struct {
	name string
	in   string
	want []string
}{
	{"german quotes", "„Ja“, sagte er.", []string{"QuoteMark/Opening „", "Word Ja", "QuoteMark/Closing “", "Punct ,", "Word sagte", "Word er", "Punct ."}},
	{"english quotes", "He said “yes” today.", []string{"Word He", "Word said", "QuoteMark/Opening “", "Word yes", "QuoteMark/Closing ”", "Word today", "Punct ."}},
	{"closing “ without open „", "Er sei müde“, sagte sie.", []string{"Word Er", "Word sei", "Word müde", "QuoteMark/Closing “", "Punct ,", "Word sagte", "Word sie", "Punct ."}},
	{"nested single", "„Er rief: ‚Nein!‘“", []string{"QuoteMark/Opening „", "Word Er", "Word rief", "Punct :", "QuoteMark/Opening ‚", "Word Nein", "Punct !", "QuoteMark/Closing ‘", "QuoteMark/Closing “"}},
	{"guillemets german", "»Nein«, sagte sie.", []string{"QuoteMark/Opening »", "Word Nein", "QuoteMark/Closing «", "Punct ,", "Word sagte", "Word sie", "Punct ."}},
	{"guillemets swiss", "«Nein», sagte sie.", []string{"QuoteMark/Opening «", "Word Nein", "QuoteMark/Closing »", "Punct ,", "Word sagte", "Word sie", "Punct ."}},
	{"straight quotes", `"Ja", sagte er.`, []string{"QuoteMark/Opening \"", "Word Ja", "QuoteMark/Closing \"", "Punct ,", "Word sagte", "Word er", "Punct ."}},
	{"low opening, straight closing", "„Ja\", sagte er. \"Nein\"", []string{"QuoteMark/Opening „", "Word Ja", "QuoteMark/Closing \"", "Punct ,", "Word sagte", "Word er", "Punct .", "QuoteMark/Opening \"", "Word Nein", "QuoteMark/Closing \""}},
	{"lone straight quote", `a " b`, []string{"Word a", "QuoteMark/Ambiguous \"", "Word b"}},
	{"quote state resets per paragraph", "„Ja\n“Nein”", []string{"QuoteMark/Opening „", "Word Ja", "QuoteMark/Opening “", "Word Nein", "QuoteMark/Closing ”"}},
	{"apostrophe in word", "Wie geht’s? Gibt's", []string{"Word Wie", "Word geht’s", "Punct ?", "Word Gibt's"}},
	{"genitive apostrophe", "Jens’ Rede", []string{"Word Jens’", "Word Rede"}},
	{"english single quotes", "‘Yes’ he said", []string{"QuoteMark/Opening ‘", "Word Yes", "QuoteMark/Closing ’", "Word he", "Word said"}},
	{"compound", "US-Präsidenten und Milliarden-Dollar-Geschäft", []string{"Word US-Präsidenten", "Word und", "Word Milliarden-Dollar-Geschäft"}},
	{"suspended hyphen", "Bundes- und Landesebene", []string{"Word Bundes-", "Word und", "Word Landesebene"}},
	{"dash is not a hyphen", "BERLIN (dpa) - Die", []string{"Word BERLIN", "Punct (", "Word dpa", "Punct )", "Punct -", "Word Die"}},
	{"double hyphen", "(Xinhuanet) -- Jack", []string{"Punct (", "Word Xinhuanet", "Punct )", "Punct --", "Word Jack"}},
	{"numbers", "450 1.000 3,5 14.30 3:0", []string{"Number 450", "Number 1.000", "Number 3,5", "Number 14.30", "Number 3:0"}},
	{"number compounds", "100-jährige 20er 2016-2017", []string{"Word 100-jährige", "Word 20er", "Number 2016-2017"}},
	{"dates", "09.01.2017 9.1.17 2017-01-09", []string{"Date 09.01.2017", "Date 9.1.17", "Date 2017-01-09"}},
	{"short date", "am 9.1. in Rom", []string{"Word am", "Date 9.1.", "Word in", "Word Rom"}},
	{"ordinal before month", "9. Januar", []string{"Ordinal 9.", "Word Januar"}},
	{"ordinal after am", "am 3. Oktober", []string{"Word am", "Ordinal 3.", "Word Oktober"}},
	{"ordinal after zum", "zum 70. Geburtstag", []string{"Word zum", "Ordinal 70.", "Word Geburtstag"}},
	{"ordinal before lowercase", "vom 9. bis 11. März", []string{"Word vom", "Ordinal 9.", "Word bis", "Ordinal 11.", "Word März"}},
	{"number at sentence end", "Er wurde 70. Die Feier", []string{"Word Er", "Word wurde", "Number 70", "Punct .", "Word Die", "Word Feier"}},
	{"year after bis", "bis 2007. Er", []string{"Word bis", "Number 2007", "Punct .", "Word Er"}},
	{"lower-case words joined by a full stop", "Die Gewerkschaft ver.di und ver.di-Chef Kolb. Ende.Die", []string{"Word Die", "Word Gewerkschaft", "Word ver.di", "Word und", "Word ver.di-Chef", "Word Kolb", "Punct .", "Word Ende", "Punct .", "Word Die"}},
	{"ordinal at line start", "1. FC Köln", []string{"Ordinal 1.", "Word FC", "Word Köln"}},
	{"ordinal after adjective", "des stationierten 1. Bataillons", []string{"Word des", "Word stationierten", "Ordinal 1.", "Word Bataillons"}},
	{"ordinal before quote", "die 22. „Europäische", []string{"Word die", "Ordinal 22.", "QuoteMark/Opening „", "Word Europäische"}},
	{"Art. before a number", "nach Art. 5 GG", []string{"Word nach", "Abbrev Art.", "Number 5", "Word GG"}},
	{"Art at sentence end", "gefährdete Art. In", []string{"Word gefährdete", "Word Art", "Punct .", "Word In"}},
	{"roman ordinal", "Ludwig XIV. starb", []string{"Word Ludwig", "Ordinal XIV.", "Word starb"}},
	{"roman ordinal after an article", "im XX. Jahrhundert", []string{"Word im", "Ordinal XX.", "Word Jahrhundert"}},
	{"acronym of roman letters after an article", "eine Mitteilung des CCC. Der Club", []string{"Word eine", "Word Mitteilung", "Word des", "Word CCC", "Punct .", "Word Der", "Word Club"}},
	{"abbreviations", "450 Mio. Euro, Dr. Müller, ca. 30", []string{"Number 450", "Abbrev Mio.", "Word Euro", "Punct ,", "Abbrev Dr.", "Word Müller", "Punct ,", "Abbrev ca.", "Number 30"}},
	{"multi-part abbreviation", "z. B. Rom u. a. Paris", []string{"Abbrev z.", "Abbrev B.", "Word Rom", "Abbrev u.", "Abbrev a.", "Word Paris"}},
	{"multi-part capitalised", "Z. B. Rom", []string{"Abbrev Z.", "Abbrev B.", "Word Rom"}},
	{"dotted abbreviation", "z.B. die U.S.-Armee", []string{"Abbrev z.B.", "Word die", "Word U.S.-Armee"}},
	{"initial", "Donald J. Trump", []string{"Word Donald", "Abbrev J.", "Word Trump"}},
	{"month abbreviation after ordinal", "9. Jan. 2017", []string{"Ordinal 9.", "Abbrev Jan.", "Number 2017"}},
	{"Jan is a name", "sagte Jan. Dann", []string{"Word sagte", "Word Jan", "Punct .", "Word Dann"}},
	{"not an abbreviation", "Ma. Er", []string{"Word Ma", "Punct .", "Word Er"}},
	{"ellipsis", "mehr... und … so", []string{"Word mehr", "Ellipsis ...", "Word und", "Ellipsis …", "Word so"}},
	{"bracket ellipsis", "über […] die [...] und (…)", []string{"Word über", "Ellipsis […]", "Word die", "Ellipsis [...]", "Word und", "Ellipsis (…)"}},
	{"bracket word", "[Trump] ist", []string{"Punct [", "Word Trump", "Punct ]", "Word ist"}},
	{"url", "Siehe https://www.dpa.com/de/x?a=1. Dann", []string{"Word Siehe", "URL https://www.dpa.com/de/x?a=1", "Punct .", "Word Dann"}},
	{"url in parentheses", "(www.zeit.de)", []string{"Punct (", "URL www.zeit.de", "Punct )"}},
	{"bare domain", "auf tagesschau.de.", []string{"Word auf", "URL tagesschau.de", "Punct ."}},
	{"missing space is not a domain", "Ende.Die", []string{"Word Ende", "Punct .", "Word Die"}},
	{"email", "an presse@example.org.", []string{"Word an", "Email presse@example.org", "Punct ."}},
	{"handle and hashtag", "@dpa_news #Bundestag", []string{"Handle @dpa_news", "Handle #Bundestag"}},
	{"symbols", "3,5 % und 20 €", []string{"Number 3,5", "Punct %", "Word und", "Number 20", "Symbol €"}},
	{"soft hyphen", "Bundes\u00adregierung", []string{"Word Bundes\u00adregierung"}},
	{"no-break space", "Mio.\u00a0Euro", []string{"Abbrev Mio.", "Word Euro"}},
	{"invalid utf-8", "a\xffb \xfe", []string{"Word a\xffb", "Word \xfe"}},
	{"empty", "", []string{}},
}

func TestTokenize(t *testing.T) {
	for _, tc := range tokenCases {
		t.Run(tc.name, func(t *testing.T) {
			toks := Tokenize(tc.in)
			checkTokens(t, tc.in, toks)
			assert.Equal(t, tc.want, tokStrings(tc.in, toks))
		})
	}
}

func TestParts(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"US-Präsidenten", []string{"US", "Präsidenten"}},
		{"Milliarden-Dollar-Finanzgeschäft", []string{"Milliarden", "Dollar", "Finanzgeschäft"}},
		{"Bundes- und", []string{"Bundes"}},
		{"Alibaba", []string{"Alibaba"}},
		{"Dr.", []string{"Dr."}},
		{"2016-2017", []string{"2016", "2017"}},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			toks := Tokenize(tc.in)
			require.NotEmpty(t, toks)
			var got []string
			for _, p := range toks[0].Parts(tc.in) {
				got = append(got, p.Text(tc.in))
			}
			assert.Equal(t, tc.want, got)
		})
	}
	assert.Nil(t, Token{Span: wortlaut.Span{Start: 3, End: 9}}.Parts("kurz"), "span outside src")
}

func TestIsAbbrev(t *testing.T) {
	for in, want := range map[string]bool{
		"Dr.": true, "Mio.": true, "usw.": true, "z. B.": true, "Z. B.": true, "u. a.": true, "Ca.": true,
		"Ma.": false, "Dr": false, "z.": false, "B.": false, "": false, "z. B": false,
	} {
		assert.Equal(t, want, IsAbbrev(in), in)
	}
}

func TestKindString(t *testing.T) {
	assert.Equal(t, "Ordinal", Ordinal.String())
	assert.Equal(t, "Kind(?)", Kind(200).String())
	assert.Equal(t, "Closing", Closing.String())
	assert.Equal(t, "NotQuote", QuoteClass(9).String())
}

func TestByteClass(t *testing.T) {
	require.Len(t, byteClass, 256)
	for c := 0; c < 256; c++ {
		b := byte(c)
		r := rune(c)
		alnum := c < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r))
		assert.Equal(t, alnum, byteClass[b]&cAlnum != 0, "alnum %q", b)
		assert.Equal(t, c < 128 && unicode.IsDigit(r), byteClass[b]&cDigit != 0, "digit %q", b)
		assert.Equal(t, b == ' ' || b == '\t', byteClass[b]&cBlank != 0, "blank %q", b)
		assert.Equal(t, b == '\n' || b == '\r' || b == '\v' || b == '\f', byteClass[b]&cLineBreak != 0, "line break %q", b)
		wordEnd := c < 128 && !alnum && !strings.ContainsRune("-'`.:@_%+", r)
		assert.Equal(t, wordEnd, byteClass[b]&cWordEnd != 0, "word end %q", b)
	}
}

// TestASCIIAction checks the action table of the main loop against the
// character classes it stands for.
func TestASCIIAction(t *testing.T) {
	require.Len(t, asciiAction, 128)
	for c := 0; c < 128; c++ {
		r := rune(c)
		var want byte
		switch {
		case unicode.IsDigit(r):
			want = aDigit
		case unicode.IsLetter(r):
			want = aLetter
		case r == ' ' || r == '\t':
			want = aBlank
		case isLineBreak(r):
			want = aBreak
		case r == '.':
			want = aDot
		case strings.ContainsRune("\"'`", r):
			want = aQuote
		case r == '@' || r == '#':
			want = aHandle
		case r == '[' || r == '(':
			want = aBracket
		case r == '-':
			want = aHyphen
		case r == '!' || r == '?':
			want = aStop
		case unicode.IsPunct(r):
			want = aPunct
		default:
			want = aSymbol
		}
		assert.Equal(t, want, asciiAction[c], "%q", r)
	}
}

// TestWordFastPath checks the shortcuts of letterWord against the rune
// classes the full scan uses: a 0xC3 pair is taken as a letter exactly
// when it decodes to a word rune, and the marks that end a word at once
// are neither word runes, joiners nor apostrophes.
func TestWordFastPath(t *testing.T) {
	for c := 0; c < 256; c++ {
		s := string([]byte{0xC3, byte(c)})
		r, _ := decode(s, 0)
		assert.Equal(t, isWordRune(r) && r != utf8.RuneError, latin1Letter(byte(c)), "%q", s)
	}
	n := 0
	for r := rune(0x80); r <= 0xFFFF; r++ {
		s := string(r)
		if !plainAfterWord(s, 0) {
			continue
		}
		n++
		assert.False(t, isWordRune(r) || isJoiner(r) || isApostrophe(r), "%q", s)
		assert.False(t, plainAfterWord(s[:len(s)-1], 0), "%q cut short", s)
	}
	assert.Equal(t, 9, n)
}

// TestNonAlnum8 checks the eight-lane test against byteClass: every byte
// value in every lane, between letters, digits and other bytes.
func TestNonAlnum8(t *testing.T) {
	for _, fill := range []byte{'a', 'Z', '5', 0xC3, ' '} {
		for lane := 0; lane < 8; lane++ {
			for c := 0; c < 256; c++ {
				b := []byte(strings.Repeat(string([]byte{fill}), 10))
				b[1+lane] = byte(c)
				s := string(b)
				var want uint64
				for k := 0; k < 8; k++ {
					if !isASCIIAlnum(s[1+k]) {
						want |= 0x80 << (8 * k)
					}
				}
				require.Equal(t, want, nonAlnum8(le64(s[1:])), "%q", s[1:9])
			}
		}
	}
}
