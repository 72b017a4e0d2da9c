package main

import "github.com/wortlaut/wortlaut/entity"

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
