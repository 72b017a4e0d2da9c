package main

import "github.com/wortlaut/wortlaut/quote"

func toQuotesJSON(text string, qs []quote.Quote) []quoteJSON {
	out := make([]quoteJSON, 0, len(qs))
	for _, q := range qs {
		qj := quoteJSON{Text: q.Text, Start: q.Start, End: q.End, Kind: q.Kind.String()}
		for _, p := range q.Parts {
			qj.Parts = append(qj.Parts, mentionJSON{Text: text[p.Start:p.End], Start: p.Start, End: p.End})
		}
		if s := q.Speaker; s != nil {
			qj.Speaker = &speakerJSON{Name: s.Name, Type: s.Type.String(), Text: s.Text, Start: s.Start, End: s.End}
		}
		if v := q.Via; v != nil {
			qj.Via = &speakerJSON{Name: v.Name, Type: v.Type.String(), Text: v.Text, Start: v.Start, End: v.End}
		}
		if c := q.Cue; c != nil {
			qj.Cue = &mentionJSON{Text: c.Text, Start: c.Start, End: c.End}
		}
		out = append(out, qj)
	}
	return out
}
