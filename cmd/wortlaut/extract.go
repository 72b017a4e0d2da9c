package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/wortlaut/wortlaut/dateline"
	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/quote"
)

// document is one input document of extract.
type document struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published,omitempty"`
	err       error  // set when the input could not be read or decoded
}

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	jsonl := fs.Bool("jsonl", false, "each input line is a JSON document {\"id\",\"text\",\"published\"}")
	published := fs.String("published", "", "publication date `YYYY-MM-DD`, resolves datelines without a year")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: wortlaut extract [--jsonl] [--published YYYY-MM-DD] [FILE ...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *published != "" {
		if _, err := time.Parse(time.DateOnly, *published); err != nil {
			fmt.Fprintf(stderr, "wortlaut extract: --published %q: want YYYY-MM-DD\n", *published)
			return 2
		}
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed := false
	emit := func(d document) {
		if d.Published == "" {
			d.Published = *published
		}
		r := process(d)
		if r.Error != "" {
			failed = true
		}
		if err := enc.Encode(r); err != nil {
			failed = true
			fmt.Fprintf(stderr, "wortlaut extract: %v\n", err)
		}
	}
	for _, name := range files {
		if *jsonl {
			if err := readJSONL(name, stdin, emit); err != nil {
				fmt.Fprintf(stderr, "wortlaut extract: %v\n", err)
				failed = true
			}
			continue
		}
		emit(readFile(name, stdin))
	}
	if failed {
		return 1
	}
	return 0
}

func open(name string, stdin io.Reader) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(stdin), nil
	}
	return os.Open(name)
}

func readFile(name string, stdin io.Reader) document {
	d := document{ID: name}
	f, err := open(name, stdin)
	if err != nil {
		d.err = err
		return d
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		d.err = err
		return d
	}
	d.Text = string(b)
	return d
}

// readJSONL calls emit for every line of the named JSONL input, with an
// error document for each line that does not decode.
func readJSONL(name string, stdin io.Reader, emit func(document)) error {
	f, err := open(name, stdin)
	if err != nil {
		return err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 {
			emit(decodeLine(name, line, b))
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func decodeLine(name string, line int, b []byte) document {
	var d document
	if err := json.Unmarshal(b, &d); err != nil {
		return document{ID: fmt.Sprintf("%s:%d", name, line), err: fmt.Errorf("line %d: %v", line, err)}
	}
	if d.ID == "" {
		d.ID = fmt.Sprintf("%s:%d", name, line)
	}
	if d.Published != "" {
		if _, err := time.Parse(time.DateOnly, d.Published); err != nil {
			d.err = fmt.Errorf("line %d: published %q: want YYYY-MM-DD", line, d.Published)
		}
	}
	return d
}

// process runs the extractors over one document.
func process(d document) docJSON {
	r := docJSON{ID: d.ID, Entities: []entityJSON{}, Quotes: []quoteJSON{}}
	if d.err != nil {
		r.Error = d.err.Error()
		return r
	}
	p := dateline.Parser{}
	if d.Published != "" {
		t, _ := time.Parse(time.DateOnly, d.Published)
		p.Reference = t
	}
	if dl, ok := p.Find(d.Text); ok {
		r.Dateline = toDatelineJSON(dl)
	}
	ents := entity.Recognize(d.Text)
	r.Entities = toEntitiesJSON(ents)
	r.Quotes = toQuotesJSON((&quote.Extractor{}).ExtractWithEntities(d.Text, ents))
	return r
}
