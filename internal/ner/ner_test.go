package ner

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"flag"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files")

const sharedData = "../../../shared/data"

func TestLabelRoundTrip(t *testing.T) {
	names := []string{"O"}
	for _, b := range []string{"PER", "ORG", "LOC", "OTH"} {
		for _, v := range []string{"", "deriv", "part"} {
			names = append(names, "B-"+b+v, "I-"+b+v)
		}
	}
	require.Len(t, names, NumLabels)
	for i, n := range names {
		l, ok := ParseLabel(n)
		require.True(t, ok, n)
		assert.Equal(t, Label(i), l, n)
		assert.Equal(t, n, l.String())
	}
	for _, bad := range []string{"", "B-", "B-FOO", "X-PER", "B-PERpartx", "I-MISC"} {
		_, ok := ParseLabel(bad)
		assert.False(t, ok, bad)
	}
}

func TestLabelParts(t *testing.T) {
	type parts struct {
		Type               string
		Begin, Deriv, Part bool
		Outer              string
	}
	for _, tc := range []struct {
		in   string
		want parts
	}{
		{"O", parts{"", false, false, false, "O"}},
		{"B-PER", parts{"PER", true, false, false, "B-PER"}},
		{"I-LOCderiv", parts{"LOC", false, true, false, "O"}},
		{"B-ORGpart", parts{"ORG", true, false, true, "O"}},
		{"I-OTH", parts{"OTH", false, false, false, "I-OTH"}},
	} {
		t.Run(tc.in, func(t *testing.T) {
			l, _ := ParseLabel(tc.in)
			assert.Equal(t, tc.want, parts{l.Type(), l.Begin(), l.Deriv(), l.Part(), l.Outer().String()})
		})
	}
}

// TestEmbeddedModel decodes the embedded model and checks it against
// data/SOURCE.md: checksum, size and format version.
func TestEmbeddedModel(t *testing.T) {
	src, err := os.ReadFile("data/SOURCE.md")
	require.NoError(t, err)
	sum := sha256.Sum256(embedded)
	var gotSum, gotVersion string
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "- sha256: "); ok {
			gotSum = v
		}
		if v, ok := strings.CutPrefix(sc.Text(), "- format: wortlaut NER model, format version "); ok {
			gotVersion, _, _ = strings.Cut(v, " ")
		}
	}
	assert.Equal(t, hex.EncodeToString(sum[:]), gotSum, "sha256 in SOURCE.md")
	// a model without the span table is written as version 3 (FormatVersion)
	version := binary.LittleEndian.Uint32(embedded[len(magic):])
	assert.Equal(t, strconv.Itoa(int(version)), gotVersion, "format version in SOURCE.md")
	assert.LessOrEqual(t, version, uint32(FormatVersion))
	m, err := Load(bytes.NewReader(embedded))
	require.NoError(t, err)
	assert.Greater(t, m.Stats().Rows, 1000)
	assert.Same(t, Default(), Default())
}

func TestLoadErrors(t *testing.T) {
	var good bytes.Buffer
	_, err := Default().WriteTo(&good)
	require.NoError(t, err)
	assert.Equal(t, embedded, good.Bytes(), "WriteTo of the decoded model reproduces the file")
	b := good.Bytes()
	flip := bytes.Clone(b)
	flip[len(flip)/2] ^= 1
	for name, data := range map[string][]byte{
		"empty":     nil,
		"short":     b[:20],
		"magic":     append([]byte("XXXXXXXX"), b[8:]...),
		"truncated": b[:len(b)-100],
		"bitflip":   flip,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Load(bytes.NewReader(data))
			assert.True(t, errors.Is(err, ErrFormat), "%v", err)
		})
	}
}

func TestTagSeed(t *testing.T) {
	words := strings.Fields("Alibaba-Gründer Jack Ma traf Donald Trump im Trump Tower in New York .")
	got := Default().Tag(words, nil)
	require.Len(t, got, len(words))
	var b strings.Builder
	for i, w := range words {
		b.WriteString(w + "/" + got[i].String() + " ")
	}
	t.Log(b.String())
	assert.Equal(t, "LOC", got[10].Type(), "New")
}

func TestTagEdgeCases(t *testing.T) {
	m := Default()
	assert.Empty(t, m.Tag(nil, nil))
	got := m.Tag([]string{"", "\xff\xfe", "-", "--", "ẞ", strings.Repeat("a", 10000)}, nil)
	assert.Len(t, got, 6)
	out := make([]Label, 0, 10)
	got = m.Tag([]string{"Berlin"}, out)
	assert.Equal(t, &out[:1][0], &got[0], "reuses out")
}

