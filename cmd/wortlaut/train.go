package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/wortlaut/wortlaut/internal/ner"
)

// runTrain rebuilds the German NER model from the shared data directory.
func runTrain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/data", "shared data `dir`ectory")
	out := fs.String("out", "internal/ner/data/model.bin", "model `file` to write")
	source := fs.String("source", "internal/ner/data/SOURCE.md", "SOURCE.md whose sha256 and size lines are updated (empty: none)")
	lists := fs.String("lists", "internal/lexicon/data", "`dir`ectory of the name lists firstnames.txt, places.txt, orgs.txt, roles.txt (empty: none)")
	names := fs.String("names", "internal/ner/data", "`dir`ectory of the training-only name lists given-names.txt and surnames.txt (empty: none)")
	epochs := fs.Int("epochs", 0, "training passes (0: default)")
	wflag := fs.String("weights", "", "override source weights, e.g. `ler=0.1,hipe=0`; for experiments only")
	held := fs.Int("heldout", 0, "hold out every `n`th GermEval dev sentence (0: the default, 10); for experiments only")
	fold := fs.Int("fold", 0, "hold out the GermEval dev sentences i with i%heldout == `k` (cross-validation); for experiments only")
	seed := fs.Uint64("seed", 0, "shuffling `seed`; for experiments only")
	maxv := fs.Bool("maxviolation", false, "max-violation updates (docs/ner.md); for experiments only")
	spans := fs.Bool("spans", false, "span gazetteer features: the longest name-list entry matched at a position (docs/ner.md); for experiments only")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: wortlaut train [-data DIR] [-out FILE] [-epochs N]\n\nRebuilds the German NER model from GermEval 2014 dev and SmartData train/dev\n(never GermEval test or SmartData test), with a word lexicon counted from\nthose texts and the texts of LER, HIPE-2022, Europeana and German Wikinews,\nprints the F1 on the held-out GermEval dev slice and writes the model.\nThe result is the same bytes on every run (internal/ner/data/SOURCE.md).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	weights := map[string]float32{}
	for _, kv := range strings.Split(*wflag, ",") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		f, err := strconv.ParseFloat(v, 32)
		if err != nil {
			fmt.Fprintln(stderr, "wortlaut train: -weights:", err)
			return 2
		}
		weights[k] = float32(f)
	}
	start := time.Now()
	d, err := ner.LoadDataFold(*data, *held, *fold, weights, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "wortlaut train:", err)
		return 1
	}
	in := ner.LexiconInput{Text: d.Text, Labelled: d.Train, Clusters: ner.Clusters(d.Text, stderr), Regions: cldrRegions()}
	for _, l := range []struct {
		dir, file string
		dst       *[]string
	}{
		{*lists, "firstnames.txt", &in.FirstNames}, {*lists, "places.txt", &in.Places},
		{*lists, "orgs.txt", &in.Orgs}, {*lists, "roles.txt", &in.Roles},
		{*names, "given-names.txt", &in.FirstNames}, {*names, "surnames.txt", &in.Surnames},
	} {
		if l.dir == "" {
			continue
		}
		words, err := readList(filepath.Join(l.dir, l.file))
		if err != nil {
			fmt.Fprintln(stderr, "wortlaut train:", err)
			return 1
		}
		*l.dst = append(*l.dst, words...)
	}
	lex := ner.BuildLexicon(in)
	fmt.Fprintf(stderr, "lexicon: %d words (%s)\n", lex.Len(), time.Since(start).Round(time.Millisecond))
	m := ner.Train(d.Train, lex, ner.TrainConfig{Epochs: *epochs, Seed: *seed, MaxViolation: *maxv, Spans: *spans, Log: stderr})
	for _, c := range []struct {
		name string
		norm func(ner.Label) ner.Label
	}{{"held-out GermEval dev slice, 4 classes", ner.Label.Outer}, {"held-out GermEval dev slice, 12 labels", nil}} {
		e, err := ner.Evaluate(ner.GoldLabels(d.Held), m.TagAll(d.Held), c.norm)
		if err != nil {
			fmt.Fprintln(stderr, "wortlaut train:", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s:\n", c.name)
		e.Write(stdout)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		fmt.Fprintln(stderr, "wortlaut train:", err)
		return 1
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(stderr, "wortlaut train:", err)
		return 1
	}
	sum := sha256.Sum256(buf.Bytes())
	st := m.Stats()
	fmt.Fprintf(stdout, "wrote %s: %d bytes, sha256 %s, %d rows, %d lexicon words (%s)\n",
		*out, buf.Len(), hex.EncodeToString(sum[:]), st.Rows, st.LexiconWords, time.Since(start).Round(time.Second))
	if *source != "" {
		if err := updateSource(*source, hex.EncodeToString(sum[:]), buf.Len()); err != nil {
			fmt.Fprintln(stderr, "wortlaut train:", err)
			return 1
		}
	}
	return 0
}

// updateSource rewrites the "- sha256: " and "- bytes: " lines of SOURCE.md.
func updateSource(path, sum string, size int) error {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	} else if err != nil {
		return err
	}
	lines := strings.Split(string(b), "\n")
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l, "- sha256: "):
			lines[i] = "- sha256: " + sum
		case strings.HasPrefix(l, "- bytes: "):
			lines[i] = fmt.Sprintf("- bytes: %d", size)
		}
	}
	return os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644)
}

// readList reads the first field of each entry of a lexicon list: one entry
// a line, "#" comments, a gender or type after the last space where the
// list has one (firstnames.txt, roles.txt).
func readList(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line, _, _ = strings.Cut(line, "\t") // an acronym's long form (orgs.txt) is no name of its own here
		if i := strings.LastIndexByte(line, ' '); i > 0 {
			switch line[i+1:] {
			case "m", "f", "u", "PER", "ORG", "LOC", "OTH":
				line = line[:i]
			}
		}
		out = append(out, line)
	}
	return out, nil
}

// cldrRegions returns the German names CLDR (golang.org/x/text's display
// tables) gives the regions with a two-letter or three-digit code:
// countries, territories, continents.
func cldrRegions() []string {
	n := display.German.Regions()
	var out []string
	add := func(code string) {
		if r, err := language.ParseRegion(code); err == nil {
			if name := n.Name(r); name != "" {
				out = append(out, name)
			}
		}
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			add(string([]rune{a, b}))
		}
	}
	for i := 1; i < 1000; i++ {
		add(fmt.Sprintf("%03d", i))
	}
	return out
}
