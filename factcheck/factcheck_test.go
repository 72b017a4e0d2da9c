package factcheck

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/internal/golden"
	"github.com/wortlaut/wortlaut/quote"
)

var update = flag.Bool("update", false, "rewrite golden files")

func readFixture(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/" + name)
	require.NoError(t, err)
	return string(b)
}

// article is a fixture with its quotations and entities written by hand,
// as a correct extractor would return them, so the matching core is tested
// independently of the extractors.
type article struct {
	text   string
	quotes []quote.Quote
	ents   []entity.Entity
}

// at returns the span of the n-th (0-based) occurrence of s in text.
func at(t testing.TB, text, s string, n int) wortlaut.Span {
	t.Helper()
	off := 0
	for {
		i := strings.Index(text[off:], s)
		require.GreaterOrEqual(t, i, 0, "%q (occurrence %d) not in fixture", s, n)
		if n == 0 {
			return wortlaut.Span{Start: off + i, End: off + i + len(s)}
		}
		n--
		off += i + len(s)
	}
}

func (a *article) entity(t testing.TB, name string, typ entity.Type, mentions ...string) {
	e := entity.Entity{Name: name, Type: typ}
	seen := map[string]int{}
	for _, m := range mentions {
		sp := at(t, a.text, m, seen[m])
		seen[m]++
		e.Mentions = append(e.Mentions, entity.Mention{Span: sp, Text: m, Type: typ})
	}
	a.ents = append(a.ents, e)
}

// quote adds the quotation whose words begin with prefix and run to the
// next closing mark “, attributed to the mention speaker (its occurrence n)
// of the named entity; speaker "" leaves it unattributed.
func (a *article) quote(t testing.TB, prefix string, kind quote.Kind, name, speaker string, n int) {
	sp := at(t, a.text, prefix, 0)
	end := strings.Index(a.text[sp.Start:], "“")
	require.Greater(t, end, 0)
	sp.End = sp.Start + end
	q := quote.Quote{Span: sp, Text: a.text[sp.Start:sp.End], Kind: kind}
	if speaker != "" {
		ss := at(t, a.text, speaker, n)
		q.Speaker = &quote.Speaker{Span: ss, Text: speaker, Name: name, Type: entity.Person}
	}
	a.quotes = append(a.quotes, q)
}

func seedArticle(t testing.TB) *article {
	a := &article{text: readFixture(t, "seed.txt")}
	a.entity(t, "Jack Ma", entity.Person, "Jack Ma", "Ma", "Ma", "Jack")
	a.entity(t, "Donald Trump", entity.Person, "Donald Trump", "Trump", "Trump")
	a.entity(t, "Alibaba", entity.Organization, "Alibaba")
	a.quote(t, "Ich finde der designierte", quote.Direct, "Jack Ma", "Ma", 1)
	a.quote(t, "Wir haben speziell", quote.Direct, "Jack Ma", "er", 0)
	a.quote(t, "gestärkt", quote.Partial, "", "", 0)
	a.quote(t, "freundlicher", quote.Partial, "Jack Ma", "Ma", 3)
	a.quote(t, "[Trump] ist besorgt", quote.Direct, "Jack Ma", "er", 1)
	a.quote(t, "Wir hatten ein", quote.Direct, "Donald Trump", "Trump", 5)
	a.quote(t, "Jack und ich", quote.Direct, "Donald Trump", "Trump", 5)
	return a
}

func bahnArticle(t testing.TB) *article {
	a := &article{text: readFixture(t, "factcheck/bahn.txt")}
	a.entity(t, "Karin Wendt", entity.Person, "Karin Wendt", "Wendt")
	a.entity(t, "Martin Kessler", entity.Person, "Martin Kessler")
	a.entity(t, "Deutsche Bahn", entity.Organization, "Deutsche Bahn")
	a.quote(t, "Wir investieren", quote.Direct, "Karin Wendt", "Karin Wendt", 0)
	a.quote(t, "Versprechen hat", quote.Direct, "Martin Kessler", "Martin Kessler", 0)
	a.quote(t, "Die Beschäftigten", quote.Direct, "Martin Kessler", "Martin Kessler", 0)
	a.quote(t, "Jahr der Wahrheit", quote.Partial, "", "", 0)
	a.quote(t, "Wer pünktliche", quote.Direct, "", "", 0)
	a.quote(t, "Es wird erst", quote.Direct, "Karin Wendt", "Wendt", 1)
	return a
}

