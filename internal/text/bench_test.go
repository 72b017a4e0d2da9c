package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func seed(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../../testdata/seed.txt")
	require.NoError(t, err)
	return string(b)
}

// corpus joins the seed and all text fixtures, as a realistic mix.
func corpus(b *testing.B) string {
	var sb strings.Builder
	sb.WriteString(seed(b))
	files, _ := filepath.Glob("../../testdata/text/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(b, err)
		sb.WriteString("\n")
		sb.Write(data)
	}
	return sb.String()
}

// BenchmarkSegment segments the seed and all fixtures joined (about 13 KB).
// Besides MB/s and tokens/s over wall time it reports MB per CPU second
// (cpu-MB/s), which stays meaningful on a machine shared with other jobs.
func BenchmarkSegment(b *testing.B) {
	s := corpus(b)
	ntok := len(Segment(s).Tokens)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		Segment(s)
	}
	report(b, len(s), ntok, cpuTime()-cpu0)
}

// BenchmarkSegmentSeed segments the sample article alone: one real agency
// text of 2.3 KB, as a pipeline sees it.
func BenchmarkSegmentSeed(b *testing.B) {
	s := seed(b)
	ntok := len(Segment(s).Tokens)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		Segment(s)
	}
	report(b, len(s), ntok, cpuTime()-cpu0)
}

func BenchmarkTokenize(b *testing.B) {
	s := corpus(b)
	ntok := len(Tokenize(s))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		Tokenize(s)
	}
	report(b, len(s), ntok, cpuTime()-cpu0)
}

// BenchmarkFieldsBaseline runs strings.Fields over the seed: a yardstick
// for the machine, so that BenchmarkSegmentSeed can be read as a ratio when
// the machine is shared and absolute figures drift.
func BenchmarkFieldsBaseline(b *testing.B) {
	s := seed(b)
	n := len(strings.Fields(s))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		n = len(strings.Fields(s))
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "fields/s")
}

func report(b *testing.B, size, ntok int, cpu time.Duration) {
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
}

// TestPathological runs inputs that would expose quadratic behaviour: the
// time for the large input must stay within a generous multiple of the
// time for an input a tenth of its size.
func TestPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("pathological sizes")
	}
	gens := map[string]func(n int) string{
		"no full stop":   func(n int) string { return strings.Repeat("und dann Mio ", n/13) },
		"opening quotes": func(n int) string { return strings.Repeat("„", n/3) },
		"closing quotes": func(n int) string { return strings.Repeat("„a“ ", n/8) },
		"dots":           func(n int) string { return strings.Repeat("a.", n/2) },
		"address chars":  func(n int) string { return strings.Repeat("a.b_", n/4) },
		"abbreviations":  func(n int) string { return strings.Repeat("z. ", n/3) },
		"hyphens":        func(n int) string { return strings.Repeat("a-", n/2) },
		"digits":         func(n int) string { return strings.Repeat("1.", n/2) },
		"invalid":        func(n int) string { return strings.Repeat("\xff\xc3", n/2) },
		"one word":       func(n int) string { return strings.Repeat("a", n) },
		"acronym chain":  func(n int) string { return strings.Repeat("a.", n/2) + "a" },
		"exclamations":   func(n int) string { return strings.Repeat("!", n) + "x" },
		"closing marks":  func(n int) string { return "a." + strings.Repeat("“", n/3) + "x" },
		"email chain":    func(n int) string { return "a@" + strings.Repeat("a.", n/2) },
	}
	for name, gen := range gens {
		t.Run(name, func(t *testing.T) {
			small, large := gen(100_000), gen(1_000_000)
			if name == "opening quotes" {
				small, large = gen(30_000), gen(300_000) // 10,000 and 100,000 „
			}
			ts := timeSegment(t, small)
			tl := timeSegment(t, large)
			// Linear time gives a ratio near 10; quadratic near 100.
			if tl > 40*ts+50*time.Millisecond {
				t.Errorf("%s: 10x input took %v vs %v: not linear", name, tl, ts)
			}
		})
	}
}

func timeSegment(t *testing.T, s string) time.Duration {
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		d := Segment(s)
		el := time.Since(start)
		checkDoc(t, d)
		best = min(best, el)
	}
	return best
}
