package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/cues-de.txt
var cuesData string

// CueSection is the section of the cue list an entry belongs to. It tells
// how strong the evidence of a cue is on its own.
type CueSection uint8

// Cue sections, as in data/cues-de.txt.
const (
	SpeechVerb  CueSection = iota + 1 // A: verbs of saying; strong on their own
	ThoughtVerb                       // B: verbs of thought or decision; need supporting evidence
	Expression                        // C: multiword expressions (heißt es, geht davon aus)
	Preposition                       // D: laut, zufolge, nach Angaben, so, wie
	SpeechNoun                        // E: Erklärung, Angaben, Interview
)

// CueForm is one surface form of a cue: a contiguous word sequence, and for
// the main-clause form of a separable verb the particle that closes the
// clause later ("teilte … mit": Words ["teilte"], Particle "mit").
type CueForm struct {
	Lemma    string
	Section  CueSection
	Words    []string
	Particle string
}

// Cues indexes the embedded cue list by the first word of each form.
type Cues struct {
	byFirst map[string][]CueForm
	n       int
}

// CueList returns the embedded German cue list, decoded on first use. The
// value is shared and must not be modified; it is safe for concurrent use.
var CueList = sync.OnceValue(func() *Cues { return parseCues(cuesData) })

func parseCues(data string) *Cues {
	c := &Cues{byFirst: make(map[string][]CueForm)}
	var sec CueSection
	for line := range strings.Lines(data) {
		line = strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(line, "## ") {
			if len(line) > 3 && line[3] >= 'A' && line[3] <= 'E' {
				sec = CueSection(line[3]-'A') + SpeechVerb
			}
			continue
		}
		if line == "" || line[0] == '#' || sec == 0 {
			continue
		}
		cols := strings.Split(line, "\t")
		lemma := cols[0]
		seen := make(map[string]bool)
		for _, f := range cols {
			f = strings.TrimSpace(f)
			if f == "" || seen[f] {
				continue
			}
			seen[f] = true
			cf := CueForm{Lemma: lemma, Section: sec}
			if before, after, ok := strings.Cut(f, "…"); ok {
				cf.Words = strings.Fields(before)
				cf.Particle = strings.TrimSpace(after)
			} else {
				cf.Words = strings.Fields(f)
			}
			if len(cf.Words) == 0 {
				continue
			}
			c.byFirst[cf.Words[0]] = append(c.byFirst[cf.Words[0]], cf)
			c.n++
		}
	}
	// Longest forms first, so a matcher that takes the first fit takes the
	// longest one; ties keep file order.
	for k, fs := range c.byFirst {
		sortByLen(fs)
		c.byFirst[k] = fs
	}
	return c
}

func sortByLen(fs []CueForm) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && len(fs[j].Words) > len(fs[j-1].Words); j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

// Forms returns the forms whose first word is w (case-sensitive), longest
// first. The slice is shared and must not be modified.
func (c *Cues) Forms(w string) []CueForm { return c.byFirst[w] }

// Len returns the number of forms in the list.
func (c *Cues) Len() int { return c.n }
