package dateline_test

import (
	"errors"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/dateline"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }

func TestSeed(t *testing.T) {
	b, err := os.ReadFile("../testdata/seed.txt")
	require.NoError(t, err)
	text := string(b)

	d, ok := dateline.Find(text)
	require.True(t, ok)
	const line = "WASHINGTON/New York, 9. Januar (Xinhuanet) --"
	start := 97 // after the headline line and its newline
	want := dateline.Dateline{
		Span: wortlaut.Span{Start: start, End: start + len(line)},
		Text: line,
		Places: []dateline.Place{
			{Span: wortlaut.Span{Start: start, End: start + 10}, Text: "WASHINGTON", Name: "Washington"},
			{Span: wortlaut.Span{Start: start + 11, End: start + 19}, Text: "New York", Name: "New York"},
		},
		Agencies: []dateline.Agency{
			{Span: wortlaut.Span{Start: start + 32, End: start + 41}, Text: "Xinhuanet", Name: "Xinhua"},
		},
		Day: 9, Month: 1,
	}
	assert.Equal(t, want, d)

	d, ok = dateline.Parser{Reference: day(2017, time.January, 10)}.Find(text)
	require.True(t, ok)
	want.Year = 2017
	assert.Equal(t, want, d)

	c, ok := dateline.FindCredit(text)
	require.True(t, ok)
	assert.Equal(t, "(gemäß der Nachrichtenagentur Xinhua)", c.Text)
	assert.Equal(t, c.Text, text[c.Start:c.End])
	require.Len(t, c.Agencies, 1)
	assert.Equal(t, "Xinhua", c.Agencies[0].Name)
}

func TestReference(t *testing.T) {
	tests := []struct {
		name, text string
		ref        time.Time
		want       int
	}{
		{"day before", "Peking, 9. Januar (Xinhua) -- China", day(2017, time.January, 10), 2017},
		{"same day", "Peking, 9. Januar (Xinhua) -- China", day(2017, time.January, 9), 2017},
		{"next day is allowed", "Peking, 10. Januar (Xinhua) -- China", day(2017, time.January, 9), 2017},
		{"over new year", "Berlin, 30. Dezember (dpa) - Der", day(2018, time.January, 2), 2017},
		{"over new year, English", "NEW YORK, Dec 30 (Reuters) - Stocks", day(2018, time.January, 2), 2017},
		{"leap day", "Berlin, 29. Februar (dpa) - Der", day(2017, time.March, 1), 2016},
		{"year written wins", "Berlin, 9. Januar 2015 (dpa) - Der", day(2017, time.January, 10), 2015},
		{"no reference", "Berlin, 9. Januar (dpa) - Der", time.Time{}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, ok := dateline.Parser{Reference: tc.ref}.Find(tc.text)
			require.True(t, ok)
			assert.Equal(t, tc.want, d.Year)
		})
	}
}

func TestFind(t *testing.T) {
	type dl = dateline.Dateline
	sp := func(s, e int) wortlaut.Span { return wortlaut.Span{Start: s, End: e} }
	tests := []struct {
		name, text string
		want       dl
		ok         bool
	}{
		{"agency and regional service", "Berlin (dpa/bb) – Der Senat tagt.", dl{
			Span: sp(0, 19), Text: "Berlin (dpa/bb) –",
			Places:   []dateline.Place{{Span: sp(0, 6), Text: "Berlin", Name: "Berlin"}},
			Agencies: []dateline.Agency{{Span: sp(8, 14), Text: "dpa/bb", Name: "dpa", Service: "bb"}},
		}, true},
		{"weekday", "KIEW, Montag (dpa) - Die Stadt.", dl{
			Span: sp(0, 20), Text: "KIEW, Montag (dpa) -",
			Places:   []dateline.Place{{Span: sp(0, 4), Text: "KIEW", Name: "Kiew"}},
			Agencies: []dateline.Agency{{Span: sp(14, 17), Text: "dpa", Name: "dpa"}},
			Weekday:  time.Monday, HasWeekday: true,
		}, true},
		{"ISO date", "Wien, 2017-01-09 - Die Stadt.", dl{
			Span: sp(0, 18), Text: "Wien, 2017-01-09 -",
			Places: []dateline.Place{{Span: sp(0, 4), Text: "Wien", Name: "Wien"}},
			Day:    9, Month: 1, Year: 2017,
		}, true},
		{"two-digit year", "Wien, 9.1.17 - Die Stadt.", dl{
			Span: sp(0, 14), Text: "Wien, 9.1.17 -",
			Places: []dateline.Place{{Span: sp(0, 4), Text: "Wien", Name: "Wien"}},
			Day:    9, Month: 1, Year: 2017,
		}, true},
		{"after a BOM and blank lines", "\ufeff\n\n  BONN (epd). Die Kirche.", dl{
			Span: sp(7, 18), Text: "BONN (epd).",
			Places:   []dateline.Place{{Span: sp(7, 11), Text: "BONN", Name: "Bonn"}},
			Agencies: []dateline.Agency{{Span: sp(13, 16), Text: "epd", Name: "epd"}},
		}, true},
		{"update note on the dateline's line", "(Wiederholung) ESSEN (dpa) - Der Konzern.", dl{
			Span: sp(15, 28), Text: "ESSEN (dpa) -",
			Places:   []dateline.Place{{Span: sp(15, 20), Text: "ESSEN", Name: "Essen"}},
			Agencies: []dateline.Agency{{Span: sp(22, 25), Text: "dpa", Name: "dpa"}},
		}, true},
		{"unknown agency abbreviation", "Essen (WAZ) - Die Stadt.", dl{
			Span: sp(0, 13), Text: "Essen (WAZ) -",
			Places:   []dateline.Place{{Span: sp(0, 5), Text: "Essen", Name: "Essen"}},
			Agencies: []dateline.Agency{{Span: sp(7, 10), Text: "WAZ", Name: "WAZ"}},
		}, true},
		{"impossible date", "Berlin, 31. Februar - Der", dl{}, false},
		{"place only, unknown town", "Lorsch - Die Stadt feiert.", dl{}, false},
		{"place only, body on the next line", "Berlin -\nDie Stadt feiert.", dl{}, false},
		{"party, not agency", "Scholz (SPD) - Der Kanzler.", dl{}, false},
		{"lower-case after agency without separator", "Merkel (AZ) sagte, sie komme.", dl{}, false},
		{"dateline after a long first paragraph", "Der Senat hat am Dienstag beraten, wie es weitergehen soll.\nBerlin (dpa) - Der", dl{}, false},
		{"dateline in the fifth line", "a\nb\nc\nd\nBerlin (dpa) - Der", dl{}, false},
		{"empty", "", dl{}, false},
		{"invalid UTF-8", "Berlin \xff(dpa) - Der", dl{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, ok := dateline.Find(tc.text)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, d)
		})
	}
}

