package text

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// TestWordLists checks the embedded lists: NFC, sorted in byte order, no
// duplicates, no stray space, every entry ending as its role requires.
func TestWordLists(t *testing.T) {
	for _, name := range []string{"abbrev.txt", "abbrev_final.txt", "abbrev_number.txt", "months.txt", "ordinal_prev.txt", "sentence_start.txt"} {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile("data/" + name)
			require.NoError(t, err)
			src := string(b)
			require.True(t, strings.HasSuffix(src, "\n"), "missing final newline")
			prev := ""
			for i, line := range strings.Split(strings.TrimSuffix(src, "\n"), "\n") {
				if strings.HasPrefix(line, "#") {
					continue
				}
				assert.NotEmpty(t, line, "line %d: blank", i+1)
				assert.Equal(t, strings.TrimSpace(line), line, "line %d: stray space", i+1)
				assert.NotContains(t, line, "  ", "line %d: double space", i+1)
				assert.True(t, norm.NFC.IsNormalString(line), "line %d: not NFC: %q", i+1, line)
				assert.Less(t, prev, line, "line %d: not sorted or duplicate: %q after %q", i+1, line, prev)
				prev = line
				if strings.HasPrefix(name, "abbrev") {
					for _, part := range strings.Fields(line) {
						assert.True(t, strings.HasSuffix(part, "."), "line %d: part %q without full stop", i+1, part)
					}
				}
			}
		})
	}
	// The embedded copies are the files on disk.
	assert.Equal(t, mustRead(t, "data/abbrev.txt"), abbrevTxt)
	assert.Equal(t, mustRead(t, "data/months.txt"), monthsTxt)
}

func mustRead(t *testing.T, path string) string {
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

// TestLexicon checks the decoded tables against a few entries of each kind.
func TestLexicon(t *testing.T) {
	l := loadLexicon()
	assert.Equal(t, abbrevPlain, l.abbrev["Dr."])
	assert.Equal(t, abbrevPlain|abbrevFinal, l.abbrev["usw."])
	assert.Equal(t, abbrevPlain|abbrevFinal, l.abbrev["Usw."])
	assert.Equal(t, abbrevFirst, l.abbrev["z."])
	assert.Equal(t, abbrevMonth, l.abbrev["Jan."])
	assert.Equal(t, abbrevPlain|abbrevMonth, l.abbrev["Okt."])
	assert.Equal(t, abbrevNumber, l.abbrev["Art."])
	assert.True(t, l.months.get("Jänner"))
	assert.False(t, l.months.get("Jan"))
	assert.True(t, l.ordPrev.get("zum"))
	assert.True(t, l.starts.get("Die"))
	assert.False(t, l.starts.get("die"))
	assert.True(t, lowerFirstKey(&l.ordPrev, "Am"))
	assert.False(t, lowerFirstKey(&l.ordPrev, "Platz"))
}

// TestAbbrevTable checks the abbreviation table against the map it is
// built from: every key gives its flags, other words none, and most words
// that end a sentence find an empty signature group, which is what makes
// the table fast.
func TestAbbrevTable(t *testing.T) {
	l := loadLexicon()
	for k, f := range l.abbrev {
		assert.Equal(t, f, l.abbrevFlags(k), k)
	}
	assert.Len(t, l.abbrevTab.keys, len(l.abbrev))
	assert.Equal(t, abbrevFlag(0), l.abbrevFlags(""))
	assert.Equal(t, abbrevFlag(0), l.abbrevFlags("."))
	assert.Equal(t, abbrevFlag(0), l.abbrevFlags("D"))
	words := strings.Fields("gegründet. Mauern. sie. Steuern. entlasten. reagierten. Euro. Werk. Forschung. schaffen. Gemeinden. Kommunen. " +
		"Peking. Januar. erklärte. Regierung. worden. hatte. Angaben. Sonntag. Jahr. Prozent. Dollar. Menschen. werden. sagte. Polizei.")
	passed := 0
	for _, w := range words {
		require.Zero(t, l.abbrev[w], w)
		assert.Zero(t, l.abbrevFlags(w), w)
		if g := signature(w); l.abbrevTab.start[g] == l.abbrevTab.start[g+1] {
			passed++
		}
	}
	assert.Greater(t, passed, len(words)/2, "too many words share a signature with an abbreviation")
}
