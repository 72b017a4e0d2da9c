package ner

import (
	"fmt"
	"io"
	"slices"
)

// Mention is a labelled span of tokens [Start, End) of one sentence.
type Mention struct {
	Start, End int
	Kind       Label // the B- label of the span
}

// Mentions returns the spans of labels, read as conlleval does: an I- label
// that does not continue a span of its kind starts a new span.
func Mentions(labels []Label) []Mention {
	var out []Mention
	for i, l := range labels {
		if l == O {
			continue
		}
		if !l.Begin() && i > 0 && labels[i-1] != O && labels[i-1].Inside() == l && len(out) > 0 && out[len(out)-1].End == i {
			out[len(out)-1].End = i + 1
			continue
		}
		b := l
		if !b.Begin() {
			b--
		}
		out = append(out, Mention{Start: i, End: i + 1, Kind: b})
	}
	return out
}

// Score counts true positives, false positives and false negatives.
type Score struct{ TP, FP, FN int }

// Precision returns TP/(TP+FP), 0 when undefined.
func (s Score) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall returns TP/(TP+FN), 0 when undefined.
func (s Score) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 returns the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Eval is a strict span evaluation: a predicted span counts only when its
// boundaries and type equal a gold span.
type Eval struct {
	All    Score
	ByType map[string]*Score // by label name without B-: "PER", "LOCderiv"
}

// Evaluate scores pred against gold sentence by sentence. norm maps each
// label before spans are read (nil keeps them; [Label.Outer] gives the
// 4-class evaluation). Sentences of different lengths are an error.
func Evaluate(gold, pred [][]Label, norm func(Label) Label) (*Eval, error) {
	if len(gold) != len(pred) {
		return nil, fmt.Errorf("ner: %d gold sentences, %d predicted", len(gold), len(pred))
	}
	e := &Eval{ByType: map[string]*Score{}}
	by := func(l Label) *Score {
		k := l.String()[2:]
		s := e.ByType[k]
		if s == nil {
			s = &Score{}
			e.ByType[k] = s
		}
		return s
	}
	var g, p []Label
	for i := range gold {
		if len(gold[i]) != len(pred[i]) {
			return nil, fmt.Errorf("ner: sentence %d: %d gold tokens, %d predicted", i+1, len(gold[i]), len(pred[i]))
		}
		g, p = append(g[:0], gold[i]...), append(p[:0], pred[i]...)
		if norm != nil {
			for j := range g {
				g[j], p[j] = norm(g[j]), norm(p[j])
			}
		}
		gm, pm := Mentions(g), Mentions(p)
		for _, m := range pm {
			if slices.Contains(gm, m) {
				e.All.TP++
				by(m.Kind).TP++
			} else {
				e.All.FP++
				by(m.Kind).FP++
			}
		}
		for _, m := range gm {
			if !slices.Contains(pm, m) {
				e.All.FN++
				by(m.Kind).FN++
			}
		}
	}
	return e, nil
}

// Write prints e as a table: overall, then each type in label order.
func (e *Eval) Write(w io.Writer) {
	fmt.Fprintf(w, "%-10s %6s %6s %6s %7s %7s %7s\n", "type", "gold", "pred", "tp", "P", "R", "F1")
	row := func(name string, s Score) {
		fmt.Fprintf(w, "%-10s %6d %6d %6d %7.2f %7.2f %7.2f\n", name, s.TP+s.FN, s.TP+s.FP, s.TP, 100*s.Precision(), 100*s.Recall(), 100*s.F1())
	}
	row("all", e.All)
	for l := Label(1); l < NumLabels; l += 2 {
		if s, ok := e.ByType[l.String()[2:]]; ok {
			row(l.String()[2:], *s)
		}
	}
}

// TagAll tags every sentence with m.
func (m *Model) TagAll(sents []Sentence) [][]Label {
	out := make([][]Label, len(sents))
	for i, s := range sents {
		out[i] = m.Tag(s.Words, nil)
	}
	return out
}

// GoldLabels returns the label slices of sents.
func GoldLabels(sents []Sentence) [][]Label {
	out := make([][]Label, len(sents))
	for i, s := range sents {
		out[i] = s.Labels
	}
	return out
}
