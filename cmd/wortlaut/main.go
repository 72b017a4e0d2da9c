// Command wortlaut reads German news text and says who said what.
//
// Usage:
//
//	wortlaut extract [--jsonl] [--published YYYY-MM-DD] [FILE ...]
//	wortlaut tag | eval | train | verify ...
//
// Run "wortlaut help" for the subcommands and "wortlaut CMD --help" for one.
//
// Exit status: 0 success; 1 some document failed (extract) or the claim is
// not supported (verify); 2 bad usage.
package main

import (
	"fmt"
	"io"
	"os"
)

// command is one subcommand: it gets its arguments and the standard streams
// and returns the exit status.
type command struct {
	name, summary string
	run           func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"extract", "dateline, entities and quotes of each document as JSON Lines", runExtract},
		{"verify", "check whether an article supports a quotation and its speaker", runVerify},
		{"tag", "label CoNLL-style tokens with GermEval BIO entity labels", runTag},
		{"eval", "strict span F1 of a tagged file against a gold file", runEval},
		{"train", "rebuild the embedded German NER model from the data in ../shared", runTrain},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdin, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "wortlaut: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: wortlaut COMMAND [flags] [FILE ...]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'wortlaut COMMAND --help' for the flags and examples of one command.")
	fmt.Fprintln(w, "\nExit status: 0 success; 1 a document failed (extract) or the claim is not")
	fmt.Fprintln(w, "supported (verify); 2 bad usage.")
	fmt.Fprintln(w, "\nExample:\n  wortlaut extract --format text testdata/seed.txt")
}
