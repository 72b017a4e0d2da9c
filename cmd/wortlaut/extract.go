package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/wortlaut/wortlaut/dateline"
	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/quote"
)

const extractUsage = `usage: wortlaut extract [flags] [FILE|DIR|- ...]

Reads German news text and prints, for every document, its dateline, named
entities and quotations with speakers: one JSON object per line (the contract
is in README.md), in input order, never skipping a document.

Without --jsonl each FILE is one document of UTF-8 text, a DIR is walked in
lexical order for *.txt files, and "-" (or no argument) is standard input.
With --jsonl each input line is one document {"id","text","published"}, and a
DIR is walked for *.jsonl files.

Exit status: 0 all documents processed, 1 some document failed (its output
line carries "error"), 2 bad usage.

Examples:
  wortlaut extract testdata/seed.txt
  wortlaut extract --format text testdata/seed.txt
  wortlaut extract -j 4 archive/ > archive.jsonl
  wortlaut extract --jsonl --published 2017-01-10 feed.jsonl
  zcat feed.jsonl.gz | wortlaut extract --jsonl -

Flags:
`

// document is one input document of extract.
type document struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published,omitempty"`
	err       error  // set when the input could not be read or decoded
}

// extractConfig holds the parsed flags of extract.
type extractConfig struct {
	jsonl     bool
	published string
	format    string
	jobs      int
	maxBytes  int64
	progress  string // auto, always, never
}

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var c extractConfig
	fset := flag.NewFlagSet("extract", flag.ContinueOnError)
	fset.SetOutput(stderr)
	fset.BoolVar(&c.jsonl, "jsonl", false, "each input line is a JSON document {\"id\",\"text\",\"published\"}")
	fset.StringVar(&c.published, "published", "", "publication date `YYYY-MM-DD`, resolves datelines without a year")
	fset.StringVar(&c.format, "format", "json", "output `format`: json (JSON Lines, the contract) or text (for reading)")
	fset.IntVar(&c.jobs, "j", runtime.GOMAXPROCS(0), "number of documents processed in `parallel`")
	fset.Int64Var(&c.maxBytes, "max-bytes", 64<<20, "largest document in `bytes`; a larger one is reported as failed")
	fset.StringVar(&c.progress, "progress", "auto", "progress bar on standard error: auto (when it is a terminal), always, never")
	fset.Usage = func() {
		fmt.Fprint(fset.Output(), extractUsage)
		fset.PrintDefaults()
	}
	inputs, err := parseInterleaved(fset, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if c.published != "" {
		if _, err := time.Parse(time.DateOnly, c.published); err != nil {
			fmt.Fprintf(stderr, "wortlaut extract: --published %q: want YYYY-MM-DD\n", c.published)
			return 2
		}
	}
	if c.format != "json" && c.format != "text" {
		fmt.Fprintf(stderr, "wortlaut extract: --format %q: want json or text\n", c.format)
		return 2
	}
	if c.jobs < 1 {
		fmt.Fprintf(stderr, "wortlaut extract: -j %d: want at least 1\n", c.jobs)
		return 2
	}
	if c.maxBytes < 1 {
		fmt.Fprintf(stderr, "wortlaut extract: --max-bytes %d: want at least 1\n", c.maxBytes)
		return 2
	}
	if c.progress != "auto" && c.progress != "always" && c.progress != "never" {
		fmt.Fprintf(stderr, "wortlaut extract: --progress %q: want auto, always or never\n", c.progress)
		return 2
	}
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	return extract(c, inputs, stdin, stdout, stderr)
}

