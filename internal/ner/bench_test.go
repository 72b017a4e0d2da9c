package ner

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wortlaut/wortlaut/internal/text"
)

// articleSentences returns the word slices of the seed and the entity
// fixtures, segmented as entity.Recognize does.
func articleSentences(tb testing.TB) (sents [][]string, bytes int) {
	tb.Helper()
	files, err := filepath.Glob("../../testdata/entity/*.txt")
	require.NoError(tb, err)
	files = append(files, "../../testdata/seed.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(tb, err)
		src := string(b)
		bytes += len(src)
		d := text.Segment(src)
		for _, s := range d.Sentences {
			var words []string
			for _, t := range d.Tokens[s.First:s.Last] {
				words = append(words, src[t.Start:t.End])
			}
			sents = append(sents, words)
		}
	}
	require.NotEmpty(tb, sents)
	return sents, bytes
}

// BenchmarkTag measures the tagger alone on the words of real articles.
func BenchmarkTag(b *testing.B) {
	sents, size := articleSentences(b)
	m := Default()
	tokens := 0
	for _, s := range sents {
		tokens += len(s)
	}
	var out []Label
	b.ReportAllocs()
	b.SetBytes(int64(size))
	cpu := cpuSeconds()
	for b.Loop() {
		for _, s := range sents {
			out = m.Tag(s, out)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if used := cpuSeconds() - cpu; used > 0 {
		// the machine may be shared: tokens per second of this process's
		// CPU time is the per-core figure
		b.ReportMetric(float64(tokens)*float64(b.N)/used, "tokens/cpu-s")
	}
}

// BenchmarkTagDev measures the tagger alone on the words of GermEval 2014
// dev (news and Wikipedia, 41,653 tokens), which are many more distinct
// words than the word cache of [Model.Tag] holds: BenchmarkTag repeats a
// few articles, so after the first round it finds most words cached, which
// running text does not.
func BenchmarkTagDev(b *testing.B) {
	path := sharedData + "/germeval2014/NER-de-dev.tsv"
	if _, err := os.Stat(path); err != nil {
		b.Skip("../shared/data not present")
	}
	sents, err := LoadGermEval(path)
	require.NoError(b, err)
	m := Default()
	tokens := 0
	for _, s := range sents {
		tokens += len(s.Words)
	}
	var out []Label
	b.ReportAllocs()
	cpu := cpuSeconds()
	for b.Loop() {
		for _, s := range sents {
			out = m.Tag(s.Words, out)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if used := cpuSeconds() - cpu; used > 0 {
		b.ReportMetric(float64(tokens)*float64(b.N)/used, "tokens/cpu-s")
	}
}

// BenchmarkLoad decodes the embedded model as Default does, without its
// cache.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(embedded)))
	cpu := cpuSeconds()
	for b.Loop() {
		if _, err := decode(embedded); err != nil {
			b.Fatal(err)
		}
	}
	if used := cpuSeconds() - cpu; used > 0 {
		b.ReportMetric(used*1000/float64(b.N), "cpu-ms/op")
	}
}

// TestTagConcurrent tags the same sentences from many goroutines (run it
// with -race) and checks that every goroutine gets the labels of a
// sequential run.
func TestTagConcurrent(t *testing.T) {
	sents, _ := articleSentences(t)
	m := Default()
	want := make([][]Label, len(sents))
	for i, s := range sents {
		want[i] = m.Tag(s, nil)
	}
	var wg sync.WaitGroup
	got := make([][][]Label, 8)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range sents {
				j := (i + g*7) % len(sents)
				if got[g] == nil {
					got[g] = make([][]Label, len(sents))
				}
				got[g][j] = m.Tag(sents[j], nil)
			}
		}()
	}
	wg.Wait()
	for g := range got {
		assert.Equal(t, want, got[g], "goroutine %d", g)
	}
}
