package quote

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/entity"
)

func FuzzExtract(f *testing.F) {
	for _, tc := range ruleCases {
		f.Add(tc.text)
	}
	files, _ := filepath.Glob("../testdata/quote/*.txt")
	files = append(files, "../testdata/seed.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("")
	f.Add("„")
	f.Add("„\xff“, sagte er.")
	f.Add("\xe2\x80„Wir\xe2“, sagte \xc3Merz.")
	f.Add("»«»«„“‚‘›‹\"'")
	f.Add("„a\n\n„b\n\n„c“, sagte sie")
	f.Fuzz(func(t *testing.T, s string) {
		qs := Extract(s)
		checkInvariants(t, s, qs)
		assert.Equal(t, qs, Extract(s), "not deterministic")
	})
}

// TestBadEntities feeds entity spans that do not fit the text: they are
// ignored, never trusted.
func TestBadEntities(t *testing.T) {
	text := "„Wir kommen“, sagte Merz."
	ents := []entity.Entity{{Name: "X", Type: entity.Person, Mentions: []entity.Mention{
		{Span: wortlaut.Span{Start: -3, End: 2}}, {Span: wortlaut.Span{Start: 20, End: 999}}, {Span: wortlaut.Span{Start: 9, End: 4}},
	}}}
	qs := (&Extractor{}).ExtractWithEntities(text, ents)
	checkInvariants(t, text, qs)
	require.Len(t, qs, 1)
}

// The pathological inputs below must cost work linear in their size. The
// test compares what a text of 1 MB and one of 2 MB cost in allocations
// (count and bytes): a quadratic step shows as a factor of 4, linear work
// as 2. Time is bounded only by a generous deadline per input (a
// quadratic scan of 1 MB takes minutes), never compared, so a loaded
// machine does not make the test flaky.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("pathological sizes skipped under -short")
	}
	const mb = 1 << 20
	cases := map[string]func(n int) string{
		"opening marks":      func(n int) string { return strings.Repeat("„", n/3) },
		"one unclosed":       func(n int) string { return "„" + strings.Repeat("Wir sagen es immer wieder ", n/26) },
		"alternating":        func(n int) string { return strings.Repeat(`"`, n) },
		"straight pairs":     func(n int) string { return strings.Repeat(`"a" `, n/4) },
		"pairs":              func(n int) string { return strings.Repeat("„Ja“, sagte er. ", n/19) },
		"no full stop":       func(n int) string { return strings.Repeat("laut Merz sagte er dass die Lage sei ", n/37) },
		"paragraph breaks":   func(n int) string { return strings.Repeat("„Wir\n\n", n/7) },
		"konjunktiv partial": func(n int) string { return strings.Repeat("er habe „nicht viel“ und ", n/26) },
		// one sentence of many cues, each of which looks back for its
		// subject (quadratic before frameSubject's reach was bounded)
		"frame cues": func(n int) string {
			return strings.Repeat("Die Kosten sollen „durch Planung“ sinken, so heißt es in einer Erklärung, ", n/80)
		},
	}
	for name, gen := range cases {
		t.Run(name, func(t *testing.T) {
			allocs1, bytes1 := extractCost(t, gen(mb))
			allocs2, bytes2 := extractCost(t, gen(2*mb))
			t.Logf("1 MB: %d allocs, %d bytes; 2 MB: %d allocs, %d bytes", allocs1, bytes1, allocs2, bytes2)
			assert.LessOrEqual(t, allocs2, 3*allocs1+64, "allocations grow faster than the text")
			assert.LessOrEqual(t, bytes2, 3*bytes1+1<<16, "allocated bytes grow faster than the text")
		})
	}
}

