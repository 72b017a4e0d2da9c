package quote

import (
	"fmt"
	"os"
	"testing"

	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/internal/spkatt"
)

func TestDump(t *testing.T) {
	f := os.Getenv("DUMP")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	src := string(b)
	ents := entity.Recognize(src)
	for _, e := range ents {
		fmt.Printf("ENT %s %q g=%v %d\n", e.Type, e.Name, e.Gender, len(e.Mentions))
	}
	d := newDoc(src, ents)
	d.cands = d.findQuotes()
	d.segment()
	d.collectPersons()
	for _, p := range d.persons {
		fmt.Printf("PER %d para=%d %q g=%d roles=%v subj=%v\n", p.pos, p.para, p.name, p.g, p.roles, p.subject)
	}
}

func TestDumpSpk(t *testing.T) {
	f := os.Getenv("SPK")
	if f == "" {
		t.Skip()
	}
	fh, _ := os.Open(f)
	doc, err := spkatt.Read(fh, f)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile("/tmp/spk.txt", []byte(doc.Text), 0o644)
	for _, q := range Extract(doc.Text) {
		sp := "-"
		if q.Speaker != nil {
			sp = q.Speaker.Name + " via " + q.Speaker.Text
		}
		c := "-"
		if q.Cue != nil {
			c = q.Cue.Text
		}
		fmt.Printf("%s %q -> %s cue=%s\n", q.Kind, q.Text, sp, c)
	}
}