func TestParse(t *testing.T) {
	sp := func(s, e int) wortlaut.Span { return wortlaut.Span{Start: s, End: e} }
	d, err := dateline.Parse("  Lorsch  ")
	require.NoError(t, err)
	assert.Equal(t, dateline.Dateline{Span: sp(2, 8), Text: "Lorsch",
		Places: []dateline.Place{{Span: sp(2, 8), Text: "Lorsch", Name: "Lorsch"}}}, d)

	d, err = dateline.Parser{Reference: day(2024, time.March, 10)}.Parse("(ANSA) - MILANO, 9 MAR -")
	require.NoError(t, err)
	assert.Equal(t, dateline.Dateline{Span: sp(0, 24), Text: "(ANSA) - MILANO, 9 MAR -",
		Places:   []dateline.Place{{Span: sp(9, 15), Text: "MILANO", Name: "Milano"}},
		Agencies: []dateline.Agency{{Span: sp(1, 5), Text: "ANSA", Name: "ANSA"}},
		Day:      9, Month: 3, Year: 2024}, d)

	errs := []struct {
		name, in string
		offset   int
	}{
		{"empty", "", 0},
		{"blank", " \n ", 3},
		{"body after the dateline", "BERLIN (dpa) - Der Senat", 15},
		{"not a place", "berlin (dpa) -", 0},
		{"byline", "Von Hans Müller", 0},
		{"no agency", "(gemäß der Nachrichtenagentur Xinhua)", 0},
	}
	for _, tc := range errs {
		t.Run(tc.name, func(t *testing.T) {
			_, err := dateline.Parse(tc.in)
			require.Error(t, err)
			assert.ErrorIs(t, err, dateline.ErrNoDateline)
			var pe *dateline.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tc.in, pe.Input)
			assert.Equal(t, tc.offset, pe.Offset)
			assert.Contains(t, pe.Error(), "dateline: ")
		})
	}
}

func TestFindCredit(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // credit text; "" = none
		agencies   []string
	}{
		{"own line", "Der Senat tagt.\n(dpa)\n", "(dpa)", []string{"dpa"}},
		{"service", "Der Senat tagt.\n\n(dpa/lby)", "(dpa/lby)", []string{"dpa"}},
		{"after the last sentence", "Der Senat tagt. (AFP)", "(AFP)", []string{"AFP"}},
		{"Quelle", "Der Senat tagt.\nQuelle: AFP", "Quelle: AFP", []string{"AFP"}},
		{"Mit Material", "Der Senat tagt.\nMit Material von dpa und Reuters.", "Mit Material von dpa und Reuters.", []string{"dpa", "Reuters"}},
		{"bare agencies", "Der Senat tagt.\ndpa/lno", "dpa/lno", []string{"dpa"}},
		{"copyright", "Der Senat tagt.\n© dpa-AFX", "© dpa-AFX", []string{"dpa-AFX"}},
		{"before a teaser", "Der Senat tagt.\n(gemäß der Nachrichtenagentur Xinhua)\nWeitere Meldungen … mehr...", "(gemäß der Nachrichtenagentur Xinhua)", []string{"Xinhua"}},
		{"English", "The Senate voted.\n(Source: Reuters)", "(Source: Reuters)", []string{"Reuters"}},
		{"party in parentheses", "Das sagte Olaf Scholz (SPD)", "", nil},
		{"unknown source", "Der Senat tagt.\n(Quelle: Stadtverwaltung)", "", nil},
		{"credit inside a sentence", "Er sagte (dpa) nichts dazu.", "", nil},
		{"too far up", "(dpa)\na\nb\nc\nd", "", nil},
		{"empty", "", "", nil},
		{"invalid UTF-8", "Text.\n(\xffdpa)", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, ok := dateline.FindCredit(tc.text)
			assert.Equal(t, tc.want != "", ok)
			assert.Equal(t, tc.want, c.Text)
			assert.Equal(t, c.Text, tc.text[c.Start:c.End])
			var names []string
			for _, a := range c.Agencies {
				names = append(names, a.Name)
				assert.Equal(t, a.Text, tc.text[a.Start:a.End])
			}
			assert.Equal(t, tc.agencies, names)
		})
	}
}

func TestParseErrorMessage(t *testing.T) {
	err := &dateline.ParseError{Input: "berlin (dpa) -", Offset: 0, Msg: "expected a place"}
	assert.Equal(t, `dateline: expected a place at offset 0 in "berlin (dpa) -"`, err.Error())
	assert.True(t, errors.Is(err, dateline.ErrNoDateline))
}