// parseInterleaved parses flags that may follow positional arguments
// (wortlaut extract a.txt -j 2), as users expect; "--" ends the flags.
func parseInterleaved(fset *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fset.Parse(args); err != nil {
			return nil, err
		}
		rest := fset.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// extract runs the batch: a producer reads inputs in order, c.jobs workers
// analyse documents, and this goroutine writes results in input order. A
// window of at most 4×jobs documents is in flight at any time, so memory
// stays bounded however long the input is.
func extract(c extractConfig, inputs []string, stdin io.Reader, stdout, stderr io.Writer) int {
	window := 4 * c.jobs
	tokens := make(chan struct{}, window)
	jobs := make(chan job, c.jobs)
	results := make(chan result, window)
	done := make(chan struct{})
	defer close(done)

	go func() {
		defer close(jobs)
		produce(c, inputs, stdin, func(j job) bool {
			select {
			case tokens <- struct{}{}:
			case <-done:
				return false
			}
			select {
			case jobs <- j:
				return true
			case <-done:
				return false
			}
		})
	}()
	nworkers := make(chan struct{}, c.jobs)
	for range c.jobs {
		go func() {
			defer func() { nworkers <- struct{}{} }()
			for j := range jobs {
				results <- work(c, j, stdin)
			}
		}()
	}
	go func() {
		for range c.jobs {
			<-nworkers
		}
		close(results)
	}()

	bar := newProgress(c.progress, stderr, totalBytes(c, inputs))
	out := bufio.NewWriterSize(stdout, 64<<10)
	pending := make(map[int]result)
	next, failed, writeErr := 0, false, error(nil)
	for r := range results {
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-tokens
			if p.err != "" {
				failed = true
				bar.clear()
				fmt.Fprintf(stderr, "wortlaut extract: %s: %s\n", p.id, p.err)
			}
			if writeErr == nil {
				if _, err := out.Write(p.out); err != nil {
					writeErr = err
				}
			}
			bar.add(p.size)
		}
	}
	if err := out.Flush(); err != nil && writeErr == nil {
		writeErr = err
	}
	bar.finish()
	if writeErr != nil {
		fmt.Fprintf(stderr, "wortlaut extract: writing output: %v\n", writeErr)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}

// job is one document to analyse: either a file to read (file set), a raw
// JSONL line to decode (line set), or a document that already failed.
type job struct {
	seq  int
	file string // path of a text document, "-" for standard input
	name string // JSONL input name
	line int    // JSONL line number, 1-based
	raw  []byte // JSONL line
	doc  document
}

// result is the rendered output of one job.
type result struct {
	seq  int
	id   string
	err  string
	out  []byte
	size int64 // input bytes, for the progress bar
}

// produce walks the inputs in order and hands every document to emit; it
// stops early when emit returns false.
func produce(c extractConfig, inputs []string, stdin io.Reader, emit func(job) bool) {
	seq := 0
	send := func(j job) bool {
		j.seq = seq
		seq++
		return emit(j)
	}
	for _, name := range inputs {
		if name == "-" {
			if c.jsonl {
				if !produceJSONL(c, name, stdin, send) {
					return
				}
			} else if !send(job{file: "-"}) {
				return
			}
			continue
		}
		info, err := os.Stat(name)
		if err != nil {
			if !send(job{doc: document{ID: name, err: err}}) {
				return
			}
			continue
		}
		if !info.IsDir() {
			if !produceFile(c, name, send) {
				return
			}
			continue
		}
		ext := ".txt"
		if c.jsonl {
			ext = ".jsonl"
		}
		stop := false
		werr := filepath.WalkDir(name, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if !send(job{doc: document{ID: path, err: err}}) {
					stop = true
					return fs.SkipAll
				}
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !strings.HasSuffix(path, ext) {
				return nil
			}
			if !produceFile(c, path, send) {
				stop = true
				return fs.SkipAll
			}
			return nil
		})
		if stop {
			return
		}
		if werr != nil && !send(job{doc: document{ID: name, err: werr}}) {
			return
		}
	}
}

func produceFile(c extractConfig, path string, send func(job) bool) bool {
	if !c.jsonl {
		return send(job{file: path})
	}
	f, err := os.Open(path)
	if err != nil {
		return send(job{doc: document{ID: path, err: err}})
	}
	defer f.Close()
	return produceJSONL(c, path, f, send)
}

// produceJSONL sends one job per line of r. A line longer than c.maxBytes is
// not held in memory: it is skipped and reported as failed.
func produceJSONL(c extractConfig, name string, r io.Reader, send func(job) bool) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		b, tooLong, err := readLine(br, c.maxBytes)
		if len(b) > 0 || tooLong {
			j := job{name: name, line: line, raw: b}
			if tooLong {
				j = job{doc: document{ID: fmt.Sprintf("%s:%d", name, line),
					err: fmt.Errorf("line %d: longer than --max-bytes=%d", line, c.maxBytes)}}
			}
			if !send(j) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return send(job{doc: document{ID: fmt.Sprintf("%s:%d", name, line), err: fmt.Errorf("line %d: %w", line, err)}})
		}
	}
}

