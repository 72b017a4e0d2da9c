package main

import (
	"fmt"
	"io"
)

// runTrain is not built yet.
func runTrain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "wortlaut train: not built yet")
	return 2
}
