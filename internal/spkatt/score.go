package spkatt

import (
	"fmt"
	"io"
	"math/rand/v2"
	"sort"

	"github.com/wortlaut/wortlaut"
)

// Pred is one predicted quotation on a Doc's running text.
type Pred struct {
	Direct  bool            // a quotation in marks (SpkAtt Form Direct covers partial ones)
	Message []wortlaut.Span // the quoted words (one span, or several parts)
	Source  []wortlaut.Span // the speaker mention as written; none when unattributed
}

// Rule says when a predicted span matches a gold span. Both are compared as
// sets of content tokens (see [Content]).
type Rule int

// Matching rules.
const (
	// Exact: the same content tokens.
	Exact Rule = iota
	// Overlap: the shared content tokens are at least half of the gold
	// span's and at least half of the predicted span's.
	Overlap
	nRules
)

func (r Rule) String() string {
	if r == Exact {
		return "exact"
	}
	return "overlap"
}

func (r Rule) match(p, g []int) bool {
	n := common(p, g)
	if r == Exact {
		return n == len(p) && n == len(g)
	}
	return n > 0 && 2*n >= len(p) && 2*n >= len(g)
}

// PRF counts matches for precision, recall and F1.
type PRF struct{ TP, Pred, Gold int }

// P, R and F1 return precision, recall and their harmonic mean (0 when
// undefined).
func (c PRF) P() float64  { return ratio(c.TP, c.Pred) }
func (c PRF) R() float64  { return ratio(c.TP, c.Gold) }
func (c PRF) F1() float64 { return f1(c.P(), c.R()) }

func (c PRF) minus(o PRF) PRF { return PRF{c.TP - o.TP, c.Pred - o.Pred, c.Gold - o.Gold} }

