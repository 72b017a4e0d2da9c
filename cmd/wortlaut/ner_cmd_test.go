package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wortlaut/wortlaut/internal/ner"
)

// tagColumns splits the output of tag into its token column (sentences
// joined by "|") and checks that every label is a GermEval label.
func tagColumns(t *testing.T, out string) string {
	t.Helper()
	var sents []string
	var cur []string
	for _, line := range strings.Split(out, "\n") {
		if line == "" {
			if cur != nil {
				sents = append(sents, strings.Join(cur, " "))
			}
			cur = nil
			continue
		}
		tok, lab, ok := strings.Cut(line, "\t")
		require.True(t, ok, "line %q has no TAB", line)
		_, valid := ner.ParseLabel(lab)
		assert.True(t, valid, "label %q", lab)
		cur = append(cur, tok)
	}
	assert.Nil(t, cur, "output ends with a blank line")
	return strings.Join(sents, "|")
}

func TestTagCommand(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     string // tokens of the output, sentences joined by "|"
	}{
		{"one token per line", "Angela\nMerkel\nsprach\n.\n", "Angela Merkel sprach ."},
		{"GermEval TSV with comments",
			"#\thttp://de.wikipedia.org/wiki/X\t[2014-01-01]\t\n1\tAufgrund\tO\tO\n2\tStuttgart\tB-LOC\tO\n\n#\tsrc\n1\t#\tO\tO\n2\tzwei\tO\tO\n",
			"Aufgrund Stuttgart|# zwei"},
		{"token and label", "2014\tO\nBerlin\tB-LOC\n", "2014 Berlin"},
		{"hash token with label", "#\tO\nzwei\tO\n", "# zwei"},
		{"index and token", "1\tIn\n2\tBerlin\n", "In Berlin"},
		{"CRLF and several blank lines", "In\r\nBonn\r\n\r\n\r\n\r\nJa\r\n", "In Bonn|Ja"},
		{"empty input", "", ""},
		{"only comments", "#\tx\n#\ty\n", ""},
		{"invalid UTF-8", "\xff\xfe\nBerlin\n", "\xff\xfe Berlin"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tc.in, "tag")
			require.Equal(t, 0, code, errs)
			assert.Equal(t, tc.want, tagColumns(t, out))
		})
	}
	t.Run("labels of a clear sentence", func(t *testing.T) {
		_, out, _ := runCmd(t, "Bundeskanzlerin\nAngela\nMerkel\nreist\nnach\nParis\n.\n", "tag")
		assert.Equal(t, "Bundeskanzlerin\tO\nAngela\tB-PER\nMerkel\tI-PER\nreist\tO\nnach\tO\nParis\tB-LOC\n.\tO\n\n", out)
	})
	t.Run("missing file", func(t *testing.T) {
		code, _, errs := runCmd(t, "", "tag", filepath.Join(t.TempDir(), "nope"))
		assert.Equal(t, 1, code)
		assert.Contains(t, errs, "wortlaut tag:")
	})
	t.Run("bad model", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "m.bin")
		require.NoError(t, os.WriteFile(p, []byte("not a model"), 0o644))
		code, _, errs := runCmd(t, "Berlin\n", "tag", "-model", p)
		assert.Equal(t, 1, code)
		assert.Contains(t, errs, "not a valid model")
	})
}

