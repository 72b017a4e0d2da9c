package quote_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/wortlaut/wortlaut/quote"
)

// TestDump is a debugging aid, skipped unless QUOTE_DUMP names a text
// file: it prints every quotation Extract finds there with its kind,
// speaker and cue, one per line, to look at a text by eye.
//
//	QUOTE_DUMP=../testdata/seed.txt go test ./quote -run Dump -v
func TestDump(t *testing.T) {
	f := os.Getenv("QUOTE_DUMP")
	if f == "" {
		t.Skip("set QUOTE_DUMP to a text file to print its quotations")
	}
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range quote.Extract(string(b)) {
		sp, cue := "-", "-"
		if q.Speaker != nil {
			sp = fmt.Sprintf("%s (%s %q)", q.Speaker.Name, q.Speaker.Type, q.Speaker.Text)
		}
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		if q.Via != nil {
			cue += fmt.Sprintf(" via %s (%s %q)", q.Via.Name, q.Via.Type, q.Via.Text)
		}
		t.Logf("%d-%d %s %q speaker %s cue %q", q.Start, q.End, q.Kind, q.Text, sp, cue)
	}
}
