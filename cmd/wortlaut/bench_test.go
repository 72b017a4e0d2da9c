package main

import (
	"flag"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/wortlaut/wortlaut/internal/bench"
	"github.com/wortlaut/wortlaut/internal/prosead"
)

var (
	corpusMB = flag.Int("corpus-mb", 50, "size of the BenchmarkExtract corpus in MB")
	proseMB  = flag.Int("prose-mb", 1, "size of the part of the corpus BenchmarkExtract/prose runs on, in MB")
)

// benchCorpus is the benchmark corpus: the repository's fixture texts in
// rotation up to -corpus-mb. The documents share the fixtures' memory, so
// the corpus itself costs next to nothing and the heap figures are the
// pipeline's.
var benchCorpus = sync.OnceValues(func() ([]string, error) {
	texts, err := bench.Texts("../..")
	if err != nil {
		return nil, err
	}
	return bench.Corpus(texts, *corpusMB<<20), nil
})

// BenchmarkExtract runs the whole extract path of one document (dateline,
// entities, quotes, JSON encoding: exactly what the command does per
// document) over the corpus, with as many workers as -cpu allows. Besides
// MB/s it reports docs/s, MB per CPU second (stable on a shared machine)
// and the heap obtained from the system (HeapSys, an upper bound of the
// peak heap).
//
// The prose sub-benchmark sends the same documents through prose/v2's
// NewDocument (English NER with its segmenter off, as internal/prosead
// calls it) as a yardstick. prose is so much slower that it runs on the
// first -prose-mb of the corpus only, which holds every fixture several
// times over; its "x-wortlaut" metric is its CPU time per byte over
// wortlaut's in the same run (wall time where CPU time is not available),
// which a changing load on a shared machine distorts less than wall
// time. Run it with
//
//	go test ./cmd/wortlaut -run '^$' -bench Extract -benchtime 1x -count 3 -cpu 1,2
func BenchmarkExtract(b *testing.B) {
	docs, err := benchCorpus()
	if err != nil {
		b.Fatal(err)
	}
	extractDoc(docs[0]) // decode the embedded models outside the timing
	proseDocs := docs
	for i, n := 0, 0; i < len(docs); i++ {
		if n += len(docs[i]); n >= *proseMB<<20 {
			proseDocs = docs[:i+1]
			break
		}
	}

	var perByte float64 // wortlaut's time per byte in this run
	b.Run("wortlaut", func(b *testing.B) {
		perByte = float64(runCorpus(b, docs, func(d string) { extractDoc(d) })) / float64(bench.Size(docs))
	})
	b.Run("prose", func(b *testing.B) {
		prosead.Warm() // here, so that prose's model is not in wortlaut's heap figure
		d := runCorpus(b, proseDocs, func(d string) { prosead.Entities(d) })
		if perByte > 0 {
			b.ReportMetric(float64(d)/float64(bench.Size(proseDocs))/perByte, "x-wortlaut")
		}
	})
}

// extractDoc is the command's work on one document of text.
func extractDoc(text string) []byte {
	d := document{ID: "bench", Text: text}
	return render("json", process(d), d.Text)
}

// runCorpus processes every document of docs once per iteration with
// GOMAXPROCS workers, reports the metrics and returns the CPU time per
// iteration, or the wall time where CPU time is not available.
func runCorpus(b *testing.B, docs []string, f func(string)) time.Duration {
	size := bench.Size(docs)
	workers := runtime.GOMAXPROCS(0)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	runtime.GC()
	cpu0 := bench.CPUTime()
	for b.Loop() {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for {
					i := int(next.Add(1)) - 1
					if i >= len(docs) {
						return
					}
					f(docs[i])
				}
			})
		}
		wg.Wait()
	}
	cpu := bench.CPUTime() - cpu0
	el := b.Elapsed()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(len(docs))*float64(b.N)/el.Seconds(), "docs/s")
	if cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
	b.ReportMetric(float64(ms.HeapSys)/(1<<20), "heapsys-MB")
	if cpu > 0 {
		return cpu / time.Duration(b.N)
	}
	return el / time.Duration(b.N)
}
