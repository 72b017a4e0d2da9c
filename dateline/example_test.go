package dateline_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/wortlaut/wortlaut/dateline"
)

// show prints the parts of a dateline on one line.
func show(d dateline.Dateline) {
	fmt.Printf("%q", d.Text)
	for _, p := range d.Places {
		fmt.Printf(" place=%s", p.Name)
	}
	for _, a := range d.Agencies {
		fmt.Printf(" agency=%s", a.Name)
		if a.Service != "" {
			fmt.Printf("/%s", a.Service)
		}
	}
	if d.Day != 0 {
		fmt.Printf(" date=%d.%d.%d", d.Day, d.Month, d.Year)
	}
	if d.HasWeekday {
		fmt.Printf(" weekday=%s", d.Weekday)
	}
	fmt.Println()
}

// The whole flow: the dateline at the start of an article, its date
// resolved through the publication date, and the credit at its end.
func Example() {
	text := "Trump trifft Alibaba-Gründer\n" +
		"WASHINGTON/New York, 9. Januar (Xinhuanet) -- Jack Ma hat sich am Montag mit Donald Trump getroffen.\n" +
		"(gemäß der Nachrichtenagentur Xinhua)\n"

	p := dateline.Parser{Reference: time.Date(2017, time.January, 10, 0, 0, 0, 0, time.UTC)}
	if d, ok := p.Find(text); ok {
		fmt.Printf("%q at %d-%d\n", d.Text, d.Start, d.End)
		for _, pl := range d.Places {
			fmt.Printf("place %q → %s\n", pl.Text, pl.Name)
		}
		for _, a := range d.Agencies {
			fmt.Printf("agency %q → %s\n", a.Text, a.Name)
		}
		fmt.Printf("date %04d-%02d-%02d\n", d.Year, d.Month, d.Day)
	}
	if c, ok := dateline.FindCredit(text); ok {
		fmt.Printf("credit %q → %s\n", c.Text, c.Agencies[0].Name)
	}
	// Output:
	// "WASHINGTON/New York, 9. Januar (Xinhuanet) --" at 30-75
	// place "WASHINGTON" → Washington
	// place "New York" → New York
	// agency "Xinhuanet" → Xinhua
	// date 2017-01-09
	// credit "(gemäß der Nachrichtenagentur Xinhua)" → Xinhua
}

func ExampleFind() {
	d, ok := dateline.Find("München (dpa/lby/mue) - Ein Großbrand hat in der Nacht eine Lagerhalle zerstört.")
	fmt.Println(ok, d.Text)
	a := d.Agencies[0]
	fmt.Printf("%s service=%s editor=%s\n", a.Name, a.Service, a.Editor)

	_, ok = dateline.Find("Berlin ist am Wochenende Gastgeber des Marathons.")
	fmt.Println(ok)
	// Output:
	// true München (dpa/lby/mue) -
	// dpa service=lby editor=mue
	// false
}

