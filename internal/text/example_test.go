package text_test

import (
	"fmt"

	"github.com/wortlaut/wortlaut/internal/text"
)

func Example() {
	src := "Merkel trifft Macron\nBERLIN (dpa) - Am 9. Januar sprach Dr. Anna Berg. „Das ist klug.“ Sie lachte."
	d := text.Segment(src)
	for _, p := range d.Paragraphs {
		for _, s := range d.Sentences[p.First:p.Last] {
			fmt.Printf("%d-%d %s\n", s.Start, s.End, s.Text(src))
		}
	}
	// Output:
	// 0-20 Merkel trifft Macron
	// 21-70 BERLIN (dpa) - Am 9. Januar sprach Dr. Anna Berg.
	// 71-90 „Das ist klug.“
	// 91-102 Sie lachte.
}

func ExampleTokenize() {
	src := "„Wir investieren 450 Mio. Euro“, sagte der US-Präsident am 3. Oktober."
	for _, t := range text.Tokenize(src) {
		if t.Kind == text.QuoteMark {
			fmt.Println(t.Kind, t.Quote, t.Text(src))
			continue
		}
		fmt.Println(t.Kind, t.Text(src))
	}
	// Output:
	// QuoteMark Opening „
	// Word Wir
	// Word investieren
	// Number 450
	// Abbrev Mio.
	// Word Euro
	// QuoteMark Closing “
	// Punct ,
	// Word sagte
	// Word der
	// Word US-Präsident
	// Word am
	// Ordinal 3.
	// Word Oktober
	// Punct .
}

func ExampleSegment() {
	src := "„Ich finde ihn klug. Ich habe ihm das erzählt“, erklärte Ma. mehr..."
	d := text.Segment(src)
	for _, s := range d.Sentences {
		fmt.Println(s.Text(src))
	}
	// Output:
	// „Ich finde ihn klug.
	// Ich habe ihm das erzählt“, erklärte Ma.
	// mehr...
}

func ExampleParagraphs() {
	src := "Titelzeile\nErster Absatz.\n\nZweiter Absatz.\n"
	for _, p := range text.Paragraphs(src) {
		fmt.Printf("%d-%d %s\n", p.Start, p.End, p.Text(src))
	}
	// Output:
	// 0-10 Titelzeile
	// 11-25 Erster Absatz.
	// 27-42 Zweiter Absatz.
}

func ExampleToken_Parts() {
	src := "Milliarden-Dollar-Geschäft"
	t := text.Tokenize(src)[0]
	for _, p := range t.Parts(src) {
		fmt.Println(p.Text(src))
	}
	// Output:
	// Milliarden
	// Dollar
	// Geschäft
}

func ExampleToken_AppendParts() {
	src := "SPD-Chef und CDU-Chefin"
	var parts []string
	for _, t := range text.Tokenize(src) {
		for _, p := range t.AppendParts(nil, src) {
			parts = append(parts, p.Text(src))
		}
	}
	fmt.Println(parts)
	// Output:
	// [SPD Chef und CDU Chefin]
}

func ExampleIsAbbrev() {
	fmt.Println(text.IsAbbrev("Mio."), text.IsAbbrev("z. B."), text.IsAbbrev("Ma."))
	// Output:
	// true true false
}

func ExampleKind_String() {
	fmt.Println(text.Ordinal, text.Abbrev)
	// Output:
	// Ordinal Abbrev
}

func ExampleQuoteClass_String() {
	src := "»Nein«"
	toks := text.Tokenize(src)
	fmt.Println(toks[0].Quote, toks[2].Quote)
	// Output:
	// Opening Closing
}
