package entity

import (
	"testing"
	"time"

	"github.com/wortlaut/wortlaut/internal/bench"
	"github.com/wortlaut/wortlaut/internal/ner"
	"github.com/wortlaut/wortlaut/internal/prosead"
	"github.com/wortlaut/wortlaut/internal/spkatt"
	itext "github.com/wortlaut/wortlaut/internal/text"
)

// benchArticles returns the seed and every fixture, in file order, with their
// total size in bytes and tokens (as internal/text counts them).
func benchArticles(b *testing.B) (texts []string, bytes, tokens int) {
	b.Helper()
	texts, err := bench.Files("../testdata/entity/*.txt")
	if err != nil {
		b.Fatal(err)
	}
	for _, t := range texts {
		bytes += len(t)
		tokens += len(itext.Segment(t).Tokens)
	}
	return texts, bytes, tokens
}

// BenchmarkRecognize measures Recognize on whole articles (the seed and
// the fixtures): one iteration reads all of them.
func BenchmarkRecognize(b *testing.B) {
	texts, n, toks := benchArticles(b)
	Recognize(texts[0]) // decode the model and lexicons outside the timing
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			Recognize(s)
		}
	}
	b.ReportMetric(float64(toks)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkRecognizeWikinews measures Recognize on running text that does
// not repeat: the article texts of German Wikinews in the SpkAtt training
// split (text only, CC BY 2.5; read from ../shared, skipped without it),
// one iteration over all of them. The fixtures of BenchmarkRecognize come
// round again and again, which flatters the word caches of the tagger and
// of this package; this figure does not.
func BenchmarkRecognizeWikinews(b *testing.B) {
	docs, err := spkatt.ReadDir("../../shared/data/spkatt-wikinews/data/train/task2")
	if err != nil || len(docs) == 0 {
		b.Skip("SpkAtt Wikinews texts not available")
	}
	var n, toks int
	for _, d := range docs {
		n += len(d.Text)
		toks += len(itext.Segment(d.Text).Tokens)
	}
	Recognize(docs[0].Text)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Recognize(d.Text)
		}
	}
	b.ReportMetric(float64(toks)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkSegmentAndTag measures only what Recognize spends in other
// packages on the same articles: segmentation (internal/text) and the
// tagger (internal/ner), sentence by sentence. The difference to
// BenchmarkRecognize is this package's own passes.
func BenchmarkSegmentAndTag(b *testing.B) {
	texts, n, toks := benchArticles(b)
	m := ner.Default()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var words []string
	var labels []ner.Label
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			d := itext.Segment(s)
			for _, sen := range d.Sentences {
				words = words[:0]
				for _, t := range d.Tokens[sen.First:sen.Last] {
					words = append(words, s[t.Start:t.End])
				}
				labels = m.Tag(words, labels)
			}
		}
	}
	b.ReportMetric(float64(toks)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkProse measures prose/v2's English NewDocument (through
// internal/prosead, model built beforehand) on the same articles.
func BenchmarkProse(b *testing.B) {
	texts, n, toks := benchArticles(b)
	prosead.Warm()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			prosead.Entities(s)
		}
	}
	b.ReportMetric(float64(toks)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkVersusProse runs Recognize and prose on the same articles in
// each iteration and reports how many times faster Recognize is, so that
// both figures come from the same moment of a loaded machine.
func BenchmarkVersusProse(b *testing.B) {
	texts, _, toks := benchArticles(b)
	Recognize(texts[0])
	prosead.Warm()
	var ours, theirs time.Duration
	for b.Loop() {
		t0 := time.Now()
		for _, s := range texts {
			Recognize(s)
		}
		t1 := time.Now()
		for _, s := range texts {
			prosead.Entities(s)
		}
		ours += t1.Sub(t0)
		theirs += time.Since(t1)
	}
	b.ReportMetric(float64(toks)*float64(b.N)/ours.Seconds(), "tokens/s")
	b.ReportMetric(float64(toks)*float64(b.N)/theirs.Seconds(), "prose-tokens/s")
	b.ReportMetric(theirs.Seconds()/ours.Seconds(), "x-prose")
}
