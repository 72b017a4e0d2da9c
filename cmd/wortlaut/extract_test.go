package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wortlaut/wortlaut/internal/bench"
	"github.com/wortlaut/wortlaut/internal/golden"
)

var (
	update     = flag.Bool("update", false, "rewrite golden files")
	writeBatch = flag.String("write-batch", "", "write TestExtractBatch's JSONL input to this `file`, to time the command on it")
)

const seedPath = "../../testdata/seed.txt"

// runCmd runs the command with args and stdin and returns its status and
// both outputs.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// decodeLines parses JSON Lines output into documents, failing on any line
// that is not a JSON object.
func decodeLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var docs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<30)
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), "output line %d: %s", len(docs)+1, sc.Text())
		docs = append(docs, m)
	}
	require.NoError(t, sc.Err())
	return docs
}

// checkSpans checks the contract on one output document: every object with
// text/start/end has text == src[start:end], except a quote with parts,
// whose text is its parts' texts joined by one space (each part is itself
// checked as a slice).
func checkSpans(t *testing.T, src string, doc map[string]any) {
	t.Helper()
	var walk func(v any, path string)
	walk = func(v any, path string) {
		switch v := v.(type) {
		case map[string]any:
			txt, ok1 := v["text"].(string)
			s, ok2 := v["start"].(float64)
			e, ok3 := v["end"].(float64)
			if ok1 && ok2 && ok3 {
				if assert.True(t, 0 <= s && s <= e && int(e) <= len(src), "%s: span %v-%v out of bounds", path, s, e) {
					if parts, ok := v["parts"].([]any); ok {
						var texts []string
						for _, p := range parts {
							texts = append(texts, p.(map[string]any)["text"].(string))
						}
						assert.Equal(t, strings.Join(texts, " "), txt, "%s: text is its parts joined", path)
					} else if src[int(s):int(e)] != txt {
						t.Errorf("%s: text %q != src[%v:%v] %q", path, txt, s, e, src[int(s):int(e)])
					}
				}
			}
			for k, x := range v {
				walk(x, path+"."+k)
			}
		case []any:
			for i, x := range v {
				walk(x, fmt.Sprintf("%s[%d]", path, i))
			}
		}
	}
	for _, k := range []string{"dateline", "entities", "quotes"} {
		walk(doc[k], k)
	}
}

func TestExtractSeed(t *testing.T) {
	code, out, errs := runCmd(t, "", "extract", seedPath)
	assert.Equal(t, 0, code, errs)
	assert.Equal(t, 1, strings.Count(out, "\n"), "one line")
	docs := decodeLines(t, out)
	require.Len(t, docs, 1)
	d := docs[0]
	assert.Equal(t, seedPath, d["id"])
	for _, k := range []string{"id", "dateline", "entities", "quotes"} {
		assert.Contains(t, d, k)
	}
	assert.NotContains(t, d, "error")
	assert.IsType(t, []any{}, d["entities"], "entities is an array, never null")
	assert.IsType(t, []any{}, d["quotes"], "quotes is an array, never null")
	src, err := os.ReadFile(seedPath)
	require.NoError(t, err)
	checkSpans(t, string(src), d)
}

func TestExtractJSONLMalformed(t *testing.T) {
	in := `{"id":"a","text":"BERLIN (dpa) - „Wir schaffen das“, sagte Merkel."}
{"id":"b","text": oops}
{"id":"c","text":"Kein Zitat hier."}
`
	code, out, _ := runCmd(t, in, "extract", "--jsonl")
	assert.Equal(t, 1, code)
	docs := decodeLines(t, out)
	require.Len(t, docs, 3)
	assert.Equal(t, []any{"a", "-:2", "c"}, []any{docs[0]["id"], docs[1]["id"], docs[2]["id"]})
	assert.NotContains(t, docs[0], "error")
	assert.Contains(t, docs[1]["error"], "line 2")
	assert.NotContains(t, docs[2], "error")
}