type claimCase struct {
	name     string
	speaker  string
	quote    string
	want     Verdict
	pipeline bool // expected the same through quote.Extract on the raw text
}

var seedClaims = []claimCase{
	{"verbatim", "Jack Ma", "Der designierte Präsident ist sehr klug", Supported, true},
	{"surname alias, case", "Ma", "der designierte präsident ist sehr klug", Supported, true},
	{"role and marks", "Alibaba-Gründer Jack Ma", "»Ich finde, der designierte Präsident ist sehr klug«", Supported, true},
	{"dropped word", "Jack Ma", "Der designierte Präsident ist sehr klug und ein aufgeschlossener Zuhörer", Supported, true},
	{"other endings", "Jack Ma", "Ich finde, der designierten Präsidenten ist sehr klug", Supported, true},
	{"ellipsis", "Jack Ma", "Wir haben speziell über … die Unterstützung von einer Million Kleinunternehmen … gesprochen", Supported, true},
	{"omitted middle", "Jack Ma", "Kleinunternehmen verkaufen auf der Plattform Produkte nach China und Asien", Paraphrased, true},
	{"trump verbatim", "Donald Trump", "Jack und ich werden einige großartige Dinge vollbringen.", Supported, true},
	{"title alias", "US-Präsident Trump", "Er ist ein wirklich großartiger Unternehmer, einer der besten der Welt", Supported, true},
	{"no speaker claimed", "", "„Wir hatten ein großartiges Treffen“", Supported, true},
	{"paraphrase", "Jack Ma", "Der künftige Präsident ist sehr klug und hört gut zu", Paraphrased, true},
	{"paraphrase trump", "Trump", "Wir hatten ein tolles Treffen, er ist ein großer Unternehmer", Paraphrased, true},
	{"misattributed", "Donald Trump", "Der designierte Präsident ist sehr klug", SpeakerMismatch, true},
	{"misattributed family", "Ivanka Trump", "Jack und ich werden einige großartige Dinge vollbringen", SpeakerMismatch, true},
	{"misattributed to ma", "Jack Ma", "Wir hatten ein großartiges Treffen", SpeakerMismatch, true},
	{"unattributed partial", "Jack Ma", "gestärkt", Unattributed, false},
	{"reporter's words", "Jack Ma", "um US-Kleinunternehmen zu helfen, Produkte über die Plattform des Unternehmens nach China zu verkaufen", Unquoted, true},
	{"absent", "Jack Ma", "Amerika zuerst, China danach", NotFound, true},
	{"absent trump", "Donald Trump", "Der Handel mit China muss endlich fair werden", NotFound, true},
}

var bahnClaims = []claimCase{
	{"org article, person claim", "Karin Wendt", "Wir investieren so viel wie nie zuvor in das Netz", Supported, true},
	{"surname", "Wendt", "Es wird erst schlechter, bevor es besser wird.", Supported, true},
	{"second sentence", "Bahnchefin Wendt", "Darauf müssen wir uns ehrlich einstellen", Supported, true},
	{"wrong person", "Karin Wendt", "Die Beschäftigten brauchen endlich Entlastung", SpeakerMismatch, true},
	{"paraphrase", "Martin Kessler", "Versprechen gab es in den letzten Jahren genug", Paraphrased, true},
	{"nobody named", "Deutsche Bahn", "Wer pünktliche Züge verspricht, muss auch genug Personal einstellen", Unattributed, true},
	{"absent", "Martin Kessler", "Die Bahn muss zerschlagen werden", NotFound, true},
}

// formatResult is the golden line of one claim's result.
func formatResult(text string, c claimCase, r Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-28s %-16s %.3f", c.name, r.Verdict, r.Score)
	if r.Verdict != NotFound {
		fmt.Fprintf(&b, " %d-%d %q", r.Start, r.End, r.Text)
	}
	if r.Quote != nil && r.Quote.Speaker != nil {
		fmt.Fprintf(&b, " by %q", r.Quote.Speaker.Name)
	}
	b.WriteByte('\n')
	return b.String()
}

