package text

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// fuzzSeeds adds the table cases, the golden inputs and some invalid UTF-8
// to the corpus of a fuzz target.
func fuzzSeeds(f *testing.F) {
	for _, tc := range tokenCases {
		f.Add(tc.in)
	}
	for _, tc := range sentenceCases {
		f.Add(tc.in)
	}
	files, _ := filepath.Glob("../../testdata/text/*.txt")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"", " ", "\n\n", "\xff", "„\xff“", "a\xc3", "\xe2\x80", "Dr.\xe2\x80\x9e", "9.\xc3\xa4", "[\xe2\x80\xa6",
		"z. \xffB.", "www.\xff.de", "a@b.\xff", "„„„“““", "\"'\"'", "1.2.3.4.5", "U.S.-", "Jens’\xff",
		"\u2028\u2029\u0085", "a\u00adb", "Bundes- und", "-- – —", "@", "#1", "(...)", "http://x.de/(a))",
	} {
		f.Add(s)
	}
}

func FuzzTokenize(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		checkTokens(t, s, toks)
		for _, tk := range Tokenize(s) {
			for _, p := range tk.Parts(s) {
				if p.Start < tk.Start || p.End > tk.End || p.Start >= p.End || !boundary(s, p.Start) || !boundary(s, p.End) {
					t.Fatalf("part %v of token %v out of bounds", p, tk.Span)
				}
			}
		}
		if again := Tokenize(s); !reflect.DeepEqual(toks, again) {
			t.Fatalf("two calls differ")
		}
	})
}

func FuzzSegment(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		d := Segment(s)
		if d.Src != s {
			t.Fatalf("Src changed")
		}
		checkDoc(t, d)
		paras := Paragraphs(s)
		if len(paras) != len(d.Paragraphs) {
			t.Fatalf("Paragraphs found %d, Segment %d", len(paras), len(d.Paragraphs))
		}
		for i, p := range paras {
			if p != d.Paragraphs[i].Span {
				t.Fatalf("paragraph %d: Paragraphs %v, Segment %v", i, p, d.Paragraphs[i].Span)
			}
		}
		if again := Segment(s); !reflect.DeepEqual(d, again) {
			t.Fatalf("two calls differ")
		}
	})
}