// TestExtractBatch is the batch acceptance test: 10,000 JSONL documents,
// the repository's fixture texts in rotation, with malformed lines among
// them, give exactly 10,000 output lines in input order, the failures
// marked with an error naming their line, and exit status 1; the output
// does not depend on -j. Under -short (CI's race run) it takes 1,000
// documents: the full run takes some 20 s on a loaded machine, the race
// detector multiplies that. -write-batch FILE saves the input for timing
// the command on it (README.md, performance).
func TestExtractBatch(t *testing.T) {
	n := 10000
	if testing.Short() {
		n = 1000
	}
	texts, err := bench.Texts("../..")
	require.NoError(t, err)
	docs := bench.Rotate(texts, n)
	bad := map[int]string{ // line number → a malformed line
		1:            `{"id":"x1","text":`,
		17:           "",
		n / 4:        `{"id":"x","text":"nicht geschlossen}`,
		n * 42 / 100: `["kein", "Objekt"]`,
		n * 7 / 10:   `{"id":"ohne Text"}`,
		n - 1:        "\xff\xfe",
		n:            `{"id":"x","text":"ok","published":"9.1.2017"}`,
	}
	var in strings.Builder
	for i, d := range docs {
		line := i + 1
		if b, ok := bad[line]; ok {
			in.WriteString(b + "\n")
			continue
		}
		b, err := json.Marshal(document{ID: fmt.Sprintf("d%d", line), Text: d})
		require.NoError(t, err)
		in.Write(b)
		in.WriteByte('\n')
	}
	if *writeBatch != "" {
		require.NoError(t, os.WriteFile(*writeBatch, []byte(in.String()), 0o644))
	}

	outs := map[string]string{}
	for _, j := range []string{"1", "4"} {
		t.Run("j"+j, func(t *testing.T) {
			code, out, errs := runCmd(t, in.String(), "extract", "--jsonl", "-j", j)
			assert.Equal(t, 1, code, "some documents failed")
			outs[j] = out
			got := decodeLines(t, out)
			require.Len(t, got, n, "one output line per input line")
			for i, d := range got {
				line := i + 1
				if _, ok := bad[line]; ok {
					assert.Contains(t, d["error"], fmt.Sprintf("line %d", line), "line %d", line)
					continue
				}
				if !assert.Equal(t, fmt.Sprintf("d%d", line), d["id"]) {
					break // out of order: one message is enough
				}
				assert.NotContains(t, d, "error", "line %d", line)
				checkSpans(t, docs[i], d) // the spans fit this line's text
			}
			assert.Equal(t, len(bad), strings.Count(errs, "\n"), "one stderr line per failed document")
		})
	}
	a, b := strings.SplitAfter(outs["1"], "\n"), strings.SplitAfter(outs["4"], "\n")
	for i := range min(len(a), len(b)) {
		if !assert.Equal(t, a[i], b[i], "output line %d differs between -j 1 and -j 4", i+1) {
			break
		}
	}
	assert.Equal(t, len(a), len(b), "output lines with -j 1 and -j 4")
}

func TestExtractFilesAndDirs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		return p
	}
	b := write("b.txt", "MÜNCHEN (dpa) - Der Ball ist rund.")
	a := write("a.txt", "Ein Text.")
	c := write("sub/c.txt", "Noch ein Text.")
	write("notes.md", "kein Artikel")
	missing := filepath.Join(dir, "missing.txt")

	code, out, errs := runCmd(t, "", "extract", dir, missing, "-j", "3", a)
	assert.Equal(t, 1, code, "a missing file fails")
	docs := decodeLines(t, out)
	var ids []any
	for _, d := range docs {
		ids = append(ids, d["id"])
	}
	assert.Equal(t, []any{a, b, c, missing, a}, ids, "walk in lexical order, only .txt, flags after files")
	assert.Contains(t, docs[3]["error"], "missing.txt")
	assert.Contains(t, errs, "missing.txt")
}

