package dateline

import "sync"

// kind is the set of tables a folded word appears in.
type kind uint16

const (
	kStop kind = 1 << iota
	kParticle
	kMonth
	kWeekday
	kAgency
	kNotAgency
	kQualifier
	kAbbrev
	kPlace
	kState
	kNote
	kLeadIn
)

// entry is what the tables say about one folded word.
type entry struct {
	kind    kind
	month   int8   // with kMonth
	abbr    bool   // with kMonth: an abbreviation that may take a full stop
	weekday int8   // with kWeekday
	name    string // with kAgency or kState: the canonical name
	place   string // with kPlace: the name with its capitals, "Frankfurt am Main"
}

// lexicon merges the sorted tables of tables.go, places.go, dateline.go
// and credit.go into one map, so that the scanner folds and looks up each
// word once. It is built on first use, never changed, and safe for
// concurrent use.
var lexicon = sync.OnceValue(func() map[string]entry {
	m := make(map[string]entry, 1024)
	add := func(k kind, keys []string) {
		for _, key := range keys {
			e := m[key]
			e.kind |= k
			m[key] = e
		}
	}
	add(kStop, stopWords)
	add(kParticle, particles)
	add(kNotAgency, notAgencies)
	add(kQualifier, qualifiers)
	add(kAbbrev, abbreviations)
	for _, key := range places {
		e := m[key]
		e.kind |= kPlace
		e.place = titleCase(key, func(s string, i, j int) bool { return m[s[i:j]].kind&kParticle != 0 })
		m[key] = e
	}
	add(kNote, notes)
	add(kLeadIn, leadIns)
	for _, x := range months {
		e := m[x.key]
		e.kind |= kMonth
		e.month, e.abbr = x.num, x.abbr
		m[x.key] = e
	}
	for _, x := range weekdays {
		e := m[x.key]
		e.kind |= kWeekday
		e.weekday = x.num
		m[x.key] = e
	}
	// Agency and state names never share a key (a test checks it).
	for _, x := range agencies {
		e := m[x.key]
		e.kind |= kAgency
		e.name = x.name
		m[x.key] = e
	}
	for _, x := range states {
		e := m[x.key]
		e.kind |= kState
		e.name = x.name
		m[x.key] = e
	}
	return m
})

// lookup folds s[i:j] and returns its entry; the zero entry when the word
// is in no table or too long for any.
func lookup(s string, i, j int) entry {
	var b foldBuf
	k := fold(&b, s, i, j)
	if k == nil {
		return entry{}
	}
	return lexicon()[string(k)]
}

// is reports whether s[i:j] is in one of the tables of k.
func is(k kind, s string, i, j int) bool { return lookup(s, i, j).kind&k != 0 }
