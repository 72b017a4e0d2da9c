package dateline_test

import (
	"os"
	"testing"

	"github.com/wortlaut/wortlaut/dateline"
)

// benchOpenings runs find over every case of the named fixture files and
// reports openings per second.
func benchOpenings(b *testing.B, find func(string), names ...string) {
	var cases []string
	size := 0
	for _, n := range names {
		for _, c := range readCases(b, n+".txt") {
			cases = append(cases, c)
			size += len(c)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		for _, c := range cases {
			find(c)
		}
	}
	n := float64(b.N) * float64(len(cases))
	b.ReportMetric(n/b.Elapsed().Seconds(), "openings/s")
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(n/used.Seconds(), "openings/cpu-s")
	}
}

// BenchmarkFind: the 154 dateline openings of testdata/dateline.
func BenchmarkFind(b *testing.B) {
	benchOpenings(b, func(s string) { dateline.Find(s) }, "de", "en", "fr", "es", "it")
}

// BenchmarkFindNone: the 48 openings without a dateline (no allocation).
func BenchmarkFindNone(b *testing.B) {
	benchOpenings(b, func(s string) { dateline.Find(s) }, "none")
}

func BenchmarkFindCredit(b *testing.B) {
	seed, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(seed)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		dateline.FindCredit(text)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "texts/s")
}

func BenchmarkParse(b *testing.B) {
	const s = "WASHINGTON/New York, 9. Januar (Xinhuanet) --"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		dateline.Parse(s)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "datelines/s")
}
