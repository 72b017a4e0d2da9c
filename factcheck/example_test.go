package factcheck_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/factcheck"
	"github.com/wortlaut/wortlaut/quote"
)

// The whole flow: parse a claim as a fact-checker receives it and check it
// against an article. The verdict rests on the quotations and speakers that
// quote.Extract finds in the article.
func Example() {
	article := `BERLIN (dpa) – „Wir investieren so viel wie nie zuvor in das Netz“, sagte Bahnchefin Karin Wendt am Dienstag.`
	claim, err := factcheck.ParseClaim(`Wendt: „Wir investieren so viel wie nie zuvor“`)
	if err != nil {
		fmt.Println(err)
		return
	}
	r := factcheck.Verify(article, claim)
	fmt.Println(r.Verdict)
	// Output: supported
}

func ExampleVerify() {
	article := "„Wir hatten ein großartiges Treffen“, sagte Trump."
	r := factcheck.Verify(article, factcheck.Claim{Quote: "Wir hatten ein großartiges Treffen", Speaker: "Donald Trump"})
	fmt.Printf("%s %q\n", r.Verdict, r.Text)
	// Output: supported "Wir hatten ein großartiges Treffen"
}

// VerifyQuotes works on quotations extracted before, or built by hand as
// here.
func ExampleVerifier_VerifyQuotes() {
	article := "„Wir hatten ein großartiges Treffen“, sagte Donald Trump."
	at := func(s string) wortlaut.Span {
		i := strings.Index(article, s)
		return wortlaut.Span{Start: i, End: i + len(s)}
	}
	quotes := []quote.Quote{{
		Span: at("Wir hatten ein großartiges Treffen"),
		Text: "Wir hatten ein großartiges Treffen",
		Kind: quote.Direct,
		Speaker: &quote.Speaker{Span: at("Donald Trump"), Text: "Donald Trump",
			Name: "Donald Trump", Type: entity.Person},
	}}
	v := &factcheck.Verifier{}
	for _, c := range []factcheck.Claim{
		{Quote: "wir hatten ein großartiges Treffen", Speaker: "Trump"},
		{Quote: "Wir hatten ein tolles Treffen", Speaker: "Trump"},
		{Quote: "Wir hatten ein großartiges Treffen", Speaker: "Jack Ma"},
		{Quote: "China ist unser Freund", Speaker: "Trump"},
	} {
		r := v.VerifyQuotes(article, c, quotes, nil)
		fmt.Printf("%-16s %.2f %q\n", r.Verdict, r.Score, r.Text)
	}
	// Output:
	// supported        1.00 "Wir hatten ein großartiges Treffen"
	// paraphrased      0.80 "Wir hatten ein großartiges Treffen"
	// speaker-mismatch 1.00 "Wir hatten ein großartiges Treffen"
	// not-found        0.00 ""
}

func ExampleVerifier_Verify() {
	v := &factcheck.Verifier{Supported: 0.95, Paraphrased: 0.6}
	r := v.Verify("Kein Zitat in diesem Satz.", factcheck.Claim{Quote: "Alles wird gut"})
	fmt.Println(r.Verdict)
	// Output: not-found
}

func ExampleParseClaim() {
	for _, s := range []string{
		`"Jack Ma": "Der designierte Präsident ist sehr klug"`,
		`Jack Ma: „Der designierte Präsident ist sehr klug“`,
		`Der designierte Präsident ist sehr klug`,
	} {
		c, err := factcheck.ParseClaim(s)
		fmt.Printf("%q %q %v\n", c.Speaker, c.Quote, err)
	}
	// Output:
	// "Jack Ma" "Der designierte Präsident ist sehr klug" <nil>
	// "Jack Ma" "Der designierte Präsident ist sehr klug" <nil>
	// "" "" factcheck: claim at byte 0: want SPEAKER: "QUOTE"
}

func ExampleParseError() {
	_, err := factcheck.ParseClaim(`Jack Ma: Der Präsident ist klug`)
	fmt.Println(err)
	// Output: factcheck: claim at byte 9: want the quotation in quote marks
}

func ExampleVerdict_String() {
	fmt.Println(factcheck.SpeakerMismatch, factcheck.Supported)
	// Output: speaker-mismatch supported
}

// A claim without a speaker only asks whether the words were quoted; one
// with a speaker also asks whose words they are.
func ExampleClaim() {
	article := "„Die Lage ist ernst“, sagte Innenministerin Nancy Faeser."
	for _, c := range []factcheck.Claim{
		{Quote: "Die Lage ist ernst"},
		{Quote: "Die Lage ist ernst", Speaker: "Faeser"},
		{Quote: "Die Lage ist ernst", Speaker: "Olaf Scholz"},
	} {
		fmt.Println(factcheck.Verify(article, c).Verdict)
	}
	// Output:
	// supported
	// supported
	// speaker-mismatch
}

// A Result says where the article supports the claim and whom the article
// quotes.
func ExampleResult() {
	article := "BERLIN (dpa) – „Wir investieren so viel wie nie zuvor in das Netz“, sagte Bahnchefin Karin Wendt."
	r := factcheck.Verify(article, factcheck.Claim{Quote: "wir investieren so viel wie nie zuvor", Speaker: "Wendt"})
	fmt.Printf("%s %.2f [%d:%d] %q\n", r.Verdict, r.Score, r.Start, r.End, r.Text)
	fmt.Println(article[r.Start:r.End] == r.Text, r.Quote.Speaker.Name)
	// Output:
	// supported 1.00 [20:57] "Wir investieren so viel wie nie zuvor"
	// true Karin Wendt
}

// Stricter thresholds turn a near match into a paraphrase.
func ExampleVerifier() {
	article := "„Wir hatten ein großartiges Treffen“, sagte Donald Trump."
	claim := factcheck.Claim{Quote: "Wir hatten ein tolles Treffen", Speaker: "Trump"}
	for _, v := range []*factcheck.Verifier{{}, {Supported: 0.75}} {
		r := v.Verify(article, claim)
		fmt.Printf("%s %.2f\n", r.Verdict, r.Score)
	}
	// Output:
	// paraphrased 0.80
	// supported 0.80
}

// Verdicts are ordered from no support to full support.
func ExampleVerdict() {
	r := factcheck.Verify("„Das stimmt so nicht“, sagte Wendt.", factcheck.Claim{Quote: "Das stimmt nicht", Speaker: "Wendt"})
	fmt.Println(r.Verdict, r.Verdict >= factcheck.Paraphrased)
	// Output: paraphrased true
}

func ExampleParseError_Error() {
	_, err := factcheck.ParseClaim(`Jack Ma: „Der Präsident ist klug`)
	fmt.Println(err)
	// Output: factcheck: claim at byte 9: quotation has no closing quote mark
}

// Every parse error wraps ErrNoClaim and tells the offset.
func ExampleParseError_Unwrap() {
	_, err := factcheck.ParseClaim("Jack Ma sagte etwas")
	var pe *factcheck.ParseError
	fmt.Println(errors.Is(err, factcheck.ErrNoClaim), errors.As(err, &pe) && pe.Offset >= 0)
	// Output: true true
}
