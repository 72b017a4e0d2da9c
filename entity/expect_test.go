package entity

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// expectation is one line of a .expect file: what a reader finds in the
// fixture, written by hand from the text and not from the output.
//
//	TYPE Name[: mention, mention …]   an entity with this canonical name and
//	                                  type whose mentions include these texts
//	                                  (a text listed twice must occur twice)
//	- text                            no entity is named so and no mention
//	                                  has this text
//	? line                            a known miss: counted in the recall,
//	                                  and the test fails once it is found,
//	                                  so that the mark is removed
type expectation struct {
	line     string
	typ      Type
	name     string
	mentions []string
	absent   bool
	miss     bool
}

func parseExpect(t *testing.T, path string) []expectation {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []expectation
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		e := expectation{line: line}
		if rest, ok := strings.CutPrefix(line, "? "); ok {
			e.miss, line = true, rest
		}
		if rest, ok := strings.CutPrefix(line, "- "); ok {
			e.absent, e.name = true, rest
			out = append(out, e)
			continue
		}
		typ, rest, ok := strings.Cut(line, " ")
		require.True(t, ok, "%s: bad line %q", path, line)
		e.typ = map[string]Type{"PER": Person, "ORG": Organization, "LOC": Location, "MISC": Misc}[typ]
		require.NotZero(t, e.typ, "%s: bad type in %q", path, line)
		name, ms, _ := strings.Cut(rest, ":")
		e.name = strings.TrimSpace(name)
		for m := range strings.SplitSeq(ms, ",") {
			if m = strings.TrimSpace(m); m != "" {
				e.mentions = append(e.mentions, m)
			}
		}
		out = append(out, e)
	}
	require.NoError(t, sc.Err())
	return out
}

// holds reports whether ents satisfy e, and why not.
func (e expectation) holds(ents []Entity) (bool, string) {
	if e.absent {
		for _, en := range ents {
			if en.Name == e.name {
				return false, fmt.Sprintf("entity %s %q found", en.Type, en.Name)
			}
			for _, m := range en.Mentions {
				if m.Text == e.name {
					return false, fmt.Sprintf("mention %q of %s %q found", m.Text, en.Type, en.Name)
				}
			}
		}
		return true, ""
	}
	i := slices.IndexFunc(ents, func(en Entity) bool { return en.Name == e.name })
	if i < 0 {
		return false, "missing"
	}
	if ents[i].Type != e.typ {
		return false, "typed " + ents[i].Type.String()
	}
	var texts []string
	for _, m := range ents[i].Mentions {
		texts = append(texts, m.Text)
	}
	for _, want := range e.mentions {
		k := slices.Index(texts, want)
		if k < 0 {
			return false, fmt.Sprintf("mention %q not in %q", want, texts)
		}
		texts = slices.Delete(texts, k, k+1)
	}
	return true, ""
}

// TestExpect checks every fixture against its hand-written .expect file.
// Extra entities are tolerated (the golden files pin them); a missing or
// mistyped expected entity, a missing mention or a forbidden name fails.
func TestExpect(t *testing.T) {
	paths, err := filepath.Glob("../testdata/entity/*.expect")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(paths), 15)
	found, total := 0, 0
	for _, p := range paths {
		b, err := os.ReadFile(strings.TrimSuffix(p, ".expect") + ".txt")
		require.NoError(t, err)
		ents := Recognize(string(b))
		t.Run(filepath.Base(p), func(t *testing.T) {
			for _, e := range parseExpect(t, p) {
				ok, why := e.holds(ents)
				total++
				if ok {
					found++
				}
				switch {
				case e.miss && ok:
					t.Errorf("%q now holds: remove the ? mark", e.line)
				case e.miss:
					t.Logf("known miss %q: %s", e.line, why)
				case !ok:
					t.Errorf("%q: %s", e.line, why)
				}
			}
		})
	}
	t.Logf("expectations met: %d of %d (%.1f%%)", found, total, 100*float64(found)/float64(total))
}
