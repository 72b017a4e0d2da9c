package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Sentence is one tokenised sentence with gold labels (Labels is nil for
// unlabelled input).
type Sentence struct {
	Words  []string
	Labels []Label
	Weight float32 // training weight; 0 means 1
	// Coarse marks a source with PER/ORG/LOC only: its O tokens may be OTH
	// or deriv/part names, so predicting those there is not corrected.
	Coarse bool
	// Domain is 0 for news like the target, else a source domain whose
	// features get a domain-specific copy in training (feature
	// augmentation), so its quirks do not move the shared weights.
	Domain uint8
}

// ReadCoNLL reads CoNLL-style token lines: one token per line, a blank line
// between sentences. A line starting with "#" and a TAB is a comment, unless
// it is "#", a TAB and a label only (the token "#" labelled, as in the
// output of 'wortlaut tag'); a lone "#" is a token. When the first field is
// a number and either three or more fields follow or the second is no
// label, the token is in the second field and the label in the third
// (GermEval 2014 TSV: "7 Stuttgart B-LOC O"); otherwise the token is the
// first field and the label the second, so a number token keeps its label
// ("2014 O"). Fields are separated by TABs, or by single spaces when a line
// has no TAB. Labels are mapped with label; a nil label reads no labels.
// Each sentence keeps the label of its first field only, so an unparsable
// label is reported as an error with its line number.
func ReadCoNLL(r io.Reader, label func(string) (Label, bool)) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "#\t") && !isTokenLabel(line) {
			continue
		}
		var fields []string
		if strings.IndexByte(line, '\t') >= 0 {
			fields = strings.Split(line, "\t")
		} else {
			fields = strings.Split(line, " ")
		}
		tok, rest := fields[0], fields[1:]
		if isIndexed(fields) {
			tok, rest = fields[1], fields[2:]
		}
		if tok == "" {
			continue
		}
		cur.Words = append(cur.Words, tok)
		if label != nil {
			l := O
			if len(rest) > 0 {
				var ok bool
				if l, ok = label(rest[0]); !ok {
					return nil, fmt.Errorf("ner: line %d: unknown label %q", n, rest[0])
				}
			}
			cur.Labels = append(cur.Labels, l)
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	return out, nil
}

// isIndexed reports whether a token line starts with a GermEval token
// index.
func isIndexed(fields []string) bool {
	if len(fields) < 2 || !isNumber(fields[0]) || fields[1] == "" {
		return false
	}
	if len(fields) >= 3 {
		return true
	}
	return !isLabelField(fields[1])
}

// isLabelField reports whether s looks like a BIO label field: "O", "_",
// or "B-"/"I-" and a type.
func isLabelField(s string) bool {
	return s == "O" || s == "_" || len(s) > 2 && (s[0] == 'B' || s[0] == 'I') && s[1] == '-'
}

