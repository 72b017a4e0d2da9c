package entity

import (
	"slices"
	"strings"

	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/internal/lexicon"
)

// group is a set of candidate mentions that share a canonical form, and
// later everything merged into it.
type group struct {
	canon string
	words []string
	typ   Type
	cands []int // indices into the candidate slice
	first int   // start of the earliest mention
	gone  bool  // merged into another group
}

// cluster groups candidate mentions into entities. Mentions with the same
// canonical form form one group; a person's group whose words are the
// first or last words of a longer person name (Ma, Jack → Jack Ma) joins
// it, as does an organisation's short form (Alibaba → Alibaba Group) and a
// town's (Frankfurt → Frankfurt am Main). When
// several longer names fit, each mention joins the one mentioned most
// recently before it. The canonical name is the fullest form.
func cluster(src string, cs []cand) []Entity {
	if len(cs) == 0 {
		return []Entity{}
	}
	byCanon := make(map[string]*group, len(cs))
	// the groups in one allocation: there are at most len(cs) of them, so
	// the pointers into store stay valid
	store := make([]group, 0, len(cs))
	groups := make([]*group, 0, len(cs))
	for i, c := range cs {
		g := byCanon[c.canon]
		if g == nil {
			store = append(store, group{canon: c.canon, words: strings.Fields(c.canon), first: c.start})
			g = &store[len(store)-1]
			byCanon[c.canon] = g
			groups = append(groups, g)
		}
		g.cands = append(g.cands, i)
	}
	gaz := lexicon.Names()
	for _, g := range groups {
		g.typ = voteType(g, cs, gaz)
	}
	order := slices.Clone(groups)
	slices.SortStableFunc(order, func(a, b *group) int {
		if d := len(a.words) - len(b.words); d != 0 {
			return d
		}
		return a.first - b.first
	})
	// Every rule in joins needs the shorter name's first word in the longer
	// one, so only the groups holding that word are tried: the pass stays
	// near linear in the number of names.
	byWord := map[string][]*group{}
	for _, g := range order {
		if len(g.words) < 2 {
			continue
		}
		for _, w := range g.words {
			if l := byWord[w]; len(l) == 0 || l[len(l)-1] != g {
				byWord[w] = append(l, g)
			}
		}
	}
	for _, a := range order {
		if len(a.words) == 0 {
			continue
		}
		var targets []*group
		for _, b := range byWord[a.words[0]] {
			if !b.gone && len(b.words) > len(a.words) && sameKind(a, b, gaz) && joins(a, b) {
				targets = append(targets, b)
			}
		}
		if len(targets) == 0 {
			continue
		}
		pick := nearest(targets, cs)
		for _, ci := range a.cands {
			t := pick(cs[ci].start)
			t.cands = append(t.cands, ci)
			t.first = min(t.first, cs[ci].start)
		}
		a.cands, a.gone = nil, true
	}
	out := make([]Entity, 0, len(groups))
	for _, g := range groups {
		if g.gone {
			continue
		}
		slices.Sort(g.cands)
		e := Entity{Name: g.canon, Type: g.typ, Mentions: make([]Mention, 0, len(g.cands))}
		for _, ci := range g.cands {
			c := cs[ci]
			e.Mentions = append(e.Mentions, Mention{Span: wortlaut.Span{Start: c.start, End: c.end}, Text: src[c.start:c.end], Type: g.typ})
		}
		slices.SortFunc(e.Mentions, func(a, b Mention) int { return a.Start - b.Start })
		if g.typ == Person {
			e.Gender = gender(g, cs)
		}
		e.Roles = roles(g, cs)
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b Entity) int {
		if d := a.Mentions[0].Start - b.Mentions[0].Start; d != 0 {
			return d
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out
}

// voteType returns the group's type: the gazetteer's when it knows the
// name, else the most frequent type among the mentions, the earliest
// mention's on a tie.
func voteType(g *group, cs []cand, gaz *lexicon.Gazetteer) Type {
	if n, ok := gaz.Lookup(g.canon); ok && n.Canonical == g.canon {
		return typeOf(n.Type)
	}
	var count [Misc + 1]int
	for _, ci := range g.cands {
		count[cs[ci].typ]++
	}
	best := cs[g.cands[0]].typ
	for t := Person; t <= Misc; t++ {
		if count[t] > count[best] {
			best = t
		}
	}
	return best
}

// sameKind reports whether the shorter group a may join b: groups of the
// same type, or a name the tagger was unsure of (MISC: Trump alone is often
// tagged so) that is part of a person's full name, or a single word the
// gazetteer does not know, whatever the tagger called it, that is part of a
// person's or organisation's full name in the same text (the tagger's LOC
// „Koval“ after „Dmytro Koval“, „Nordwind“ after „Nordwind Energie AG“):
// the document is stronger evidence than one sentence.
func sameKind(a, b *group, gaz *lexicon.Gazetteer) bool {
	if a.typ == b.typ || a.typ == Misc && b.typ == Person {
		return true
	}
	if len(a.words) != 1 || b.typ != Person && b.typ != Organization {
		return false
	}
	_, known := gaz.Lookup(a.canon)
	return !known
}

// joins reports whether the shorter group a names the same entity as b,
// judged by the rules of b's type.
func joins(a, b *group) bool {
	aw, bw := a.words, b.words
	switch b.typ {
	case Person:
		if slices.Equal(aw, bw[:len(aw)]) || slices.Equal(aw, bw[len(bw)-len(aw):]) {
			return true
		}
		return len(aw) >= 2 && aw[0] == bw[0] && aw[len(aw)-1] == bw[len(bw)-1]
	case Organization:
		return slices.Equal(aw, bw[:len(aw)])
	case Location:
		// Frankfurt → Frankfurt am Main, Halle → Halle an der Saale
		if !slices.Equal(aw, bw[:len(aw)]) {
			return false
		}
		next := bw[len(aw)]
		return placeLinks[next] || len(bw) > len(aw)+1 && placeLinks[next+" "+bw[len(aw)+1]]
	}
	return false
}

// nearest returns a function that picks, for a mention at byte off, the
// target with the last mention before off, or, when none precedes it, the
// target mentioned first.
func nearest(targets []*group, cs []cand) func(off int) *group {
	if len(targets) == 1 {
		return func(int) *group { return targets[0] }
	}
	type at struct {
		start int
		g     *group
	}
	var all []at
	for _, t := range targets {
		for _, ci := range t.cands {
			all = append(all, at{cs[ci].start, t})
		}
	}
	slices.SortFunc(all, func(a, b at) int { return a.start - b.start })
	return func(off int) *group {
		i, _ := slices.BinarySearchFunc(all, off, func(a at, t int) int { return a.start - t })
		if i > 0 {
			return all[i-1].g
		}
		return all[0].g
	}
}

// gender reads a person's gender from the first word of its canonical name,
// else from a role noun right before one of its mentions (Ministerin
// Baerbock, Herr Müller).
func gender(g *group, cs []cand) Gender {
	if len(g.words) >= 2 {
		if gd, ok := lexicon.FirstName(g.words[0]); ok && gd != lexicon.Unknown {
			return genderOf(gd)
		}
	}
	for _, ci := range g.cands {
		if p := cs[ci].prev; p != "" {
			if gd, ok := roleGender(p); ok && gd != lexicon.Unknown {
				return genderOf(gd)
			}
		}
	}
	return Unknown
}

func genderOf(g lexicon.Gender) Gender {
	switch g {
	case lexicon.Male:
		return Male
	case lexicon.Female:
		return Female
	}
	return Unknown
}

// roles returns the role nouns (for persons) or class nouns (otherwise)
// right before the group's mentions, in text order without repeats.
func roles(g *group, cs []cand) []string {
	var out []string
	for _, ci := range g.cands {
		p := cs[ci].prev
		if p == "" || slices.Contains(out, p) {
			continue
		}
		var ok bool
		if g.typ == Person {
			_, ok = roleGender(p)
		} else {
			_, ok = lexicon.Trigger(p)
		}
		if ok {
			out = append(out, p)
		}
	}
	return out
}