func TestEvalCommand(t *testing.T) {
	gold := "Angela\tB-PER\nMerkel\tI-PER\nin\tO\nBerlin\tB-LOC\n\ndeutsche\tB-LOCderiv\nSPD-Chef\tB-ORGpart\nsagte\tO\n"
	header := "type         gold   pred     tp       P       R      F1\n"
	for _, tc := range []struct {
		name, pred string
		args       []string
		want       string
	}{
		{"perfect, 4 classes", gold, nil, header +
			"all             2      2      2  100.00  100.00  100.00\n" +
			"PER             1      1      1  100.00  100.00  100.00\n" +
			"LOC             1      1      1  100.00  100.00  100.00\n"},
		{"perfect, 12 labels", gold, []string{"-labels", "12"}, header +
			"all             4      4      4  100.00  100.00  100.00\n" +
			"PER             1      1      1  100.00  100.00  100.00\n" +
			"ORGpart         1      1      1  100.00  100.00  100.00\n" +
			"LOC             1      1      1  100.00  100.00  100.00\n" +
			"LOCderiv        1      1      1  100.00  100.00  100.00\n"},
		{"partial span and wrong type are misses", "Angela\tB-PER\nMerkel\tO\nin\tO\nBerlin\tB-ORG\n\ndeutsche\tO\nSPD-Chef\tB-ORG\nsagte\tO\n", nil, header +
			"all             2      3      0    0.00    0.00    0.00\n" +
			"PER             1      1      0    0.00    0.00    0.00\n" +
			"ORG             0      2      0    0.00    0.00    0.00\n" +
			"LOC             1      0      0    0.00    0.00    0.00\n"},
		{"one of two found", "Angela\tB-PER\nMerkel\tI-PER\nin\tO\nBerlin\tO\n\ndeutsche\tO\nSPD-Chef\tO\nsagte\tO\n", nil, header +
			"all             2      1      1  100.00   50.00   66.67\n" +
			"PER             1      1      1  100.00  100.00  100.00\n" +
			"LOC             1      0      0    0.00    0.00    0.00\n"},
		{"I- after O starts a name (conlleval)", "Angela\tI-PER\nMerkel\tI-PER\nin\tO\nBerlin\tI-LOC\n\ndeutsche\tO\nSPD-Chef\tO\nsagte\tO\n", []string{"-labels", "3"}, header +
			"all             2      2      2  100.00  100.00  100.00\n" +
			"PER             1      1      1  100.00  100.00  100.00\n" +
			"LOC             1      1      1  100.00  100.00  100.00\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			g := filepath.Join(dir, "gold")
			require.NoError(t, os.WriteFile(g, []byte(gold), 0o644))
			args := append(append([]string{"eval"}, tc.args...), g, "-")
			code, out, errs := runCmd(t, tc.pred, args...)
			require.Equal(t, 0, code, errs)
			assert.Equal(t, tc.want, out)
		})
	}
	t.Run("tag output reads back, hash token included", func(t *testing.T) {
		g := filepath.Join(t.TempDir(), "gold")
		require.NoError(t, os.WriteFile(g, []byte("#\tsrc\n1\tNummer\tO\tO\n2\t#\tO\tO\n3\tin\tO\tO\n4\tBerlin\tB-LOC\tO\n"), 0o644))
		_, pred, _ := runCmd(t, "", "tag", g)
		code, out, errs := runCmd(t, pred, "eval", g, "-")
		require.Equal(t, 0, code, errs)
		assert.Contains(t, out, "LOC             1      1      1  100.00  100.00  100.00\n")
	})
	t.Run("tags gold itself without PRED", func(t *testing.T) {
		g := filepath.Join(t.TempDir(), "gold")
		require.NoError(t, os.WriteFile(g, []byte("Angela\tB-PER\nMerkel\tI-PER\nreist\tO\nnach\tO\nParis\tB-LOC\n.\tO\n"), 0o644))
		code, out, errs := runCmd(t, "", "eval", g)
		require.Equal(t, 0, code, errs)
		assert.Contains(t, out, "all             2      2      2  100.00  100.00  100.00\n")
	})
	for _, tc := range []struct {
		name, pred string
		args       []string
		code       int
		err        string
	}{
		{"different tokens", "Angela\tB-PER\nMerkels\tI-PER\nin\tO\nBerlin\tB-LOC\n\ndeutsche\tO\nSPD-Chef\tO\nsagte\tO\n", nil, 1, `sentence 1, token 2: gold "Merkel", predicted "Merkels"`},
		{"missing sentence", "Angela\tB-PER\nMerkel\tI-PER\nin\tO\nBerlin\tB-LOC\n", nil, 1, "2 gold sentences, 1 predicted"},
		{"unknown label", "Angela\tB-FOO\n", nil, 1, `unknown label "B-FOO"`},
		{"bad label set", gold, []string{"-labels", "5"}, 2, "usage"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := filepath.Join(t.TempDir(), "gold")
			require.NoError(t, os.WriteFile(g, []byte(gold), 0o644))
			args := append(append([]string{"eval"}, tc.args...), g, "-")
			code, _, errs := runCmd(t, tc.pred, args...)
			assert.Equal(t, tc.code, code)
			assert.Contains(t, errs, tc.err)
		})
	}
}

func TestProseLabels(t *testing.T) {
	words := []string{"Barack", "Obama", "visited", "Paris", "."}
	got := proseLabels(words)
	require.Len(t, got, len(words))
	for i, l := range got {
		if l != ner.O && !l.Begin() {
			assert.Equal(t, got[i-1].Inside(), l, "I- label %d continues its name", i)
		}
	}
	assert.Empty(t, proseLabels(nil))
}

// TestRecognizeLabels: whole-word mentions become BIO labels; a name inside
// a compound (US in US-Präsidenten) leaves its word O.
func TestRecognizeLabels(t *testing.T) {
	words := []string{"Angela", "Merkel", "traf", "den", "US-Präsidenten", "in", "Berlin", "."}
	got := recognizeLabels(words)
	require.Len(t, got, len(words))
	var s []string
	for _, l := range got {
		s = append(s, l.String())
	}
	assert.Equal(t, []string{"B-PER", "I-PER", "O", "O", "O", "O", "B-LOC", "O"}, s)
	assert.Empty(t, recognizeLabels(nil))
}
