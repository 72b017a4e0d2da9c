package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

// TrainConfig sets up [Train]. The zero value means the defaults.
type TrainConfig struct {
	Epochs  int       // passes over the data; 0 means 12
	Seed    uint64    // shuffling seed; the default 0 is a fixed seed too
	RowBits int       // log2 of the hashed weight rows; 0 means 20
	MaxRows int       // rows kept in the model (largest weights); 0 means 220,000
	Log     io.Writer // progress, if not nil
	// MaxViolation updates on the prefix of a sentence where the best
	// sequence in the beam beats the gold prefix by the most (Huang, Fayong
	// and Guo 2012) instead of on the whole sentence. For experiments: on
	// a 4-fold cross-validation over GermEval dev it gained 0.68 F1 on
	// average over three seeds, under the margin for replacing the model
	// (docs/ner.md).
	MaxViolation bool
	// Spans gives the model the span gazetteer of the lexicon's name lists
	// (span.go): each word of the longest list entry matched at a position
	// gets a feature of its lists, its position in the entry and the
	// entry's length. A model so trained has format version 4. For
	// experiments: on a 4-fold cross-validation over GermEval dev it
	// gained 0.29 F1 on average over three seeds, under the margin for
	// replacing the model (docs/ner.md).
	Spans bool
}

// Train fits a structured averaged perceptron on sents, using the word
// lexicon lex (see [BuildLexicon]): each sentence is decoded with a beam as
// [Model.Tag] does, and when the best sequence differs from the gold one the
// features of the gold sequence are rewarded and those of the predicted
// one penalised (Collins 2002; Collins and Roark 2004 for the beam).
// Training is deterministic for the same input and config.
func Train(sents []Sentence, lex *Lexicon, cfg TrainConfig) *Model {
	if cfg.Epochs == 0 {
		cfg.Epochs = 12
	}
	if cfg.RowBits == 0 {
		cfg.RowBits = 20
	}
	if cfg.MaxRows == 0 {
		cfg.MaxRows = 220_000
	}
	m := &Model{rowBits: cfg.RowBits, lexKeys: lex.keys, lexVals: lex.vals}
	if cfg.Spans {
		m.spanKeys, m.spanVals = lex.spanKeys, lex.spanVals
	}
	m.indexLex() // prepare looks words up from the first sentence on
	nrows := 1 << cfg.RowBits
	w := make([]float32, nrows*NumLabels)
	u := make([]float32, nrows*NumLabels) // sum of c*update, for averaging
	c := float32(1)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x77_6f_72_74))
	var toks []token
	var buf []byte
	bt := beamTrainer{w: w, shift: 64 - cfg.RowBits, maxViolation: cfg.MaxViolation}
	for epoch := range cfg.Epochs {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var errs, total float64
		for _, si := range order {
			s := &sents[si]
			wt := s.Weight
			if wt == 0 {
				wt = 1
			}
			toks = m.prepare(toks, s.Words, &buf)
			errs += float64(bt.update(toks, s, wt, c*wt, u))
			total += float64(len(toks))
			c++
		}
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, "epoch %d: token error %.4f (%s)\n", epoch+1, errs/total, time.Since(start).Round(time.Millisecond))
		}
	}
	// average: w - u/c, then keep the rows with the largest weights
	maxAbs := make([]float32, nrows)
	var top float32
	for r := range nrows {
		var mx float32
		for l := range NumLabels {
			v := w[r*NumLabels+l] - u[r*NumLabels+l]/c
			w[r*NumLabels+l] = v
			mx = max(mx, abs32(v))
		}
		maxAbs[r] = mx
		top = max(top, mx)
	}
	sorted := slices.Clone(maxAbs)
	slices.Sort(sorted)
	thresh := float32(1e-6)
	if k := len(sorted) - cfg.MaxRows; k > 0 {
		thresh = max(thresh, sorted[k])
	}
	// 8-bit weights, the largest 127: on GermEval 2014 dev, rounding the
	// earlier 16-bit weights so changed 12 of 41,653 labels (the model
	// trained so: 8), while a finer step that clips the largest weights
	// changed hundreds (a step an eighth as large: 988). A row whose
	// weights all round to zero is left out.
	scale := float32(127) / top
	for r := range nrows {
		if maxAbs[r] < thresh || len(m.rows) >= cfg.MaxRows {
			continue
		}
		var row [NumLabels]int8
		for l := range NumLabels {
			row[l] = int8(math.Round(float64(w[r*NumLabels+l] * scale)))
		}
		if row == ([NumLabels]int8{}) {
			continue
		}
		m.rows = append(m.rows, uint32(r))
		m.weights = appendRow(m.weights, &row)
	}
	m.setRows()
	return m
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}

// beamTrainer decodes training sentences with a beam over the float
// weights of [Train], for the structured perceptron update: the features
// of the gold sequence (with gold history) are rewarded and those of the
// predicted sequence (with its history) penalised.
type beamTrainer struct {
	w     []float32
	shift int
	feats []uint64
	beam  []hyp[float64]
	next  []hyp[float64]
	steps []step
	pred  []Label
	gold  []Label
	// with maxViolation, per position: the score and step of the best
	// sequence in the beam
	maxViolation bool
	bestScore    []float64
	bestAt       []int32
}

