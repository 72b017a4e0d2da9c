//go:build !race

package ner

// raceEnabled: see race_on_test.go.
const raceEnabled = false