func checkResult(t *testing.T, text string, r Result) {
	t.Helper()
	assert.True(t, r.Score >= 0 && r.Score <= 1, "score %v", r.Score)
	if r.Verdict == NotFound {
		assert.Equal(t, wortlaut.Span{}, r.Span)
		assert.Nil(t, r.Quote)
		return
	}
	require.True(t, 0 <= r.Start && r.Start < r.End && r.End <= len(text), "span %v", r.Span)
	assert.Equal(t, text[r.Start:r.End], r.Text)
	if r.Quote != nil {
		assert.True(t, r.Quote.Start <= r.Start && r.End <= r.Quote.End, "match %v outside quote %v", r.Span, r.Quote.Span)
	}
}

func TestVerifyQuotesGolden(t *testing.T) {
	for _, tc := range []struct {
		name   string
		art    *article
		claims []claimCase
	}{
		{"seed", seedArticle(t), seedClaims},
		{"bahn", bahnArticle(t), bahnClaims},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			scores := map[string]float64{}
			for _, c := range tc.claims {
				r := (&Verifier{}).VerifyQuotes(tc.art.text, Claim{Quote: c.quote, Speaker: c.speaker}, tc.art.quotes, tc.art.ents)
				assert.Equal(t, c.want.String(), r.Verdict.String(), c.name)
				checkResult(t, tc.art.text, r)
				scores[c.name] = r.Score
				out.WriteString(formatResult(tc.art.text, c, r))
			}
			golden.Check(t, "../testdata/factcheck/"+tc.name+".golden", out.Bytes(), *update)
			if tc.name == "seed" {
				assert.Equal(t, 1.0, scores["verbatim"])
				assert.Greater(t, scores["verbatim"], scores["dropped word"], "a changed word costs")
				assert.Greater(t, scores["dropped word"], scores["paraphrase"], "paraphrases score lower")
				assert.Greater(t, scores["other endings"], scores["paraphrase"])
			}
		})
	}
}

// TestVerifyPipeline runs the same claims through Verify, that is through
// the real entity recognizer and quote extractor. It skips until the quote
// extractor finds the seed's quotations.
func TestVerifyPipeline(t *testing.T) {
	for _, tc := range []struct {
		file   string
		claims []claimCase
	}{
		{"seed.txt", seedClaims},
		{"factcheck/bahn.txt", bahnClaims},
	} {
		t.Run(tc.file, func(t *testing.T) {
			text := readFixture(t, tc.file)
			if len(quote.Extract(text)) == 0 {
				t.Skip("quote.Extract finds no quotations yet")
			}
			for _, c := range tc.claims {
				if !c.pipeline {
					continue
				}
				r := Verify(text, Claim{Quote: c.quote, Speaker: c.speaker})
				assert.Equal(t, c.want.String(), r.Verdict.String(), "%s: %s", c.name, formatResult(text, c, r))
				checkResult(t, text, r)
			}
		})
	}
}

func TestAlign(t *testing.T) {
	f := newFolder()
	ws := func(s string) []word { return f.words(nil, s, 0, len(s)) }
	for _, tc := range []struct {
		name, claim, text string
		cost              float64
		match             string
	}{
		{"exact inside", "sehr klug", "er ist sehr klug und nett", 0, "sehr klug"},
		{"case and marks", "„SEHR klug“", "er ist sehr, klug", 0, "sehr, klug"},
		{"folding ß", "Straße", "die STRASSE", 0, "STRASSE"},
		{"nfd", "Pla\u0308ne", "die Pl\u00e4ne", 0, "Pl\u00e4ne"},
		{"dropped", "ist sehr klug", "ist klug", 1, "ist klug"},
		{"inserted", "ist klug", "ist sehr klug", 1, "ist sehr klug"},
		{"ellipsis", "ist … klug", "ist sehr sehr klug", 0, "ist sehr sehr klug"},
		{"three dots", "ist ... klug", "ist sehr sehr klug", 0, "ist sehr sehr klug"},
		{"ending", "designierte", "den designierten Präsidenten", 1.0 / 12, "designierten"},
		{"nothing", "Regen", "Sonne", 1, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tw := ws(tc.text)
			a := align(ws(tc.claim), tw)
			assert.InDelta(t, tc.cost, a.cost, 1e-5)
			got := ""
			if tc.match != "" {
				got = tc.text[tw[a.from].start:tw[a.to-1].end]
			}
			assert.Equal(t, tc.match, got)
		})
	}
}

