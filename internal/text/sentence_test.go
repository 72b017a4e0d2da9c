package text

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wortlaut/wortlaut"
)

func sentenceTexts(d *Doc) []string {
	out := make([]string, 0, len(d.Sentences))
	for _, s := range d.Sentences {
		out = append(out, s.Text(d.Src))
	}
	return out
}

var sentenceCases = []struct {
	name string
	in   string
	want []string
}{
	{"plain", "Er kam. Sie ging.", []string{"Er kam.", "Sie ging."}},
	{"ordinal date", "Am 9. Januar traf er Trump.", []string{"Am 9. Januar traf er Trump."}},
	{"ordinal after am", "Die Wahl ist am 3. Oktober.", []string{"Die Wahl ist am 3. Oktober."}},
	{"abbreviation", "Es geht um 450 Mio. chinesische Verbraucher.", []string{"Es geht um 450 Mio. chinesische Verbraucher."}},
	{"title", "Prof. Dr. Anna Berg sprach.", []string{"Prof. Dr. Anna Berg sprach."}},
	{"initial", "Donald J. Trump kam. Er sprach.", []string{"Donald J. Trump kam.", "Er sprach."}},
	{"z. B.", "Es gibt z. B. Äpfel. Dann Birnen.", []string{"Es gibt z. B. Äpfel.", "Dann Birnen."}},
	{"usw. ends a sentence", "Äpfel, Birnen usw. Dann kam er.", []string{"Äpfel, Birnen usw.", "Dann kam er."}},
	{"abbreviation before a function word", "Der Umsatz betrug 450 Mio. Im Vorjahr war er kleiner.", []string{"Der Umsatz betrug 450 Mio.", "Im Vorjahr war er kleiner."}},
	{"roman ordinal at sentence end", "Fürst ist Albert II. Er regiert seit 2005.", []string{"Fürst ist Albert II.", "Er regiert seit 2005."}},
	{"initial at sentence end", "Sie spielen in Gruppe B. Die Auslosung war gestern.", []string{"Sie spielen in Gruppe B.", "Die Auslosung war gestern."}},
	{"multi-part abbreviation before a name", "Parteien wie z. B. Die Linke stimmten zu.", []string{"Parteien wie z. B. Die Linke stimmten zu."}},
	{"quote end", "„Er ist klug.“ Ich glaube das.", []string{"„Er ist klug.“", "Ich glaube das."}},
	{"quote continues", "„Ich habe es erzählt“, erklärte Ma.", []string{"„Ich habe es erzählt“, erklärte Ma."}},
	{"split inside quotation", "„Er ist klug. Ich habe es erzählt“, erklärte Ma.", []string{"„Er ist klug.", "Ich habe es erzählt“, erklärte Ma."}},
	{"question in quote before cue", "„Warum?“, fragte sie. Er schwieg.", []string{"„Warum?“, fragte sie.", "Er schwieg."}},
	{"exclamation in quote before lowercase", "„Raus!“ rief er.", []string{"„Raus!“ rief er."}},
	{"headline without full stop", "Merkel trifft Macron\nBERLIN (dpa) - Die Kanzlerin kam.", []string{"Merkel trifft Macron", "BERLIN (dpa) - Die Kanzlerin kam."}},
	{"teaser", "Sie unterzeichneten den Vertrag. mehr...", []string{"Sie unterzeichneten den Vertrag.", "mehr..."}},
	{"lowercase after full stop", "Die Abt. für Verkehr tagte.", []string{"Die Abt. für Verkehr tagte."}},
	{"blank lines", "Eins.\n\nZwei.", []string{"Eins.", "Zwei."}},
	{"parenthesis", "(Er kam nicht.) Sie schon.", []string{"(Er kam nicht.)", "Sie schon."}},
	{"question and exclamation", "Was nun?! Keiner weiß es.", []string{"Was nun?!", "Keiner weiß es."}},
	{"number then sentence", "Er wurde 70. Die Feier war groß.", []string{"Er wurde 70.", "Die Feier war groß."}},
	{"url with dots", "Mehr auf www.dpa.de. Danke.", []string{"Mehr auf www.dpa.de.", "Danke."}},
	{"unclosed quote", "„Wir bleiben. Immer", []string{"„Wir bleiben.", "Immer"}},
	{"empty", "", []string{}},
	{"only space", " \n\t ", []string{}},
}

