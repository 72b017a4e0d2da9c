package quote_test

import (
	"fmt"

	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/quote"
)

// The whole flow: find the quotations of an agency text and print who
// said what, with the mention the speaker was resolved from.
func Example() {
	text := `BERLIN (dpa) - Die Bundesregierung will die Netzentgelte senken. „Wir entlasten Familien und Betriebe noch in diesem Jahr“, sagte Wirtschaftsministerin Katharina Roth am Montag in Berlin.

„Das ist ein erster Schritt“, fügte sie hinzu. Die Opposition sprach von einem „Wahlgeschenk“.`
	for _, q := range quote.Extract(text) {
		who := "unknown"
		if q.Speaker != nil {
			who = fmt.Sprintf("%s (as %q)", q.Speaker.Name, q.Speaker.Text)
		}
		fmt.Printf("%s %q by %s\n", q.Kind, q.Text, who)
	}
	// Output:
	// direct "Wir entlasten Familien und Betriebe noch in diesem Jahr" by Katharina Roth (as "Wirtschaftsministerin Katharina Roth")
	// direct "Das ist ein erster Schritt" by Katharina Roth (as "sie")
	// partial "Wahlgeschenk" by Opposition (as "Die Opposition")
}

func ExampleExtract() {
	text := "Laut Polizeisprecher Jan Krüger war der Fahrer zu schnell. Er sagte, der Wagen sei ins Schleudern geraten."
	for _, q := range quote.Extract(text) {
		fmt.Println(q.Kind, q.Text, "|", q.Speaker.Name, "|", q.Cue.Text)
	}
	// Output:
	// indirect war der Fahrer zu schnell | Jan Krüger | Laut
	// indirect der Wagen sei ins Schleudern geraten | Jan Krüger | sagte
}

func ExampleExtractor_Extract() {
	// The zero Extractor uses the default entity recogniser; an Extractor
	// is safe for concurrent use.
	var x quote.Extractor
	text := "„Die Lage ist ernst“, erklärte der Innenminister."
	for _, q := range x.Extract(text) {
		fmt.Printf("%d-%d %s %q %q\n", q.Start, q.End, q.Kind, text[q.Start:q.End], q.Speaker.Text)
	}
	// Output:
	// 3-21 direct "Die Lage ist ernst" "der Innenminister"
}

func ExampleExtractor_ExtractWithEntities() {
	text := "Jack Ma traf Donald Trump. „Wir hatten ein großartiges Treffen“, sagte Trump."
	// Recognise once, use the entities for both purposes.
	ents := entity.Recognize(text)
	for _, q := range (&quote.Extractor{}).ExtractWithEntities(text, ents) {
		fmt.Println(q.Speaker.Text, "→", q.Speaker.Name, q.Speaker.Type)
	}
	// Output:
	// Trump → Donald Trump PER
}

func ExampleKind_String() {
	fmt.Println(quote.Direct, quote.Partial, quote.Indirect)
	// Output: direct partial indirect
}
