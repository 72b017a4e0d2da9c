package dateline_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wortlaut/wortlaut/dateline"
	"github.com/wortlaut/wortlaut/internal/golden"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fixtureDir holds the openings: <lang>.txt are datelines in that language,
// none.txt are openings without one. Cases are separated by a line "%%".
const fixtureDir = "../testdata/dateline"

// readCases returns the cases of one fixture file.
func readCases(t testing.TB, name string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(fixtureDir, name))
	require.NoError(t, err)
	return strings.Split(string(b), "\n%%\n")
}

// describe renders one Find result as a golden line.
func describe(n int, c string, d dateline.Dateline, ok bool) string {
	if !ok {
		head, _, _ := strings.Cut(c, "\n")
		if len([]rune(head)) > 40 {
			head = string([]rune(head)[:40]) + "…"
		}
		return fmt.Sprintf("%03d none %q", n, head)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%03d %d-%d %q", n, d.Start, d.End, d.Text)
	for _, p := range d.Places {
		fmt.Fprintf(&b, " | place %q", p.Text)
		if p.Name != p.Text {
			fmt.Fprintf(&b, "=%s", p.Name)
		}
	}
	for _, a := range d.Agencies {
		fmt.Fprintf(&b, " | agency %q=%s", a.Text, a.Name)
		if a.Service != "" {
			fmt.Fprintf(&b, " service=%s", a.Service)
		}
		if a.Editor != "" {
			fmt.Fprintf(&b, " editor=%s", a.Editor)
		}
	}
	if d.Day != 0 || d.Month != 0 || d.Year != 0 {
		fmt.Fprintf(&b, " | date %d.%d.%d", d.Day, d.Month, d.Year)
	}
	if d.HasWeekday {
		fmt.Fprintf(&b, " | %s", d.Weekday)
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	found := map[string]int{}
	for _, name := range []string{"de", "en", "fr", "es", "it", "none"} {
		t.Run(name, func(t *testing.T) {
			var out strings.Builder
			for n, c := range readCases(t, name+".txt") {
				d, ok := dateline.Find(c)
				if ok {
					assert.Equal(t, c[d.Start:d.End], d.Text, "case %d", n+1)
					found[name]++
				}
				out.WriteString(describe(n+1, c, d, ok))
				out.WriteByte('\n')
				if name == "none" {
					assert.False(t, ok, "case %d is not a dateline but Find returned %q", n+1, d.Text)
				} else {
					assert.True(t, ok, "case %d: no dateline found in %.60q", n+1, c)
				}
			}
			golden.Check(t, filepath.Join(fixtureDir, name+".golden"), []byte(out.String()), *update)
		})
	}
	total := found["de"] + found["en"] + found["fr"] + found["es"] + found["it"]
	assert.GreaterOrEqual(t, total, 120, "datelines found in the fixtures")
	assert.GreaterOrEqual(t, len(readCases(t, "none.txt")), 40, "non-dateline fixtures")
}
