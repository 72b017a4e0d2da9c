// Package spkatt reads the SpkAtt-2023 speaker-attribution data (GermEval
// 2023, Task 2 on German Wikinews and Task 1 on Bundestag debates) and scores
// predicted quotations and speakers against its annotations.
//
// The data is read at test time from ../shared and never copied into the
// repository: its annotations are licensed for measuring only. A document's
// tokens are joined into running text with the usual German spacing
// ([Join]); every token keeps its byte span, so predictions on the running
// text map back to token references.
//
// The matching rules of [Score] are documented in docs/quote-eval.md.
package spkatt

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/wortlaut/wortlaut"
)

// Token is one token of a document with its place in the running text.
type Token struct {
	Sent, Index   int // sentence id and 0-based index in the sentence
	wortlaut.Span     // bytes in Doc.Text
	Text          string
}

// Event is one annotated speech, thought or writing event. Roles are
// indices into Doc.Tokens, sorted.
type Event struct {
	Form    string // Direct, Indirect, FreeIndirect, IndirectFreeIndirect, Reported
	Cue     []int
	Source  []int
	Message []int
	Nested  bool // IsNested: the event lies inside another event's message
}

// Doc is one annotated document.
type Doc struct {
	Name   string
	Text   string // tokens joined by Join
	Tokens []Token
	Events []Event
}

type rawDoc struct {
	Sentences []struct {
		SentenceID json.RawMessage `json:"SentenceId"`
		Tokens     []string        `json:"Tokens"`
	} `json:"Sentences"`
	Annotations []map[string]json.RawMessage `json:"Annotations"`
}

// Read decodes one document in the SpkAtt JSON format (Task 2: a list of
// Sentences and a list of Annotations whose roles are "sentence:token"
// references). Task 2 role names (Source, Message, Form, IsNested) are read;
// Task 1 files (parliament) have no Form and get Form "".
func Read(r io.Reader, name string) (*Doc, error) {
	var raw rawDoc
	if err := json.NewDecoder(r).Decode(&raw); err != nil {
		return nil, fmt.Errorf("spkatt: %s: %w", name, err)
	}
	var sents [][]string
	var ids []int
	for i, s := range raw.Sentences {
		id := i
		if len(s.SentenceID) > 0 {
			var n json.Number
			if err := json.Unmarshal(s.SentenceID, &n); err == nil {
				if v, err := n.Int64(); err == nil {
					id = int(v)
				}
			} else {
				var str string
				if err := json.Unmarshal(s.SentenceID, &str); err == nil {
					if v, err := strconv.Atoi(str); err == nil {
						id = v
					}
				}
			}
		}
		sents = append(sents, s.Tokens)
		ids = append(ids, id)
	}
	d := &Doc{Name: name}
	d.Text, d.Tokens = Join(sents, ids)
	index := make(map[[2]int]int, len(d.Tokens))
	for i, t := range d.Tokens {
		index[[2]int{t.Sent, t.Index}] = i
	}
	role := func(a map[string]json.RawMessage, key string) ([]int, error) {
		var refs []string
		if v, ok := a[key]; ok && len(v) > 0 && string(v) != "null" {
			if err := json.Unmarshal(v, &refs); err != nil {
				return nil, fmt.Errorf("spkatt: %s: role %s: %w", name, key, err)
			}
		}
		var out []int
		for _, ref := range refs {
			s, t, ok := strings.Cut(ref, ":")
			si, err1 := strconv.Atoi(s)
			ti, err2 := strconv.Atoi(t)
			if !ok || err1 != nil || err2 != nil {
				return nil, fmt.Errorf("spkatt: %s: bad token reference %q", name, ref)
			}
			i, ok := index[[2]int{si, ti}]
			if !ok {
				return nil, fmt.Errorf("spkatt: %s: token reference %q out of range", name, ref)
			}
			out = append(out, i)
		}
		sort.Ints(out)
		return out, nil
	}
	for _, a := range raw.Annotations {
		var e Event
		var err error
		if e.Cue, err = role(a, "Cue"); err != nil {
			return nil, err
		}
		if e.Source, err = role(a, "Source"); err != nil {
			return nil, err
		}
		if e.Message, err = role(a, "Message"); err != nil {
			return nil, err
		}
		if v, ok := a["Form"]; ok {
			_ = json.Unmarshal(v, &e.Form)
		}
		if v, ok := a["IsNested"]; ok {
			_ = json.Unmarshal(v, &e.Nested)
		}
		d.Events = append(d.Events, e)
	}
	return d, nil
}

// ReadDir reads every *.json file of dir, sorted by name.
func ReadDir(dir string) ([]*Doc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var docs []*Doc
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		d, err := Read(f, filepath.Base(p))
		f.Close()
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// Join joins tokenised sentences into running text with the usual spacing:
// no space before closing punctuation and closing quotation marks, none after
// opening brackets and marks; straight quotes (", ', ”) alternate between
// opening and closing. Sentences are separated by one space. ids gives each
// sentence's id (nil: its position).
func Join(sents [][]string, ids []int) (string, []Token) {
	var b strings.Builder
	var toks []Token
	open := map[string]bool{} // straight quote kinds currently open
	glue := true              // no space before the next token
	for si, s := range sents {
		id := si
		if si < len(ids) {
			id = ids[si]
		}
		for ti, tok := range s {
			before, after := spacing(tok, open)
			if b.Len() > 0 && !glue && !before {
				b.WriteByte(' ')
			}
			start := b.Len()
			b.WriteString(tok)
			toks = append(toks, Token{Sent: id, Index: ti, Span: wortlaut.Span{Start: start, End: b.Len()}, Text: tok})
			glue = after
		}
		glue = false
	}
	return b.String(), toks
}

// spacing reports whether tok attaches to the token before it and whether
// the next token attaches to it.
func spacing(tok string, open map[string]bool) (before, after bool) {
	switch tok {
	case ".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "“", "”", "‘", "«", "›", "…":
		return true, false
	case "„", "‚", "»", "‹", "(", "[", "{":
		return false, true
	case `"`, "'", "''", "``":
		if open[tok] {
			open[tok] = false
			return true, false
		}
		open[tok] = true
		return false, true
	}
	return false, false
}

// Content reports whether a token carries a letter or a digit: punctuation
// and quotation marks are left out when spans are compared.
func Content(tok string) bool {
	for _, r := range tok {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
