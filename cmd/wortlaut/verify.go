package main

import (
	"fmt"
	"io"
)

// runVerify is not built yet.
func runVerify(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "wortlaut verify: not built yet")
	return 2
}
