package lexicon

//go:generate go run gen_regions.go

import (
	_ "embed"
	"strings"
	"sync"
)

// Gender is the grammatical gender a first name or role noun signals.
type Gender uint8

// Genders. Unknown covers names and nouns used for both.
const (
	Unknown Gender = iota
	Male
	Female
)

var (
	//go:embed data/firstnames.txt
	firstnamesTxt string
	//go:embed data/roles.txt
	rolesTxt string
	//go:embed data/triggers.txt
	triggersTxt string
	//go:embed data/heads.txt
	headsTxt string
	//go:embed data/regions.txt
	regionsTxt string
	//go:embed data/places.txt
	placesTxt string
	//go:embed data/orgs.txt
	orgsTxt string
	//go:embed data/stopwords.txt
	stopwordsTxt string
)

func parseGender(s string) Gender {
	switch s {
	case "m":
		return Male
	case "f":
		return Female
	}
	return Unknown
}

// pairs splits each entry of data into its word and its second field.
func pairs(data string) map[string]string {
	m := map[string]string{}
	for line := range Lines(data) {
		word, val, _ := strings.Cut(line, " ")
		m[word] = val
	}
	return m
}

func genders(data string) map[string]Gender {
	m := map[string]Gender{}
	for w, g := range pairs(data) {
		m[w] = parseGender(g)
	}
	return m
}

var (
	firstNames = sync.OnceValue(func() map[string]Gender { return genders(firstnamesTxt) })
	roles      = sync.OnceValue(func() map[string]Gender { return genders(rolesTxt) })
	triggers   = sync.OnceValue(func() map[string]string { return pairs(triggersTxt) })
	heads      = sync.OnceValue(func() map[string]string { return pairs(headsTxt) })
	stopwords  = sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for w := range Lines(stopwordsTxt) {
			m[w] = true
		}
		return m
	})
)

// FirstName reports whether w is a known given name and the gender of its
// usual bearer.
func FirstName(w string) (Gender, bool) {
	g, ok := firstNames()[w]
	return g, ok
}

// Role reports whether w is a role or title noun (Ministerin, Präsidenten,
// Chefs) and its grammatical gender. Inflected forms in -en, -n, -s and -es
// of a listed noun are recognised; a hyphenated compound (US-Präsident,
// Ex-Kanzlerin) is looked up by its last part.
func Role(w string) (Gender, bool) {
	if i := strings.LastIndexByte(w, '-'); i >= 0 && i+1 < len(w) {
		w = w[i+1:]
	}
	m := roles()
	if g, ok := m[w]; ok {
		return g, true
	}
	for _, suf := range [...]string{"en", "n", "s", "es"} {
		if s, ok := strings.CutSuffix(w, suf); ok && s != "" {
			if g, ok := m[s]; ok {
				return g, true
			}
		}
	}
	return Unknown, false
}

// Trigger returns the name type ("ORG" or "LOC") that the class noun w
// introduces, as in „die Nachrichtenagentur Xinhua“ or „der Stadt Halle“.
// Inflected forms in -n, -s and -es are recognised.
func Trigger(w string) (string, bool) {
	return lookupInflected(triggers(), w)
}

// Head returns the name type ("ORG" or "LOC") that the word w gives a
// multi-word name it closes, as Bank in „Deutsche Bank“ or Tower in „Trump
// Tower“. A trailing full stop (Inc., Corp.) is ignored.
func Head(w string) (string, bool) {
	return lookupInflected(heads(), strings.TrimSuffix(w, "."))
}

func lookupInflected(m map[string]string, w string) (string, bool) {
	if t, ok := m[w]; ok {
		return t, true
	}
	for _, suf := range [...]string{"n", "s", "es"} {
		if s, ok := strings.CutSuffix(w, suf); ok && s != "" {
			if t, ok := m[s]; ok {
				return t, true
			}
		}
	}
	return "", false
}

// Stopword reports whether the lower-cased word w is a function word,
// weekday, month or unit that is never a name on its own.
func Stopword(lower string) bool { return stopwords()[lower] }

// Name is a gazetteer entry: its type ("LOC" or "ORG") and its canonical
// form.
type Name struct {
	Type      string
	Canonical string
}

// Gazetteer is the set of known place and organisation names, keyed by
// surface form with words joined by one space. Multi-word names that start
// with an adjective (Mittlerer Westen, Vereinigte Staaten) are also keyed by
// their inflected forms (Mittleren Westen), all pointing to the entry as
// listed.
type Gazetteer struct {
	names map[string]Name
	// opens holds the first words of the keys of more than one word, so
	// that a caller can skip joining words no key starts with.
	opens    map[string]bool
	maxWords int
}

// Lookup returns the entry for the surface form s.
func (g *Gazetteer) Lookup(s string) (Name, bool) {
	n, ok := g.names[s]
	return n, ok
}

// Opens reports whether some key of more than one word starts with the
// word w followed by a space.
func (g *Gazetteer) Opens(w string) bool { return g.opens[w] }

// MaxWords is the largest number of words in any key.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Names returns the embedded gazetteer of places (CLDR regions and
// places.txt) and organisations (orgs.txt), built on first use.
var Names = sync.OnceValue(func() *Gazetteer {
	g := &Gazetteer{names: map[string]Name{}, opens: map[string]bool{}}
	add := func(data, typ string) {
		for line := range Lines(data) {
			line, long, _ := strings.Cut(line, "\t")
			n := Name{Type: typ, Canonical: line}
			if long != "" {
				n.Canonical = long // an acronym: VW → Volkswagen
			}
			for _, v := range variants(line) {
				if _, dup := g.names[v]; !dup {
					g.names[v] = n
				}
				if first, _, ok := strings.Cut(v, " "); ok {
					g.opens[first] = true
				}
			}
			g.maxWords = max(g.maxWords, strings.Count(line, " ")+1)
		}
	}
	add(regionsTxt, "LOC")
	add(placesTxt, "LOC")
	add(orgsTxt, "ORG")
	return g
})

// variants returns name and, for a multi-word name whose first word looks
// like an inflected adjective (ends in -e, -er, -es), the same name with the
// other strong and weak endings: Mittlerer Westen → Mittlere, Mittleren,
// Mittleres, Mittlerem Westen.
func variants(name string) []string {
	out := []string{name}
	first, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" {
		return out
	}
	var stem string
	for _, suf := range [...]string{"er", "es", "e"} {
		if s, ok := strings.CutSuffix(first, suf); ok && len(s) >= 2 {
			stem = s
			break
		}
	}
	if stem == "" {
		return out
	}
	for _, suf := range [...]string{"e", "em", "en", "er", "es"} {
		if v := stem + suf + " " + rest; v != name {
			out = append(out, v)
		}
	}
	return out
}