func TestSpeakerMatches(t *testing.T) {
	f := newFolder()
	sp := &quote.Speaker{Text: "er", Name: "Jack Ma", Type: entity.Person}
	ents := []entity.Entity{{Name: "Jack Ma", Type: entity.Person, Mentions: []entity.Mention{{Text: "Jack Ma"}, {Text: "Ma"}}}}
	for _, tc := range []struct {
		claim string
		want  bool
	}{
		{"Jack Ma", true},
		{"Ma", true},
		{"jack ma", true},
		{"Alibaba-Gründer Jack Ma", true},
		{"Gründer Ma", true},
		{"Ma Yun Jack", true},
		{"Pony Ma", false},
		{"Trump", false},
		{"er", false},
		{"", false},
	} {
		t.Run(tc.claim, func(t *testing.T) {
			assert.Equal(t, tc.want, f.speakerMatches(f.nameWords(tc.claim), sp, ents))
		})
	}
	assert.False(t, f.speakerMatches(f.nameWords("Ma"), nil, ents), "no speaker")
}

func TestParseClaim(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Claim
		err  bool
	}{
		{`"Jack Ma": "Der designierte Präsident ist sehr klug"`, Claim{"Der designierte Präsident ist sehr klug", "Jack Ma"}, false},
		{`Jack Ma: „Der designierte Präsident ist sehr klug“`, Claim{"Der designierte Präsident ist sehr klug", "Jack Ma"}, false},
		{`  »Trump«  :  «Jack und ich»  `, Claim{"Jack und ich", "Trump"}, false},
		{`"Ma": "Er sagte \"ja\" dazu"`, Claim{`Er sagte "ja" dazu`, "Ma"}, false},
		{`Ma: „Er sagte ‚ja‘ – „und nein“ dazu“`, Claim{"Er sagte ‚ja‘ – „und nein“ dazu", "Ma"}, false},
		{`Der designierte Präsident ist sehr klug`, Claim{}, true},
		{`Jack Ma: Der Präsident`, Claim{}, true},
		{`"Jack Ma" „klug“`, Claim{}, true},
		{`: „klug“`, Claim{}, true},
		{`Ma: „klug“ sagte er`, Claim{}, true},
		{`Ma: „  “`, Claim{}, true},
		{`"Jack Ma: „klug“`, Claim{}, true},
		{"", Claim{}, true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseClaim(tc.in)
			if tc.err {
				var pe *ParseError
				require.ErrorAs(t, err, &pe)
				assert.ErrorIs(t, err, ErrNoClaim)
				assert.True(t, pe.Offset >= 0 && pe.Offset <= len(tc.in), "offset %d", pe.Offset)
				assert.True(t, strings.HasPrefix(err.Error(), "factcheck: "))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestVerdictString(t *testing.T) {
	var got []string
	for v := NotFound; v <= Supported+1; v++ {
		got = append(got, v.String())
	}
	assert.Equal(t, []string{"not-found", "unquoted", "paraphrased", "unattributed", "speaker-mismatch", "supported", "unknown"}, got)
}

func TestVerifyEdgeInputs(t *testing.T) {
	a := seedArticle(t)
	v := &Verifier{}
	for _, tc := range []struct {
		name, article, claim string
	}{
		{"empty claim", a.text, ""},
		{"punctuation claim", a.text, "„…“ – !"},
		{"empty article", "", "sehr klug"},
		{"invalid utf8", "\xff„sehr \xc3klug“\xe2", "sehr\xffklug"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := v.VerifyQuotes(tc.article, Claim{Quote: tc.claim, Speaker: "Ma"}, nil, nil)
			checkResult(t, tc.article, r)
			r = Verify(tc.article, Claim{Quote: tc.claim, Speaker: "Ma"})
			checkResult(t, tc.article, r)
		})
	}
	t.Run("quote outside article", func(t *testing.T) {
		qs := []quote.Quote{{Span: wortlaut.Span{Start: 5, End: 1 << 20}}, {Span: wortlaut.Span{Start: -1, End: 2}}}
		r := v.VerifyQuotes("kurz", Claim{Quote: "kurz"}, qs, nil)
		assert.Equal(t, Unquoted, r.Verdict)
		checkResult(t, "kurz", r)
	})
}

func TestVerifyLongInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("pathological sizes")
	}
	a := seedArticle(t)
	long := strings.Repeat("sehr klug und ", 10000)
	r := (&Verifier{}).VerifyQuotes(a.text, Claim{Quote: long, Speaker: "Ma"}, a.quotes, a.ents)
	checkResult(t, a.text, r)
	huge := strings.Repeat(a.text, 400) // about 1 MB, no quotations given
	r = (&Verifier{}).VerifyQuotes(huge, Claim{Quote: "Jack und ich werden einige großartige Dinge vollbringen"}, nil, nil)
	assert.Equal(t, Unquoted, r.Verdict)
	checkResult(t, huge, r)
}

