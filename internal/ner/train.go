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
	Epochs  int       // passes over the data; 0 means 6
	Seed    uint64    // shuffling seed; the default 0 is a fixed seed too
	RowBits int       // log2 of the hashed weight rows; 0 means 20
	MaxRows int       // rows kept in the model (largest weights); 0 means 220,000
	Log     io.Writer // progress, if not nil
}

// Train fits an averaged perceptron with greedy left-to-right decoding on
// sents, using the word lexicon lex (see [BuildLexicon]). Training is
// deterministic for the same input and config.
func Train(sents []Sentence, lex *Lexicon, cfg TrainConfig) *Model {
	if cfg.Epochs == 0 {
		cfg.Epochs = 6
	}
	if cfg.RowBits == 0 {
		cfg.RowBits = 20
	}
	if cfg.MaxRows == 0 {
		cfg.MaxRows = 220_000
	}
	m := &Model{rowBits: cfg.RowBits, lexKeys: lex.keys, lexVals: lex.vals}
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
	var feats []uint64
	shift := 64 - cfg.RowBits
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
			prev, prev2 := O, O
			for i := range s.Words {
				feats = staticFeatures(feats[:0], toks, i)
				feats = historyFeatures(feats, toks, i, prev, prev2)
				if s.Domain != 0 {
					salt := mix(uint64(s.Domain) * 0x51ed27)
					for _, f := range feats {
						feats = append(feats, mix(f^salt))
					}
				}
				var sc [NumLabels]float32
				for _, f := range feats {
					row := w[int(f>>shift)*NumLabels:][:NumLabels]
					for l := range sc {
						sc[l] += row[l]
					}
				}
				best := O
				for l := Label(1); l < NumLabels; l++ {
					if sc[l] > sc[best] && allowed(prev, l) {
						best = l
					}
				}
				gold := s.Labels[i]
				total++
				if best != gold && !(s.Coarse && gold == O && (best.Deriv() || best.Part() || best.Type() == "OTH")) {
					errs++
					cw := c * wt
					for _, f := range feats {
						r := int(f>>shift) * NumLabels
						w[r+int(gold)] += wt
						u[r+int(gold)] += cw
						w[r+int(best)] -= wt
						u[r+int(best)] -= cw
					}
				}
				c++
				prev2, prev = prev, best
			}
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
	scale := float32(32767) / top
	for r := range nrows {
		if maxAbs[r] < thresh || len(m.rows) >= cfg.MaxRows {
			continue
		}
		m.rows = append(m.rows, uint32(r))
		for l := range NumLabels {
			m.weights = append(m.weights, int16(math.Round(float64(w[r*NumLabels+l]*scale))))
		}
	}
	m.index = make([]uint32, nrows)
	for i, r := range m.rows {
		m.index[r] = uint32(i + 1)
	}
	return m
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}
