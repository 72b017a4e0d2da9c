package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/dateline"
	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/internal/text"
)

// para is a paragraph with its token range toks[first:last].
type para struct {
	wortlaut.Span
	first, last int
	// body is the first token after a dateline that opens the paragraph
	// (a ticker's second item: KIEL (dpa) – …), first when none does, or
	// -1 until [doc.paraBody] has looked.
	body int
}

// sent is an outer sentence: a token range that quotation marks never
// split, so a quotation of several sentences lies inside one.
type sent struct {
	para, first, last int
}

// doc is the per-call working state of an extraction.
type doc struct {
	src   string
	toks  []text.Token
	paras []para
	sents []sent
	// sentOf maps a token index to its outer sentence.
	sentOf []int32
	// konjSent caches per outer sentence whether it holds a Konjunktiv
	// verb outside quotations: 0 unknown, 1 yes, -1 no.
	konjSent []int8
	// inQuote maps a token index to the candidate whose marks enclose it
	// (marks included), or -1.
	inQuote []int32
	// konjInMarks lets [doc.hasKonj] read the words inside marks while a
	// sentence whose quotations are all partial is read for reported
	// speech: there the Konjunktiv of the quoted words is the writer's
	// report too (das Treffen „sei ruhig verlaufen“). Elsewhere a
	// quotation's words are its speaker's own and mark nothing.
	konjInMarks bool
	// closing marks the tokens that close a part of a candidate; a
	// per-token table, since a quotation continued over many paragraphs
	// has as many parts.
	closing []bool
	cands   []*cand
	ents    []entity.Entity
	// entAt maps a token index to the entity whose mention covers it, or -1.
	entAt []int32
	// persons are the person candidates for pronoun and role resolution,
	// in text order.
	persons []person
	// personNames holds every person's name and each of its tails after a
	// space (Jack Ma: Jack Ma, Ma), so [doc.bareNoun] asks one map instead
	// of scanning all persons per phrase.
	personNames map[string]bool
	// genders maps a person's name to the first gender known for it,
	// built on first use so a lookup per statement stays constant time.
	genders map[string]gender
	// byLast maps a surname to the full name it has elsewhere in the text.
	byLast map[string]string
	// midCap holds the capitalised words seen inside sentences.
	midCap map[string]bool
	// prevStmts are the statements found so far, in text order.
	prevStmts []stmt
	// held are the quotations dropped as scare quotes or names that reported
	// speech around them may claim (see [doc.holdBack]).
	held []stmt
	// described holds the speaker names that are role nouns, not names
	// (die Chefin → Chefin): see [person.described].
	described map[string]bool
	// unnamed holds the speaker names that are role nouns of persons the
	// text never names; their Speaker.Name is left empty (see
	// [doc.markUnnamed]).
	unnamed map[string]bool
	// final holds speaker mentions read whole by their rule, which
	// [doc.widen] leaves as they are (a slogan's subject without the way
	// it marched: die Demonstranten, not … vom Bahnhof).
	final map[wortlaut.Span]bool
	// lows holds the lower-cased tokens, filled on first use by [doc.low]:
	// the rules ask for the same capitalised tokens' lower case many times.
	lows []string
	// roles caches [role] per token for [doc.role]: 0 not asked yet, else
	// 1 + gender, with roleNoun set when the token is a role noun.
	roles []uint8
	// cueFlags caches per token which cue lists hold forms for it (see
	// [doc.cueForms]).
	cueFlags []uint8
	// nouns caches [isOrgWord] and [personNoun] per token (see
	// [doc.orgWord]).
	nouns []uint8
	// bodyTok is the first token after the article's dateline
	// (WASHINGTON, 9. Januar (Xinhuanet) --), or 0 when it has none.
	bodyTok int
}

func newDoc(src string, ents []entity.Entity) *doc {
	td := text.Segment(src)
	d := &doc{src: src, toks: td.Tokens, ents: ents}
	var dlSpan wortlaut.Span // the dateline, empty when there is none
	if dl, ok := dateline.Find(src); ok {
		d.bodyTok = sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= dl.End })
		dlSpan = wortlaut.Span{Start: dl.Start, End: dl.End}
	}
	for _, p := range td.Paragraphs {
		first := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= p.Start })
		last := first
		for last < len(d.toks) && d.toks[last].End <= p.End {
			last++
		}
		if last > first {
			d.paras = append(d.paras, para{Span: p.Span, first: first, last: last, body: -1})
		}
	}
	d.entAt = make([]int32, len(d.toks))
	for i := range d.entAt {
		d.entAt[i] = -1
	}
	for ei, e := range ents {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(src) || m.Start >= m.End {
				continue
			}
			if e.Type == entity.Organization && dlSpan.Start <= m.Start && m.End <= dlSpan.End {
				// The dateline's agency (ZÜRICH (sda) –) is the article's
				// source, never the speaker of its statements: a later
				// das Unternehmen must not refer back to it.
				continue
			}
			j := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].End > m.Start })
			for ; j < len(d.toks) && d.toks[j].Start < m.End; j++ {
				d.entAt[j] = int32(ei)
			}
		}
	}
	return d
}