// extractCost runs the extraction rules on s under a deadline, checks the
// result's invariants and returns the allocations it made.
func extractCost(t *testing.T, s string) (allocs, bytes uint64) {
	t.Helper()
	done := make(chan []Quote, 1)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	go func() { done <- (&Extractor{}).ExtractWithEntities(s, nil) }()
	select {
	case qs := <-done:
		runtime.ReadMemStats(&after)
		checkInvariants(t, s, qs)
	case <-time.After(2 * time.Minute):
		t.Fatalf("no result for %d bytes after 2 minutes: not linear", len(s))
	}
	return after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc
}

// TestLinearTimeScans covers work that allocates nothing, which
// TestLinearTime cannot see: a loop over every person of the document per
// quotation (continued once did that) is quadratic in time only. It
// compares the best of three runs on a text and on one eight times its
// size: linear work costs about 8 times as much, a quadratic scan 64 times;
// the bound of 20 leaves room for a loaded machine.
func TestLinearTimeScans(t *testing.T) {
	if testing.Short() {
		t.Skip("pathological sizes skipped under -short")
	}
	cases := map[string]string{
		// many named speakers, each followed by a quotation that continues
		// the one before it
		"continued speakers": "Peter Lang sagte: „Wir gehen.“ „Wir kommen.“ ",
		// a sentence about a person before each quotation of its own
		"apposition before": "Der Bruder, Peter Lang, war dort. „Mein Bruder geht.“ ",
	}
	for name, unit := range cases {
		t.Run(name, func(t *testing.T) {
			smallText := strings.Repeat(unit, (128<<10)/len(unit))
			largeText := strings.Repeat(unit, (1<<20)/len(unit))
			assertScales(t, smallText, largeText, nil, nil)
		})
	}
}

// assertScales extracts from a text of 128 KB and one of 1 MB (with their
// entities) and fails when the larger costs more than 20 times the
// smaller. The runs alternate, so a burst of load elsewhere slows both
// sizes alike, and the best of three of each is compared.
func assertScales(t *testing.T, smallText, largeText string, smallEnts, largeEnts []entity.Entity) {
	t.Helper()
	run := func(s string, ents []entity.Entity) time.Duration {
		t0 := time.Now()
		(&Extractor{}).ExtractWithEntities(s, ents)
		return time.Since(t0)
	}
	var small, large time.Duration
	for i := range 3 {
		if d := run(smallText, smallEnts); i == 0 || d < small {
			small = d
		}
		if d := run(largeText, largeEnts); i == 0 || d < large {
			large = d
		}
	}
	t.Logf("128 KB: %v; 1 MB: %v", small, large)
	assert.Less(t, large, 20*small+50*time.Millisecond, "time grows faster than the text")
}

// TestLinearTimePersons is TestLinearTimeScans for a text of many distinct
// persons with its entities recognised: a rule that scans every person of
// the document per noun phrase (bareNoun once did that) is quadratic only
// when the recogniser has found names, which ExtractWithEntities(s, nil)
// never shows.
func TestLinearTimePersons(t *testing.T) {
	if testing.Short() {
		t.Skip("pathological sizes skipped under -short")
	}
	// each unit names a new person (Peter Bergaa, Anna Bergab, …) and
	// holds capitalised words after cues that could be bare names
	gen := func(size int) string {
		firsts := []string{"Peter", "Anna", "Thomas", "Julia", "Michael", "Sabine"}
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			surname := []byte("Berg")
			for k := i; ; k /= 26 {
				surname = append(surname, byte('a'+k%26))
				if k < 26 {
					break
				}
			}
			b.WriteString(firsts[i%len(firsts)] + " " + string(surname) + " sagte am Montag: „Wir gehen.“ Vorbehalte äußerte Kritik, „das geht nicht“, meinte Abwehr. ")
			if i%5 == 4 {
				b.WriteString("\n\n")
			}
		}
		return b.String()
	}
	smallText, largeText := gen(128<<10), gen(1<<20)
	assertScales(t, smallText, largeText, entity.Recognize(smallText), entity.Recognize(largeText))
}
