//go:build !unix

package bench

import "time"

// CPUTime returns 0 where the process's CPU time is not available; callers
// then report wall-clock figures only.
func CPUTime() time.Duration { return 0 }
