package main

import (
	"fmt"
	"io"
)

// runEval is not built yet.
func runEval(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "wortlaut eval: not built yet")
	return 2
}
