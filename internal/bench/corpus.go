// Package bench builds the corpus that the whole-pipeline benchmark and the
// batch tests of cmd/wortlaut run on. The corpus is made only of texts in
// the repository (the seed and the fixtures in testdata), because news
// sites' texts may not be committed and the held-out data sets may not be
// tuned on: figures measured on it can be reproduced from a checkout alone.
package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// globs are the fixture files the corpus is read from, relative to the
// module root. Every file is a German (or, for datelines, European) news
// text written for wortlaut in agency style, or the seed.
var globs = []string{
	"testdata/seed.txt",
	"testdata/dateline/*.txt",
	"testdata/entity/*.txt",
	"testdata/factcheck/bahn.txt",
	"testdata/quote/*.txt",
	"testdata/text/*.txt",
}

// separator splits the dateline fixtures, which hold one opening per
// section, into separate documents.
const separator = "\n%%\n"

// Texts returns the repository's fixture texts under root, the module root,
// one document per file or per section of a multi-document file, in a fixed
// order, without duplicates and without empty documents.
func Texts(root string) ([]string, error) {
	patterns := make([]string, len(globs))
	for i, g := range globs {
		patterns[i] = filepath.Join(root, filepath.FromSlash(g))
	}
	files, err := Files(patterns...)
	if err != nil {
		return nil, fmt.Errorf("bench: no fixture texts under %s: %w", root, err)
	}
	var out []string
	seen := map[string]bool{}
	for _, b := range files {
		for _, doc := range strings.Split(strings.ReplaceAll(b, "\r\n", "\n"), separator) {
			doc = strings.TrimSpace(strings.TrimPrefix(doc, "%%\n"))
			if doc == "" || seen[doc] {
				continue
			}
			seen[doc] = true
			out = append(out, doc)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("bench: no fixture texts under %s", root)
	}
	return out, nil
}

// Files returns the contents of the files matching each pattern in turn,
// sorted by name within a pattern: the article sets of the packages'
// benchmarks. It fails when no file matches.
func Files(patterns ...string) ([]string, error) {
	var out []string
	for _, g := range patterns {
		files, err := filepath.Glob(g)
		if err != nil {
			return nil, fmt.Errorf("bench: %w", err)
		}
		slices.Sort(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("bench: %w", err)
			}
			out = append(out, string(b))
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("bench: no file matches %q", patterns)
	}
	return out, nil
}

// Rotate returns n documents taken from texts in turn, starting over when
// texts runs out, so that a batch of any length mixes every fixture. It
// panics when texts is empty and n > 0.
func Rotate(texts []string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = texts[i%len(texts)]
	}
	return out
}

// Corpus returns documents taken from texts in turn until together they
// hold at least size bytes, so a benchmark over it measures a volume of the
// order of a real archive rather than one small file kept in cache. The
// documents share the memory of texts. texts must hold a non-empty text
// when size > 0.
func Corpus(texts []string, size int) []string {
	var out []string
	for n, i := 0, 0; n < size; i++ {
		t := texts[i%len(texts)]
		out = append(out, t)
		n += len(t)
	}
	return out
}

// Size returns the total length of docs in bytes.
func Size(docs []string) int {
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	return n
}
