package quote_test

import (
	"testing"

	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/internal/bench"
	"github.com/wortlaut/wortlaut/quote"
)

// benchArticles returns the seed and every quote fixture with their total
// size in bytes.
func benchArticles(b *testing.B) (texts []string, bytes int) {
	b.Helper()
	texts, err := bench.Files("../testdata/seed.txt", "../testdata/quote/*.txt")
	if err != nil {
		b.Fatal(err)
	}
	for _, t := range texts {
		bytes += len(t)
	}
	return texts, bytes
}

// BenchmarkExtract measures Extract on whole articles (the seed and the
// fixtures), entity recognition included: one iteration reads all of them.
// The model is decoded before the timing starts.
func BenchmarkExtract(b *testing.B) {
	texts, n := benchArticles(b)
	quote.Extract(texts[0])
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			quote.Extract(s)
		}
	}
	b.ReportMetric(float64(len(texts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkExtractRules measures only this package's rules on the same
// articles, with the entities recognised beforehand: the difference to
// BenchmarkExtract is the cost of entity recognition.
func BenchmarkExtractRules(b *testing.B) {
	texts, n := benchArticles(b)
	ents := make([][]entity.Entity, len(texts))
	for i, s := range texts {
		ents[i] = entity.Recognize(s)
	}
	var x quote.Extractor
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, s := range texts {
			x.ExtractWithEntities(s, ents[i])
		}
	}
	b.ReportMetric(float64(len(texts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