func FuzzVerifyQuotes(f *testing.F) {
	a := seedArticle(f)
	for _, c := range seedClaims {
		f.Add(c.speaker, c.quote, 0, 50)
	}
	f.Add("Ma", "sehr\xffklug …", 3, 9)
	f.Add("\xff", "... [...] …", -4, 1<<30)
	f.Fuzz(func(t *testing.T, speaker, claim string, start, end int) {
		qs := append([]quote.Quote{{Span: wortlaut.Span{Start: start, End: end}}}, a.quotes...)
		v := &Verifier{}
		r := v.VerifyQuotes(a.text, Claim{Quote: claim, Speaker: speaker}, qs, a.ents)
		checkResult(t, a.text, r)
		assert.Equal(t, r, v.VerifyQuotes(a.text, Claim{Quote: claim, Speaker: speaker}, qs, a.ents), "deterministic")
		// The claim as article: every span lies on its bytes.
		r = v.VerifyQuotes(claim, Claim{Quote: speaker}, nil, nil)
		checkResult(t, claim, r)
		if r.Verdict != NotFound {
			assert.True(t, utf8.ValidString(r.Text) || !utf8.ValidString(claim))
		}
	})
}

func FuzzParseClaim(f *testing.F) {
	f.Add(`"Jack Ma": "Der designierte Präsident ist sehr klug"`)
	f.Add(`Jack Ma: „Der designierte Präsident ist sehr klug“`)
	f.Add(`»Trump«: «Jack und ich»`)
	f.Add("\xff: „\xff“")
	f.Add(`"\u00e4": "\ud800"`)
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseClaim(s)
		if err != nil {
			var pe *ParseError
			require.ErrorAs(t, err, &pe)
			require.True(t, pe.Offset >= 0 && pe.Offset <= len(s), "offset %d of %d", pe.Offset, len(s))
			return
		}
		require.NotEmpty(t, strings.TrimSpace(c.Speaker))
		require.NotEmpty(t, strings.TrimSpace(c.Quote))
		c2, err2 := ParseClaim(s)
		require.NoError(t, err2)
		require.Equal(t, c, c2)
	})
}

// An unnamed speaker (sagte er, with nobody named before it) is no evidence
// against the claimed speaker: the verdict is Unattributed, not
// SpeakerMismatch.
func TestVerifyUnnamedSpeaker(t *testing.T) {
	article := "„Wir werden die Preise in diesem Jahr nicht erhöhen“, sagte er am Montag in Berlin."
	qs := quote.Extract(article)
	require.Len(t, qs, 1)
	require.NotNil(t, qs[0].Speaker, "the mention er is reported")
	require.Empty(t, qs[0].Speaker.Name, "er has no antecedent")
	r := Verify(article, Claim{Speaker: "Karin Wendt", Quote: "Wir werden die Preise in diesem Jahr nicht erhöhen"})
	assert.Equal(t, Unattributed, r.Verdict)
}
