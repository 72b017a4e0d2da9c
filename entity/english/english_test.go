package english

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/wortlaut/wortlaut/entity"
)

// summary renders entities as "TYPE Name: mention, mention" lines.
func summary(ents []entity.Entity) []string {
	var out []string
	for _, e := range ents {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		out = append(out, e.Type.String()+" "+e.Name+": "+strings.Join(ms, ", "))
	}
	return out
}

// checkSpans asserts that every mention lies inside text and is its slice.
func checkSpans(t testing.TB, text string, ents []entity.Entity) {
	t.Helper()
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %q at %v is not the text's slice (len %d)", m.Text, m.Span, len(text))
			}
		}
	}
}

func TestRecognize(t *testing.T) {
	text := "Alibaba founder Jack Ma met Donald Trump in New York on Monday. Ma said they discussed small businesses. Trump called it a great meeting with Jack Ma"
	ents := Recognize(text)
	checkSpans(t, text, ents)
	assert.Equal(t, []string{
		"ORG Alibaba: Alibaba",
		"PER Jack Ma: Jack Ma, Ma, Jack Ma",
		"PER Donald Trump: Donald Trump, Trump",
		"LOC New York: New York",
	}, summary(ents))
	assert.Empty(t, Recognize(""))
	odd := "„Smith\xff“ said \xc3 to Jones"
	checkSpans(t, odd, Recognize(odd))
}

// TestConcurrent runs goroutines on the shared prose model; run it with
// -race.
func TestConcurrent(t *testing.T) {
	text := "Jack Ma met Donald Trump in New York on Monday. Ma said they discussed small businesses."
	want := fmt.Sprint(summary(Recognize(text)))
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				if got := fmt.Sprint(summary(Recognize(text))); got != want {
					errs <- fmt.Sprintf("goroutine %d: %s", g, got)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func FuzzRecognize(f *testing.F) {
	for _, s := range []string{"", "Jack Ma met Donald Trump.", "„Smith\xff“ said \xc3 to Jones", "New York's mayor", "\"\"\"", "U.S. Sen. Smith"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ents := Recognize(s)
		checkSpans(t, s, ents)
		if fmt.Sprint(summary(Recognize(s))) != fmt.Sprint(summary(ents)) {
			t.Fatal("second call differs")
		}
	})
}
