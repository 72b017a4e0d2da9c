package entity

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/wortlaut/wortlaut/internal/lexicon"
	"github.com/wortlaut/wortlaut/internal/ner"
	"github.com/wortlaut/wortlaut/internal/text"
)

// source says which pass found a candidate mention. Lower values win when
// passes disagree.
type source uint8

const (
	fromModel source = iota
	fromRule
	fromGazetteer
	fromDocument
)

// cand is a candidate mention before clustering.
type cand struct {
	first, last int // tokens [first, last)
	start, end  int // bytes; inside toks[first] for a name in a compound
	typ         Type
	src         source
	surface     string // the words joined by single spaces
	given       string // canonical form known when found (a dateline's Frankfurt am Main), else ""
	canon       string // canonical form, set by canonicalise
	prev        string // the word before the mention, set by canonicalise
	tentative   bool   // a name in a compound that needs support elsewhere
}

// doc is the working state of one German text.
type doc struct {
	src     string
	toks    []text.Token
	sents   []text.Sentence
	covered []bool
	flags   []wordFlags // per token, see flagsOf
	cands   []cand
	gaz     *lexicon.Gazetteer
	aliases map[string]string // acronym -> long form, from „Europäische Zentralbank (EZB)“
}

func (d *doc) word(i int) string { return d.src[d.toks[i].Start:d.toks[i].End] }

// findGerman returns the candidate mentions of src in text order.
func findGerman(src string, m *ner.Model) []cand {
	sd := text.Segment(src)
	d := &doc{src: src, toks: sd.Tokens, sents: sd.Sentences, covered: make([]bool, len(sd.Tokens)), flags: make([]wordFlags, len(sd.Tokens)), gaz: lexicon.Names()}
	var words []string
	var labels []ner.Label
	for _, s := range d.sents {
		words = words[:0]
		for i := s.First; i < s.Last; i++ {
			words = append(words, d.word(i))
		}
		labels = m.Tag(words, labels)
		d.addModel(s.First, labels)
	}
	model := d.cands
	d.cands = nil
	clear(d.covered)
	d.dateline()
	for _, s := range d.sents {
		d.heads(s)
		d.persons(s)
		d.gazetteer(s)
		d.introduced(s)
	}
	d.merge(model)
	d.givenNames()
	d.namedBuildings()
	d.placeSuffixes()
	d.institutionNames()
	d.acronyms()
	d.consistency()
	d.dropUnsupported()
	d.dropDemonyms()
	d.sortCands()
	d.canonicalise()
	return d.cands
}

func typeOf(s string) Type {
	switch s {
	case "PER":
		return Person
	case "ORG":
		return Organization
	case "LOC":
		return Location
	case "OTH", "MISC":
		return Misc
	}
	return 0
}

// add records a candidate over tokens [first, last) unless one of them is
// already covered.
func (d *doc) add(first, last int, typ Type, src source) bool {
	if first >= last || typ == 0 {
		return false
	}
	for i := first; i < last; i++ {
		if d.covered[i] {
			return false
		}
	}
	for i := first; i < last; i++ {
		d.covered[i] = true
	}
	c := cand{first: first, last: last, start: d.toks[first].Start, end: d.toks[last-1].End, typ: typ, src: src}
	c.surface = d.join(first, last)
	d.cands = append(d.cands, c)
	return true
}

// addPart records the name at bytes [start, end) inside token i.
func (d *doc) addPart(i, start, end int, typ Type, src source) {
	if d.covered[i] || typ == 0 || start >= end {
		return
	}
	d.covered[i] = true
	d.cands = append(d.cands, cand{first: i, last: i + 1, start: start, end: end, typ: typ, src: src, surface: d.src[start:end]})
}

