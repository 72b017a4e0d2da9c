package text

import "github.com/wortlaut/wortlaut"

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

// Doc is a segmented text.
type Doc struct {
	Src        string
	Tokens     []Token
	Sentences  []Sentence
	Paragraphs []Paragraph
}

// Segment splits s into paragraphs, sentences and tokens.
func Segment(s string) *Doc {
	d := &Doc{Src: s, Tokens: Tokenize(s)}
	for _, p := range Paragraphs(s) {
		para := Paragraph{Span: p, First: len(d.Sentences)}
		d.splitSentences(p)
		para.Last = len(d.Sentences)
		d.Paragraphs = append(d.Paragraphs, para)
	}
	return d
}

// Paragraphs returns the spans of the paragraphs of s, without surrounding
// white space. A newline ends a paragraph.
func Paragraphs(s string) []wortlaut.Span {
	var out []wortlaut.Span
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' {
			if sp, ok := trim(s, start, i); ok {
				out = append(out, sp)
			}
			start = i + 1
		}
	}
	return out
}

func trim(s string, start, end int) (wortlaut.Span, bool) {
	for start < end && isSpaceByte(s[start]) {
		start++
	}
	for end > start && isSpaceByte(s[end-1]) {
		end--
	}
	return wortlaut.Span{Start: start, End: end}, start < end
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// splitSentences appends the sentences of paragraph p. First version: a
// sentence ends after . ! ? and any closing quote marks that follow.
func (d *Doc) splitSentences(p wortlaut.Span) {
	first := firstToken(d.Tokens, p.Start)
	last := first
	for last < len(d.Tokens) && d.Tokens[last].End <= p.End {
		last++
	}
	start := first
	for i := first; i < last; i++ {
		t := d.Tokens[i]
		if t.Kind != Punct {
			continue
		}
		c := d.Src[t.Start]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		end := i + 1
		for end < last && d.Tokens[end].Kind == QuoteMark && d.Tokens[end].Quote != Opening {
			end++
		}
		d.Sentences = append(d.Sentences, Sentence{Span: wortlaut.Span{Start: d.Tokens[start].Start, End: d.Tokens[end-1].End}, First: start, Last: end})
		start = end
		i = end - 1
	}
	if start < last {
		d.Sentences = append(d.Sentences, Sentence{Span: wortlaut.Span{Start: d.Tokens[start].Start, End: d.Tokens[last-1].End}, First: start, Last: last})
	}
}

func firstToken(toks []Token, off int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
