// Command whosaidwhat prints every quotation of a German news text with its
// speaker and the cue that attributes it: the library's main job in a few
// lines.
//
//	go run ./examples/whosaidwhat testdata/seed.txt
//	curl -s https://example.org/artikel.txt | go run ./examples/whosaidwhat
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/wortlaut/wortlaut/quote"
)

func main() {
	var (
		b   []byte
		err error
	)
	switch len(os.Args) {
	case 1:
		b, err = io.ReadAll(os.Stdin)
	case 2:
		if os.Args[1] == "-" {
			b, err = io.ReadAll(os.Stdin)
		} else {
			b, err = os.ReadFile(os.Args[1])
		}
	default:
		fmt.Fprintln(os.Stderr, "usage: whosaidwhat [FILE|-]")
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "whosaidwhat:", err)
		os.Exit(1)
	}
	text := string(b)

	// quote.Extract recognises the entities itself, so that a speaker
	// written as „er“ or „Ma“ comes back under its canonical name.
	quotes := quote.Extract(text)
	if len(quotes) == 0 {
		fmt.Println("no quotations")
		return
	}
	for i, q := range quotes {
		who := "(no speaker)"
		if s := q.Speaker; s != nil {
			who = s.Name
			if who == "" {
				who = "unnamed" // a mention (er, die Chefin) with no name to resolve to
			}
			if s.Text != s.Name {
				who += fmt.Sprintf(" (as „%s“)", s.Text)
			}
		}
		cue := "-"
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		words := "„" + q.Text + "“"
		if q.Kind == quote.Indirect {
			words = q.Text // reported speech stands outside quote marks
		}
		fmt.Printf("%d. %s, %s, cue: %s, bytes %d-%d\n   %s\n", i+1, who, q.Kind, cue, q.Start, q.End, words)
	}
}