// readLine reads one line including its newline. When the line exceeds max
// bytes it reads on to the line's end without keeping it and reports tooLong.
func readLine(br *bufio.Reader, max int64) (b []byte, tooLong bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(b)+len(frag)) > max {
				tooLong, b = true, nil
			} else {
				b = append(b, frag...)
			}
		}
		if err != bufio.ErrBufferFull {
			return b, tooLong, err
		}
	}
}

// work reads or decodes one job's document, analyses it and renders it.
// A panic in an extractor fails that document, not the batch.
func work(c extractConfig, j job, stdin io.Reader) (r result) {
	d := j.doc
	switch {
	case j.file != "":
		d = readFile(j.file, stdin, c.maxBytes)
	case j.raw != nil:
		d = decodeLine(j.name, j.line, j.raw)
	}
	r = result{seq: j.seq, id: d.ID, size: int64(len(d.Text))}
	if j.raw != nil {
		r.size = int64(len(j.raw))
	}
	if d.Published == "" {
		d.Published = c.published
	}
	defer func() {
		if p := recover(); p != nil {
			dj := docJSON{ID: d.ID, Entities: []entityJSON{}, Quotes: []quoteJSON{}, Error: fmt.Sprintf("internal error: %v", p)}
			r.err = dj.Error
			r.out = render(c.format, dj, "")
		}
	}()
	dj := process(d)
	r.err = dj.Error
	r.out = render(c.format, dj, d.Text)
	return r
}

// render encodes one document's result in the chosen format.
func render(format string, dj docJSON, text string) []byte {
	var buf bytes.Buffer
	if format == "text" {
		writeText(&buf, dj, text)
		return buf.Bytes()
	}
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(dj); err != nil {
		// Only a value that cannot be encoded gets here; keep the line.
		buf.Reset()
		b, _ := json.Marshal(docJSON{ID: dj.ID, Entities: []entityJSON{}, Quotes: []quoteJSON{}, Error: "encoding output: " + err.Error()})
		buf.Write(b)
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

func open(name string, stdin io.Reader) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(stdin), nil
	}
	return os.Open(name)
}

func readFile(name string, stdin io.Reader, max int64) document {
	d := document{ID: name}
	f, err := open(name, stdin)
	if err != nil {
		d.err = err
		return d
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		d.err = err
		return d
	}
	if int64(len(b)) > max {
		d.err = fmt.Errorf("longer than --max-bytes=%d", max)
		return d
	}
	d.Text = string(b)
	return d
}

// decodeLine decodes one JSONL line; a line that is not a document object
// with a "text" field yields a failed document naming the line.
func decodeLine(name string, line int, b []byte) document {
	var in struct {
		ID        string  `json:"id"`
		Text      *string `json:"text"`
		Published string  `json:"published"`
	}
	id := fmt.Sprintf("%s:%d", name, line)
	if err := json.Unmarshal(b, &in); err != nil {
		return document{ID: id, err: fmt.Errorf("line %d: %v", line, err)}
	}
	if in.ID != "" {
		id = in.ID
	}
	if in.Text == nil {
		return document{ID: id, err: fmt.Errorf("line %d: no \"text\" field", line)}
	}
	d := document{ID: id, Text: *in.Text, Published: in.Published}
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
	r.Quotes = toQuotesJSON(d.Text, (&quote.Extractor{}).ExtractWithEntities(d.Text, ents))
	return r
}

// totalBytes is the input size for the progress bar, or -1 when unknown
// (standard input, or directories, which are not walked twice).
func totalBytes(c extractConfig, inputs []string) int64 {
	var n int64
	for _, name := range inputs {
		if name == "-" {
			return -1
		}
		info, err := os.Stat(name)
		if err != nil {
			continue
		}
		if info.IsDir() {
			return -1
		}
		n += info.Size()
	}
	return n
}
