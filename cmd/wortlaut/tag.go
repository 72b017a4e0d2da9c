package main

import (
	"fmt"
	"io"
)

// runTag is not built yet.
func runTag(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "wortlaut tag: not built yet")
	return 2
}
