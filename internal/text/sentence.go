package text

import (
	"unicode"
	"unicode/utf8"

	"github.com/wortlaut/wortlaut"
)

// Sentence is one sentence: its span and the range of its tokens in the
// document's token slice, Tokens[First:Last].
type Sentence struct {
	wortlaut.Span
	First, Last int
}

// Paragraph is one paragraph: its span and the range of its sentences,
// Sentences[First:Last].
type Paragraph struct {
	wortlaut.Span
	First, Last int
}

// Doc is a segmented text. Sentences and Paragraphs are in text order;
// every sentence lies within one paragraph and holds at least one token.
type Doc struct {
	Src        string
	Tokens     []Token
	Sentences  []Sentence
	Paragraphs []Paragraph
}

// Segment splits s into paragraphs, sentences and tokens. It never fails:
// any string, including invalid UTF-8, gives a Doc whose spans lie within s.
func Segment(s string) *Doc {
	sc := getScratch(len(s))
	t := tokenizer{s: s, lx: lex(), toks: sc.toks, seg: true, ends: sc.ends, paraEnds: sc.paraEnds}
	t.run()
	toks := t.toks
	d := &Doc{Src: s, Tokens: toks, Sentences: sc.sents, Paragraphs: sc.paras}
	// Tokens never contain a line break, so the paragraphs are the runs of
	// tokens with no line break between them, which the tokenizer noted:
	// the same spans as [Paragraphs] returns.
	if len(toks) > t.broken {
		t.paraEnds = append(t.paraEnds, len(toks))
	}
	first, ends := 0, t.ends
	for _, end := range t.paraEnds {
		para := Paragraph{
			Span:  wortlaut.Span{Start: toks[first].Start, End: toks[end-1].End},
			First: len(d.Sentences),
		}
		ends = d.splitSentences(first, end, ends)
		para.Last = len(d.Sentences)
		d.Paragraphs = append(d.Paragraphs, para)
		first = end
	}
	sc.toks, sc.ends, sc.paraEnds, sc.sents, sc.paras = t.toks, t.ends, t.paraEnds, d.Sentences, d.Paragraphs
	if sc.reusable() {
		d.Tokens, d.Sentences, d.Paragraphs = exact(d.Tokens), exact(d.Sentences), exact(d.Paragraphs)
		scratchPool.Put(sc)
	}
	return d
}

// Paragraphs returns the spans of the paragraphs of s, without surrounding
// white space. Every line break ends a paragraph, as in agency copy where
// one newline separates paragraphs; blank lines add nothing. Line breaks
// are \n, \r, \v, \f, U+0085, U+2028 and U+2029.
func Paragraphs(s string) []wortlaut.Span {
	out := make([]wortlaut.Span, 0, 8)
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		w := 1
		brk := false
		if c < utf8.RuneSelf {
			brk = c == '\n' || c == '\r' || c == '\v' || c == '\f'
		} else if c == 0xC2 || c == 0xE2 {
			var r rune
			r, w = decode(s, i)
			brk = isLineBreak(r)
		}
		if brk {
			if sp, ok := trim(s, start, i); ok {
				out = append(out, sp)
			}
			start = i + w
		}
		i += w
	}
	if sp, ok := trim(s, start, len(s)); ok {
		out = append(out, sp)
	}
	return out
}

// trim narrows s[start:end] to its non-space part.
func trim(s string, start, end int) (wortlaut.Span, bool) {
	for start < end {
		r, w := decode(s, start)
		if !isSpace(r) {
			break
		}
		start += w
	}
	for end > start {
		r, w := decodeLast(s, end)
		if !isSpace(r) {
			break
		}
		end -= w
	}
	return wortlaut.Span{Start: start, End: end}, start < end
}

// splitSentences appends the sentences of the paragraph whose tokens are
// Tokens[first:last]. ends lists, in text order from this paragraph on,
// the tokens that may end a sentence (full stops, ! and ?, abbreviations,
// ordinals); splitSentences returns the part after the paragraph.
func (d *Doc) splitSentences(first, last int, ends []int) []int {
	start := first
	next := first // the first token not yet looked at
	for len(ends) > 0 && ends[0] < last {
		i := ends[0]
		ends = ends[1:]
		if i < next {
			continue
		}
		end, ok := d.sentenceEnd(i, last)
		if ok {
			d.addSentence(start, end)
			start = end
		}
		// A run of marks is looked at once: "!!!…", ".“““…".
		next = max(i+1, end)
	}
	if start < last {
		d.addSentence(start, last)
	}
	return ends
}

