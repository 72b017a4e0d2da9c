package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/wortlaut/wortlaut/internal/ner"
)

// runTag labels CoNLL-style tokens with the German NER model, so the tagger
// can be run and scored on the usual benchmark files without the rest of
// the pipeline.
func runTag(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tag", flag.ContinueOnError)
	fs.SetOutput(stderr)
	modelPath := fs.String("model", "", "model `file` written by 'wortlaut train' (default: the embedded model)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: wortlaut tag [-model FILE] [FILE ...]

Reads CoNLL-style tokens (GermEval 2014 TSV, or one token per line, any
further fields ignored; a blank line between sentences; lines starting with
"#" and a TAB are comments) from the files or standard input and writes
"token<TAB>label" per token, a blank line after each sentence. Labels are
GermEval 2014 outer-level BIO labels with 12 types (PER, ORG, LOC, OTH and
their deriv and part variants).`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	m, err := loadModel(*modelPath)
	if err != nil {
		fmt.Fprintln(stderr, "wortlaut tag:", err)
		return 1
	}
	w := bufio.NewWriter(stdout)
	var labels []ner.Label
	status := 0
	err = eachInput(fs.Args(), stdin, func(name string, r io.Reader) error {
		sents, err := ner.ReadCoNLL(r, nil)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		for _, s := range sents {
			labels = m.Tag(s.Words, labels)
			for i, word := range s.Words {
				fmt.Fprintf(w, "%s\t%s\n", word, labels[i])
			}
			w.WriteByte('\n')
		}
		return nil
	})
	if err != nil {
		fmt.Fprintln(stderr, "wortlaut tag:", err)
		status = 1
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "wortlaut tag:", err)
		status = 1
	}
	return status
}

// loadModel returns the model in path, or the embedded model for "".
func loadModel(path string) (*ner.Model, error) {
	if path == "" {
		return ner.Default(), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.Load(f)
}

// eachInput calls fn for each named file in order, or for stdin ("-") when
// there are none; it stops at the first error.
func eachInput(files []string, stdin io.Reader, fn func(name string, r io.Reader) error) error {
	if len(files) == 0 {
		return fn("-", stdin)
	}
	for _, name := range files {
		if err := withInput(name, stdin, fn); err != nil {
			return err
		}
	}
	return nil
}

// withInput opens name ("-" is stdin) and calls fn with it.
func withInput(name string, stdin io.Reader, fn func(name string, r io.Reader) error) error {
	if name == "-" {
		return fn(name, stdin)
	}
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return fn(name, f)
}