// isTokenLabel reports whether a line starting with "#" and a TAB is the
// token "#" with its label ("#\tO", as 'wortlaut tag' writes it) rather than
// a comment.
func isTokenLabel(line string) bool {
	rest := line[2:]
	return !strings.Contains(rest, "\t") && isLabelField(rest)
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// mapBIO returns a label function for corpora with their own type names:
// types maps a source type (after "B-"/"I-") to "PER", "ORG", "LOC", "OTH"
// or "" (not a name, read as O). Unknown types are errors.
func mapBIO(types map[string]string) func(string) (Label, bool) {
	return func(s string) (Label, bool) {
		if s == "O" || s == "_" {
			return O, true
		}
		if len(s) < 3 || (s[0] != 'B' && s[0] != 'I') || s[1] != '-' {
			return O, false
		}
		t, ok := types[s[2:]]
		if !ok {
			return O, false
		}
		if t == "" {
			return O, true
		}
		return MakeLabel(t, "", s[0] == 'B')
	}
}

// fixBIO turns an I- label that does not continue a name of its kind into a
// B- label, as happens after mapping some source types to O.
func fixBIO(ls []Label) {
	prev := O
	for i, l := range ls {
		if l != O && !l.Begin() && prev.Inside() != l {
			ls[i] = l - 1
		}
		prev = ls[i]
	}
}

func openMaybeGzip(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(path, ".gz") {
		return f, nil
	}
	z, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	return struct {
		io.Reader
		io.Closer
	}{z, f}, nil
}

// smartDoc is the part of a SmartData document the readers use.
type smartDoc struct {
	ID   string `json:"id"`
	Text struct {
		String string `json:"string"`
	} `json:"text"`
	Refids struct {
		Map map[string]string `json:"map"`
	} `json:"refids"`
	Sentences *struct {
		Array []struct {
			Tokens struct {
				Array []smartToken `json:"array"`
			} `json:"tokens"`
		} `json:"array"`
	} `json:"sentences"`
	ConceptMentions *struct {
		Array []struct {
			Type string   `json:"type"`
			Span smartPos `json:"span"`
		} `json:"array"`
	} `json:"conceptMentions"`
}

type smartPos struct{ Start, End int }

type smartToken struct {
	Span smartPos `json:"span"`
	NER  struct {
		String string `json:"string"`
	} `json:"ner"`
}

// smartTypes maps SmartData entity types (lower-cased) to ours.
var smartTypes = map[string]string{
	"person": "PER", "organization": "ORG", "organization_company": "ORG",
	"organization-company": "ORG", "location": "LOC", "location_city": "LOC",
	"location-city": "LOC", "location_street": "LOC", "location-street": "LOC",
	"location_stop": "LOC", "location-stop": "LOC",
}

// readSmartData decodes a gzipped SmartData file.
func readSmartData(path string) ([]smartDoc, error) {
	rc, err := openMaybeGzip(path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	dec := json.NewDecoder(bufio.NewReader(rc))
	var docs []smartDoc
	for {
		var d smartDoc
		if err := dec.Decode(&d); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// utf16Offsets maps UTF-16 offsets (SmartData's, from Java) to byte
// offsets of s; the result has one entry per UTF-16 unit plus the end.
func utf16Offsets(s string) []int {
	offs := make([]int, 0, len(s)+1)
	for i, r := range s {
		offs = append(offs, i)
		if utf16.RuneLen(r) == 2 {
			offs = append(offs, i)
		}
	}
	return append(offs, len(s))
}

// smartTokenSentences returns the tokenised sentences of a v3 document.
func smartTokenSentences(d smartDoc) []Sentence {
	if d.Sentences == nil {
		return nil
	}
	offs := utf16Offsets(d.Text.String)
	var out []Sentence
	for _, s := range d.Sentences.Array {
		var sen Sentence
		for _, t := range s.Tokens.Array {
			if t.Span.Start < 0 || t.Span.End >= len(offs) || t.Span.Start >= t.Span.End {
				continue
			}
			w := strings.TrimSpace(d.Text.String[offs[t.Span.Start]:offs[t.Span.End]])
			if w == "" || strings.ContainsAny(w, " \n\t") {
				continue
			}
			tag := t.NER.String
			l := O
			if len(tag) > 2 && tag[1] == '-' {
				if typ := smartTypes[strings.ToLower(tag[2:])]; typ != "" {
					l, _ = MakeLabel(typ, "", tag[0] == 'B')
				}
			}
			sen.Words = append(sen.Words, w)
			sen.Labels = append(sen.Labels, l)
		}
		if len(sen.Words) > 0 {
			fixBIO(sen.Labels)
			out = append(out, sen)
		}
	}
	return out
}

// smartMentionSentences tokenises a v1 document (character offsets only)
// and labels the tokens from its mentions.
func smartMentionSentences(d smartDoc) []Sentence {
	text := d.Text.String
	offs := utf16Offsets(text)
	lab := make([]int8, len(text)+1) // per byte: -1 none, else kind index; start marks below
	for i := range lab {
		lab[i] = -1
	}
	starts := make([]bool, len(text)+1)
	if d.ConceptMentions != nil {
		for _, m := range d.ConceptMentions.Array {
			typ := smartTypes[strings.ToLower(m.Type)]
			if typ == "" || m.Span.Start < 0 || m.Span.End >= len(offs) || m.Span.Start >= m.Span.End {
				continue
			}
			l, _ := MakeLabel(typ, "", true)
			a, b := offs[m.Span.Start], offs[m.Span.End]
			for i := a; i < b; i++ {
				lab[i] = int8(l.kind())
			}
			starts[a] = true
		}
	}
	var out []Sentence
	var cur Sentence
	for _, sp := range simpleTokens(text) {
		w := text[sp[0]:sp[1]]
		l := O
		if k := lab[sp[0]]; k >= 0 {
			l = Label(2 + 2*int(k))
			if starts[sp[0]] || len(cur.Labels) == 0 || cur.Labels[len(cur.Labels)-1].Inside() != l {
				l--
			}
		}
		cur.Words = append(cur.Words, w)
		cur.Labels = append(cur.Labels, l)
		end := w == "." || w == "!" || w == "?" || sp[2] == 1
		if end && l == O {
			out = append(out, cur)
			cur = Sentence{}
		}
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out
}

// simpleTokens splits text into tokens [start, end, newlineAfter]: runs of
// letters and digits joined by inner hyphens, dots between digits and
// apostrophes; every other non-space rune alone.
func simpleTokens(text string) [][3]int {
	var toks [][3]int
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			if r == '\n' && len(toks) > 0 {
				toks[len(toks)-1][2] = 1
			}
			i += w
			continue
		}
		start := i
		if isWordRune(r) {
			i += w
			for i < len(text) {
				r, w := utf8.DecodeRuneInString(text[i:])
				if isWordRune(r) {
					i += w
					continue
				}
				if (r == '-' || r == '\'' || r == '’' || r == '.' || r == ',') && i+w < len(text) {
					r2, _ := utf8.DecodeRuneInString(text[i+w:])
					if isWordRune(r2) && (r == '-' || r == '\'' || r == '’' || isDigit(r2) && isDigit(lastRune(text[:i]))) {
						i += w
						continue
					}
				}
				break
			}
		} else {
			i += w
		}
		toks = append(toks, [3]int{start, i, 0})
	}
	return toks
}

func lastRune(s string) rune { r, _ := utf8.DecodeLastRuneInString(s); return r }