// join returns the words of tokens [first, last) joined by single spaces,
// so that a line break inside a name does not change its key.
func (d *doc) join(first, last int) string {
	if last-first == 1 {
		return d.word(first)
	}
	if d.singleSpaced(first, last) {
		return d.src[d.toks[first].Start:d.toks[last-1].End] // no copy
	}
	var b strings.Builder
	for i := first; i < last; i++ {
		if i > first && d.toks[i].Start > d.toks[i-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(d.word(i))
	}
	return b.String()
}

// singleSpaced reports whether tokens [first, last) are separated by one
// space or nothing, so that their source text equals their join.
func (d *doc) singleSpaced(first, last int) bool {
	for i := first + 1; i < last; i++ {
		switch gap := d.toks[i].Start - d.toks[i-1].End; {
		case gap == 0:
		case gap == 1 && d.src[d.toks[i-1].End] == ' ':
		default:
			return false
		}
	}
	return true
}

// addModel turns the model's labels for the sentence starting at token
// first into candidates. Derived forms (chinesischen) are not names; a
// part label (US-Präsidenten) yields the name inside the compound.
func (d *doc) addModel(first int, labels []ner.Label) {
	for i := 0; i < len(labels); {
		l := labels[i]
		if l == ner.O || l.Deriv() {
			i++
			continue
		}
		j := i + 1
		for j < len(labels) && !labels[j].Begin() && labels[j] != ner.O && labels[j].Type() == l.Type() && labels[j].Deriv() == l.Deriv() && labels[j].Part() == l.Part() {
			j++
		}
		typ := typeOf(l.Type())
		if l.Part() {
			if j == i+1 {
				if s, e, ok := d.namePart(first + i); ok {
					d.addPart(first+i, s, e, typ, fromModel)
					if p := d.src[s:e]; !allCaps(p) && !firstName(p) {
						_, known := d.gaz.Lookup(p)
						d.cands[len(d.cands)-1].tentative = !known
					}
				}
			}
		} else if ti := first + j - 1; j == i+1 && strings.Contains(d.word(ti), "-") {
			d.modelCompound(ti, typ)
		} else {
			d.addModelSpan(first+i, first+j, typ)
		}
		i = j
	}
}

// addModelSpan records the model's name over tokens [first, last), split
// where the model ran over a comma, a function word or a role noun
// („Alibaba Gründer Jack Ma“ → Alibaba, Jack Ma); a piece must start with a
// capital letter or a digit, and a piece of one word must not be a derived
// adjective or a common noun unless the gazetteer knows it.
func (d *doc) addModelSpan(first, last int, typ Type) {
	start := first
	flush := func(end int) {
		if end-start >= 3 && d.classNoun(start) {
			start++ // „Windparkbetreiber Nordwind Energie AG“: the name follows its class
		}
		for end > start {
			r, _ := utf8.DecodeRuneInString(d.word(end - 1))
			if unicode.IsUpper(r) || unicode.IsDigit(r) {
				break
			}
			end-- // a name does not end in a lower-case word
		}
		if start < end {
			r, _ := utf8.DecodeRuneInString(d.word(start))
			_, known := d.gaz.Lookup(d.join(start, end))
			if (unicode.IsUpper(r) || unicode.IsDigit(r)) && (known || !derived(d.word(start)) && !(end-start == 1 && commonNoun(d.word(start)))) {
				d.add(start, end, typ, fromModel)
			}
		}
	}
	for i := first; i < last; i++ {
		k := d.toks[i].Kind
		w := d.word(i)
		flags := d.flagsOf(i)
		role := flags&flagRole != 0
		valid := utf8.ValidString(w) && !strings.ContainsRune(w, utf8.RuneError)
		if valid && (k == text.Word || k == text.Number || k == text.Ordinal || k == text.Abbrev || w == "&") {
			if i+1 < last && d.saxonGenitive(i) {
				flush(i + 1)
				start = i + 1
				continue
			}
			if !role && !(i > first && flags&flagStop != 0 && !particles[w] && !connectors[w]) {
				continue
			}
		}
		flush(i)
		start = i + 1
	}
	flush(last)
}

// classNoun reports whether token i is a class noun (Investmentbank), a
// common noun or a compound ending in one that the gazetteer does not know
// as a name and that is no first name: the class a name is introduced by
// (Windparkbetreiber).
func (d *doc) classNoun(i int) bool {
	w := d.word(i)
	if _, known := d.gaz.Lookup(w); known || firstName(w) {
		return false
	}
	_, class := cachedTrigger(w)
	return class || nounCompound(w)
}

// saxonGenitive reports whether token i is the genitive of a known name
// standing before another name (Chinas Alipay): the model's span is split
// after it.
func (d *doc) saxonGenitive(i int) bool {
	w := d.word(i)
	if _, ok := d.gaz.Lookup(w); ok {
		return false
	}
	stem, ok := genitiveStem(w)
	if !ok {
		return false
	}
	_, ok = d.gaz.Lookup(stem)
	return ok
}

// derived reports whether w is an adjective derived from a name
// (chinesischen, Amerikanische), which is not a name.
func derived(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range [...]string{"isch", "ische", "ischen", "ischer", "isches", "ischem"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// merge combines the model's candidates with the rules' (d.cands). Where
// they overlap, the longer one wins; a rule's name wins over a model span
// it crosses or equals (the model's „Alibabas Jack“ against the rule's
// „Jack Ma“), as the rules fire only on strong evidence.
func (d *doc) merge(model []cand) {
	rules := d.cands
	byStart := func(a, b cand) int { return a.start - b.start }
	slices.SortStableFunc(model, byStart)
	slices.SortStableFunc(rules, byStart)
	dropped := make([]bool, len(model))
	out := make([]cand, 0, len(model)+len(rules))
	for _, r := range rules {
		// Model candidates do not overlap each other, so their ends are
		// sorted too: find the first that ends after r starts.
		lo, _ := slices.BinarySearchFunc(model, r.start+1, func(m cand, t int) int { return m.end - t })
		hi, skip := lo, false
		for ; hi < len(model) && model[hi].start < r.end; hi++ {
			m := model[hi]
			if !dropped[hi] && m.start <= r.start && r.end <= m.end && (m.start != r.start || m.end != r.end) && !d.personInside(r, m) {
				skip = true
			}
		}
		if skip {
			continue
		}
		for k := lo; k < hi; k++ {
			dropped[k] = true
		}
		out = append(out, r)
	}
	for k, m := range model {
		if !dropped[k] {
			out = append(out, m)
		}
	}
	d.cands = out
	clear(d.covered)
	for _, c := range out {
		for i := c.first; i < c.last; i++ {
			d.covered[i] = true
		}
	}
}

// personInside reports whether the rule's person r, opened by a known first
// name, should replace the model's longer span m of another type that the
// gazetteer does not know: the model's ORG „Bundesaußenministerin Johanna
// Weißbach“ or „Deutsche Laura Siebert“ (the German woman Laura Siebert).
func (d *doc) personInside(r, m cand) bool {
	if r.typ != Person || m.typ == Person || !firstName(d.word(r.first)) {
		return false
	}
	_, known := d.gaz.Lookup(m.surface)
	return !known
}

// modelCompound handles a hyphenated token the model tagged as a whole
// name. When its last part is a role, class, head or common noun (SPD-Chef,
// Alibaba-Gruppe, US-Kleinunternehmen), the name is the part before it, or
// the longest known name it starts with.
func (d *doc) modelCompound(i int, typ Type) {
	w := d.word(i)
	if _, known := d.gaz.Lookup(w); known {
		d.add(i, i+1, typ, fromModel)
		return
	}
	k := strings.LastIndexByte(w, '-')
	last := lastPart(w)
	_, role := lexicon.Role(last)
	_, trig := lexicon.Trigger(last)
	_, head := lexicon.Head(last)
	if k > 0 && (role || trig || head || nounCompound(last)) {
		if _, n, ok := d.knownPrefix(w); ok {
			k = n
		}
		d.addPart(i, d.toks[i].Start, d.toks[i].Start+k, typ, fromModel)
		return
	}
	d.add(i, i+1, typ, fromModel)
}

// prefixes that open a compound without being a name: Ex-Kanzlerin.
var compoundPrefixes = map[string]bool{"Ex": true, "Anti": true, "Pro": true, "Vize": true, "Nicht": true, "Nord": true, "Süd": true, "Ost": true, "West": true}

// namePart returns the byte span of the name inside the compound token i
// (US-Präsidenten → US): the longest run of leading parts that is a known
// name, else the first capitalised part that is not the last one.
func (d *doc) namePart(i int) (start, end int, ok bool) {
	w := d.word(i)
	base := d.toks[i].Start
	if _, n, ok := d.knownPrefix(w); ok {
		return base, base + n, true
	}
	off := 0
	for {
		k := strings.IndexByte(w[off:], '-')
		if k < 0 {
			return 0, 0, false
		}
		part := w[off : off+k]
		if isCap(part) && !compoundPrefixes[part] {
			return base + off, base + off + k, true
		}
		off += k + 1
	}
}

// knownPrefix returns the gazetteer entry for the longest run of leading
// hyphen parts of w that the gazetteer knows, and its length in bytes; the
// run must leave at least one part over.
func (d *doc) knownPrefix(w string) (lexicon.Name, int, bool) {
	var buf [maxNameParts]int
	hs := hyphens(w, buf[:0])
	for j := len(hs) - 1; j >= 0; j-- {
		if n, ok := d.gaz.Lookup(w[:hs[j]]); ok {
			return n, hs[j], true
		}
	}
	return lexicon.Name{}, 0, false
}

// maxNameParts bounds the hyphen parts a name inside a compound may have
// (Nordrhein-Westfalen-Ticket has two), so that a word of a million hyphens
// costs linear time.
const maxNameParts = 4

// hyphens appends to dst the positions of the first maxNameParts hyphens
// in w after its first byte.
func hyphens(w string, dst []int) []int {
	for off := 1; len(dst) < maxNameParts && off < len(w); {
		k := strings.IndexByte(w[off:], '-')
		if k < 0 {
			break
		}
		dst = append(dst, off+k)
		off += k + 1
	}
	return dst
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// nameCap reports whether w is capitalised as a name part: capitalised, or
// a lower-case particle joined by a hyphen to a capitalised part (al-Nuaimi,
// el-Sisi, bin-Salman).
func nameCap(w string) bool {
	if isCap(w) {
		return true
	}
	k := strings.IndexByte(w, '-')
	return k > 0 && particles[w[:k]] && isCap(w[k+1:])
}

// allCaps reports whether w has at least two letters, all upper case.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// nounSuffixes end German common nouns and almost never a name.
var nounSuffixes = [...]string{"ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "ität", "itäten", "ismus", "nis", "nisse", "tum", "chen", "lein", "ment", "mente"}

func nounLike(w string) bool {
	for _, s := range nounSuffixes {
		if len(w) > len(s)+2 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// nameLike reports whether token i can be part of a name: a nameWord that
// is not a known common noun (Produkte after „Plattform“).
func (d *doc) nameLike(i int) bool {
	return d.nameWord(i) && d.flagsOf(i)&flagNoun == 0
}

// nameWord reports whether token i can be part of a name once a first name
// has opened it (Thomas Richter): a capitalised word that is not a function
// word, role, class or head noun and has no common-noun suffix.
func (d *doc) nameWord(i int) bool {
	if i < 0 || i >= len(d.toks) || d.covered[i] || d.toks[i].Kind != text.Word {
		return false
	}
	return d.flagsOf(i)&flagNameWord != 0
}

// wordFlags caches what the lexicons say about one token, as several
// passes ask about the same words.
type wordFlags uint8

const (
	flagDone       wordFlags = 1 << iota // the flags below are set
	flagNameWord                         // nameWord, coverage aside
	flagNoun                             // commonNoun
	flagRole                             // role
	flagTrigger                          // trigger: a class noun that introduces a name
	flagTriggerLOC                       // … of a place (else of an organisation: triggers.txt has no other types)
	flagStop                             // lexicon.Stopword of the lower-cased word
)

// cachedTrigger is trigger through the word cache.
func cachedTrigger(w string) (string, bool) {
	f := cachedFlags(w)
	switch {
	case f&flagTrigger == 0:
		return "", false
	case f&flagTriggerLOC != 0:
		return "LOC", true
	}
	return "ORG", true
}

// flagsOf returns the flags of token i, computing them on first use.
func (d *doc) flagsOf(i int) wordFlags {
	if f := d.flags[i]; f != 0 {
		return f
	}
	f := cachedFlags(d.word(i))
	d.flags[i] = f
	return f
}

// flagCache maps a word to its flags across calls: the flags depend on the
// word alone and cost dozens of lexicon lookups (every compound tail), while
// news text repeats its words. It holds copies of at most flagCacheMax
// words, so it neither grows without bound nor pins a caller's text.
//
// It is split into shards, each a map under its own lock, picked by a hash
// of the word: a Go map finds a word in one or two memory reads, where
// sync.Map, used before, walked a trie of pointers (6% of Recognize's CPU
// on Wikinews texts went to its Load); the shards keep concurrent callers
// off one another's locks.
var (
	flagCache    [flagShards]flagShard
	flagCacheLen atomic.Int64
)

const (
	flagCacheMax = 1 << 17
	flagShards   = 64 // a power of two
)

type flagShard struct {
	mu sync.RWMutex
	m  map[string]wordFlags
	_  [64]byte // the next shard's lock on another cache line
}

func cachedFlags(w string) wordFlags {
	// FNV-1a picks the shard: no seed to make at start-up
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	sh := &flagCache[h&(flagShards-1)]
	sh.mu.RLock()
	f, ok := sh.m[w]
	sh.mu.RUnlock()
	if ok {
		return f
	}
	f = lexiconFlags(w)
	if flagCacheLen.Load() < flagCacheMax {
		sh.mu.Lock()
		if _, ok := sh.m[w]; !ok {
			if sh.m == nil {
				sh.m = make(map[string]wordFlags)
			}
			sh.m[strings.Clone(w)] = f
			flagCacheLen.Add(1)
		}
		sh.mu.Unlock()
	}
	return f
}

// lexiconFlags computes the flags of the word w.
func lexiconFlags(w string) wordFlags {
	f := flagDone
	if commonNoun(w) {
		f |= flagNoun
	}
	role := role(w)
	if role {
		f |= flagRole
	}
	_, trig := lexicon.Trigger(w)
	_, head := lexicon.Head(w)
	if t, ok := trigger(w); ok {
		f |= flagTrigger
		if t == "LOC" {
			f |= flagTriggerLOC
		}
	}
	stop := lexicon.Stopword(strings.ToLower(w))
	if stop {
		f |= flagStop
	}
	if isCap(w) && !nounLike(w) && !strings.HasSuffix(w, "-") && !stop && !role && !trig && !head {
		f |= flagNameWord
	}
	return f
}

// connectors join the parts of a multi-word name after its head: Bank of
// America, Universidad de Chile.
var connectors = map[string]bool{"of": true, "de": true, "du": true, "for": true, "and": true, "&": true, "del": true, "della": true}

// numberWords are the numbers written out that follow a rank (Platz drei).
var numberWords = map[string]bool{"eins": true, "zwei": true, "drei": true, "vier": true, "fünf": true, "sechs": true, "sieben": true, "acht": true, "neun": true, "zehn": true, "elf": true, "zwölf": true}

// heads finds names closed by a head word: one to three name-like words
// before Bank, Tower, AG …, optionally continued by „of Australia“.
func (d *doc) heads(s text.Sentence) {
	for i := s.First; i < s.Last; i++ {
		if d.covered[i] || d.toks[i].Kind != text.Word && d.toks[i].Kind != text.Abbrev {
			continue
		}
		w := d.word(i)
		ht, ok := lexicon.Head(w)
		if !ok || !isCap(w) {
			continue
		}
		typ := typeOf(ht)
		if i+1 < s.Last && (d.toks[i+1].Kind == text.Number || d.toks[i+1].Kind == text.Ordinal || numberWords[d.word(i+1)]) {
			continue // „Brasilien Platz 1“, „Platz drei“: a rank, not a place
		}
		end := i + 1
		for end+1 < s.Last && connectors[d.word(end)] && d.nameLike(end+1) {
			end += 2
			for end < s.Last && d.nameLike(end) && end-i < 6 {
				end++
			}
		}
		start := i
		for start > s.First && d.nameLike(start-1) && !d.classNoun(start-1) && i-start < 3 {
			start--
		}
		if start == i && end == i+1 {
			continue // a head word alone is a common noun
		}
		d.add(start, end, typ, fromRule)
	}
}

// particles may stand inside a person's name: Ursula von der Leyen.
var particles = map[string]bool{"von": true, "van": true, "de": true, "der": true, "den": true, "zu": true, "di": true, "da": true, "del": true, "bin": true, "al": true, "el": true, "ter": true, "ten": true, "vom": true, "le": true, "la": true}

// firstName reports whether w is a known first name, or a hyphenated one
// whose first part is (Frank-Walter).
func firstName(w string) bool {
	if _, ok := lexicon.FirstName(w); ok {
		return true
	}
	if k := strings.IndexByte(w, '-'); k > 0 && k+1 < len(w) && isCap(w[k+1:]) {
		_, ok := lexicon.FirstName(w[:k])
		return ok
	}
	return false
}

// persons finds a first name followed by further name-like words (Jack Ma,
// Ursula von der Leyen, Donald J. Trump) and names introduced by a role
// noun (Ministerin Baerbock, US-Präsident Biden).
func (d *doc) persons(s text.Sentence) {
	for i := s.First; i < s.Last; i++ {
		if d.covered[i] || d.toks[i].Kind != text.Word && d.toks[i].Kind != text.Abbrev {
			continue
		}
		w := d.word(i)
		if d.toks[i].Kind == text.Word && isCap(w) && firstName(w) {
			if end := d.surname(i+1, s.Last, true); end > i+1 {
				d.add(i, end, Person, fromRule)
				i = end - 1
			}
			continue
		}
		if isCap(w) && d.flagsOf(i)&flagRole != 0 {
			j := i + 1
			if j < s.Last && !d.covered[j] && firstName(d.word(j)) {
				if end := d.surname(j+1, s.Last, true); end > j+1 {
					d.add(j, end, Person, fromRule)
					i = end - 1
					continue
				}
			}
			if end := d.surname(j, s.Last, false); end > j {
				d.add(j, end, Person, fromRule)
				i = end - 1
			}
		}
	}
}

// particleName reports whether w is an Arabic surname with its article or
// kinship word joined by a hyphen: al-Nuaimi, el-Sisi, bin-Salman.
func particleName(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	switch p {
	case "al", "el", "as", "ad", "ash", "bin", "ibn", "abu", "abd":
		return ok && isCap(rest)
	}
	return false
}

// surname returns the end of the surname starting at token j: further first
// names, initials (J.), particles, and name-like words not in the
// gazetteer; j itself when there is none. After a first name (afterFirst) a
// surname may be spelt like a common noun (Thomas Richter); after a role
// noun alone it may not (Präsident Gesetze).
func (d *doc) surname(j, limit int, afterFirst bool) int {
	end := j
	for k := j; k < limit && k-j < 4; k++ {
		w := d.word(k)
		switch {
		case d.toks[k].Kind == text.Abbrev && utf8.RuneCountInString(w) == 2 && isCap(w):
			continue // an initial; the name must go on after it
		case particles[w] && k+1 < limit && (afterFirst || k > j):
			continue
		case afterFirst && !d.covered[k] && particleName(w):
			end = k + 1 // Ali al-Nuaimi
			continue
		case d.nameLike(k) || afterFirst && d.nameWord(k):
			if _, known := d.gaz.Lookup(w); known && !firstName(w) {
				return end
			}
			end = k + 1
			continue
		}
		break
	}
	return end
}

// gazetteer marks known places and organisations, longest match first, in
// upper case too (WASHINGTON), in the genitive (Chinas) and as the first
// part of a compound (US-Präsidenten, Alibaba-Gruppe).
func (d *doc) gazetteer(s text.Sentence) {
	maxN := d.gaz.MaxWords()
	for i := s.First; i < s.Last; i++ {
		if d.covered[i] || d.toks[i].Kind != text.Word || !isCap(d.word(i)) {
			continue
		}
		found := false
		run := 1 // names in the gazetteer are runs of words and abbreviations (St. Petersburg)
		if d.mayOpen(i) {
			for run < maxN && i+run < s.Last && (d.toks[i+run].Kind == text.Word || d.toks[i+run].Kind == text.Abbrev) {
				run++
			}
		}
		for n := run; n >= 1 && !found; n-- {
			if d.covered[i+n-1] {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(d.word(i + n - 1)); n > 1 && !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				continue // a name of several words ends in a capitalised word (Rio de Janeiro)
			}
			key := d.join(i, i+n)
			if n > 1 && strings.Contains(key, "\n") {
				continue
			}
			if g, ok := d.gazLookup(key); ok {
				found = d.add(i, i+n, typeOf(g.Type), fromGazetteer)
			}
		}
		if found {
			continue
		}
		w := d.word(i)
		if strings.Contains(w, "-") {
			if g, k, ok := d.knownPrefix(w); ok {
				d.addPart(i, d.toks[i].Start, d.toks[i].Start+k, typeOf(g.Type), fromGazetteer)
			}
		}
	}
}

// mayOpen reports whether token i can open a gazetteer key of several
// words: it is followed by a space and some key starts with it as written
// or, for a word in capitals (NEW YORK), in title case. When it is false,
// only the one-word key needs a lookup.
func (d *doc) mayOpen(i int) bool {
	if i+1 >= len(d.toks) || d.toks[i+1].Start == d.toks[i].End {
		return true // the key joins the next token without a space
	}
	w := d.word(i)
	if d.gaz.Opens(w) {
		return true
	}
	return strings.IndexFunc(w, unicode.IsLower) < 0 && d.gaz.Opens(titleCase(w))
}

// gazLookup looks s up as written, in title case if written in capitals,
// and without a genitive -s.
func (d *doc) gazLookup(s string) (lexicon.Name, bool) {
	if g, ok := d.gaz.Lookup(s); ok {
		return g, true
	}
	if allCaps(s) && utf8.RuneCountInString(s) > 3 {
		if g, ok := d.gaz.Lookup(titleCase(s)); ok {
			return g, true
		}
	}
	if stem, ok := genitiveStem(s); ok {
		if g, ok := d.gaz.Lookup(stem); ok {
			return g, true
		}
	}
	return lexicon.Name{}, false
}

// genitiveStem returns s without a genitive -s, if s could be one, or
// without the apostrophe of a name ending in s, x, z or ß (Albers').
func genitiveStem(s string) (string, bool) {
	for _, apo := range [...]string{"'", "’"} {
		if stem, ok := strings.CutSuffix(s, apo); ok {
			r, _ := utf8.DecodeLastRuneInString(stem)
			if strings.ContainsRune("sxzß", r) && utf8.RuneCountInString(stem) >= 2 {
				return stem, true
			}
			return "", false
		}
	}
	stem, ok := strings.CutSuffix(s, "s")
	if !ok || utf8.RuneCountInString(stem) < 2 || strings.HasSuffix(stem, "s") || strings.HasSuffix(stem, "x") || strings.HasSuffix(stem, "z") {
		return "", false
	}
	r, _ := utf8.DecodeLastRuneInString(stem)
	if !unicode.IsLower(r) && !unicode.IsUpper(r) {
		return "", false
	}
	if allCaps(s) {
		return "", false
	}
	return stem, true
}

// titleCase returns s with each word's first letter upper case and the
// rest lower case: WASHINGTON → Washington.
func titleCase(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == ' ' || r == '-'
	}
	return b.String()
}

// introduced finds a name after a class noun that introduces it: „die
// Nachrichtenagentur Xinhua“, „in der Stadt Halle“, „die Investmentbank
// Sterling Partners“.
func (d *doc) introduced(s text.Sentence) {
	for i := s.First; i+1 < s.Last; i++ {
		if d.toks[i].Kind != text.Word {
			continue
		}
		w := d.word(i)
		if !isCap(w) {
			continue
		}
		t, ok := cachedTrigger(w)
		if !ok {
			continue
		}
		end := i + 1
		for end < s.Last && end-i <= 3 && d.nameLike(end) {
			end++
		}
		if end > i+1 {
			d.add(i+1, end, typeOf(t), fromRule)
			i = end - 1
		}
	}
}

// articles precede common nouns; a person's name rarely follows one.
var articles = map[string]bool{"der": true, "die": true, "das": true, "dem": true, "den": true, "des": true, "ein": true, "eine": true, "einem": true, "einen": true, "einer": true, "eines": true, "Der": true, "Die": true, "Das": true, "Dem": true, "Den": true, "Des": true, "Ein": true, "Eine": true}

// maxConsistentWords bounds the names that consistency looks for again, so
// that a tagged run of thousands of words does not make it quadratic.
const maxConsistentWords = 8

// consistency marks the other occurrences of names found so far: a string
// tagged as a name once is the same name elsewhere in the document. The
// first and last word of a multi-word person name count on their own
// (Jack, Ma of Jack Ma). A genitive -s and a compound (Trump-Regierung)
// are recognised.
func (d *doc) consistency() {
	known := make(map[string]Type, len(d.cands))
	opens := map[string]bool{} // first words of the known names of several words
	maxN := 1
	note := func(s string, t Type) {
		// a name noted before is looked at no further: most names come
		// again, and the stopword test lower-cases a copy
		if _, ok := known[s]; ok || s == "" || !nameCap(s) || strings.Count(s, " ") >= maxConsistentWords || lexicon.Stopword(strings.ToLower(s)) {
			return
		}
		known[s] = t
		if k := strings.IndexByte(s, ' '); k > 0 {
			opens[s[:k]] = true
			maxN = max(maxN, strings.Count(s, " ")+1)
		}
	}
	for _, c := range d.cands {
		note(c.surface, c.typ)
		if stem, ok := genitiveStem(c.surface); ok && c.src == fromGazetteer {
			note(stem, c.typ)
		}
		if short, ok := withoutLegalForm(c.surface); ok && c.typ == Organization {
			note(short, c.typ) // Nordwind Energie of Nordwind Energie AG
		}
	}
	for _, c := range d.cands {
		if c.typ != Person || c.last-c.first < 2 {
			continue
		}
		if w := d.word(c.first); firstName(w) {
			note(w, Person)
		}
		if w := d.word(c.last - 1); !particles[w] && utf8.RuneCountInString(w) > 1 {
			note(w, Person)
		}
	}
	for _, s := range d.sents {
		for i := s.First; i < s.Last; i++ {
			if d.covered[i] || d.toks[i].Kind != text.Word || !nameCap(d.word(i)) {
				continue
			}
			afterArticle := i > s.First && articles[d.word(i-1)]
			ok := func(t Type) bool { return !(t == Person && afterArticle) }
			found := false
			longest := 1
			if opens[d.word(i)] {
				longest = min(maxN, s.Last-i)
			}
			for n := longest; n >= 1 && !found; n-- {
				key := d.join(i, i+n)
				t, hit := known[key]
				if !hit {
					if stem, g := genitiveStem(key); g {
						t, hit = known[stem]
					}
				}
				if hit && ok(t) {
					found = d.add(i, i+n, t, fromDocument)
				}
			}
			if found {
				continue
			}
			w := d.word(i)
			var buf [maxNameParts]int
			hs := hyphens(w, buf[:0])
			for j := len(hs) - 1; j >= 0; j-- {
				if t, hit := known[w[:hs[j]]]; hit {
					d.addPart(i, d.toks[i].Start, d.toks[i].Start+hs[j], t, fromDocument)
					break
				}
			}
		}
	}
}

// dropUnsupported removes the names inside compounds that the model alone
// proposed and that nothing else in the document names: the model's
// „Onlinehandels“ in „Onlinehandels-Riesen“.
func (d *doc) dropUnsupported() {
	names := map[string]bool{}
	for _, c := range d.cands {
		if !c.tentative {
			names[c.surface] = true
			if c.typ == Person && c.last-c.first >= 2 {
				names[d.word(c.last-1)] = true
			}
		}
	}
	d.cands = slices.DeleteFunc(d.cands, func(c cand) bool { return c.tentative && !names[c.surface] })
}

func (d *doc) sortCands() {
	slices.SortStableFunc(d.cands, func(a, b cand) int { return a.start - b.start })
}

// canonicalise sets each candidate's canonical form: the form given when it
// was found (a dateline's place), the gazetteer's entry (Mittleren Westen →
// Mittlerer Westen, WASHINGTON → Washington), the same name written in
// lower case elsewhere in the text (WOLFSBURG → Wolfsburg), or the
// surface without a genitive -s when the document or the gazetteer knows
// the name without it (Alibabas → Alibaba, but Paris stays Paris).
func (d *doc) canonicalise() {
	surfaces := make(map[string]bool, len(d.cands))
	for _, c := range d.cands {
		surfaces[c.surface] = true
		if c.typ == Person && c.last-c.first >= 2 {
			surfaces[d.word(c.last-1)] = true
		}
	}
	folded := map[string]string{} // lower-cased surface -> surface, for names written in capitals
	for _, c := range d.cands {
		if !allCaps(c.surface) {
			folded[strings.ToLower(c.surface)] = c.surface
		}
	}
	for i := range d.cands {
		c := &d.cands[i]
		if c.first > 0 && c.start == d.toks[c.first].Start && d.toks[c.first-1].Kind == text.Word {
			c.prev = d.word(c.first - 1)
		}
		c.canon = c.surface
		if c.given != "" {
			c.canon = c.given
			continue
		}
		if long, ok := d.aliases[c.surface]; ok {
			c.canon = long
			continue
		}
		if allCaps(c.surface) && utf8.RuneCountInString(c.surface) > 3 {
			if f, ok := folded[strings.ToLower(c.surface)]; ok {
				c.canon = f
				continue
			}
		}
		if g, ok := d.gaz.Lookup(c.surface); ok {
			c.canon = g.Canonical
			continue
		}
		if allCaps(c.surface) && utf8.RuneCountInString(c.surface) > 3 {
			if g, ok := d.gaz.Lookup(titleCase(c.surface)); ok {
				c.canon = g.Canonical
				continue
			}
		}
		stem, ok := genitiveStem(c.surface)
		if !ok {
			continue
		}
		if g, ok := d.gaz.Lookup(stem); ok {
			c.canon = g.Canonical
			continue
		}
		last := stem
		if k := strings.LastIndexByte(stem, ' '); k >= 0 {
			last = stem[k+1:]
		}
		if surfaces[stem] || (last != stem && surfaces[last]) {
			c.canon = stem
		}
	}
}
