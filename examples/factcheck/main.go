// Command factcheck checks claimed quotations against an article: for each
// claim (SPEAKER: „QUOTE“, one per line; # starts a comment) it prints the
// verdict, the score and the article's words that match.
//
//	go run ./examples/factcheck testdata/seed.txt testdata/factcheck/seed_claims.txt
//	echo 'Ma: „Der designierte Präsident ist sehr klug“' | go run ./examples/factcheck testdata/seed.txt -
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/wortlaut/wortlaut/factcheck"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: factcheck ARTICLE CLAIMS|-")
		os.Exit(2)
	}
	article, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var claims io.Reader = os.Stdin
	if os.Args[2] != "-" {
		f, err := os.Open(os.Args[2])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		defer f.Close()
		claims = f
	}

	// One Verifier for all claims; it is safe for concurrent use as well.
	v := &factcheck.Verifier{}
	sc := bufio.NewScanner(claims)
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		c, err := factcheck.ParseClaim(s)
		if err != nil {
			fmt.Printf("%d: %v\n", line, err)
			continue
		}
		r := v.Verify(string(article), c)
		fmt.Printf("%d: %-16s %.2f  %s: „%s“\n", line, r.Verdict, r.Score, c.Speaker, c.Quote)
		if r.Verdict != factcheck.NotFound {
			fmt.Printf("   article [%d:%d] „%s“", r.Start, r.End, r.Text)
			if r.Quote != nil && r.Quote.Speaker != nil && r.Quote.Speaker.Name != "" {
				fmt.Printf(" — %s", r.Quote.Speaker.Name)
			}
			fmt.Println()
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
