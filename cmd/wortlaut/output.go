package main

import (
	"github.com/wortlaut/wortlaut/dateline"
	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/quote"
)

// The JSON shapes of the extract contract (see README.md). Field order and
// names are stable: other tools read them.

type docJSON struct {
	ID       string        `json:"id"`
	Dateline *datelineJSON `json:"dateline"`
	Entities []entityJSON  `json:"entities"`
	Quotes   []quoteJSON   `json:"quotes"`
	Error    string        `json:"error,omitempty"`
}

type datelineJSON struct {
	Text      string   `json:"text"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Locations []string `json:"locations"`
	Agencies  []string `json:"agencies"`
	Day       int      `json:"day"`
	Month     int      `json:"month"`
	Year      int      `json:"year"`
	Date      string   `json:"date,omitempty"`
}

type mentionJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type entityJSON struct {
	Name     string        `json:"name"`
	Type     string        `json:"type"`
	Mentions []mentionJSON `json:"mentions"`
}

type speakerJSON struct {
	Name  string `json:"name"`
	Type  string `json:"type"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type quoteJSON struct {
	Text    string       `json:"text"`
	Start   int          `json:"start"`
	End     int          `json:"end"`
	Kind    string       `json:"kind"`
	Speaker *speakerJSON `json:"speaker"`
	Cue     *mentionJSON `json:"cue"`
}

func toDatelineJSON(d dateline.Dateline) *datelineJSON {
	out := &datelineJSON{Text: d.Text, Start: d.Start, End: d.End, Locations: []string{}, Agencies: []string{},
		Day: d.Day, Month: d.Month, Year: d.Year}
	for _, p := range d.Places {
		out.Locations = append(out.Locations, p.Text)
	}
	for _, a := range d.Agencies {
		out.Agencies = append(out.Agencies, a.Text)
	}
	if d.Year != 0 && d.Month != 0 && d.Day != 0 {
		out.Date = fmtDate(d.Year, d.Month, d.Day)
	}
	return out
}

func fmtDate(y, m, d int) string {
	b := []byte("0000-00-00")
	for i, v := 3, y; i >= 0; i, v = i-1, v/10 {
		b[i] = byte('0' + v%10)
	}
	b[5], b[6] = byte('0'+m/10), byte('0'+m%10)
	b[8], b[9] = byte('0'+d/10), byte('0'+d%10)
	return string(b)
}

func toEntitiesJSON(ents []entity.Entity) []entityJSON {
	out := make([]entityJSON, 0, len(ents))
	for _, e := range ents {
		ej := entityJSON{Name: e.Name, Type: e.Type.String(), Mentions: make([]mentionJSON, 0, len(e.Mentions))}
		for _, m := range e.Mentions {
			ej.Mentions = append(ej.Mentions, mentionJSON{Text: m.Text, Start: m.Start, End: m.End})
		}
		out = append(out, ej)
	}
	return out
}

func toQuotesJSON(qs []quote.Quote) []quoteJSON {
	out := make([]quoteJSON, 0, len(qs))
	for _, q := range qs {
		qj := quoteJSON{Text: q.Text, Start: q.Start, End: q.End, Kind: q.Kind.String()}
		if s := q.Speaker; s != nil {
			qj.Speaker = &speakerJSON{Name: s.Name, Type: s.Type.String(), Text: s.Text, Start: s.Start, End: s.End}
		}
		if c := q.Cue; c != nil {
			qj.Cue = &mentionJSON{Text: c.Text, Start: c.Start, End: c.End}
		}
		out = append(out, qj)
	}
	return out
}