// TestHeldOut checks the F1 (4 classes, strict spans) on the held-out
// GermEval 2014 dev slice, which the shipped model never saw, against a
// floor a little under the last measured figure (docs/ner.md).
func TestHeldOut(t *testing.T) {
	path := sharedData + "/germeval2014/NER-de-dev.tsv"
	if _, err := os.Stat(path); err != nil {
		t.Skip("../shared/data not present")
	}
	all, err := LoadGermEval(path)
	require.NoError(t, err)
	var held []Sentence
	for i, s := range all {
		if i%HeldOutEvery == 0 {
			held = append(held, s)
		}
	}
	e, err := Evaluate(GoldLabels(held), Default().TagAll(held), Label.Outer)
	require.NoError(t, err)
	var b strings.Builder
	e.Write(&b)
	t.Logf("held-out GermEval dev slice (%d sentences):\n%s", len(held), b.String())
	const floor = 0.64 // last measured 0.668 (testdata/eval/ner-report.txt)
	assert.GreaterOrEqual(t, e.All.F1(), floor)
}

// TestLoadDataFold checks that a cross-validation fold holds out the
// GermEval dev sentences i with i%every == fold, and that a fold outside
// 0 … every-1 is an error rather than an empty validation set.
func TestLoadDataFold(t *testing.T) {
	for _, fold := range []int{-1, 4} {
		_, err := LoadDataFold(t.TempDir(), 4, fold, nil, nil)
		assert.ErrorContains(t, err, "out of range", "fold %d", fold)
	}
	path := sharedData + "/germeval2014/NER-de-dev.tsv"
	if _, err := os.Stat(path); err != nil || testing.Short() {
		t.Skip("../shared/data not present or -short")
	}
	all, err := LoadGermEval(path)
	require.NoError(t, err)
	d, err := LoadDataFold(sharedData, 4, 3, nil, nil)
	require.NoError(t, err)
	require.Len(t, d.Held, len(all)/4) // i%4 == 3 for i < n: n/4 of them
	for k, s := range d.Held {
		require.Equal(t, all[4*k+3].Words, s.Words, "held-out sentence %d", k)
	}
	for _, s := range d.Train {
		require.NotEqual(t, all[3].Words, s.Words, "a held-out sentence is in the training pool")
	}
}

func TestOffer(t *testing.T) {
	type h = hyp[int64]
	for _, tc := range []struct {
		name  string
		beam  []h
		add   h
		width int
		want  []h
	}{
		{"into empty", nil, h{score: 5, prev: 1}, 2, []h{{score: 5, prev: 1}}},
		{"sorted by score", []h{{score: 9, prev: 1}, {score: 3, prev: 2}}, h{score: 5, prev: 3}, 3,
			[]h{{score: 9, prev: 1}, {score: 5, prev: 3}, {score: 3, prev: 2}}},
		{"width drops the worst", []h{{score: 9, prev: 1}, {score: 3, prev: 2}}, h{score: 5, prev: 3}, 2,
			[]h{{score: 9, prev: 1}, {score: 5, prev: 3}}},
		{"too low for a full beam", []h{{score: 9, prev: 1}, {score: 3, prev: 2}}, h{score: 1, prev: 3}, 2,
			[]h{{score: 9, prev: 1}, {score: 3, prev: 2}}},
		{"equal score keeps the earlier", []h{{score: 9, prev: 1}, {score: 3, prev: 2}}, h{score: 3, prev: 3}, 2,
			[]h{{score: 9, prev: 1}, {score: 3, prev: 2}}},
		{"same state, better score replaces", []h{{score: 9, prev: 1}, {score: 3, prev: 2, prev2: 1}}, h{score: 10, prev: 2, prev2: 1, at: 7}, 2,
			[]h{{score: 10, prev: 2, prev2: 1, at: 7}, {score: 9, prev: 1}}},
		{"same state, worse score is dropped", []h{{score: 9, prev: 1}, {score: 3, prev: 2, prev2: 1}}, h{score: 2, prev: 2, prev2: 1}, 3,
			[]h{{score: 9, prev: 1}, {score: 3, prev: 2, prev2: 1}}},
		{"same last label, other history stays", []h{{score: 9, prev: 2, prev2: 1}}, h{score: 8, prev: 2, prev2: 0}, 3,
			[]h{{score: 9, prev: 2, prev2: 1}, {score: 8, prev: 2, prev2: 0}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, offer(slices.Clone(tc.beam), tc.add, tc.width))
		})
	}
}

// TestTagBIO checks that Tag never starts a name with I- nor lets an I-
// label follow another type, on every sentence of the fixtures.
func TestTagBIO(t *testing.T) {
	sents, _ := articleSentences(t)
	for _, s := range sents {
		labels := Default().Tag(s, nil)
		require.Len(t, labels, len(s))
		prev := O
		for i, l := range labels {
			assert.True(t, allowed(prev, l), "%v after %v at %d in %q", l, prev, i, s)
			prev = l
		}
	}
}