func TestExtractEdgeInputs(t *testing.T) {
	t.Run("empty stdin text", func(t *testing.T) {
		code, out, _ := runCmd(t, "", "extract")
		assert.Equal(t, 0, code)
		docs := decodeLines(t, out)
		require.Len(t, docs, 1)
		assert.Equal(t, "-", docs[0]["id"])
	})
	t.Run("empty stdin jsonl", func(t *testing.T) {
		code, out, _ := runCmd(t, "", "extract", "--jsonl")
		assert.Equal(t, 0, code)
		assert.Equal(t, "", out)
	})
	t.Run("invalid utf8 text", func(t *testing.T) {
		code, out, _ := runCmd(t, "BERLIN \xff(dpa) - „Ja\xc3“, sagte er.\xe2\x80", "extract", "-")
		assert.Equal(t, 0, code)
		assert.Len(t, decodeLines(t, out), 1)
	})
	t.Run("invalid utf8 jsonl", func(t *testing.T) {
		code, out, _ := runCmd(t, "{\"id\":\"x\",\"text\":\"\xff\xfe „Nein“\"}\n\xff\xff\n", "extract", "--jsonl")
		assert.Equal(t, 1, code)
		docs := decodeLines(t, out)
		require.Len(t, docs, 2)
		assert.NotContains(t, docs[0], "error")
		assert.Contains(t, docs[1]["error"], "line 2")
	})
	t.Run("no text field", func(t *testing.T) {
		code, out, _ := runCmd(t, "{\"id\":\"x\"}\nnull\n", "extract", "--jsonl")
		assert.Equal(t, 1, code)
		docs := decodeLines(t, out)
		require.Len(t, docs, 2)
		assert.Contains(t, docs[0]["error"], "line 1")
		assert.Contains(t, docs[1]["error"], "line 2")
	})
	t.Run("bad published", func(t *testing.T) {
		code, out, _ := runCmd(t, "{\"id\":\"x\",\"text\":\"t\",\"published\":\"9.1.2017\"}", "extract", "--jsonl")
		assert.Equal(t, 1, code)
		docs := decodeLines(t, out)
		require.Len(t, docs, 1)
		assert.Contains(t, docs[0]["error"], "published")
	})
	t.Run("max bytes", func(t *testing.T) {
		in := "{\"id\":\"big\",\"text\":\"" + strings.Repeat("a", 500) + "\"}\n{\"id\":\"small\",\"text\":\"b\"}\n"
		code, out, _ := runCmd(t, in, "extract", "--jsonl", "--max-bytes", "100")
		assert.Equal(t, 1, code)
		docs := decodeLines(t, out)
		require.Len(t, docs, 2)
		assert.Contains(t, docs[0]["error"], "line 1")
		assert.Equal(t, "small", docs[1]["id"])
		assert.NotContains(t, docs[1], "error")
	})
}

// TestExtractHugeLine sends a 4 MB document on one JSONL line, 64 times
// the command's read buffer, followed by a short one.
func TestExtractHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("4 MB document")
	}
	seed, err := os.ReadFile(seedPath)
	require.NoError(t, err)
	var text strings.Builder
	for text.Len() < 4<<20 {
		text.Write(seed)
		text.WriteString("\n")
	}
	line, err := json.Marshal(document{ID: "huge", Text: text.String()})
	require.NoError(t, err)
	in := string(line) + "\n" + `{"id":"after","text":"Kurz."}` + "\n"
	code, out, errs := runCmd(t, in, "extract", "--jsonl")
	assert.Equal(t, 0, code, errs)
	docs := decodeLines(t, out)
	require.Len(t, docs, 2)
	assert.Equal(t, "huge", docs[0]["id"])
	assert.Equal(t, "after", docs[1]["id"])
	checkSpans(t, text.String(), docs[0])
}

func TestExtractUsage(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want int
	}{
		{"help", []string{"extract", "--help"}, 0},
		{"unknown flag", []string{"extract", "--nope"}, 2},
		{"bad format", []string{"extract", "--format", "xml"}, 2},
		{"bad jobs", []string{"extract", "-j", "0"}, 2},
		{"bad published", []string{"extract", "--published", "gestern"}, 2},
		{"bad progress", []string{"extract", "--progress", "maybe"}, 2},
		{"unknown command", []string{"frobnicate"}, 2},
		{"no command", nil, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, _ := runCmd(t, "", tc.args...)
			assert.Equal(t, tc.want, code)
		})
	}
	_, _, errs := runCmd(t, "", "extract", "--help")
	assert.Contains(t, errs, "Examples:")
	assert.Contains(t, errs, "-j parallel")
	assert.Contains(t, errs, "Exit status: 0 all documents processed, 1 some document failed")
	code, out, _ := runCmd(t, "", "help")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "Exit status: 0 success")
}

func TestExtractDoubleDash(t *testing.T) {
	code, out, _ := runCmd(t, "Text.", "extract", "--", "-")
	assert.Equal(t, 0, code)
	assert.Len(t, decodeLines(t, out), 1)
}

