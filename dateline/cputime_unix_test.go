//go:build unix

package dateline_test

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used. On a shared machine
// wall-clock rates understate the scanner; with -cpu 1 the CPU-time rate
// is the rate on one core.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