// tok returns the text of token i.
func (d *doc) tok(i int) string { return d.src[d.toks[i].Start:d.toks[i].End] }

// addPerson appends p to the persons and its name to personNames.
func (d *doc) addPerson(p person) {
	d.persons = append(d.persons, p)
	if d.personNames == nil {
		d.personNames = make(map[string]bool)
	}
	d.personNames[p.name] = true
	for k := 0; k < len(p.name); k++ {
		if p.name[k] == ' ' {
			d.personNames[p.name[k+1:]] = true
		}
	}
}

// low returns token i in lower case, computed once per token.
func (d *doc) low(i int) string {
	if d.lows == nil {
		d.lows = make([]string, len(d.toks))
	}
	if l := d.lows[i]; l != "" {
		return l
	}
	l := strings.ToLower(d.tok(i))
	d.lows[i] = l
	return l
}

// roleNoun marks a role noun in [doc.roles].
const roleNoun = 0x80

// role is [role] of token i, computed once per token: the rules ask it of
// the same nouns for every phrase that reaches them.
func (d *doc) role(i int) (gender, bool) {
	if d.roles == nil {
		d.roles = make([]uint8, len(d.toks))
	}
	c := d.roles[i]
	if c == 0 {
		g, ok := role(d.tok(i))
		c = 1 + uint8(g)
		if ok {
			c |= roleNoun
		}
		d.roles[i] = c
	}
	return gender(c&^roleNoun - 1), c&roleNoun != 0
}

// Flags of [doc.nouns]: whether a token's answers are known, and what
// they are.
const (
	nounOrgKnown uint8 = 1 << iota
	nounOrg
	nounPersonKnown
	nounPerson
)

// orgWord is [isOrgWord] of token i, computed once per token: npAt and
// widen ask it of the same nouns for every phrase that reaches them.
func (d *doc) orgWord(i int) bool {
	return d.nounFlag(i, nounOrgKnown, nounOrg, orgWordInflected)
}

// orgWordInflected is [isOrgWord] of w or of its stem when w ends in the
// genitive -es (des Statistischen Bundesamtes, des Verbandes): the word
// lists hold the nominative, and isOrgWord strips only a lone -s. A
// generic organisation noun (der Zoo, die Klinik) is one too, though the
// word lists may lack it.
func orgWordInflected(w string) bool {
	return isOrgWord(w) || genericOrg[w] || strings.HasSuffix(w, "es") && isOrgWord(genitiveStem(w))
}

// personNoun is [personNoun] of token i, computed once per token.
func (d *doc) personNoun(i int) bool {
	return d.nounFlag(i, nounPersonKnown, nounPerson, personNoun)
}

// nounFlag returns the flag yes of token i, setting it from is on first
// use (known marks that it was).
func (d *doc) nounFlag(i int, known, yes uint8, is func(string) bool) bool {
	if d.nouns == nil {
		d.nouns = make([]uint8, len(d.toks))
	}
	f := d.nouns[i]
	if f&known == 0 {
		f |= known
		if is(d.tok(i)) {
			f |= yes
		}
		d.nouns[i] = f
	}
	return f&yes != 0
}

// rune returns the first rune of token i.
func (d *doc) rune(i int) rune {
	r, _ := utf8.DecodeRuneInString(d.src[d.toks[i].Start:d.toks[i].End])
	return r
}

func (d *doc) isWord(i int) bool { return d.toks[i].Kind == text.Word || d.toks[i].Kind == text.Abbrev }

// isCap reports whether token i is a word starting with an upper-case letter.
func (d *doc) isCap(i int) bool {
	return d.toks[i].Kind == text.Word && unicode.IsUpper(d.rune(i))
}

// isCapWord is isCap, or a word like 47-Jährige whose letters start after a
// number.
func (d *doc) isCapWord(i int) bool {
	if d.isCap(i) {
		return true
	}
	if d.toks[i].Kind != text.Word || !unicode.IsDigit(d.rune(i)) {
		return false
	}
	w := d.tok(i)
	k := strings.IndexByte(w, '-')
	if k < 0 || k+1 >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[k+1:])
	return unicode.IsUpper(r)
}

