// Package golden compares test output with golden files in testdata and
// rewrites them when a test runs with -update.
//
// Each test package declares its own flag and passes it in:
//
//	var update = flag.Bool("update", false, "rewrite golden files")
//	golden.Check(t, "testdata/x.golden", got, *update)
package golden

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Check compares got with the content of the file at path. With update set it
// writes got to path instead. A missing golden file fails the test with a hint
// to run with -update.
func Check(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("golden: %v", err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden: %v (run the test with -update to create it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("golden: %s differs (review, then rerun with -update to accept)\n%s", path, diff(string(want), string(got)))
	}
}

// diff lists the lines that differ, by line number, so a failure shows where
// the output moved without an external diff tool.
func diff(want, got string) string {
	wl := bytes.Split([]byte(want), []byte("\n"))
	gl := bytes.Split([]byte(got), []byte("\n"))
	var b bytes.Buffer
	n := max(len(wl), len(gl))
	shown := 0
	for i := 0; i < n && shown < 40; i++ {
		var w, g []byte
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if !bytes.Equal(w, g) {
			fmt.Fprintf(&b, "line %d:\n- %s\n+ %s\n", i+1, w, g)
			shown++
		}
	}
	return b.String()
}
