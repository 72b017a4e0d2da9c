// Command pipeline runs wortlaut over a whole archive concurrently, with
// bounded memory and output in input order: a directory of .txt files, or a
// JSON Lines stream of {"id","text"} documents.
//
//	go run ./examples/pipeline -j 4 testdata/           # every .txt below testdata/
//	go run ./examples/pipeline -jsonl < feed.jsonl      # one document per line
//
// For each document it prints one tab-separated line: id, dateline, number
// of entities, number of quotations, and who is quoted how often.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/wortlaut/wortlaut/dateline"
	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/quote"
)

// doc is one document on its way through the pipeline.
type doc struct {
	seq      int
	id, text string
	out      string
}

func main() {
	jobs := flag.Int("j", runtime.GOMAXPROCS(0), "documents analysed in parallel")
	jsonl := flag.Bool("jsonl", false, "read JSON Lines {\"id\",\"text\"} from standard input")
	flag.Parse()
	if *jobs < 1 || (!*jsonl && flag.NArg() != 1) {
		fmt.Fprintln(os.Stderr, "usage: pipeline [-j N] DIR | pipeline [-j N] -jsonl < FILE.jsonl")
		os.Exit(2)
	}

	// Bounded memory: at most `window` documents are read but not yet
	// written. The reader takes a slot per document, the writer frees it.
	window := 4 * *jobs
	slots := make(chan struct{}, window)
	in := make(chan doc, *jobs)
	out := make(chan doc, window)

	// Reader: one goroutine, input order.
	go func() {
		defer close(in)
		seq := 0
		send := func(id, text string) {
			slots <- struct{}{}
			in <- doc{seq: seq, id: id, text: text}
			seq++
		}
		if *jsonl {
			sc := bufio.NewScanner(os.Stdin)
			sc.Buffer(make([]byte, 64<<10), 64<<20) // documents up to 64 MB
			for line := 1; sc.Scan(); line++ {
				var d struct{ ID, Text string }
				if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
					send(fmt.Sprintf("line %d", line), "") // keep the line, empty result
					log.Printf("line %d: %v", line, err)
					continue
				}
				send(d.ID, d.Text)
			}
			if err := sc.Err(); err != nil {
				log.Print(err)
			}
			return
		}
		err := filepath.WalkDir(flag.Arg(0), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			send(path, string(b))
			return nil
		})
		if err != nil {
			log.Print(err)
		}
	}()

	// Workers: the extractors are safe for concurrent use.
	done := make(chan struct{})
	for range *jobs {
		go func() {
			defer func() { done <- struct{}{} }()
			for d := range in {
				d.out = analyse(d.id, d.text)
				d.text = "" // let the text go before the writer gets to it
				out <- d
			}
		}()
	}
	go func() {
		for range *jobs {
			<-done
		}
		close(out)
	}()

	// Writer: restore input order with a small reorder buffer.
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	pending := map[int]string{}
	next := 0
	for d := range out {
		pending[d.seq] = d.out
		for s, ok := pending[next]; ok; s, ok = pending[next] {
			w.WriteString(s)
			delete(pending, next)
			next++
			<-slots
		}
	}
}

// analyse runs dateline, entity and quote extraction over one document and
// renders its summary line.
func analyse(id, text string) string {
	dl := "-"
	if d, ok := dateline.Find(text); ok {
		dl = d.Text
	}
	ents := entity.Recognize(text)
	quotes := (&quote.Extractor{}).ExtractWithEntities(text, ents)
	count := map[string]int{}
	for _, q := range quotes {
		if q.Speaker != nil && q.Speaker.Name != "" { // unnamed speakers (er, die Chefin) are not counted
			count[q.Speaker.Name]++
		}
	}
	names := make([]string, 0, len(count))
	for n := range count {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		return strings.Compare(a, b)
	})
	for i, n := range names {
		names[i] = fmt.Sprintf("%s (%d)", n, count[n])
	}
	return fmt.Sprintf("%s\t%s\tentities=%d\tquotes=%d\t%s\n", id, dl, len(ents), len(quotes), strings.Join(names, ", "))
}
