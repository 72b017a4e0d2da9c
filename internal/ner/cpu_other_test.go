//go:build !unix

package ner

// cpuSeconds is not measured here: benchmarks report no CPU-second
// figures.
func cpuSeconds() float64 { return 0 }