// TestTextFormatGolden renders a hand-built result, so the golden file shows
// the text layout independently of the extractors' progress.
func TestTextFormatGolden(t *testing.T) {
	src, err := os.ReadFile(seedPath)
	require.NoError(t, err)
	text := string(src)
	span := func(s string) (string, int, int) {
		i := strings.Index(text, s)
		require.GreaterOrEqual(t, i, 0, s)
		return s, i, i + len(s)
	}
	m := func(s string) mentionJSON {
		txt, a, b := span(s)
		return mentionJSON{Text: txt, Start: a, End: b}
	}
	dl, ds, de := span("WASHINGTON/New York, 9. Januar (Xinhuanet) --")
	qt, qs, qe := span("Jack und ich werden einige großartige Dinge vollbringen.")
	cue := m("erzählte")
	d := docJSON{
		ID:       "testdata/seed.txt",
		Dateline: &datelineJSON{Text: dl, Start: ds, End: de, Locations: []string{"WASHINGTON", "New York"}, Agencies: []string{"Xinhuanet"}, Day: 9, Month: 1},
		Entities: []entityJSON{
			{Name: "Jack Ma", Type: "PER", Mentions: []mentionJSON{m("Jack Ma"), m("Ma")}},
			{Name: "Alibaba", Type: "ORG", Mentions: []mentionJSON{m("Alibaba")}},
		},
		Quotes: []quoteJSON{
			{Text: qt, Start: qs, End: qe, Kind: "direct", Speaker: &speakerJSON{Name: "Donald Trump", Type: "PER", Text: "Trump", Start: 0, End: 0}, Cue: &cue},
			{Text: "gestärkt", Start: 1, End: 2, Kind: "partial"},
			{Text: "dass das Unternehmen mit US-Unternehmen und Farmern zusammenarbeite", Start: 3, End: 4, Kind: "indirect"},
		},
	}
	var buf bytes.Buffer
	writeText(&buf, d, text)
	writeText(&buf, docJSON{ID: "-:2", Error: "line 2: invalid character 'o' looking for beginning of value"}, "")
	golden.Check(t, "../../testdata/cmd/text_format.golden", buf.Bytes(), *update)
}

func FuzzDecodeLine(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"„Ja“, sagte er.","published":"2017-01-09"}`))
	f.Add([]byte(`{"id":"b","text": oops}`))
	f.Add([]byte("null"))
	f.Add([]byte("\xff\xfe"))
	f.Add([]byte(`{"text":"x","published":"2017-02-30"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d := decodeLine("f", 7, b)
		if d.ID == "" {
			t.Fatal("empty id")
		}
		if d.err != nil && !strings.Contains(d.err.Error(), "line 7") {
			t.Fatalf("error does not name the line: %v", d.err)
		}
	})
}

// TestContractDocumented checks that the JSON keys of the output are the
// keys of the contract in README.md, so that neither changes alone.
func TestContractDocumented(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	_, after, ok := strings.Cut(string(readme), "## The `extract` contract")
	require.True(t, ok, "README.md has the contract section")
	_, block, ok := strings.Cut(after, "\n```\n")
	require.True(t, ok, "the contract section has a code block")
	block, _, ok = strings.Cut(block, "\n```")
	require.True(t, ok)
	documented := map[string]bool{} // every "key": in the block
	for rest := block; ; {
		i := strings.Index(rest, `":`)
		if i < 0 {
			break
		}
		documented[rest[strings.LastIndex(rest[:i], `"`)+1:i]] = true
		rest = rest[i+2:]
	}

	m := mentionJSON{Text: "x"}
	full := docJSON{
		ID:       "x",
		Dateline: &datelineJSON{Text: "x", Locations: []string{}, Agencies: []string{}, Date: "2017-01-09"},
		Entities: []entityJSON{{Name: "x", Type: "PER", Mentions: []mentionJSON{m}}},
		Quotes:   []quoteJSON{{Text: "x", Kind: "direct", Parts: []mentionJSON{m}, Speaker: &speakerJSON{Name: "x"}, Cue: &m}},
		Error:    "x",
	}
	b, err := json.Marshal(full)
	require.NoError(t, err)
	var v any
	require.NoError(t, json.Unmarshal(b, &v))
	produced := map[string]bool{}
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				produced[k] = true
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(v)
	assert.Equal(t, documented, produced)
}

// TestExtractVia checks the via field: the medium that relays a quotation
// is an object whose text is its slice of the input, and a quotation with
// no relay named has via null.
func TestExtractVia(t *testing.T) {
	src := "„Die Brücke bleibt gesperrt“, zitiert die Zeitung den Bürgermeister. „Wir prüfen das“, sagte die Sprecherin."
	line, err := json.Marshal(document{ID: "via", Text: src})
	require.NoError(t, err)
	code, out, errs := runCmd(t, string(line)+"\n", "extract", "--jsonl")
	assert.Equal(t, 0, code, errs)
	docs := decodeLines(t, out)
	require.Len(t, docs, 1)
	checkSpans(t, src, docs[0])
	qs, _ := docs[0]["quotes"].([]any)
	require.Len(t, qs, 2)
	first, second := qs[0].(map[string]any), qs[1].(map[string]any)
	require.IsType(t, map[string]any{}, first["via"], "the medium relays the first quotation")
	assert.Equal(t, "die Zeitung", first["via"].(map[string]any)["text"])
	assert.Equal(t, "den Bürgermeister", first["speaker"].(map[string]any)["text"])
	assert.Contains(t, second, "via")
	assert.Nil(t, second["via"], "no medium named")
}
