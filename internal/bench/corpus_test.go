package bench

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTexts(t *testing.T) {
	texts, err := Texts("../..")
	require.NoError(t, err)
	assert.Greater(t, len(texts), 100, "the seed, every fixture and every dateline section")
	seen := map[string]bool{}
	for i, s := range texts {
		assert.NotEmpty(t, s, "text %d", i)
		assert.NotContains(t, s, "\n%%\n", "text %d: sections are split", i)
		assert.False(t, seen[s], "text %d is a duplicate", i)
		seen[s] = true
	}
	assert.True(t, strings.HasPrefix(texts[0], "Alibabas Jack Ma trifft Trump"), "the seed comes first")
}

func TestTextsMissing(t *testing.T) {
	_, err := Texts(t.TempDir())
	assert.ErrorContains(t, err, "no fixture texts")
}

func TestRotateAndCorpus(t *testing.T) {
	texts := []string{"aa", "bbb", "c"}
	assert.Equal(t, []string{"aa", "bbb", "c", "aa", "bbb"}, Rotate(texts, 5))
	assert.Empty(t, Rotate(texts, 0))

	c := Corpus(texts, 7)
	assert.Equal(t, []string{"aa", "bbb", "c", "aa"}, c)
	assert.Equal(t, 8, Size(c))
	assert.Empty(t, Corpus(texts, 0))
}

func TestFiles(t *testing.T) {
	texts, err := Files("../../testdata/seed.txt", "../../testdata/quote/*.txt")
	require.NoError(t, err)
	require.Greater(t, len(texts), 1)
	assert.Contains(t, texts[0], "Jack Ma", "the seed comes first, as the first pattern names it")
	_, err = Files("../../testdata/none/*.txt")
	assert.Error(t, err)
}
