//go:build unix

package bench

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestCPUTime(t *testing.T) {
	a := CPUTime()
	x := 0
	for i := range 100_000_000 { // some 50 ms of work, whatever the load
		x += i % 7
	}
	d := CPUTime() - a
	assert.Greater(t, d, 5*time.Millisecond, "busy work counts as CPU time (%d)", x)
}
