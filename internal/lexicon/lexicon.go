// Package lexicon holds the embedded word lists of wortlaut (cues, roles,
// first names, ...), each decoded on first use. Every list is a UTF-8 file
// in data/ with one entry per line and # comments; data/SOURCE.md names
// where each came from.
package lexicon

import (
	"iter"
	"strings"
)

// Lines yields the entries of an embedded list: lines with surrounding
// space trimmed, skipping blank lines and lines starting with '#'.
func Lines(data string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for line := range strings.Lines(data) {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			if !yield(line) {
				return
			}
		}
	}
}
