package text

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/wortlaut/wortlaut/internal/golden"
)

var update = flag.Bool("update", false, "rewrite golden files")

// render writes a segmented document as the golden format: one paragraph,
// sentence or token per line, each with its byte span.
func render(d *Doc) string {
	var b strings.Builder
	for pi, p := range d.Paragraphs {
		fmt.Fprintf(&b, "P%d %d-%d\n", pi, p.Start, p.End)
		for si := p.First; si < p.Last; si++ {
			s := d.Sentences[si]
			fmt.Fprintf(&b, "  S%d %d-%d %q\n", si, s.Start, s.End, s.Text(d.Src))
			for _, t := range d.Tokens[s.First:s.Last] {
				kind := t.Kind.String()
				if t.Kind == QuoteMark {
					kind += "/" + t.Quote.String()
				}
				fmt.Fprintf(&b, "    %d-%d %s %q", t.Start, t.End, kind, t.Text(d.Src))
				if parts := t.Parts(d.Src); len(parts) > 1 {
					b.WriteString(" parts")
					for _, p := range parts {
						fmt.Fprintf(&b, " %q", p.Text(d.Src))
					}
				}
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}

// TestGolden segments every testdata/text/*.txt fixture and compares the
// result with its .golden file. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../../testdata/text/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			d := Segment(string(src))
			checkDoc(t, d)
			golden.Check(t, strings.TrimSuffix(f, ".txt")+".golden", []byte(render(d)), *update)
		})
	}
}