func TestSegment(t *testing.T) {
	for _, tc := range sentenceCases {
		t.Run(tc.name, func(t *testing.T) {
			d := Segment(tc.in)
			checkDoc(t, d)
			assert.Equal(t, tc.want, sentenceTexts(d))
		})
	}
}

func TestParagraphs(t *testing.T) {
	in := "Titel\nErster Absatz.\r\n\r\n  Zweiter Absatz. \u2029Dritter\u2028Vierter\n"
	var got []string
	for _, p := range Paragraphs(in) {
		got = append(got, p.Text(in))
	}
	assert.Equal(t, []string{"Titel", "Erster Absatz.", "Zweiter Absatz.", "Dritter", "Vierter"}, got)
	assert.Equal(t, []wortlaut.Span{}, Paragraphs(" \n "))
}

// TestSeed checks the sample article the way a reader splits it.
func TestSeed(t *testing.T) {
	d := Segment(seed(t))
	checkDoc(t, d)
	got := sentenceTexts(d)
	assert.Len(t, got, 14)
	assert.Len(t, d.Paragraphs, 9)
	for _, s := range got {
		assert.False(t, strings.HasSuffix(s, " 9.") || strings.HasSuffix(s, " Mio."), "split after ordinal or abbreviation: %q", s)
	}
	if len(got) == 14 {
		assert.Equal(t, "„Ich finde der designierte Präsident ist sehr klug und ein sehr aufgeschlossener Zuhörer.", got[2])
		assert.Equal(t, "(gemäß der Nachrichtenagentur Xinhua)", got[11])
		assert.Equal(t, "mehr...", got[13])
	}
}

// TestResultsOwnTheirMemory checks that Segment and Tokenize results do
// not share the scratch memory that later calls reuse: a result stays as
// it was while other texts are segmented, also from other goroutines, and
// so does the result for a text too long for its scratch to be reused.
func TestResultsOwnTheirMemory(t *testing.T) {
	texts := []string{
		seed(t),
		"„Wir sind bereit“, sagte Dr. Müller am 9. Januar. Die Lage ist ernst.\nZweiter Absatz.",
		"Kurz.",
		"",
	}
	keep := func(d *Doc) Doc {
		return Doc{Src: d.Src, Tokens: slices.Clone(d.Tokens), Sentences: slices.Clone(d.Sentences), Paragraphs: slices.Clone(d.Paragraphs)}
	}
	want := make([]Doc, len(texts))
	for k, s := range texts {
		want[k] = keep(Segment(s))
	}
	first := Segment(texts[0])
	toks := Tokenize(texts[1])
	toksCopy := slices.Clone(toks)
	huge := strings.Repeat("Das Wort, das „zählt“. ", 10_000)
	hugeDoc := Segment(huge)
	require.Greater(t, len(hugeDoc.Tokens), maxPooledTokens)
	hugeCopy := keep(hugeDoc)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range 50 {
				k := (g + n) % len(texts)
				d := Segment(texts[k])
				assert.Equal(t, want[k], keep(d))
				assert.Equal(t, len(d.Tokens), cap(d.Tokens), "spare token capacity")
				assert.Equal(t, want[k].Tokens, Tokenize(texts[k]))
			}
		}()
	}
	wg.Wait()
	Segment(strings.Repeat("Noch ein Satz! ", 10_000))
	assert.Equal(t, want[0], keep(first))
	assert.Equal(t, toksCopy, toks)
	assert.Equal(t, hugeCopy, keep(hugeDoc))
}
