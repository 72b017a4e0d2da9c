package dateline

import (
	"slices"
	"sync"
	"sync/atomic"
)

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
// and credit.go into one open-addressing hash table, so that the scanner
// folds, hashes and looks up each word in one pass. It is built on first
// use, never changed, and safe for concurrent use.
var (
	lexOnce sync.Once
	lex     atomic.Pointer[lexTable]
)

// lexicon returns the table, building it on first use.
func lexicon() *lexTable {
	if t := lex.Load(); t != nil {
		return t
	}
	lexOnce.Do(func() { lex.Store(buildLexicon()) })
	return lex.Load()
}

// lexTable is an open-addressing hash table from folded words to entries.
type lexTable struct {
	slots   [lexSlots]int32 // index+1 into keys and entries; 0 = empty
	keys    []string
	entries []entry
}

const lexSlots = 4096 // a power of two, over four times the number of keys

// hash is FNV-1a, folded into the table's size.
func hash(h uint32) uint32 { return h & (lexSlots - 1) }

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func buildLexicon() *lexTable {
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
	add(kNote, notes)
	add(kLeadIn, leadIns)
	for _, key := range places {
		e := m[key]
		e.kind |= kPlace
		e.place = titleCase(key, func(s string, i, j int) bool { return m[s[i:j]].kind&kParticle != 0 })
		m[key] = e
	}
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
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys) // the table's layout does not depend on map order
	if 4*len(keys) > lexSlots {
		panic("dateline: lexicon too large for its hash table")
	}
	t := &lexTable{keys: keys, entries: make([]entry, len(keys))}
	for n, k := range keys {
		t.entries[n] = m[k]
		h := uint32(fnvOffset)
		for i := 0; i < len(k); i++ {
			h = (h ^ uint32(k[i])) * fnvPrime
		}
		for x := hash(h); ; x = hash(x + 1) {
			if t.slots[x] == 0 {
				t.slots[x] = int32(n + 1)
				break
			}
		}
	}
	return t
}

// lookup folds s[i:j] and returns its entry; the zero entry when the word
// is in no table or too long for any.
func lookup(s string, i, j int) entry {
	var b foldBuf
	k, h := foldHash(&b, s, i, j)
	if k == nil {
		return entry{}
	}
	t := lexicon()
	for x := hash(h); ; x = hash(x + 1) {
		n := t.slots[x]
		if n == 0 {
			return entry{}
		}
		if t.keys[n-1] == string(k) {
			return t.entries[n-1]
		}
	}
}

// is reports whether s[i:j] is in one of the tables of k.
func is(k kind, s string, i, j int) bool { return lookup(s, i, j).kind&k != 0 }
