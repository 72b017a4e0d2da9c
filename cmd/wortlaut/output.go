package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// The JSON shapes of the extract contract (see README.md). Field order and
// names are stable: other tools read them.

type docJSON struct {
	ID       string        `json:"id"`
	Dateline *datelineJSON `json:"dateline"`
	Entities []entityJSON  `json:"entities"`
	Quotes   []quoteJSON   `json:"quotes"`
	Error    string        `json:"error,omitempty"`
}

type datelineJSON struct {
	Text      string   `json:"text"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Locations []string `json:"locations"`
	Agencies  []string `json:"agencies"`
	Day       int      `json:"day"`
	Month     int      `json:"month"`
	Year      int      `json:"year"`
	Date      string   `json:"date,omitempty"`
}

type mentionJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type entityJSON struct {
	Name     string        `json:"name"`
	Type     string        `json:"type"`
	Mentions []mentionJSON `json:"mentions"`
}

type speakerJSON struct {
	Name  string `json:"name"`
	Type  string `json:"type"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type quoteJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
	// Parts are the pieces Text joins when it is not one slice of the
	// input (a quote over a paragraph break, a statement around its
	// source frame); each part's text is its slice.
	Parts   []mentionJSON `json:"parts,omitempty"`
	Speaker *speakerJSON  `json:"speaker"`
	Cue     *mentionJSON  `json:"cue"`
	// Via is the medium or document that relays the quotation (zitiert
	// die Zeitung den Minister): where a fact-checker can verify it.
	Via *speakerJSON `json:"via"`
}

// writeText renders one document for reading: dateline, entities, then
// quotes with speaker and cue. text is the document, used for nothing but
// the size line; every shown string comes from the result.
func writeText(w *bytes.Buffer, d docJSON, text string) {
	fmt.Fprintf(w, "== %s", d.ID)
	if d.Error != "" {
		fmt.Fprintf(w, "\nerror: %s\n\n", d.Error)
		return
	}
	fmt.Fprintf(w, " (%d bytes)\n", len(text))
	if dl := d.Dateline; dl != nil {
		fmt.Fprintf(w, "dateline  %q  [%d:%d]", dl.Text, dl.Start, dl.End)
		if len(dl.Locations) > 0 {
			fmt.Fprintf(w, "  places: %s", strings.Join(dl.Locations, ", "))
		}
		if len(dl.Agencies) > 0 {
			fmt.Fprintf(w, "  agencies: %s", strings.Join(dl.Agencies, ", "))
		}
		switch {
		case dl.Date != "":
			fmt.Fprintf(w, "  date: %s", dl.Date)
		case dl.Day != 0 || dl.Month != 0:
			fmt.Fprintf(w, "  day: %d month: %d", dl.Day, dl.Month)
		}
		w.WriteByte('\n')
	} else {
		w.WriteString("dateline  none\n")
	}
	fmt.Fprintf(w, "entities  %d\n", len(d.Entities))
	for _, e := range d.Entities {
		seen := map[string]bool{}
		var forms []string
		for _, m := range e.Mentions {
			if !seen[m.Text] {
				seen[m.Text] = true
				forms = append(forms, m.Text)
			}
		}
		fmt.Fprintf(w, "  %-4s %s  ×%d", e.Type, e.Name, len(e.Mentions))
		if len(forms) > 1 || len(forms) == 1 && forms[0] != e.Name {
			fmt.Fprintf(w, "  (%s)", strings.Join(forms, ", "))
		}
		w.WriteByte('\n')
	}
	fmt.Fprintf(w, "quotes    %d\n", len(d.Quotes))
	for i, q := range d.Quotes {
		fmt.Fprintf(w, "  %d. [%d:%d] %s", i+1, q.Start, q.End, q.Kind)
		if s := q.Speaker; s != nil {
			fmt.Fprintf(w, "  speaker: %s (%s, as %q)", speakerLabel(s.Name), s.Type, s.Text)
		} else {
			w.WriteString("  speaker: none")
		}
		if c := q.Cue; c != nil {
			fmt.Fprintf(w, "  cue: %q", c.Text)
		}
		if v := q.Via; v != nil {
			fmt.Fprintf(w, "  via: %s (%s, as %q)", speakerLabel(v.Name), v.Type, v.Text)
		}
		if q.Kind == "indirect" {
			fmt.Fprintf(w, "\n     %s\n", q.Text) // reported speech has no marks
		} else {
			fmt.Fprintf(w, "\n     „%s“\n", q.Text)
		}
	}
	w.WriteByte('\n')
}

// progress is the optional progress bar on standard error; its zero value
// (no bar) does nothing.
type progress struct{ bar *progressbar.ProgressBar }

// newProgress shows a bar counting input bytes when mode is "always", or
// "auto" and w is a terminal. total -1 means unknown (a spinner).
func newProgress(mode string, w io.Writer, total int64) progress {
	if mode == "never" {
		return progress{}
	}
	if mode == "auto" {
		f, ok := w.(*os.File)
		if !ok || !term.IsTerminal(int(f.Fd())) {
			return progress{}
		}
	}
	return progress{progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("extract"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)}
}

func (p progress) add(n int64) {
	if p.bar != nil {
		p.bar.Add64(n)
	}
}

func (p progress) clear() {
	if p.bar != nil {
		p.bar.Clear()
	}
}

func (p progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}

// speakerLabel is a speaker's name for text output: "unnamed" when the
// mention (er, die Sprecherin) resolves to no named person or organisation.
func speakerLabel(name string) string {
	if name == "" {
		return "unnamed"
	}
	return name
}