// Each supported form, as Find reads it at the start of a text.
func ExampleFind_forms() {
	for _, opening := range []string{
		"BERLIN (dpa) - Der Bundestag hat…",
		"Berlin (dpa/lby) – Die Staatsregierung…",
		"FRANKFURT (dpa-AFX) - Der Dax…",
		"Genf (AFP) - Die WHO…",
		"Bonn (epd). Die Kirche…",
		"BERLIN (AFP/dpa). Die Regierung…",
		"WASHINGTON/New York, 9. Januar (Xinhuanet) -- Jack Ma…",
		"Peking, 9. Jan (Xinhua) -- China…",
		"BEIJING, Dec. 17 (Xinhua) -- China's…",
		"NEW YORK, Jan 9 (Reuters) - U.S. stocks…",
		"LONDON, Sept 28 (Reuters) - Britain's…",
		"TRENTON, N.J. (AP) — A judge…",
		"BRASILIA, Brazil, June 30 (UPI) -- Brazil's…",
		"Graz, 2. Jänner (APA) – Ein Brand…",
		"PARIS, 9 janvier 2017 (AFP) - Le gouvernement…",
		"Roma, 23 may (EFE).- El papa…",
		"(ANSA) - MILANO, 9 MAR - La Borsa…",
		"MOSKAU, 16. April. /TASS/. Russland…",
		"Berlin (Deutschland), 09.01.2017 – Die BVG…",
		"Halle (Saale)/MZ - Die Stadt…",
		"Frankfurt/Main (dpa) - Die Lufthansa…",
		"Lorsch/Darmstadt (dpa) - Nach dem Brand…",
		"Erfurt, Montag, 12. Juni (dpa) - Der Landtag…",
		"Washington (CNN)A federal court…",
		"(AP) -Illinois lawmakers…",
		"Köln. Die Stadt…",
		"Wien – Der Nationalrat…",
	} {
		d, _ := dateline.Find(opening)
		show(d)
	}
	// Output:
	// "BERLIN (dpa) -" place=Berlin agency=dpa
	// "Berlin (dpa/lby) –" place=Berlin agency=dpa/lby
	// "FRANKFURT (dpa-AFX) -" place=Frankfurt agency=dpa-AFX
	// "Genf (AFP) -" place=Genf agency=AFP
	// "Bonn (epd)." place=Bonn agency=epd
	// "BERLIN (AFP/dpa)." place=Berlin agency=AFP agency=dpa
	// "WASHINGTON/New York, 9. Januar (Xinhuanet) --" place=Washington place=New York agency=Xinhua date=9.1.0
	// "Peking, 9. Jan (Xinhua) --" place=Peking agency=Xinhua date=9.1.0
	// "BEIJING, Dec. 17 (Xinhua) --" place=Beijing agency=Xinhua date=17.12.0
	// "NEW YORK, Jan 9 (Reuters) -" place=New York agency=Reuters date=9.1.0
	// "LONDON, Sept 28 (Reuters) -" place=London agency=Reuters date=28.9.0
	// "TRENTON, N.J. (AP) —" place=Trenton place=New Jersey agency=AP
	// "BRASILIA, Brazil, June 30 (UPI) --" place=Brasilia place=Brazil agency=UPI date=30.6.0
	// "Graz, 2. Jänner (APA) –" place=Graz agency=APA date=2.1.0
	// "PARIS, 9 janvier 2017 (AFP) -" place=Paris agency=AFP date=9.1.2017
	// "Roma, 23 may (EFE).-" place=Roma agency=EFE date=23.5.0
	// "(ANSA) - MILANO, 9 MAR -" place=Milano agency=ANSA date=9.3.0
	// "MOSKAU, 16. April. /TASS/." place=Moskau agency=TASS date=16.4.0
	// "Berlin (Deutschland), 09.01.2017 –" place=Berlin place=Deutschland date=9.1.2017
	// "Halle (Saale)/MZ -" place=Halle (Saale) agency=MZ
	// "Frankfurt/Main (dpa) -" place=Frankfurt/Main agency=dpa
	// "Lorsch/Darmstadt (dpa) -" place=Lorsch place=Darmstadt agency=dpa
	// "Erfurt, Montag, 12. Juni (dpa) -" place=Erfurt agency=dpa date=12.6.0 weekday=Monday
	// "Washington (CNN)" place=Washington agency=CNN
	// "(AP) -" agency=AP
	// "Köln." place=Köln
	// "Wien –" place=Wien
}

// Find passes over a headline, a web time stamp or an update note.
func ExampleFind_header() {
	d, ok := dateline.Find("Dax schließt im Minus\n(neu: Schlusskurse)\n\nFRANKFURT (dpa-AFX) - Enttäuschende Konjunkturdaten…")
	fmt.Println(ok, d.Text, d.Start)
	// Output:
	// true FRANKFURT (dpa-AFX) - 44
}

func ExampleParse() {
	d, err := dateline.Parse("BEIJING, Dec. 17 (Xinhua) --")
	fmt.Println(err, d.Places[0].Name, d.Agencies[0].Name, d.Day, d.Month)

	_, err = dateline.Parse("Von Hans Müller, Berlin")
	fmt.Println(err)
	fmt.Println(errors.Is(err, dateline.ErrNoDateline))
	// Output:
	// <nil> Beijing Xinhua 17 12
	// dateline: expected a place at offset 0 in "Von Hans Müller, Berlin"
	// true
}

func ExampleParseError() {
	_, err := dateline.Parse("BERLIN (dpa) - Der Senat tagt.")
	var pe *dateline.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("%s at %d: %q\n", pe.Msg, pe.Offset, pe.Input[pe.Offset:])
	}
	// Output:
	// unexpected text after the dateline at 15: "Der Senat tagt."
}

// A date without a year is resolved to the latest such date not after the
// day after the reference: over the turn of the year it is last year's.
func ExampleParser_Find() {
	p := dateline.Parser{Reference: time.Date(2018, time.January, 2, 0, 0, 0, 0, time.UTC)}
	d, _ := p.Find("Berlin, 30. Dezember (dpa) - Der Senat…")
	fmt.Printf("%04d-%02d-%02d\n", d.Year, d.Month, d.Day)
	// Output:
	// 2017-12-30
}

func ExampleParser_Parse() {
	p := dateline.Parser{Reference: time.Date(2024, time.March, 10, 0, 0, 0, 0, time.UTC)}
	d, err := p.Parse("(ANSA) - MILANO, 9 MAR -")
	fmt.Println(err, d.Places[0].Name, d.Year, d.Month, d.Day)
	// Output:
	// <nil> Milano 2024 3 9
}

func ExampleFindCredit() {
	text := "Die Stadt will die Parkgebühren verdoppeln.\nMit Material von dpa und AFP.\n"
	c, ok := dateline.FindCredit(text)
	fmt.Println(ok, c.Text)
	for _, a := range c.Agencies {
		fmt.Println(a.Name, a.Start, a.End)
	}
	// Output:
	// true Mit Material von dpa und AFP.
	// dpa 62 65
	// AFP 70 73
}
