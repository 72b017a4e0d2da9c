package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/internal/ner"
	"github.com/wortlaut/wortlaut/internal/prosead"
)

// runEval scores tagged tokens against a gold file with the strict span
// measure of GermEval 2014 (and conlleval): a name counts only when its
// first and last token and its type equal a gold name.
func runEval(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	labels := fs.Int("labels", 4, "`n` = 4: deriv and part labels count as O on both sides (the 4 main classes); 12: all 12 GermEval types; 3: PER, ORG, LOC only (OTH also O)")
	modelPath := fs.String("model", "", "model `file` to tag GOLD with when no PRED is given (default: the embedded model)")
	report := fs.String("report", "", "write the accuracy report of the model to `file` (GermEval 2014 test, SmartData test, prose as is) instead of comparing files")
	data := fs.String("data", "../shared/data", "shared data `dir`ectory, read by -report")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: wortlaut eval [-labels 4|12|3] [-model FILE] GOLD [PRED]
       wortlaut eval -report FILE [-data DIR] [-model FILE]

Prints precision, recall and strict span F1, overall and per type, of PRED
(the output of 'wortlaut tag', "-" for standard input) against GOLD; both are
read like the input of 'wortlaut tag', with the label in the field after the
token. Without PRED, GOLD's tokens are tagged with the model first.

With -report, writes the accuracy report (testdata/eval/ner-report.txt is
made by 'go run ./cmd/wortlaut eval -report testdata/eval/ner-report.txt'
from the repository root).`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	m, err := loadModel(*modelPath)
	if err != nil {
		fmt.Fprintln(stderr, "wortlaut eval:", err)
		return 1
	}
	if *report != "" {
		if fs.NArg() > 0 {
			fs.Usage()
			return 2
		}
		if err := writeReport(*report, *data, m, *modelPath, stderr); err != nil {
			fmt.Fprintln(stderr, "wortlaut eval:", err)
			return 1
		}
		return 0
	}
	norm, ok := labelSets[*labels]
	if !ok || fs.NArg() < 1 || fs.NArg() > 2 {
		fs.Usage()
		return 2
	}
	gold, err := readLabelled(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintln(stderr, "wortlaut eval:", err)
		return 1
	}
	var pred [][]ner.Label
	if fs.NArg() == 2 {
		ps, err := readLabelled(fs.Arg(1), stdin)
		if err != nil {
			fmt.Fprintln(stderr, "wortlaut eval:", err)
			return 1
		}
		if err := sameTokens(gold, ps); err != nil {
			fmt.Fprintln(stderr, "wortlaut eval:", err)
			return 1
		}
		pred = ner.GoldLabels(ps)
	} else {
		pred = m.TagAll(gold)
	}
	e, err := ner.Evaluate(ner.GoldLabels(gold), pred, norm)
	if err != nil {
		fmt.Fprintln(stderr, "wortlaut eval:", err)
		return 1
	}
	e.Write(stdout)
	return 0
}

// labelSets maps the -labels flag to the label normalisation of
// [ner.Evaluate].
var labelSets = map[int]func(ner.Label) ner.Label{
	4:  ner.Label.Outer,
	12: nil,
	3:  mainThree,
}

// mainThree keeps PER, ORG and LOC names: the types SmartData and prose
// share with GermEval.
func mainThree(l ner.Label) ner.Label {
	if l = l.Outer(); l.Type() == "OTH" {
		return ner.O
	}
	return l
}

// readLabelled reads a labelled CoNLL-style file ("-" is stdin).
func readLabelled(name string, stdin io.Reader) ([]ner.Sentence, error) {
	var out []ner.Sentence
	err := withInput(name, stdin, func(name string, r io.Reader) error {
		var err error
		out, err = ner.ReadCoNLL(r, ner.ParseLabel)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		return nil
	})
	return out, err
}

// sameTokens checks that pred has the sentences and tokens of gold.
func sameTokens(gold, pred []ner.Sentence) error {
	if len(gold) != len(pred) {
		return fmt.Errorf("%d gold sentences, %d predicted", len(gold), len(pred))
	}
	for i := range gold {
		g, p := gold[i].Words, pred[i].Words
		if len(g) != len(p) {
			return fmt.Errorf("sentence %d: %d gold tokens, %d predicted", i+1, len(g), len(p))
		}
		for j := range g {
			if g[j] != p[j] {
				return fmt.Errorf("sentence %d, token %d: gold %q, predicted %q", i+1, j+1, g[j], p[j])
			}
		}
	}
	return nil
}

// writeReport measures m and prose's English model on the held-out test
// sets and writes the report to path.
func writeReport(path, data string, m *ner.Model, modelPath string, log io.Writer) error {
	germTest, err := ner.LoadGermEval(filepath.Join(data, "germeval2014/NER-de-test.tsv"))
	if err != nil {
		return err
	}
	germDev, err := ner.LoadGermEval(filepath.Join(data, "germeval2014/NER-de-dev.tsv"))
	if err != nil {
		return err
	}
	var held []ner.Sentence
	for i, s := range germDev {
		if i%ner.HeldOutEvery == 0 {
			held = append(held, s)
		}
	}
	smart, err := ner.LoadSmartDataTest(data)
	if err != nil {
		return err
	}
	var enc bytes.Buffer
	if _, err := m.WriteTo(&enc); err != nil {
		return err
	}
	sum := sha256.Sum256(enc.Bytes())
	name := "embedded model (internal/ner/data/model.bin)"
	if modelPath != "" {
		name = "model " + filepath.Base(modelPath)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, `wortlaut NER accuracy report

Regenerate from the repository root, with ../shared/data present:
    go run ./cmd/wortlaut eval -report testdata/eval/ner-report.txt
Rules (docs/ner.md): GermEval 2014 outer level, strict spans as conlleval
(a name counts only when its first token, last token and type equal a gold
name), P/R/F1 in percent. Never trained on: GermEval 2014 test, SmartData
test, the held-out GermEval dev slice.

%s: %d bytes, sha256 %s
`, name, enc.Len(), hex.EncodeToString(sum[:]))
	type set struct {
		title string
		sents []ner.Sentence
		norm  func(ner.Label) ner.Label
		prose bool // also scored for Recognize and prose
	}
	sets := []set{
		{fmt.Sprintf("GermEval 2014 test (%d sentences), 4 main classes (deriv and part are O on both sides)", len(germTest)), germTest, ner.Label.Outer, true},
		{"GermEval 2014 test, all 12 labels", germTest, nil, false},
		{fmt.Sprintf("SmartData v3 test (%d sentences), PER/ORG/LOC (OTH, deriv and part predictions are O)", len(smart)), smart, mainThree, true},
		{fmt.Sprintf("held-out GermEval 2014 dev slice (every %dth sentence, %d sentences), 4 main classes", ner.HeldOutEvery, len(held)), held, ner.Label.Outer, false},
	}
	for _, s := range sets {
		start := time.Now()
		e, err := ner.Evaluate(ner.GoldLabels(s.sents), m.TagAll(s.sents), s.norm)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "\n## wortlaut: %s\n\n", s.title)
		e.Write(&b)
		fmt.Fprintf(log, "wortlaut: %s: F1 %.2f (%s)\n", s.title, 100*e.All.F1(), time.Since(start).Round(time.Millisecond))
	}
	// The library's whole pipeline and prose, each sentence read as a text.
	for _, sys := range []struct {
		name, heading string
		label         func([]string) []ner.Label
	}{
		{"Recognize", "wortlaut entity.Recognize (tagger, rules, gazetteers, consistency; each sentence one document, its tokens joined by spaces)", recognizeLabels},
		{"prose", "prose/v2 English model as is (MISC is OTH)", proseLabels},
	} {
		for _, s := range sets {
			if !s.prose {
				continue
			}
			start := time.Now()
			pred := make([][]ner.Label, len(s.sents))
			for i, sen := range s.sents {
				pred[i] = sys.label(sen.Words)
			}
			e, err := ner.Evaluate(ner.GoldLabels(s.sents), pred, s.norm)
			if err != nil {
				return err
			}
			fmt.Fprintf(&b, "\n## %s: %s\n\n", sys.heading, s.title)
			e.Write(&b)
			fmt.Fprintf(log, "%s: %s: F1 %.2f (%s)\n", sys.name, s.title, 100*e.All.F1(), time.Since(start).Round(time.Millisecond))
		}
	}
	b.WriteString(`
## Reference points: GermEval 2014 test, 4 main classes, F1

Measured here with tools trained on GermEval 2014 dev alone: Wapiti
linear-chain CRF 50.4, OpenNLP maxent 42.7, prose/v2 trained 25.1,
prose/v2 English model as is 10.2. Published: GermaNER (CRF with
gazetteers and clusters, trained on the full 24,000-sentence train split,
not available here) about 76-77.
`)
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// joinWords joins words with single spaces and returns the text and the
// byte offset where each word starts.
func joinWords(words []string) (string, []int) {
	var text strings.Builder
	starts := make([]int, len(words))
	for i, w := range words {
		if i > 0 {
			text.WriteByte(' ')
		}
		starts[i] = text.Len()
		text.WriteString(w)
	}
	return text.String(), starts
}

// proseLabels tags words, joined by spaces, with prose's English model and
// maps its names back to BIO labels of the words: a name starts at the word
// holding its first byte and covers the words up to its last byte.
func proseLabels(words []string) []ner.Label {
	text, starts := joinWords(words)
	out := make([]ner.Label, len(words))
	word := func(off int) int {
		i, found := slices.BinarySearch(starts, off)
		if !found {
			i--
		}
		return i
	}
	for _, e := range prosead.Entities(text) {
		typ := e.Type
		if typ == "MISC" {
			typ = "OTH"
		}
		first, last := word(e.Start), word(e.End-1)
		if first < 0 || last < first || out[first] != ner.O {
			continue
		}
		for i := first; i <= last; i++ {
			out[i], _ = ner.MakeLabel(typ, "", i == first)
		}
	}
	return out
}

// recognizeLabels reads words, joined by spaces, as one document with
// entity.Recognize and maps the mentions back to BIO labels of the words.
// Only a mention that starts and ends on word boundaries labels words: a
// name inside a compound (US in US-Präsidenten) is a part in GermEval,
// which the outer four classes count as O.
func recognizeLabels(words []string) []ner.Label {
	text, starts := joinWords(words)
	out := make([]ner.Label, len(words))
	for _, e := range entity.Recognize(text) {
		typ := e.Type.String()
		if typ == "MISC" {
			typ = "OTH"
		}
		for _, m := range e.Mentions {
			first, ok := slices.BinarySearch(starts, m.Start)
			if !ok {
				continue
			}
			last := first
			for last < len(words) && starts[last]+len(words[last]) < m.End {
				last++
			}
			if last == len(words) || starts[last]+len(words[last]) != m.End {
				continue
			}
			for i := first; i <= last; i++ {
				out[i], _ = ner.MakeLabel(typ, "", i == first)
			}
		}
	}
	return out
}