// isLower reports whether token i is a word starting with a lower-case letter.
func (d *doc) isLower(i int) bool {
	return d.toks[i].Kind == text.Word && unicode.IsLower(d.rune(i))
}

func (d *doc) isPunct(i int, s string) bool {
	return d.toks[i].Kind == text.Punct && d.tok(i) == s
}

// isSentEnd reports whether token i ends a sentence: . ! ? outside a
// number or abbreviation.
func (d *doc) isSentEnd(i int) bool {
	if d.toks[i].Kind != text.Punct {
		return false
	}
	switch d.tok(i) {
	case ".", "!", "?":
		return true
	}
	return false
}

// span returns the byte span of tokens [first, last).
func (d *doc) span(first, last int) wortlaut.Span {
	return wortlaut.Span{Start: d.toks[first].Start, End: d.toks[last-1].End}
}

// segment marks the quotations' tokens and splits each paragraph into
// outer sentences.
func (d *doc) segment() {
	d.inQuote = make([]int32, len(d.toks))
	for i := range d.inQuote {
		d.inQuote[i] = -1
	}
	d.closing = make([]bool, len(d.toks))
	for ci, c := range d.cands {
		for _, p := range c.parts {
			end := p.closeTok
			if end >= 0 {
				d.closing[end] = true
			}
			if end < 0 {
				end = d.paras[p.para].last - 1
			}
			for i := p.openTok; i <= end; i++ {
				d.inQuote[i] = int32(ci)
			}
		}
	}
	d.sentOf = make([]int32, len(d.toks))
	for pi, p := range d.paras {
		start := p.first
		for i := p.first; i < p.last; i++ {
			end := false
			if q := d.inQuote[i]; q >= 0 {
				// Inside a quotation; a sentence may end after its closing
				// mark when the quoted words end one and a new one begins.
				if d.closing[i] && i > p.first && d.isSentEndQuote(i-1) {
					end = i+1 >= p.last || d.isCap(i+1) || d.toks[i+1].Kind == text.QuoteMark && d.inQuote[i+1] != q
				}
			} else if d.isSentEnd(i) {
				end = true
				for i+1 < p.last && d.inQuote[i+1] < 0 && d.toks[i+1].Kind == text.Punct && (d.tok(i+1) == ")" || d.isSentEnd(i+1)) {
					i++
				}
			}
			if end || i == p.last-1 {
				for j := start; j <= i; j++ {
					d.sentOf[j] = int32(len(d.sents))
				}
				d.sents = append(d.sents, sent{para: pi, first: start, last: i + 1})
				start = i + 1
			}
		}
	}
}

func (d *doc) isSentEndQuote(i int) bool {
	if d.toks[i].Kind == text.Ellipsis {
		return true
	}
	return d.isSentEnd(i)
}

// lowerFirst returns w with its first letter in lower case.
func lowerFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return w
	}
	return string(unicode.ToLower(r)) + w[n:]
}

// sentStart reports whether token i starts its outer sentence (ignoring
// an opening dash or bracket). The article's dateline is no part of the
// sentence it opens (KIEL (dpa) – Laut Staatsanwaltschaft …): the first
// word after it starts the sentence, as in any other; so for a dateline
// that opens a later paragraph (a ticker's second item).
func (d *doc) sentStart(i int) bool {
	s := d.sents[d.sentOf[i]]
	j := s.first
	if j < d.bodyTok && d.bodyTok <= i {
		j = d.bodyTok
	} else if j == d.paras[s.para].first {
		if b := d.paraBody(s.para); j < b && b <= i {
			j = b
		}
	}
	for j < i && d.toks[j].Kind == text.Punct {
		j++
	}
	return j == i
}

// paraBody returns the first token after a dateline that opens paragraph
// p, or its first token when none does; the dateline package decides, on
// the paragraph's text alone, once per paragraph.
func (d *doc) paraBody(p int) int {
	pa := &d.paras[p]
	if pa.body >= 0 {
		return pa.body
	}
	pa.body = pa.first
	start := d.toks[pa.first].Start
	if dl, ok := dateline.Find(d.src[start:d.toks[pa.last-1].End]); ok && dl.Start == 0 {
		for i := pa.first; i < pa.last; i++ {
			if d.toks[i].Start >= start+dl.End {
				pa.body = i
				break
			}
		}
	}
	return pa.body
}

func trimGenitive(s string) string {
	if strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") && utf8.RuneCountInString(s) > 3 {
		return s[:len(s)-1]
	}
	return s
}
