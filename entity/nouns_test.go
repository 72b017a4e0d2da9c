package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

func TestNounsWellFormed(t *testing.T) {
	var entries []string
	for line := range strings.Lines(nounsTxt) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		assert.Equal(t, strings.TrimSpace(line), line, "surrounding space")
		assert.True(t, norm.NFC.IsNormalString(line), "not NFC: %q", line)
		entries = append(entries, line)
	}
	assert.Greater(t, len(entries), 1000)
	assert.True(t, slices.IsSorted(entries), "not sorted")
	assert.Equal(t, len(entries), len(slices.Compact(slices.Clone(entries))), "duplicates")
}

func TestCommonNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"Produkte": true, "Plattform": true, "China": false, "Trump": false, "Alibaba": false, "produkte": false,
	} {
		assert.Equal(t, want, commonNoun(w), w)
	}
	for w, want := range map[string]bool{
		"Kleinunternehmen": true, "Unternehmen": true, "Regierung": true, "Präsidenten": true, "Alibaba": false, "Trump": false, "Amt": false,
	} {
		assert.Equal(t, want, nounCompound(w), w)
	}
}
