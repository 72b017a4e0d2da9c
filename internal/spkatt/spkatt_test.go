package spkatt

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wortlaut/wortlaut"
)

// A self-written document in the Task 2 format.
const sample = `{
 "DocumentName": "test",
 "Sentences": [
  {"SentenceId": 0, "Tokens": ["Die", "Ministerin", "sagte", ":", "„", "Wir", "schaffen", "das", ".", "“"]},
  {"SentenceId": 1, "Tokens": ["Laut", "Polizei", "(", "Köln", ")", "war", "es", "\"", "ruhig", "\"", "."]},
  {"SentenceId": 2, "Tokens": ["Er", "sagte", ",", "er", "komme", "morgen", "."]}
 ],
 "Annotations": [
  {"Cue": ["0:2"], "Source": ["0:0", "0:1"], "Message": ["0:4", "0:5", "0:6", "0:7", "0:8", "0:9"], "Form": "Direct", "IsNested": false},
  {"Cue": ["1:0"], "Source": ["1:1"], "Message": ["1:5", "1:6", "1:7", "1:8", "1:9"], "Form": "Indirect", "IsNested": false},
  {"Cue": ["2:1"], "Source": ["2:0"], "Message": ["2:3", "2:4", "2:5"], "Form": "Indirect", "IsNested": true}
 ]
}`

func TestJoin(t *testing.T) {
	text, toks := Join([][]string{
		{"Er", "sagte", ":", "„", "Wir", "(", "alle", ")", "gehen", ".", "“"},
		{"\"", "Ja", "\"", ",", "so", "er", "."},
		{"»", "Nein", "«", "!"},
	}, nil)
	assert.Equal(t, `Er sagte: „Wir (alle) gehen.“ "Ja", so er. »Nein«!`, text)
	for _, tk := range toks {
		assert.Equal(t, tk.Text, text[tk.Start:tk.End])
	}
	assert.Equal(t, Token{Sent: 1, Index: 1, Span: wortlaut.Span{Start: 35, End: 37}, Text: "Ja"}, toks[12])
}

func TestRead(t *testing.T) {
	d, err := Read(strings.NewReader(sample), "test")
	require.NoError(t, err)
	assert.Equal(t, `Die Ministerin sagte: „Wir schaffen das.“ Laut Polizei (Köln) war es "ruhig". Er sagte, er komme morgen.`, d.Text)
	require.Len(t, d.Events, 3)
	assert.True(t, d.Events[2].Nested)
	e := d.Events[0]
	assert.Equal(t, "Direct", e.Form)
	assert.Equal(t, []int{0, 1}, e.Source)
	assert.Equal(t, []int{2}, e.Cue)
	assert.Equal(t, "„Wir schaffen das.“", d.Text[d.Tokens[e.Message[0]].Start:d.Tokens[e.Message[len(e.Message)-1]].End])

	_, err = Read(strings.NewReader(`{"Sentences":[{"SentenceId":0,"Tokens":["a"]}],"Annotations":[{"Message":["0:5"]}]}`), "bad")
	assert.Error(t, err)
	_, err = Read(strings.NewReader(`{"Sentences":`), "trunc")
	assert.Error(t, err)
}

func span(text, s string) wortlaut.Span {
	i := strings.Index(text, s)
	if i < 0 {
		panic(s)
	}
	return wortlaut.Span{Start: i, End: i + len(s)}
}

