package ner

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lexicon is the word lexicon of a model: for each lower-cased word, its
// cluster, frequency class, capitalisation ratio and gazetteer flags.
type Lexicon struct {
	keys []uint64
	vals []uint32
	// the span gazetteer table of the name lists (span.go), which a
	// model takes only when trained with [TrainConfig.Spans]
	spanKeys []uint64
	spanVals []uint32
}

// Len returns the number of words in l.
func (l *Lexicon) Len() int { return len(l.keys) }

// roleStems are titles and roles that stand before a name; a word ending in
// one (Außenminister, SPD-Chef) is a role word.
var roleStems = []string{
	"präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin",
	"herr", "herrn", "frau", "chef", "chefin", "sprecher", "sprecherin",
	"vorsitzende", "vorsitzender", "vorsitzenden", "direktor", "direktorin",
	"bürgermeister", "bürgermeisterin", "trainer", "trainerin", "leiter", "leiterin",
	"dr.", "prof.", "professor", "professorin", "general", "senator", "senatorin",
	"abgeordnete", "abgeordneter", "premier", "premierminister", "papst", "könig",
	"königin", "prinz", "prinzessin", "sänger", "sängerin", "autor", "autorin",
	"regisseur", "schauspieler", "schauspielerin", "gründer", "gründerin",
	"ceo", "manager", "managerin", "kollege", "kollegin", "gouverneur", "botschafter",
	"sekretär", "sekretärin", "richter", "richterin", "anwalt", "anwältin",
	"bischof", "kardinal", "kommissar", "kommissarin", "kapitän", "spieler", "spielerin",
	"stürmer", "torwart", "coach", "fraktionschef", "parteichef", "kandidat", "kandidatin",
}

// LexiconInput is what [BuildLexicon] counts.
type LexiconInput struct {
	Text     [][]string     // unlabelled sentences (tokens)
	Labelled []Sentence     // training sentences, for the name gazetteer
	Clusters map[string]int // lower-cased word -> cluster id (< 4096), may be nil
	MaxWords int            // 0 means 200,000
	// Name lists (entries may have several words): given names, places,
	// organisations, role nouns, surnames.
	FirstNames, Places, Orgs, Roles, Surnames []string
	// Regions are the German names of countries, territories and
	// continents (wortlaut train takes them from CLDR); their capitalised
	// words of three letters or more mark a country. The caller supplies
	// them so that the tagger does not link CLDR's display tables, whose
	// init costs every program about 0.8 ms and 0.2 MB.
	Regions []string
}

// BuildLexicon counts word statistics and gazetteers into a lexicon.
func BuildLexicon(in LexiconInput) *Lexicon {
	if in.MaxWords == 0 {
		in.MaxWords = 200_000
	}
	type stat struct {
		n, mid, capMid int
		names          [4]int
		entry          uint32
	}
	st := map[string]*stat{}
	get := func(w string) *stat {
		s := st[w]
		if s == nil {
			s = &stat{}
			st[w] = s
		}
		return s
	}
	for _, sen := range in.Text {
		for i, w := range sen {
			lw := strings.ToLower(w)
			s := get(lw)
			s.n++
			r, _ := utf8.DecodeRuneInString(w)
			if i > 0 && unicode.IsLetter(r) {
				prev := sen[i-1]
				if prev != "." && prev != ":" && prev != "!" && prev != "?" && prev != "„" && prev != "\"" {
					s.mid++
					if unicode.IsUpper(r) {
						s.capMid++
					}
				}
			}
		}
	}
	for _, sen := range in.Labelled {
		for i, w := range sen.Words {
			l := sen.Labels[i]
			if l == O || l.Deriv() || l.Part() {
				continue
			}
			get(strings.ToLower(w)).names[l.kind()/3]++
		}
	}
	words := make([]string, 0, len(st))
	for w := range st {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(st[b].n, st[a].n), strings.Compare(a, b))
	})
	keep := map[string]uint32{}
	for i, w := range words {
		s := st[w]
		var e uint32
		if i < in.MaxWords && s.n >= 2 {
			e |= uint32(min(15, bits.Len(uint(s.n)))) << lexFreqShift
			if s.mid >= 2 {
				e |= uint32(1+(10*s.capMid+s.mid/2)/s.mid) << lexCapShift
			}
		}
		tot := s.names[0] + s.names[1] + s.names[2] + s.names[3]
		if tot >= 2 {
			for k, n := range s.names {
				if 2*n >= tot && 2*n >= s.n {
					e |= uint32(gazPER<<k) << lexGazShift
				}
			}
		}
		if c, ok := in.Clusters[w]; ok {
			e |= uint32(c+1) & (1<<lexClusterBits - 1)
		}
		for _, r := range roleStems {
			if strings.HasSuffix(w, r) && (len(w) == len(r) || len(r) >= 5) {
				e |= lexRoleBit
				break
			}
		}
		if e != 0 {
			keep[w] = e
		}
	}
	for _, w := range regionWords(in.Regions) {
		keep[w] |= gazCountry << lexGazShift
	}
	for _, list := range []struct {
		entries []string
		bit     uint32
	}{
		{in.FirstNames, gazFirstName << lexGazShift},
		{in.Places, gazPlace << lexGazShift},
		{in.Orgs, gazOrg << lexGazShift},
		{in.Roles, lexRoleBit},
		{in.Surnames, lexSurnameBit},
	} {
		for _, e := range list.entries {
			for _, w := range strings.Fields(e) {
				keep[strings.ToLower(w)] |= list.bit
			}
		}
	}
	l := &Lexicon{}
	l.spanKeys, l.spanVals = buildSpans([]spanList{
		{in.FirstNames, spanFirst, true}, {in.Surnames, spanSur, true}, {in.Places, spanPlace, false},
		{in.Orgs, spanOrg, false}, {in.Regions, spanRegion, false},
	})
	type kv struct {
		k uint64
		v uint32
	}
	var kvs []kv
	for w, e := range keep {
		kvs = append(kvs, kv{hashString(w), e})
	}
	slices.SortFunc(kvs, func(a, b kv) int { return cmp.Or(cmp.Compare(a.k, b.k), cmp.Compare(a.v, b.v)) })
	for i, e := range kvs {
		if i > 0 && e.k == kvs[i-1].k {
			l.vals[len(l.vals)-1] |= e.v // hash collision: merge
			continue
		}
		l.keys = append(l.keys, e.k)
		l.vals = append(l.vals, e.v)
	}
	return l
}

// regionWords returns the lower-cased words of region names that start
// with a capital and have three letters or more (Vereinigte, Staaten).
func regionWords(names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, name := range names {
		for _, f := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == ')' || r == ',' }) {
			r0, _ := utf8.DecodeRuneInString(f)
			if !unicode.IsUpper(r0) || utf8.RuneCountInString(f) < 3 {
				continue
			}
			lw := strings.ToLower(f)
			if !seen[lw] {
				seen[lw] = true
				out = append(out, lw)
			}
		}
	}
	slices.Sort(out)
	return out
}
