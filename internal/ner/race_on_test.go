//go:build race

package ner

// raceEnabled is true under -race, whose sync.Pool drops pooled values at
// random on purpose, so allocation counts of pooled code are not zero.
const raceEnabled = true
