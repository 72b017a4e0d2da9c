package entity_test

import (
	"fmt"
	"strings"

	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/entity"
)

// The whole flow: recognise the names of an agency report, then read each
// entity's canonical name, type, gender and mentions.
func Example() {
	text := "BERLIN (dpa) - SPD-Chef Markus Wendler hat die Union zur Einigung aufgefordert. " +
		"„Wir können nicht warten“, sagte Wendler in Berlin. Wendlers Vorschlag stößt bei der CDU auf Widerstand."
	for _, e := range entity.Recognize(text) {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		fmt.Printf("%s %s (%s): %s\n", e.Type, e.Name, e.Gender, strings.Join(ms, ", "))
	}
	// Output:
	// LOC Berlin (unknown): BERLIN, Berlin
	// ORG dpa (unknown): dpa
	// ORG SPD (unknown): SPD
	// PER Markus Wendler (male): Markus Wendler, Wendler, Wendlers
	// ORG CDU (unknown): CDU
}

func ExampleRecognize() {
	ents := entity.Recognize("Die Europäische Zentralbank (EZB) tagte in Frankfurt am Main. Die EZB senkte die Zinsen.")
	for _, e := range ents {
		fmt.Println(e.Type, e.Name, len(e.Mentions))
	}
	// Output:
	// ORG Europäische Zentralbank 3
	// LOC Frankfurt am Main 1
}

func ExampleCluster() {
	// Names found by another recogniser, here given by hand, grouped as
	// Recognize groups its own: the surname joins the full name.
	text := "Jack Ma met Donald Trump. Later Ma spoke."
	span := func(s string, from int) wortlaut.Span {
		i := from + strings.Index(text[from:], s)
		return wortlaut.Span{Start: i, End: i + len(s)}
	}
	ents := entity.Cluster(text, []entity.Mention{
		{Span: span("Jack Ma", 0), Type: entity.Person},
		{Span: span("Donald Trump", 0), Type: entity.Person},
		{Span: span("Ma", 20), Type: entity.Person},
	})
	for _, e := range ents {
		fmt.Println(e.Type, e.Name, len(e.Mentions))
	}
	// Output:
	// PER Jack Ma 2
	// PER Donald Trump 1
}

func ExampleLoadModel() {
	_, err := entity.LoadModel(strings.NewReader("not a model"))
	fmt.Println(err)
	// Output:
	// entity: load model: ner: not a valid model: too short
}

func ExampleLookup() {
	ents := entity.Recognize("US-Präsident Donald Trump traf Jack Ma. Trump lobte Ma.")
	for _, name := range []string{"Trump", "Trumps", "Jack", "Merkel"} {
		if i := entity.Lookup(ents, name); i >= 0 {
			fmt.Println(name, "→", ents[i].Name)
		} else {
			fmt.Println(name, "→ none")
		}
	}
	// Output:
	// Trump → Donald Trump
	// Trumps → Donald Trump
	// Jack → Jack Ma
	// Merkel → none
}

func ExampleCovering() {
	text := "Das sagte Außenministerin Johanna Weißbach am Montag."
	ents := entity.Recognize(text)
	start := strings.Index(text, "Außenministerin")
	speaker := wortlaut.Span{Start: start, End: start + len("Außenministerin Johanna Weißbach")}
	if e, m := entity.Covering(ents, speaker); e >= 0 {
		fmt.Println(ents[e].Name, ents[e].Gender, ents[e].Roles, ents[e].Mentions[m].Span)
	}
	// Output:
	// Johanna Weißbach female [Außenministerin] {27 44}
}

func ExampleType_String() {
	fmt.Println(entity.Person, entity.Organization, entity.Location, entity.Misc, entity.Type(0))
	// Output:
	// PER ORG LOC MISC O
}

func ExampleGender_String() {
	fmt.Println(entity.Male, entity.Female, entity.Unknown)
	// Output:
	// male female unknown
}

func ExampleEntity_roles() {
	ents := entity.Recognize("Bundesaußenministerin Johanna Weißbach reiste nach Paris. Die Ministerin sagte, Weißbach werde bleiben.")
	for _, e := range ents {
		if e.Type == entity.Person {
			fmt.Println(e.Name, e.Gender, e.Roles)
		}
	}
	// Output:
	// Johanna Weißbach female [Bundesaußenministerin]
}

// A mention inside a compound has the span of the name alone.
func ExampleMention() {
	text := "Der SPD-Chef sprach mit Vertretern der Alibaba-Gruppe."
	for _, e := range entity.Recognize(text) {
		for _, m := range e.Mentions {
			fmt.Printf("%s %q %v %q\n", m.Type, m.Text, m.Span, m.Span.Text(text))
		}
	}
	// Output:
	// ORG "SPD" {4 7} "SPD"
	// ORG "Alibaba" {39 46} "Alibaba"
}
