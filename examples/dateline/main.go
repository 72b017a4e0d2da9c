// Command dateline reads news openings from standard input, separated by
// blank lines, and prints the dateline each one starts with.
//
//	printf 'BERLIN (dpa) - Der Senat tagt.\n\nBerlin ist schön.\n' | go run ./examples/dateline
//	go run ./examples/dateline -published 2017-01-10 < testdata/seed.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/wortlaut/wortlaut/dateline"
)

func main() {
	published := flag.String("published", "", "publication date `YYYY-MM-DD`, resolves dates without a year")
	flag.Parse()
	var p dateline.Parser
	if *published != "" {
		t, err := time.Parse(time.DateOnly, *published)
		if err != nil {
			fmt.Fprintf(os.Stderr, "dateline: -published %q: want YYYY-MM-DD\n", *published)
			os.Exit(2)
		}
		p.Reference = t
	}
	in, err := io.ReadAll(bufio.NewReader(os.Stdin))
	if err != nil {
		fmt.Fprintln(os.Stderr, "dateline:", err)
		os.Exit(1)
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for n, opening := range split(string(in)) {
		fmt.Fprintf(out, "%d: ", n+1)
		d, ok := p.Find(opening)
		if !ok {
			fmt.Fprintln(out, "no dateline")
			continue
		}
		show(out, d)
	}
}

// split returns the non-empty blocks of text between blank lines.
func split(text string) []string {
	var out []string
	for _, block := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if strings.TrimSpace(block) != "" {
			out = append(out, block)
		}
	}
	return out
}

func show(w io.Writer, d dateline.Dateline) {
	fmt.Fprintf(w, "%q [%d:%d]\n", d.Text, d.Start, d.End)
	for _, pl := range d.Places {
		fmt.Fprintf(w, "   place   %-20q %s\n", pl.Text, pl.Name)
	}
	for _, a := range d.Agencies {
		fmt.Fprintf(w, "   agency  %-20q %s", a.Text, a.Name)
		if a.Service != "" {
			fmt.Fprintf(w, " service=%s", a.Service)
		}
		if a.Editor != "" {
			fmt.Fprintf(w, " editor=%s", a.Editor)
		}
		fmt.Fprintln(w)
	}
	if d.Day != 0 || d.Month != 0 {
		fmt.Fprintf(w, "   date    day=%d month=%d year=%d", d.Day, d.Month, d.Year)
		if d.HasWeekday {
			fmt.Fprintf(w, " (%s)", d.Weekday)
		}
		fmt.Fprintln(w)
	}
}
