package quote_test

// Measurement of Extract on the SpkAtt-2023 data in ../shared (German
// Wikinews, Task 2, dev split; Bundestag debates, Task 1, dev split). The
// annotations are licensed for measuring only: they are read here and never
// copied; the reports hold aggregate numbers only. See docs/quote-eval.md.
//
//	go test ./quote -run Eval -eval -v

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/internal/spkatt"
	"github.com/wortlaut/wortlaut/quote"
)

var (
	evalFlag  = flag.Bool("eval", false, "measure on ../shared SpkAtt dev data and rewrite testdata/eval/quote-*.txt")
	evalShow  = flag.Int("evalshow", 0, "with -eval -v, log up to N missed, spurious and wrong-source cases each (terminal only, never written)")
	evalView  = flag.String("evalview", "all", "with -evalshow, the view the errors are listed in: all (all forms) or direct (Form Direct against direct and partial quotations)")
	evalSplit = flag.String("evalsplit", "dev", "with -eval, the split to measure: dev (rewrites the reports), train (for tuning; terminal only), or train-a / train-b (the even / odd documents of train, to see whether a rule's gain holds in both halves)")
)

const sharedData = "../../shared/data"

// predictions runs Extract on a document's running text and converts the
// quotations for the scorer, a quotation with a Via twice (see below).
// SpkAtt marks every quotation in marks as Form
// Direct, single words included, so partial quotations count as direct.
func predictions(d *spkatt.Doc) []spkatt.Pred {
	var out []spkatt.Pred
	for _, q := range quote.Extract(d.Text) {
		p := spkatt.Pred{Direct: q.Kind == quote.Direct || q.Kind == quote.Partial, Message: q.Parts}
		if len(p.Message) == 0 {
			p.Message = []wortlaut.Span{q.Span}
		}
		if q.Speaker != nil {
			p.Source = []wortlaut.Span{q.Speaker.Span}
		}
		out = append(out, p)
		if q.Via != nil {
			// SpkAtt annotates a relayed message twice, once with the
			// medium as its source: the relaying event Via reports.
			v := p
			v.Source = []wortlaut.Span{q.Via.Span}
			out = append(out, v)
		}
	}
	return out
}

// half keeps the even (train-a) or odd (train-b) documents of a split
// read in name order, and all of them for any other split. A rule that
// fits a few training documents gains in one half only; one that states
// a habit of news German gains in both.
func half(docs []*spkatt.Doc, split string) []*spkatt.Doc {
	var keep int
	switch split {
	case "train-a":
		keep = 0
	case "train-b":
		keep = 1
	default:
		return docs
	}
	var out []*spkatt.Doc
	for i, d := range docs {
		if i%2 == keep {
			out = append(out, d)
		}
	}
	return out
}

func runEval(t *testing.T, title, dir, report string) {
	if !*evalFlag {
		t.Skip("run with -eval to measure on ../shared")
	}
	switch *evalSplit {
	case "dev":
	case "train", "train-a", "train-b":
		// Tune on train, report on dev: the train figures go to the terminal only.
		dir = strings.Replace(dir, "/dev/", "/train/", 1)
		title = strings.Replace(title, " dev", " "+*evalSplit, 1)
		report = ""
	default:
		t.Fatalf("-evalsplit %q: want dev or train", *evalSplit)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s not available: %v", dir, err)
	}
	docs, err := spkatt.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) == 0 {
		t.Fatalf("no documents in %s", dir)
	}
	docs = half(docs, *evalSplit)
	var r spkatt.Result
	start := time.Now()
	bytesIn := 0
	shown := map[string]int{}
	for _, d := range docs {
		preds := predictions(d)
		r.Add(d, preds)
		bytesIn += len(d.Text)
		if *evalShow > 0 {
			list := spkatt.Mismatches
			if *evalView == "direct" {
				list = spkatt.DirectMismatches
			}
			for _, m := range list(d, preds) {
				if shown[m.What]++; shown[m.What] <= *evalShow {
					t.Logf("%-8s %-20s %q  gold source %q, got %q  [%s]\n\t\tin: %s", m.What, m.Form, m.Message, m.Gold, m.Got, d.Name, m.Context)
				}
			}
		}
	}
	elapsed := time.Since(start)
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\n", title)
	fmt.Fprintf(&b, "# regenerate: go test ./quote -run Eval -eval -v\n")
	fmt.Fprintf(&b, "# data: %s (read from ../shared, not in the repository; aggregate numbers only)\n", filepath.ToSlash(dir[len(sharedData)+1:]))
	fmt.Fprintf(&b, "# rules (docs/quote-eval.md): spans compared as sets of content tokens (punctuation and\n")
	fmt.Fprintf(&b, "# quotation marks left out); overlap = shared tokens >= half of gold and >= half of predicted;\n")
	fmt.Fprintf(&b, "# exact = same tokens; one-to-one alignment; joint = message matched and source matched\n")
	fmt.Fprintf(&b, "# (or both absent); proportional = token-overlap shares of aligned pairs.\n\n")
	r.Write(&b)
	t.Logf("%d documents, %d bytes in %v\n%s", len(docs), bytesIn, elapsed.Round(time.Millisecond), b.String())
	if report == "" {
		return
	}
	if err := os.MkdirAll(filepath.Dir(report), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(report, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestEvalSpkAtt measures Extract on SpkAtt-2023 Task 2 (German Wikinews)
// dev and rewrites testdata/eval/quote-spkatt.txt.
func TestEvalSpkAtt(t *testing.T) {
	runEval(t, "quote on SpkAtt-2023 Task 2 (German Wikinews) dev",
		sharedData+"/spkatt-wikinews/data/dev/task2", "../testdata/eval/quote-spkatt.txt")
}

// TestEvalGePaDe measures Extract on SpkAtt-2023 Task 1 (Bundestag debates,
// GePaDe) dev and rewrites testdata/eval/quote-gepade.txt. The data has no
// Form, so only the all-forms figures apply.
func TestEvalGePaDe(t *testing.T) {
	runEval(t, "quote on SpkAtt-2023 Task 1 (GePaDe, Bundestag debates) dev; no Form annotated, so no direct rows",
		sharedData+"/gepade-spkatt/data/dev/task1", "../testdata/eval/quote-gepade.txt")
}
