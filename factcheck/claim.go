package factcheck

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrNoClaim is returned, wrapped in a [*ParseError], when a string is not
// of the form SPEAKER: QUOTE.
var ErrNoClaim = errors.New("factcheck: not a claim")

// ParseError reports where a claim string failed to parse.
type ParseError struct {
	Input  string
	Offset int // byte offset in Input
	Msg    string
}

// Error says where the claim failed to parse; Input is left out, as the
// caller has it.
func (e *ParseError) Error() string {
	return fmt.Sprintf("factcheck: claim at byte %d: %s", e.Offset, e.Msg)
}

// Unwrap returns [ErrNoClaim].
func (e *ParseError) Unwrap() error { return ErrNoClaim }

// closing maps each opening quote mark to the marks that may close it.
var closing = map[rune]string{
	'"':  "\"“”",
	'„':  "“”\"",
	'“':  "”\"“",
	'”':  "”",
	'»':  "«",
	'«':  "»",
	'‚':  "‘’",
	'‘':  "’‘",
	'\'': "'",
}

// ParseClaim parses a claim written as SPEAKER: QUOTE, where QUOTE stands in
// quote marks of any common style and SPEAKER may too:
//
//	"Jack Ma": "Der designierte Präsident ist sehr klug"
//	Jack Ma: „Der designierte Präsident ist sehr klug“
//
// Escapes in the JSON-like first form are decoded when both parts are
// valid JSON strings.
func ParseClaim(s string) (Claim, error) {
	in := s
	s = strings.TrimSpace(s)
	off := len(in) - len(strings.TrimLeftFunc(in, unicode.IsSpace))
	// SPEAKER, possibly quoted.
	var speaker string
	rest := s
	if r, n := utf8.DecodeRuneInString(s); closing[r] != "" {
		body, after, ok := cutQuoted(s[n:], closing[r])
		if !ok {
			return Claim{}, &ParseError{in, off, "speaker has no closing quote mark"}
		}
		speaker = body
		if r == '"' {
			speaker = jsonString(s[:len(s)-len(after)], body)
		}
		rest = after
	} else {
		i := strings.IndexByte(s, ':')
		if i < 0 {
			return Claim{}, &ParseError{in, off, "want SPEAKER: \"QUOTE\""}
		}
		speaker = s[:i]
		rest = s[i:]
	}
	speaker = strings.TrimSpace(speaker)
	if speaker == "" {
		return Claim{}, &ParseError{in, off, "empty speaker"}
	}
	// The colon.
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	if !strings.HasPrefix(rest, ":") {
		return Claim{}, &ParseError{in, off + len(s) - len(rest), "want ':' after the speaker"}
	}
	rest = strings.TrimLeftFunc(rest[1:], unicode.IsSpace)
	at := off + len(s) - len(rest)
	// QUOTE in marks.
	r, n := utf8.DecodeRuneInString(rest)
	if closing[r] == "" {
		return Claim{}, &ParseError{in, at, "want the quotation in quote marks"}
	}
	body, after, ok := cutLastQuoted(rest[n:], closing[r])
	if !ok {
		return Claim{}, &ParseError{in, at, "quotation has no closing quote mark"}
	}
	if strings.TrimSpace(after) != "" {
		return Claim{}, &ParseError{in, off + len(s) - len(after), "text after the quotation"}
	}
	if r == '"' {
		body = jsonString(rest[:len(rest)-len(after)], body)
	}
	if strings.TrimSpace(body) == "" {
		return Claim{}, &ParseError{in, at, "empty quotation"}
	}
	return Claim{Quote: body, Speaker: speaker}, nil
}

// cutQuoted returns the text up to the first closing mark in closers and
// the text after it.
func cutQuoted(s, closers string) (body, after string, ok bool) {
	for i, r := range s {
		if strings.ContainsRune(closers, r) && (r != '"' || i == 0 || s[i-1] != '\\') {
			return s[:i], s[i+utf8.RuneLen(r):], true
		}
	}
	return "", "", false
}

// cutLastQuoted returns the text up to the last closing mark in closers,
// so a quotation may hold inner marks, and the text after it.
func cutLastQuoted(s, closers string) (body, after string, ok bool) {
	i := strings.LastIndexFunc(s, func(r rune) bool { return strings.ContainsRune(closers, r) })
	if i < 0 {
		return "", "", false
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[:i], s[i+n:], true
}

// jsonString decodes quoted (a "…" literal) as JSON, or returns raw when it
// is not valid JSON.
func jsonString(quoted, raw string) string {
	var v string
	if json.Unmarshal([]byte(quoted), &v) == nil {
		return v
	}
	return raw
}
