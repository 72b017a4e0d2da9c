package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/wortlaut/wortlaut/factcheck"
	"github.com/wortlaut/wortlaut/quote"
)

const verifyUsage = `usage: wortlaut verify --claim TEXT [--speaker NAME] [flags] [ARTICLE]

Checks whether an article supports a claimed quotation and its speaker. It
finds the article's quotations and speakers (as extract does), picks the
quotation that best matches the claim, tolerating case, punctuation,
quote-mark style, ellipses and small wording changes, and prints a verdict:

  supported         a quotation of the claimed speaker matches
  speaker-mismatch  the words match, but the article gives another speaker
  unattributed      the words match, but the article names no speaker
  paraphrased       a quotation is close, with other wording
  unquoted          the words stand in the article, outside quotation marks
  not-found         nothing matches

ARTICLE is a UTF-8 text file, or standard input when absent or "-". When
--speaker is not given, a claim written as SPEAKER: "QUOTE" is split.

Exit status: 0 supported, 1 any other verdict, 2 bad usage or unreadable
article (like grep).

Examples:
  wortlaut verify --speaker "Jack Ma" --claim "Der designierte Präsident ist sehr klug" testdata/seed.txt
  wortlaut verify --claim 'Ma: „Der designierte Präsident ist sehr klug“' --format text testdata/seed.txt
  curl -s https://example.org/article.txt | wortlaut verify --claim "…" -

Flags:
`

// verifyJSON is the output of verify.
type verifyJSON struct {
	Verdict string       `json:"verdict"`
	Score   float64      `json:"score"`
	Claim   claimJSON    `json:"claim"`
	Match   *mentionJSON `json:"match"` // the matching words in the article
	Quote   *quoteJSON   `json:"quote"` // the matching quotation
}

type claimJSON struct {
	Quote   string `json:"quote"`
	Speaker string `json:"speaker"`
}

func runVerify(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("verify", flag.ContinueOnError)
	fset.SetOutput(stderr)
	claimText := fset.String("claim", "", "the claimed quotation (or SPEAKER: \"QUOTE\")")
	speaker := fset.String("speaker", "", "the claimed speaker, e.g. \"Jack Ma\"")
	article := fset.String("article", "", "article `file` (instead of the argument)")
	format := fset.String("format", "json", "output `format`: json or text")
	fset.Usage = func() {
		fmt.Fprint(fset.Output(), verifyUsage)
		fset.PrintDefaults()
	}
	pos, err := parseInterleaved(fset, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "wortlaut verify: "+format+"\n", a...)
		return 2
	}
	if *format != "json" && *format != "text" {
		return fail("--format %q: want json or text", *format)
	}
	if strings.TrimSpace(*claimText) == "" {
		return fail("--claim is required (see --help)")
	}
	name := *article
	switch {
	case len(pos) > 1, len(pos) == 1 && name != "":
		return fail("one article at a time")
	case len(pos) == 1:
		name = pos[0]
	case name == "":
		name = "-"
	}
	claim := factcheck.Claim{Quote: *claimText, Speaker: *speaker}
	if claim.Speaker == "" {
		if c, err := factcheck.ParseClaim(*claimText); err == nil {
			claim = c
		}
	}
	d := readFile(name, stdin, 64<<20)
	if d.err != nil {
		return fail("%v", d.err)
	}
	r := factcheck.Verify(d.Text, claim)

	out := verifyJSON{Verdict: r.Verdict.String(), Score: r.Score, Claim: claimJSON{claim.Quote, claim.Speaker}}
	if r.Verdict != factcheck.NotFound {
		out.Match = &mentionJSON{Text: r.Text, Start: r.Start, End: r.End}
	}
	if r.Quote != nil {
		out.Quote = &toQuotesJSON(d.Text, []quote.Quote{*r.Quote})[0]
	}
	var buf bytes.Buffer
	if *format == "text" {
		writeVerifyText(&buf, out)
	} else {
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			return fail("%v", err)
		}
	}
	if _, err := stdout.Write(buf.Bytes()); err != nil {
		return fail("%v", err)
	}
	if r.Verdict != factcheck.Supported {
		return 1
	}
	return 0
}

// writeVerifyText renders a verify result for reading.
func writeVerifyText(w *bytes.Buffer, v verifyJSON) {
	fmt.Fprintf(w, "verdict  %s (score %.2f)\n", v.Verdict, v.Score)
	if v.Claim.Speaker != "" {
		fmt.Fprintf(w, "claim    %s: „%s“\n", v.Claim.Speaker, v.Claim.Quote)
	} else {
		fmt.Fprintf(w, "claim    „%s“\n", v.Claim.Quote)
	}
	if m := v.Match; m != nil {
		fmt.Fprintf(w, "match    [%d:%d] „%s“\n", m.Start, m.End, m.Text)
	}
	if q := v.Quote; q != nil {
		fmt.Fprintf(w, "quote    [%d:%d] %s", q.Start, q.End, q.Kind)
		if s := q.Speaker; s != nil {
			fmt.Fprintf(w, "  speaker: %s (as %q)", speakerLabel(s.Name), s.Text)
		} else {
			w.WriteString("  speaker: none")
		}
		if c := q.Cue; c != nil {
			fmt.Fprintf(w, "  cue: %q", c.Text)
		}
		w.WriteByte('\n')
	}
}
