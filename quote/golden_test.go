package quote

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

// formatQuotes renders quotations one per line, in text order:
//
//	start-end kind "text" speaker=Name/TYPE "mention"@start-end cue="cue"@start-end
func formatQuotes(qs []Quote) []byte {
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "%d-%d %s %q", q.Start, q.End, q.Kind, q.Text)
		if len(q.Parts) > 0 {
			b.WriteString(" parts=")
			for i, p := range q.Parts {
				if i > 0 {
					b.WriteByte(',')
				}
				fmt.Fprintf(&b, "%d-%d", p.Start, p.End)
			}
		}
		if s := q.Speaker; s != nil {
			fmt.Fprintf(&b, " speaker=%s/%s %q@%d-%d", s.Name, s.Type, s.Text, s.Start, s.End)
		} else {
			b.WriteString(" speaker=-")
		}
		if c := q.Cue; c != nil {
			fmt.Fprintf(&b, " cue=%q@%d-%d", c.Text, c.Start, c.End)
		} else {
			b.WriteString(" cue=-")
		}
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// TestGolden runs the extraction rules over the seed article and every
// fixture text in testdata/quote. It passes no entities, so the goldens pin
// this package's own rules (speaker mentions, name completion, pronouns)
// and do not move when the entity model changes; accuracy with the
// recogniser is scored by TestFixtureScore against hand-written truth.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/quote/*.txt")
	require.NoError(t, err)
	files = append([]string{"../testdata/seed.txt"}, files...)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			got := (&Extractor{}).ExtractWithEntities(string(src), nil)
			checkInvariants(t, string(src), got)
			golden.Check(t, filepath.Join("../testdata/quote", name+".golden"), formatQuotes(got), *update)
		})
	}
}