// FuzzTag checks that any words get one label each, in valid BIO, the same
// on a second call (when the words are cached) and the same as the plain
// decoder's.
func FuzzTag(f *testing.F) {
	f.Add("Alibaba-Gründer Jack Ma traf Donald Trump in New York .")
	f.Add("\xff\xfe „ “ -- ẞ 3. Okt.")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		m := Default()
		got := m.Tag(words, nil)
		require.Len(t, got, len(words))
		prev := O
		for _, l := range got {
			require.True(t, allowed(prev, l), "%v after %v", l, prev)
			prev = l
		}
		assert.Equal(t, got, m.Tag(words, nil))
		if len(words) > 0 {
			assert.Equal(t, tagPlain(m, words), got)
		}
	})
}

func TestReadCoNLL(t *testing.T) {
	type sent struct {
		Words  string
		Labels string
	}
	for _, tc := range []struct {
		name, in string
		want     []sent
	}{
		{"GermEval TSV", "#\thttp://x\t[2014-01-01]\t\n1\tIn\tO\tO\n2\tUlm\tB-LOC\tO\n", []sent{{"In Ulm", "O B-LOC"}}},
		{"hash token in GermEval TSV", "#\tsrc\n1\t#\tO\tO\n2\tUlm\tB-LOC\tO\n", []sent{{"# Ulm", "O B-LOC"}}},
		{"hash token in tag output", "#\tO\nUlm\tB-LOC\n", []sent{{"# Ulm", "O B-LOC"}}},
		{"comment that looks like no label", "#\tOsterweiterung\nUlm\tB-LOC\n", []sent{{"Ulm", "B-LOC"}}},
		{"number token with label", "2014\tO\nUlm\tB-LOC\n", []sent{{"2014 Ulm", "O B-LOC"}}},
		{"space separated", "Ulm B-LOC\nliegt O\n\nBonn B-LOC\n", []sent{{"Ulm liegt", "B-LOC O"}, {"Bonn", "B-LOC"}}},
		{"no label field is O", "Ulm\n", []sent{{"Ulm", "O"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ss, err := ReadCoNLL(strings.NewReader(tc.in), ParseLabel)
			require.NoError(t, err)
			var got []sent
			for _, s := range ss {
				var ls []string
				for _, l := range s.Labels {
					ls = append(ls, l.String())
				}
				got = append(got, sent{strings.Join(s.Words, " "), strings.Join(ls, " ")})
			}
			assert.Equal(t, tc.want, got)
		})
	}
	_, err := ReadCoNLL(strings.NewReader("Ulm\tB-FOO\n"), ParseLabel)
	assert.ErrorContains(t, err, `line 1: unknown label "B-FOO"`)
}

// TestTrainSmall trains a model on a few sentences end to end (lexicon,
// perceptron with whole-sentence and with max-violation updates, encoding)
// and checks that it learnt them and survives a round trip through its
// file format.
func TestTrainSmall(t *testing.T) {
	mk := func(pairs ...string) Sentence { return mkSentence(t, pairs...) }
	sents := []Sentence{
		mk("Angela", "B-PER", "Merkel", "I-PER", "besuchte", "O", "Paris", "B-LOC", ".", "O"),
		mk("Die", "O", "Deutsche", "B-ORG", "Bahn", "I-ORG", "fährt", "O", "nach", "O", "Köln", "B-LOC", ".", "O"),
		mk("In", "O", "Berlin", "B-LOC", "sprach", "O", "Olaf", "B-PER", "Scholz", "I-PER", ".", "O"),
	}
	lex := BuildLexicon(LexiconInput{Labelled: sents, Places: []string{"Paris", "Köln", "Berlin"}})
	for _, mv := range []bool{false, true} {
		m := Train(sents, lex, TrainConfig{Epochs: 5, RowBits: 12, MaxViolation: mv})
		var buf bytes.Buffer
		_, err := m.WriteTo(&buf)
		require.NoError(t, err)
		m2, err := Load(&buf)
		require.NoError(t, err)
		for _, s := range sents {
			assert.Equal(t, s.Labels, m.Tag(s.Words, nil), "trained model (max-violation %v) on %v", mv, s.Words)
			assert.Equal(t, s.Labels, m2.Tag(s.Words, nil), "reloaded model (max-violation %v) on %v", mv, s.Words)
		}
	}
}

// mkSentence makes a training sentence of word and label pairs.
func mkSentence(t *testing.T, pairs ...string) Sentence {
	t.Helper()
	var s Sentence
	for i := 0; i+1 < len(pairs); i += 2 {
		l, ok := ParseLabel(pairs[i+1])
		require.True(t, ok, pairs[i+1])
		s.Words = append(s.Words, pairs[i])
		s.Labels = append(s.Labels, l)
	}
	return s
}