// Interval returns the 2.5th and 97.5th percentiles of F1 over n bootstrap
// resamples of the documents (drawn with replacement, as many as there
// are): how far the figure could move on another sample of articles like
// these. The generator is seeded, so the report is reproducible.
func Interval(docs []PRF, n int) (lo, hi float64) {
	if len(docs) == 0 || n <= 0 {
		return 0, 0
	}
	rng := rand.New(rand.NewPCG(1, 2))
	f := make([]float64, n)
	for i := range f {
		var sum PRF
		for range docs {
			d := docs[rng.IntN(len(docs))]
			sum.TP, sum.Pred, sum.Gold = sum.TP+d.TP, sum.Pred+d.Pred, sum.Gold+d.Gold
		}
		f[i] = sum.F1()
	}
	sort.Float64s(f)
	return f[n*25/1000], f[n*975/1000-1]
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Task holds the scores of one view of the data (all forms, or direct
// quotations only), per rule.
type Task struct {
	Message [nRules]PRF
	Source  [nRules]PRF // speaker span right, for gold events with a source
	Joint   [nRules]PRF // message matched and source right (or both absent)
	// Proportional message overlap: the shared tokens of aligned pairs as a
	// share of the prediction (SoftP) and of the gold span (SoftR), summed.
	SoftP, SoftR float64
	SoftPred     int
	SoftGold     int
}

// SoftF1 returns the proportional (token-overlap) message F1.
func (t *Task) SoftF1() float64 {
	p, r := 0.0, 0.0
	if t.SoftPred > 0 {
		p = t.SoftP / float64(t.SoftPred)
	}
	if t.SoftGold > 0 {
		r = t.SoftR / float64(t.SoftGold)
	}
	return f1(p, r)
}

// Result accumulates scores over documents. The zero value is ready to use.
type Result struct {
	Docs, Events int
	All          Task // every event with a message against every prediction
	Top          Task // events not nested in another (the simplified subtask) against every prediction
	Direct       Task // events of Form Direct against direct predictions
	FormGold     map[string]int
	FormFound    map[string]int // gold events matched (Overlap) by a prediction of any kind
	// Per document, in the order added: all-forms joint and direct message
	// counts under Overlap, for the bootstrap interval of the headline
	// figures.
	DocJoint, DocDirect []PRF
}

type item struct {
	msg, src []int
}

// Add scores the predictions for one document.
func (r *Result) Add(d *Doc, preds []Pred) {
	if r.FormGold == nil {
		r.FormGold, r.FormFound = map[string]int{}, map[string]int{}
	}
	r.Docs++
	var gAll, gTop, gDir []item
	var forms []string
	for _, e := range d.Events {
		m := contentOnly(d, e.Message)
		if len(m) == 0 {
			continue
		}
		it := item{msg: m, src: contentOnly(d, e.Source)}
		gAll = append(gAll, it)
		forms = append(forms, e.Form)
		if e.Form == "Direct" {
			gDir = append(gDir, it)
		}
		if !e.Nested {
			gTop = append(gTop, it)
		}
	}
	r.Events += len(gAll)
	var pAll, pDir []item
	for _, p := range preds {
		it := item{msg: d.tokensIn(p.Message), src: d.tokensIn(p.Source)}
		if len(it.msg) == 0 {
			continue
		}
		pAll = append(pAll, it)
		if p.Direct {
			pDir = append(pDir, it)
		}
	}
	joint, direct := r.All.Joint[Overlap], r.Direct.Message[Overlap]
	pairs := r.All.add(pAll, gAll)
	r.Top.add(pAll, gTop)
	r.Direct.add(pDir, gDir)
	r.DocJoint = append(r.DocJoint, r.All.Joint[Overlap].minus(joint))
	r.DocDirect = append(r.DocDirect, r.Direct.Message[Overlap].minus(direct))
	for i, f := range forms {
		r.FormGold[f]++
		if _, ok := pairs[i]; ok {
			r.FormFound[f]++
		}
	}
}

// add scores one document's predictions against gold items and returns the
// Overlap alignment (gold index → prediction index).
func (t *Task) add(pred, gold []item) map[int]int {
	var overlapPairs map[int]int
	for rule := Exact; rule < nRules; rule++ {
		pairs := align(pred, gold, rule.match)
		if rule == Overlap {
			overlapPairs = pairs
		}
		t.Message[rule].Pred += len(pred)
		t.Message[rule].Gold += len(gold)
		t.Message[rule].TP += len(pairs)
		t.Joint[rule].Pred += len(pred)
		t.Joint[rule].Gold += len(gold)
		for _, p := range pred {
			if len(p.src) > 0 {
				t.Source[rule].Pred++
			}
		}
		for _, g := range gold {
			if len(g.src) > 0 {
				t.Source[rule].Gold++
			}
		}
		for gi, pi := range pairs {
			g, p := gold[gi], pred[pi]
			switch {
			case len(g.src) == 0 && len(p.src) == 0:
				t.Joint[rule].TP++
			case len(g.src) > 0 && len(p.src) > 0 && rule.match(p.src, g.src):
				t.Joint[rule].TP++
				t.Source[rule].TP++
			}
		}
	}
	soft := align(pred, gold, func(p, g []int) bool { return common(p, g) > 0 })
	for gi, pi := range soft {
		n := float64(common(pred[pi].msg, gold[gi].msg))
		t.SoftP += n / float64(len(pred[pi].msg))
		t.SoftR += n / float64(len(gold[gi].msg))
	}
	t.SoftPred += len(pred)
	t.SoftGold += len(gold)
	return overlapPairs
}

// align pairs predictions with gold items one to one: among the pairs whose
// messages match, the pairs sharing the most tokens first (ties: the pair
// whose sources also match, then earlier gold, then earlier prediction).
// SpkAtt annotates one message twice when a medium quotes a person (zitiert
// die Zeitung den Minister): one event with each source. A prediction can
// take one of them; the tie rule lets it take the one whose source it
// names, instead of whichever comes first. Message counts do not change.
func align(pred, gold []item, ok func(p, g []int) bool) map[int]int {
	type cand struct {
		n, g, p int
		src     bool
	}
	var cs []cand
	for gi, g := range gold {
		for pi, p := range pred {
			if ok(p.msg, g.msg) {
				src := len(g.src) == 0 && len(p.src) == 0 || len(g.src) > 0 && len(p.src) > 0 && ok(p.src, g.src)
				cs = append(cs, cand{common(p.msg, g.msg), gi, pi, src})
			}
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].n != cs[j].n {
			return cs[i].n > cs[j].n
		}
		if cs[i].src != cs[j].src {
			return cs[i].src
		}
		if cs[i].g != cs[j].g {
			return cs[i].g < cs[j].g
		}
		return cs[i].p < cs[j].p
	})
	out := map[int]int{}
	usedP := map[int]bool{}
	for _, c := range cs {
		if _, ok := out[c.g]; ok || usedP[c.p] {
			continue
		}
		out[c.g] = c.p
		usedP[c.p] = true
	}
	return out
}

// common counts the shared elements of two sorted index lists.
func common(a, b []int) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

func contentOnly(d *Doc, idx []int) []int {
	var out []int
	for _, i := range idx {
		if Content(d.Tokens[i].Text) {
			out = append(out, i)
		}
	}
	return out
}

// tokensIn returns the content tokens that overlap any of the spans, sorted.
func (d *Doc) tokensIn(spans []wortlaut.Span) []int {
	var out []int
	for i, t := range d.Tokens {
		if !Content(t.Text) {
			continue
		}
		for _, s := range spans {
			if t.Start < s.End && s.Start < t.End {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// bootstrapN is the number of resamples behind the intervals in reports.
const bootstrapN = 2000

// Write prints the aggregate figures (no annotation content) as a plain-text
// report.
func (r *Result) Write(w io.Writer) {
	fmt.Fprintf(w, "documents %d, annotated events with a message %d\n\n", r.Docs, r.Events)
	fmt.Fprintf(w, "%-28s %7s %7s %7s %6s %6s %6s\n", "measure", "P", "R", "F1", "TP", "pred", "gold")
	row := func(name string, c PRF) {
		fmt.Fprintf(w, "%-28s %7.3f %7.3f %7.3f %6d %6d %6d\n", name, c.P(), c.R(), c.F1(), c.TP, c.Pred, c.Gold)
	}
	for _, v := range []struct {
		name string
		t    *Task
	}{{"direct", &r.Direct}, {"all forms", &r.All}, {"top-level", &r.Top}} {
		if v.t == &r.Direct && r.Direct.Message[Exact].Gold == 0 {
			continue // no Form annotated (Task 1)
		}
		for rule := Overlap; rule >= Exact; rule-- {
			row(fmt.Sprintf("%s message %s", v.name, rule), v.t.Message[rule])
			row(fmt.Sprintf("%s source %s", v.name, rule), v.t.Source[rule])
			row(fmt.Sprintf("%s joint %s", v.name, rule), v.t.Joint[rule])
		}
		fmt.Fprintf(w, "%-28s %7s %7s %7.3f\n\n", v.name+" message proportional", "", "", v.t.SoftF1())
	}
	fmt.Fprintf(w, "95%% interval over documents (bootstrap, %d resamples of the %d documents)\n", bootstrapN, len(r.DocJoint))
	interval := func(name string, docs []PRF) {
		lo, hi := Interval(docs, bootstrapN)
		fmt.Fprintf(w, "  %-26s %.3f – %.3f\n", name, lo, hi)
	}
	if r.Direct.Message[Exact].Gold > 0 {
		interval("direct message overlap", r.DocDirect)
	}
	interval("all forms joint overlap", r.DocJoint)
	fmt.Fprintf(w, "\n")
	fmt.Fprintf(w, "recall per form (overlap, predictions of any kind)\n")
	forms := make([]string, 0, len(r.FormGold))
	for f := range r.FormGold {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	for _, f := range forms {
		name := f
		if name == "" {
			name = "(none)"
		}
		fmt.Fprintf(w, "  %-22s %4d / %4d  %.3f\n", name, r.FormFound[f], r.FormGold[f], ratio(r.FormFound[f], r.FormGold[f]))
	}
}

// Mismatch is one error of a prediction set on a document, for inspection
// on the terminal (never for committed reports: it quotes the data).
type Mismatch struct {
	What    string // "missed", "spurious" or "source"
	Form    string // gold Form, for missed and source
	Message string // the message as written
	Gold    string // gold source, for source
	Got     string // predicted source, for source
	Context string // the sentences the message lies in, as running text
}

// Mismatches lists the gold events a prediction set misses, the predictions
// that match no event, and the matched events whose source is wrong, under
// the Overlap rule over all forms.
func Mismatches(d *Doc, preds []Pred) []Mismatch { return mismatches(d, preds, false) }

// DirectMismatches is Mismatches in the Direct view (events of Form Direct
// against direct predictions), the view the direct-quotation figures are
// computed in: an error there can hide in the all-forms listing when another
// event takes the prediction.
func DirectMismatches(d *Doc, preds []Pred) []Mismatch { return mismatches(d, preds, true) }

func mismatches(d *Doc, preds []Pred, direct bool) []Mismatch {
	var gold, pred []item
	var forms []string
	for _, e := range d.Events {
		if direct && e.Form != "Direct" {
			continue
		}
		if m := contentOnly(d, e.Message); len(m) > 0 {
			gold = append(gold, item{msg: m, src: contentOnly(d, e.Source)})
			forms = append(forms, e.Form)
		}
	}
	for _, p := range preds {
		if direct && !p.Direct {
			continue
		}
		if it := (item{msg: d.tokensIn(p.Message), src: d.tokensIn(p.Source)}); len(it.msg) > 0 {
			pred = append(pred, it)
		}
	}
	pairs := align(pred, gold, Overlap.match)
	used := map[int]bool{}
	var out []Mismatch
	for gi, g := range gold {
		pi, ok := pairs[gi]
		if !ok {
			out = append(out, Mismatch{What: "missed", Form: forms[gi], Message: d.words(g.msg), Context: d.context(g.msg)})
			continue
		}
		used[pi] = true
		p := pred[pi]
		if (len(g.src) > 0 || len(p.src) > 0) && !(len(g.src) > 0 && len(p.src) > 0 && Overlap.match(p.src, g.src)) {
			out = append(out, Mismatch{What: "source", Form: forms[gi], Message: d.words(g.msg), Gold: d.words(g.src), Got: d.words(p.src), Context: d.context(append(append([]int(nil), g.msg...), g.src...))})
		}
	}
	for pi, p := range pred {
		if !used[pi] {
			out = append(out, Mismatch{What: "spurious", Message: d.words(p.msg), Context: d.context(p.msg)})
		}
	}
	return out
}

// words joins the tokens with one space.
func (d *Doc) words(idx []int) string {
	var b []byte
	for i, t := range idx {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, d.Tokens[t].Text...)
	}
	return string(b)
}

// context returns the running text of the sentences that tokens idx touch.
func (d *Doc) context(idx []int) string {
	if len(idx) == 0 {
		return ""
	}
	lo, hi := idx[0], idx[0]
	for _, t := range idx {
		lo, hi = min(lo, t), max(hi, t)
	}
	for lo > 0 && d.Tokens[lo-1].Sent == d.Tokens[lo].Sent {
		lo--
	}
	for hi+1 < len(d.Tokens) && d.Tokens[hi+1].Sent == d.Tokens[hi].Sent {
		hi++
	}
	return d.Text[d.Tokens[lo].Start:d.Tokens[hi].End]
}