func (d *Doc) addSentence(first, last int) {
	d.Sentences = append(d.Sentences, Sentence{
		Span:  wortlaut.Span{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End},
		First: first,
		Last:  last,
	})
}

// sentenceEnd reports whether a sentence ends with token i, or with the
// closing marks and brackets right after it, and returns the index after
// the sentence's last token. When it reports false with an index, no
// sentence ends before that index either.
func (d *Doc) sentenceEnd(i, last int) (int, bool) {
	toks, s := d.Tokens, d.Src
	t := toks[i]
	weak := false // an abbreviation: ends a sentence only in some cases
	switch t.Kind {
	case Punct:
		if !isTerminal(s[t.Start:t.End]) {
			return 0, false
		}
	case Abbrev, Ordinal:
		weak = true
	default:
		return 0, false
	}
	j := i + 1
	quoted := false
	for j < last {
		n := toks[j]
		adjacent := n.Start == toks[j-1].End
		switch {
		case n.Kind == Punct && adjacent && (isTerminal(s[n.Start:n.End]) || isCloser(s[n.Start:n.End])):
		case n.Kind == QuoteMark && n.Quote == Closing:
			quoted = true
		case n.Kind == QuoteMark && n.Quote == Ambiguous && adjacent:
			quoted = true
		default:
			goto scanned
		}
		j++
	}
scanned:
	if j == last {
		return j, true
	}
	if weak && !quoted && !d.endsAfterAbbrev(i, j) {
		return 0, false
	}
	if toks[j].Start == toks[j-1].End {
		return j, false // no space: "Ende.Die", "?!“,"
	}
	return j, d.startsSentence(j, last)
}

// endsAfterAbbrev reports whether the abbreviation or ordinal token i ends
// a sentence before token j: it is marked final ("usw."), or it is not
// part of a multi-part abbreviation and a function word such as "Die" or
// "Er" (data/sentence_start.txt) follows.
func (d *Doc) endsAfterAbbrev(i, j int) bool {
	toks, s := d.Tokens, d.Src
	l := lex()
	f := l.abbrevFlags(s[toks[i].Start:toks[i].End])
	if f&abbrevFinal != 0 {
		return true
	}
	if toks[j].Kind != Word || toks[j].Start == toks[i].End {
		return false
	}
	if i > 0 && toks[i-1].Kind == Abbrev && toks[i-1].End < toks[i].Start && l.abbrevFlags(s[toks[i-1].Start:toks[i-1].End])&abbrevFirst != 0 {
		return false // z. B. Die Grünen
	}
	if f&abbrevFirst != 0 {
		return false
	}
	return l.starts.get(s[toks[j].Start:toks[j].End])
}

// isTerminal reports whether p, a punctuation token, ends a sentence.
func isTerminal(p string) bool {
	switch p {
	case ".", "..", "!", "?", "‼", "⁉", "⁈", "。":
		return true
	}
	return false
}

func isCloser(p string) bool { return p == ")" || p == "]" || p == "}" }

// startsSentence reports whether token j can begin a sentence after a
// full stop: a capitalised word, a number, an opening quote or bracket. A
// lowercase word cannot, except the teaser at the end of a paragraph
// ("… unterzeichnet wurde. mehr...").
func (d *Doc) startsSentence(j, last int) bool {
	t := d.Tokens[j]
	s := d.Src
	switch t.Kind {
	case Word, Abbrev:
		r, _ := decode(s, t.Start)
		if unicode.IsLower(r) {
			return j+2 == last && d.Tokens[j+1].Kind == Ellipsis
		}
		return true
	case Number, Date, Ordinal, URL, Email, Handle, Symbol:
		return true
	case QuoteMark:
		return t.Quote != Closing
	case Punct:
		switch s[t.Start:t.End] {
		case "(", "[", "{", "¿", "¡":
			return true
		case "–", "—", "-", "--":
			// A dash opens the next turn of an interview or a new
			// thought: "Sie ist ernst. – Was folgt daraus?"
			return j+1 < last && d.Tokens[j+1].Start > t.End && d.startsSentence(j+1, last) &&
				d.Tokens[j+1].Kind != Punct
		}
		return false
	case Ellipsis:
		return t.Len() > 3 && (s[t.Start] == '[' || s[t.Start] == '(')
	}
	return false
}
