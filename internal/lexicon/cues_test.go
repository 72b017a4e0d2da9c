package lexicon

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

func TestCueListChecksum(t *testing.T) {
	src, err := os.ReadFile("data/SOURCE-cues.md")
	require.NoError(t, err)
	sum := sha256.Sum256([]byte(cuesData))
	assert.Contains(t, string(src), hex.EncodeToString(sum[:]), "SOURCE-cues.md must name the checksum of data/cues-de.txt")
}

func TestCueListWellFormed(t *testing.T) {
	lemmas := map[string]bool{}
	for i, line := range strings.Split(cuesData, "\n") {
		assert.Equal(t, norm.NFC.String(line), line, "line %d not NFC", i+1)
		assert.Equal(t, strings.TrimRight(line, " \t"), line, "line %d has trailing space", i+1)
		if line == "" || line[0] == '#' {
			continue
		}
		lemma, _, _ := strings.Cut(line, "\t")
		assert.False(t, lemmas[lemma], "line %d: duplicate lemma %q", i+1, lemma)
		lemmas[lemma] = true
	}
	assert.Greater(t, len(lemmas), 200)
}

func TestCueForms(t *testing.T) {
	c := CueList()
	has := func(first string, words []string, particle string, sec CueSection) bool {
		for _, f := range c.Forms(first) {
			if assert.ObjectsAreEqual(words, f.Words) && f.Particle == particle && f.Section == sec {
				return true
			}
		}
		return false
	}
	assert.True(t, has("sagte", []string{"sagte"}, "", SpeechVerb))
	assert.True(t, has("teilte", []string{"teilte"}, "mit", SpeechVerb))
	assert.True(t, has("mitteilte", []string{"mitteilte"}, "", SpeechVerb))
	assert.True(t, has("heißt", []string{"heißt", "es"}, "", Expression))
	assert.True(t, has("laut", []string{"laut"}, "", Preposition))
	assert.True(t, has("nach", []string{"nach", "eigenen", "Angaben"}, "", Preposition))
	assert.True(t, has("glaubt", []string{"glaubt"}, "", ThoughtVerb))
	assert.True(t, has("Erklärung", []string{"Erklärung"}, "", SpeechNoun))
	// Longest form first.
	fs := c.Forms("nach")
	require.NotEmpty(t, fs)
	assert.Equal(t, 3, len(fs[0].Words))
	assert.Empty(t, c.Forms("Haus"))
	// Case matters: the verb angaben is not the noun Angaben.
	for _, f := range c.Forms("Angaben") {
		assert.NotEqual(t, SpeechVerb, f.Section)
	}
}
