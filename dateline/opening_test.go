package dateline

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wortlaut/wortlaut"
)

// TestOnlyTheOpening checks by structure, not by time, that Find reads
// only the opening of a 50 MB text and FindCredit only its closing: the
// part they see is bounded, and a text of that part alone gives the same
// result with the same allocations.
func TestOnlyTheOpening(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 50 MB text")
	}
	const head = "Rom baut ab\nROMA, 9 gennaio (ANSA) - Il governo ha approvato il decreto.\n"
	const tail = "\nIl testo passa ora al Senato.\n(ANSA)\n"
	body := strings.Repeat("Il Consiglio dei ministri si è riunito. ", 50<<20/40)
	big := head + body + tail
	require.Greater(t, len(big), 50<<20)

	op := opening(big)
	require.LessOrEqual(t, len(op), maxOpening)
	assert.Equal(t, big[:len(op)], op)

	d, ok := Find(big)
	require.True(t, ok)
	d2, ok2 := Find(op)
	require.True(t, ok2)
	assert.Equal(t, d2, d)
	assert.Equal(t, "ROMA, 9 gennaio (ANSA) -", d.Text)
	assert.Equal(t, testing.AllocsPerRun(10, func() { Find(op) }), testing.AllocsPerRun(10, func() { Find(big) }))

	base := closing(big)
	require.LessOrEqual(t, len(big)-base, maxClosing)
	c, ok := FindCredit(big)
	require.True(t, ok)
	c2, ok2 := FindCredit(big[base:])
	require.True(t, ok2)
	assert.Equal(t, "(ANSA)", c.Text)
	assert.Equal(t, wortlaut.Span{Start: c2.Start + base, End: c2.End + base}, c.Span)
}

// TestPathological runs the scanners over megabytes of the characters
// they branch on; each must return (linear work, bounded windows).
func TestPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("megabyte inputs")
	}
	for _, unit := range []string{"(", ")", "/", ",", "-", ".", "A", "Berlin ", "Berlin/", "9. ", "(dpa/", "\xff", "\n", " ", "„"} {
		s := strings.Repeat(unit, 1<<20/len(unit))
		Find(s)
		Parse(s)
		FindCredit(s)
	}
}

// TestNoAllocWithoutDateline checks that Find allocates nothing when there
// is no dateline, and only the result's slices when there is one.
func TestNoAllocWithoutDateline(t *testing.T) {
	for _, c := range seeds(t) {
		if _, ok := Find(c); ok {
			continue
		}
		assert.Zero(t, testing.AllocsPerRun(20, func() { Find(c) }), "%.40q", c)
	}
	// One place and one agency share one allocation; a known place's name
	// comes from the gazetteer, an unknown one in capitals is built.
	assert.Equal(t, 1.0, testing.AllocsPerRun(20, func() { Find("BERLIN (dpa) - Der Senat") }))
	assert.Equal(t, 1.0, testing.AllocsPerRun(20, func() { Find("Lorsch (dpa) - Der Senat") }))
	assert.Equal(t, 2.0, testing.AllocsPerRun(20, func() { Find("LORSCH (dpa) - Der Senat") }))
	assert.Equal(t, 2.0, testing.AllocsPerRun(20, func() { Find("Berlin (AFP/dpa) - Der Senat") }))
}