// features returns the features of word i after labels prev2, prev, with
// their domain-specific copies.
func (t *beamTrainer) features(toks []token, i int, prev, prev2 Label, domain uint8) []uint64 {
	f := staticFeatures(t.feats[:0], toks, i)
	f = historyFeatures(f, toks, i, prev, prev2)
	if domain != 0 {
		salt := mix(uint64(domain) * 0x51ed27)
		for _, x := range f {
			f = append(f, mix(x^salt))
		}
	}
	t.feats = f
	return f
}

// update decodes the sentence s (with token values toks) and, if the best
// sequence differs from the gold one, moves the weights by wt (and the
// averaging sums u by cw). It returns the number of wrong labels.
//
// In a source with PER/ORG/LOC only (Sentence.Coarse), a predicted OTH,
// deriv or part label on a gold O counts as right.
func (t *beamTrainer) update(toks []token, s *Sentence, wt, cw float32, u []float32) int {
	pred := t.decode(toks, s.Domain)
	gold := append(t.gold[:0], s.Labels...)
	t.gold = gold
	for i, g := range gold {
		if s.Coarse && g == O && (pred[i].Deriv() || pred[i].Part() || pred[i].Type() == "OTH") {
			gold[i] = pred[i]
		}
	}
	errs := 0
	for i := range gold {
		if gold[i] != pred[i] {
			errs++
		}
	}
	n := len(gold)
	if t.maxViolation && errs > 0 {
		n = t.violation(toks, s.Domain, gold, pred)
	}
	var gp, gp2, pp, pp2 Label
	for i := range gold[:n] {
		if gold[i] != pred[i] || gp != pp || gp2 != pp2 {
			for _, f := range t.features(toks, i, gp, gp2, s.Domain) {
				r := int(f>>t.shift)*NumLabels + int(gold[i])
				t.w[r] += wt
				u[r] += cw
			}
			for _, f := range t.features(toks, i, pp, pp2, s.Domain) {
				r := int(f>>t.shift)*NumLabels + int(pred[i])
				t.w[r] -= wt
				u[r] -= cw
			}
		}
		gp2, gp, pp2, pp = gp, gold[i], pp, pred[i]
	}
	return errs
}

// violation returns the length of the prefix where the best sequence in
// the beam beats the gold sequence by the most, and rewrites pred's prefix
// of that length with the best sequence there. It returns len(gold) when
// no prefix of the best sequences scores more than the gold one.
func (t *beamTrainer) violation(toks []token, domain uint8, gold, pred []Label) int {
	var gs, worst float64
	var gp, gp2 Label
	end := len(gold) - 1
	for i := range gold {
		for _, f := range t.features(toks, i, gp, gp2, domain) {
			gs += float64(t.w[int(f>>t.shift)*NumLabels+int(gold[i])])
		}
		gp2, gp = gp, gold[i]
		if v := t.bestScore[i] - gs; v > worst {
			worst, end = v, i
		}
	}
	i := end
	for at := t.bestAt[end]; at >= 0; at = t.steps[at].back {
		pred[i] = t.steps[at].label
		i--
	}
	return end + 1
}

// decode returns the best label sequence of toks found with a beam of
// beamWidth sequences.
func (t *beamTrainer) decode(toks []token, domain uint8) []Label {
	t.beam = append(t.beam[:0], hyp[float64]{at: -1})
	t.steps = t.steps[:0]
	t.bestScore, t.bestAt = t.bestScore[:0], t.bestAt[:0]
	for i := range toks {
		t.next = t.next[:0]
		for _, h := range t.beam {
			var sc [NumLabels]float32
			for _, f := range t.features(toks, i, h.prev, h.prev2, domain) {
				row := t.w[int(f>>t.shift)*NumLabels:][:NumLabels]
				for l := range sc {
					sc[l] += row[l]
				}
			}
			for l := Label(0); l < NumLabels; l++ {
				if allowed(h.prev, l) {
					t.next = offer(t.next, hyp[float64]{score: h.score + float64(sc[l]), prev: l, prev2: h.prev, at: h.at}, beamWidth)
				}
			}
		}
		base := int32(len(t.steps))
		for k := range t.next {
			t.steps = append(t.steps, step{label: t.next[k].prev, back: t.next[k].at})
			t.next[k].at = base + int32(k)
		}
		t.beam, t.next = t.next, t.beam
		t.bestScore = append(t.bestScore, t.beam[0].score)
		t.bestAt = append(t.bestAt, t.beam[0].at)
	}
	t.pred = slices.Grow(t.pred[:0], len(toks))[:len(toks)]
	i := len(toks) - 1
	for at := t.beam[0].at; at >= 0; at = t.steps[at].back {
		t.pred[i] = t.steps[at].label
		i--
	}
	return t.pred
}