func TestScore(t *testing.T) {
	d, err := Read(strings.NewReader(sample), "test")
	require.NoError(t, err)
	var r Result
	r.Add(d, []Pred{
		// Direct quote without its marks and stop: exact after dropping punctuation; speaker
		// span "Ministerin" shares 1 of 2 gold tokens: overlap yes, exact no.
		{Direct: true, Message: []wortlaut.Span{span(d.Text, "Wir schaffen das")}, Source: []wortlaut.Span{span(d.Text, "Ministerin")}},
		// A partial quote "ruhig" inside the indirect message "war es ruhig": 1 of 3 tokens.
		{Message: []wortlaut.Span{span(d.Text, "ruhig")}, Source: []wortlaut.Span{span(d.Text, "Polizei")}},
		// Indirect message found in full, wrong source.
		{Message: []wortlaut.Span{span(d.Text, "er komme morgen")}, Source: []wortlaut.Span{span(d.Text, "Die")}},
	})
	assert.Equal(t, PRF{TP: 2, Pred: 3, Gold: 3}, r.All.Message[Exact])
	assert.Equal(t, PRF{TP: 2, Pred: 3, Gold: 3}, r.All.Message[Overlap])
	assert.Equal(t, PRF{TP: 0, Pred: 3, Gold: 3}, r.All.Source[Exact])
	assert.Equal(t, PRF{TP: 1, Pred: 3, Gold: 3}, r.All.Source[Overlap])
	assert.Equal(t, PRF{TP: 1, Pred: 3, Gold: 3}, r.All.Joint[Overlap])
	assert.Equal(t, PRF{TP: 1, Pred: 1, Gold: 1}, r.Direct.Message[Exact])
	assert.Equal(t, PRF{TP: 1, Pred: 3, Gold: 2}, r.Top.Message[Exact]) // the third event is nested
	assert.Equal(t, map[string]int{"Direct": 1, "Indirect": 2}, r.FormGold)
	assert.Equal(t, map[string]int{"Direct": 1, "Indirect": 1}, r.FormFound)
	// Proportional: P = (1 + 1 + 1)/3, R = (1 + 1/3 + 1)/3.
	p, rr := 1.0, (1+1.0/3+1)/3
	assert.InDelta(t, 2*p*rr/(p+rr), r.All.SoftF1(), 1e-9)
	assert.InDelta(t, 2.0/3, r.All.Message[Overlap].F1(), 1e-9)

	var b strings.Builder
	r.Write(&b)
	assert.Contains(t, b.String(), "direct message exact")
	assert.NotContains(t, b.String(), "schaffen") // aggregate numbers only
}

func TestRules(t *testing.T) {
	assert.True(t, Overlap.match([]int{1, 2}, []int{1, 2, 3, 4}))
	assert.False(t, Overlap.match([]int{1}, []int{1, 2, 3}))
	assert.False(t, Overlap.match([]int{1, 2, 3, 4, 5}, []int{1, 2}))
	assert.False(t, Overlap.match(nil, nil))
	assert.True(t, Exact.match([]int{3, 4}, []int{3, 4}))
	assert.False(t, Exact.match([]int{3}, []int{3, 4}))
}

func TestMismatches(t *testing.T) {
	d, err := Read(strings.NewReader(sample), "test")
	require.NoError(t, err)
	got := Mismatches(d, []Pred{
		{Message: []wortlaut.Span{span(d.Text, "Wir schaffen das")}, Source: []wortlaut.Span{span(d.Text, "Die Ministerin")}},
		{Message: []wortlaut.Span{span(d.Text, "er komme morgen")}},
		{Message: []wortlaut.Span{span(d.Text, "Laut Polizei")}},
	})
	assert.Equal(t, []Mismatch{
		{What: "missed", Form: "Indirect", Message: "war es ruhig", Context: `Laut Polizei (Köln) war es "ruhig".`},
		{What: "source", Form: "Indirect", Message: "er komme morgen", Gold: "Er", Got: "", Context: "Er sagte, er komme morgen."},
		{What: "spurious", Message: "Laut Polizei", Context: `Laut Polizei (Köln) war es "ruhig".`},
	}, got)
}

// TestDirectMismatches checks the Direct view: the Indirect events and the
// non-direct prediction are out of it, and a direct prediction that matches
// no Direct event is spurious there.
func TestDirectMismatches(t *testing.T) {
	d, err := Read(strings.NewReader(sample), "test")
	require.NoError(t, err)
	got := DirectMismatches(d, []Pred{
		{Message: []wortlaut.Span{span(d.Text, "Wir schaffen das")}},
		{Direct: true, Message: []wortlaut.Span{span(d.Text, "er komme morgen")}},
	})
	assert.Equal(t, []Mismatch{
		{What: "missed", Form: "Direct", Message: "Wir schaffen das", Context: d.context(contentOnly(d, d.Events[0].Message))},
		{What: "spurious", Message: "er komme morgen", Context: "Er sagte, er komme morgen."},
	}, got)
}

