package main

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/wortlaut/wortlaut/internal/golden"
	"github.com/wortlaut/wortlaut/quote"
)

func decodeVerify(t *testing.T, out string) verifyJSON {
	t.Helper()
	var v verifyJSON
	require.NoError(t, json.Unmarshal([]byte(out), &v), out)
	return v
}

func TestVerifyCommand(t *testing.T) {
	seed, err := os.ReadFile(seedPath)
	require.NoError(t, err)
	t.Run("absent claim", func(t *testing.T) {
		code, out, _ := runCmd(t, "", "verify", "--speaker", "Jack Ma", "--claim", "Amerika zuerst, China danach", seedPath)
		assert.Equal(t, 1, code)
		v := decodeVerify(t, out)
		assert.Equal(t, "not-found", v.Verdict)
		assert.Nil(t, v.Match)
		assert.Nil(t, v.Quote)
	})
	t.Run("claim form from stdin", func(t *testing.T) {
		code, out, _ := runCmd(t, string(seed), "verify", "--claim", `Jack Ma: „Der designierte Präsident ist sehr klug“`)
		v := decodeVerify(t, out)
		assert.Equal(t, claimJSON{"Der designierte Präsident ist sehr klug", "Jack Ma"}, v.Claim)
		require.NotNil(t, v.Match)
		assert.Equal(t, string(seed[v.Match.Start:v.Match.End]), v.Match.Text)
		if len(quote.Extract(string(seed))) == 0 {
			t.Skip("quote.Extract finds no quotations yet: verdict is " + v.Verdict)
		}
		assert.Equal(t, "supported", v.Verdict)
		assert.Equal(t, 0, code)
	})
	t.Run("misattributed", func(t *testing.T) {
		if len(quote.Extract(string(seed))) == 0 {
			t.Skip("quote.Extract finds no quotations yet")
		}
		code, out, _ := runCmd(t, "", "verify", "--speaker", "Donald Trump", "--claim", "Der designierte Präsident ist sehr klug", "--article", seedPath)
		assert.Equal(t, 1, code)
		assert.Equal(t, "speaker-mismatch", decodeVerify(t, out).Verdict)
	})
	t.Run("text format", func(t *testing.T) {
		_, out, _ := runCmd(t, "", "verify", "--format", "text", "--claim", "sehr klug", seedPath)
		assert.Contains(t, out, "verdict  ")
		assert.Contains(t, out, "claim    „sehr klug“")
	})
}

func TestVerifyUsage(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"no claim", []string{"verify", seedPath}},
		{"blank claim", []string{"verify", "--claim", "  ", seedPath}},
		{"two articles", []string{"verify", "--claim", "x", seedPath, seedPath}},
		{"article twice", []string{"verify", "--claim", "x", "--article", seedPath, seedPath}},
		{"bad format", []string{"verify", "--claim", "x", "--format", "xml", seedPath}},
		{"missing article", []string{"verify", "--claim", "x", "no/such/file.txt"}},
		{"unknown flag", []string{"verify", "--nope"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, _ := runCmd(t, "", tc.args...)
			assert.Equal(t, 2, code)
		})
	}
	code, _, errs := runCmd(t, "", "verify", "--help")
	assert.Equal(t, 0, code)
	assert.Contains(t, errs, "Examples:")
}

func TestVerifyTextGolden(t *testing.T) {
	var buf bytes.Buffer
	writeVerifyText(&buf, verifyJSON{
		Verdict: "speaker-mismatch", Score: 0.9667,
		Claim: claimJSON{Quote: "Ich finde, der designierten Präsidenten ist sehr klug", Speaker: "Donald Trump"},
		Match: &mentionJSON{Text: "Ich finde der designierte Präsident ist sehr klug", Start: 430, End: 480},
		Quote: &quoteJSON{Start: 430, End: 672, Kind: "direct",
			Speaker: &speakerJSON{Name: "Jack Ma", Type: "PER", Text: "Ma", Start: 682, End: 684},
			Cue:     &mentionJSON{Text: "erklärte", Start: 673, End: 682}},
	})
	writeVerifyText(&buf, verifyJSON{Verdict: "not-found", Claim: claimJSON{Quote: "Amerika zuerst"}})
	golden.Check(t, "../../testdata/cmd/verify_text.golden", buf.Bytes(), *update)
}
