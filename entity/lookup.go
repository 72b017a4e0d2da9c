package entity

import (
	"strings"

	"github.com/wortlaut/wortlaut"
)

// Covering returns the index of the entity with a mention that overlaps sp,
// and the index of that mention in its Mentions; (-1, -1) when no mention
// does. When several overlap, the one overlapping sp by the most bytes wins,
// the earliest on a tie. Quote attribution uses it to map a speaker phrase
// („US-Präsident Donald Trump“) to its entity.
func Covering(ents []Entity, sp wortlaut.Span) (entity, mention int) {
	entity, mention = -1, -1
	best, bestStart := 0, 0
	for ei, e := range ents {
		for mi, m := range e.Mentions {
			o := min(m.End, sp.End) - max(m.Start, sp.Start)
			if o <= 0 && !(sp.Len() == 0 && m.Start <= sp.Start && sp.Start < m.End) {
				continue
			}
			o = max(o, 1)
			if o > best || (o == best && m.Start < bestStart) {
				entity, mention, best, bestStart = ei, mi, o, m.Start
			}
		}
	}
	return entity, mention
}

// Lookup returns the index of the entity that name refers to, or -1. name
// matches an entity's canonical name or the text of one of its mentions;
// for a person also a surname or first name of the canonical name (Ma,
// Jack → Jack Ma), and a genitive -s form of any of these (Trumps). The
// first entity in the slice that matches wins.
func Lookup(ents []Entity, name string) int {
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		return -1
	}
	for ei := range ents {
		if ents[ei].matches(name) {
			return ei
		}
	}
	if stem, ok := genitiveStem(name); ok {
		for ei := range ents {
			if ents[ei].matches(stem) {
				return ei
			}
		}
	}
	return -1
}

func (e *Entity) matches(name string) bool {
	if e.Name == name {
		return true
	}
	for _, m := range e.Mentions {
		if m.Text == name {
			return true
		}
	}
	if e.Type == Person {
		words := strings.Fields(e.Name)
		if len(words) >= 2 && (words[0] == name || words[len(words)-1] == name) {
			return true
		}
	}
	return false
}