// TestDevData checks the reader on the real dev split when ../shared is
// there: every token is its slice of the running text, and the counts per
// Form are those of the data's README.
func TestDevData(t *testing.T) {
	const dir = "../../../shared/data/spkatt-wikinews/data/dev/task2"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s not available", dir)
	}
	docs, err := ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, docs, 150)
	forms := map[string]int{}
	for _, d := range docs {
		for _, tk := range d.Tokens {
			if d.Text[tk.Start:tk.End] != tk.Text {
				t.Fatalf("%s: token %d:%d %q at %v", d.Name, tk.Sent, tk.Index, tk.Text, tk.Span)
			}
		}
		for _, e := range d.Events {
			forms[e.Form]++
		}
	}
	assert.Equal(t, map[string]int{"Direct": 136, "Indirect": 335, "IndirectFreeIndirect": 64, "Reported": 91, "FreeIndirect": 27}, forms)
}

// TestAlignTiesPreferMatchingSource checks the tie rule for one message
// annotated twice with different sources (a medium and the person it
// quotes): the prediction is aligned with the event whose source it
// names, whichever event comes first.
func TestAlignTiesPreferMatchingSource(t *testing.T) {
	msg := []int{5, 6, 7}
	gold := []item{{msg: msg, src: []int{1, 2}}, {msg: msg, src: []int{3}}}
	pred := []item{{msg: msg, src: []int{3}}}
	assert.Equal(t, map[int]int{1: 0}, align(pred, gold, Overlap.match))
	var task Task
	task.add(pred, gold)
	assert.Equal(t, PRF{TP: 1, Pred: 1, Gold: 2}, task.Joint[Overlap])
	assert.Equal(t, PRF{TP: 1, Pred: 1, Gold: 2}, task.Message[Overlap])
}

// TestInterval checks the bootstrap interval: the per-document counts add
// up to the totals, documents all alike give no spread, and a varied set
// gives an interval around its F1.
func TestInterval(t *testing.T) {
	d, err := Read(strings.NewReader(sample), "test")
	require.NoError(t, err)
	var r Result
	preds := []Pred{{Message: []wortlaut.Span{span(d.Text, "er komme morgen")}, Source: []wortlaut.Span{span(d.Text, "Er")}}}
	r.Add(d, preds)
	r.Add(d, nil)
	require.Len(t, r.DocJoint, 2)
	assert.Equal(t, r.All.Joint[Overlap], PRF{
		TP:   r.DocJoint[0].TP + r.DocJoint[1].TP,
		Pred: r.DocJoint[0].Pred + r.DocJoint[1].Pred,
		Gold: r.DocJoint[0].Gold + r.DocJoint[1].Gold,
	})

	same := []PRF{{TP: 1, Pred: 2, Gold: 2}, {TP: 1, Pred: 2, Gold: 2}}
	lo, hi := Interval(same, 100)
	assert.InDelta(t, 0.5, lo, 1e-9)
	assert.InDelta(t, 0.5, hi, 1e-9)

	var varied []PRF
	for i := range 40 {
		varied = append(varied, PRF{TP: i % 3, Pred: 2, Gold: 3})
	}
	var sum PRF
	for _, c := range varied {
		sum.TP, sum.Pred, sum.Gold = sum.TP+c.TP, sum.Pred+c.Pred, sum.Gold+c.Gold
	}
	lo, hi = Interval(varied, 500)
	assert.Less(t, lo, sum.F1())
	assert.Greater(t, hi, sum.F1())
	assert.Equal(t, [2]float64{lo, hi}, func() [2]float64 { a, b := Interval(varied, 500); return [2]float64{a, b} }(), "seeded")
	lo, hi = Interval(nil, 100)
	assert.Zero(t, lo+hi)
}
