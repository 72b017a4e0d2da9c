package ner

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Corpus weights: how close each source is to agency news. A sentence's
// weight scales its perceptron updates.
// Historic newspapers and court decisions get weight 0: with any weight
// tried they lowered the F1 on the held-out news (see data/SOURCE.md), so
// they contribute only their text to the word lexicon.
const (
	weightGermEval  = 1.0
	weightSmartData = 0.6
	weightLER       = 0
	weightHIPE      = 0
	weightEuropeana = 0
)

// domains numbers the training sources for feature augmentation; news
// sources are domain 0.
var domains = map[string]uint8{"ler": 1, "hipe": 2, "europeana": 2, "smartdata-v1-train": 3, "smartdata-v3-dev": 3}

// lerEmptyEvery thins out LER sentences without any name: most court
// sentences have none, and they would outweigh the news data.
const lerEmptyEvery = 8

// Data is the training pool read from the shared data directory.
type Data struct {
	Train []Sentence     // labelled training sentences, de-duplicated
	Held  []Sentence     // held-out GermEval 2014 dev slice (every 10th sentence)
	Text  [][]string     // unlabelled text: all training texts plus Wikinews article texts
	Count map[string]int // training sentences by source
}

// HeldOutEvery is the held-out slice of GermEval 2014 dev: sentence i
// (0-based, file order) is held out when i%HeldOutEvery == 0.
const HeldOutEvery = 10

// LoadGermEval reads a GermEval 2014 TSV file with its outer labels.
func LoadGermEval(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadCoNLL(f, ParseLabel)
}

// LoadSmartDataTest reads SmartData v3 test, tokenised, with PER/ORG/LOC
// labels (see smartTypes).
func LoadSmartDataTest(root string) ([]Sentence, error) {
	docs, err := readSmartData(filepath.Join(root, "smartdata-de/v3_20200302/test.json.gz"))
	if err != nil {
		return nil, err
	}
	var out []Sentence
	for _, d := range docs {
		out = append(out, smartTokenSentences(d)...)
	}
	return out, nil
}

// LoadData reads the training pool. Every heldOutEvery-th GermEval dev
// sentence is held out (0 means [HeldOutEvery]). weights overrides the
// weight of a source by name ("germeval-dev", "smartdata-v1-train",
// "smartdata-v3-dev", "ler", "hipe", "europeana"); weight 0 drops it.
//
// It reads from root (../shared/data): GermEval
// 2014 dev (minus the held-out slice), SmartData v1 train and v3 dev (minus
// every document of either test split), LER court decisions (sentences with
// legal-norm or citation entities dropped), HIPE-2022 newseye and sonar,
// and Europeana newspapers. No sentence of GermEval 2014 test or the
// SmartData test documents is trained on: GermEval test is read only for
// the words of its sentences, to drop any copy of them from the pool, and
// SmartData test only for its document ids.
func LoadData(root string, heldOutEvery int, weights map[string]float32, log io.Writer) (*Data, error) {
	return LoadDataFold(root, heldOutEvery, 0, weights, log)
}

// LoadDataFold is [LoadData] with GermEval dev sentence i held out when
// i%heldOutEvery == fold, so that folds 0 … heldOutEvery-1 make up a
// cross-validation over GermEval dev: a larger validation set for choosing
// between model variants than one slice.
func LoadDataFold(root string, heldOutEvery, fold int, weights map[string]float32, log io.Writer) (*Data, error) {
	if heldOutEvery == 0 {
		heldOutEvery = HeldOutEvery
	}
	if fold < 0 || fold >= heldOutEvery {
		return nil, fmt.Errorf("ner: fold %d out of range 0 … %d", fold, heldOutEvery-1)
	}
	d := &Data{Count: map[string]int{}}
	// seen holds every sentence already in the pool or held out. testKeys
	// holds the sentences of GermEval 2014 test (their words only, never
	// their labels), so that no test sentence enters the pool, labelled or
	// unlabelled, through another corpus.
	seen := map[string]bool{}
	test, err := LoadGermEval(filepath.Join(root, "germeval2014/NER-de-test.tsv"))
	if err != nil {
		return nil, err
	}
	testKeys := map[string]bool{}
	for _, s := range test {
		testKeys[strings.Join(s.Words, " ")] = true
	}
	testDup := 0
	add := func(src string, w float32, ss []Sentence) {
		if v, ok := weights[src]; ok {
			w = v
		}
		coarse := src != "germeval-dev"
		for _, s := range ss {
			if len(s.Words) == 0 || len(s.Words) > 300 {
				continue
			}
			key := strings.Join(s.Words, " ")
			if testKeys[key] {
				testDup++
				continue
			}
			if seen[key] {
				continue
			}
			d.Text = append(d.Text, s.Words)
			if w == 0 {
				continue
			}
			seen[key] = true
			s.Weight = w
			s.Coarse = coarse
			s.Domain = domains[src]
			d.Train = append(d.Train, s)
			d.Count[src]++
		}
	}
	// GermEval 2014 dev
	ge, err := LoadGermEval(filepath.Join(root, "germeval2014/NER-de-dev.tsv"))
	if err != nil {
		return nil, err
	}
	var geTrain []Sentence
	for i, s := range ge {
		if i%heldOutEvery == fold {
			d.Held = append(d.Held, s)
			seen[strings.Join(s.Words, " ")] = true
		} else {
			geTrain = append(geTrain, s)
		}
	}
	add("germeval-dev", weightGermEval, geTrain)

	// SmartData: v3 dev (tokenised) and v1 train, without test documents
	testIDs := map[string]bool{}
	for _, p := range []string{"v1_20180119/test.json.gz", "v3_20200302/test.json.gz"} {
		docs, err := readSmartData(filepath.Join(root, "smartdata-de", p))
		if err != nil {
			return nil, err
		}
		for _, doc := range docs {
			testIDs[doc.ID] = true
		}
	}
	v3, err := readSmartData(filepath.Join(root, "smartdata-de/v3_20200302/dev.json.gz"))
	if err != nil {
		return nil, err
	}
	done := map[string]bool{}
	for _, doc := range v3 {
		if testIDs[doc.ID] || done[doc.ID] {
			continue
		}
		done[doc.ID] = true
		add("smartdata-v3-dev", weightSmartData, smartTokenSentences(doc))
	}
	v1, err := readSmartData(filepath.Join(root, "smartdata-de/v1_20180119/train.json.gz"))
	if err != nil {
		return nil, err
	}
	for _, doc := range v1 {
		if testIDs[doc.ID] || done[doc.ID] {
			continue
		}
		done[doc.ID] = true
		add("smartdata-v1-train", weightSmartData, smartMentionSentences(doc))
	}

	// LER: court decisions
	lerTypes := map[string]string{
		"PER": "PER", "RR": "PER", "AN": "PER",
		"LD": "LOC", "ST": "LOC", "STR": "LOC", "LDS": "LOC",
		"ORG": "ORG", "UN": "ORG", "INN": "ORG", "GRT": "ORG", "MRK": "OTH",
		"GS": "-", "VO": "-", "EUN": "-", "VS": "-", "VT": "-", "RS": "-", "LIT": "-",
	}
	courts, _ := filepath.Glob(filepath.Join(root, "ler-de/per-court/*.conll"))
	slices.Sort(courts)
	for _, p := range courts {
		ss, err := readFileCoNLL(p, func(s string) (Label, bool) {
			if s == "O" {
				return O, true
			}
			if len(s) > 2 && lerTypes[s[2:]] == "-" {
				return NumLabels, true // marks a sentence to drop
			}
			return mapBIO(lerTypes)(s)
		})
		if err != nil {
			return nil, err
		}
		var keep []Sentence
		for i, s := range ss {
			d.Text = append(d.Text, s.Words)
			// sentences without names: keep one in lerEmptyEvery
			if !slices.ContainsFunc(s.Labels, func(l Label) bool { return l != O }) && i%lerEmptyEvery != 0 {
				continue
			}
			if !slices.Contains(s.Labels, NumLabels) {
				fixBIO(s.Labels)
				keep = append(keep, s)
			}
		}
		add("ler", weightLER, keep)
	}

	// HIPE-2022 newseye and sonar
	hipe, _ := filepath.Glob(filepath.Join(root, "hipe2022-newseye-sonar-de/*.tsv"))
	slices.Sort(hipe)
	for _, p := range hipe {
		ss, err := readHIPE(p)
		if err != nil {
			return nil, err
		}
		add("hipe", weightHIPE, ss)
	}

	// Europeana newspapers
	enp, _ := filepath.Glob(filepath.Join(root, "europeana-newspapers-ner-de/*.bio"))
	slices.Sort(enp)
	for _, p := range enp {
		ss, err := readEuropeana(p)
		if err != nil {
			return nil, err
		}
		add("europeana", weightEuropeana, ss)
	}

	// unlabelled: Wikinews article texts (CC BY 2.5; never the annotations).
	// GePaDe (CC BY-SA) is left out so the model carries no share-alike terms.
	for _, pat := range []string{"spkatt-wikinews/data/*/task2/*.json"} {
		files, _ := filepath.Glob(filepath.Join(root, pat))
		slices.Sort(files)
		for _, p := range files {
			ss, err := readSpkAttText(p)
			if err != nil {
				return nil, err
			}
			d.Text = append(d.Text, ss...)
		}
	}
	if log != nil {
		keys := make([]string, 0, len(d.Count))
		for k := range d.Count {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			fmt.Fprintf(log, "train %-20s %6d sentences\n", k, d.Count[k])
		}
		fmt.Fprintf(log, "held out (GermEval dev 1/%d): %d sentences; unlabelled: %d sentences; dropped as GermEval test sentences: %d\n", heldOutEvery, len(d.Held), len(d.Text), testDup)
	}
	return d, nil
}

func readFileCoNLL(path string, label func(string) (Label, bool)) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ss, err := ReadCoNLL(f, label)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ss, nil
}

// readHIPE reads a HIPE-2022 TSV file: NE-COARSE-LIT labels, sentences cut
// at EndOfSentence (and at document starts).
func readHIPE(path string) ([]Sentence, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lab := mapBIO(map[string]string{"PER": "PER", "LOC": "LOC", "ORG": "ORG", "HumanProd": "OTH"})
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			fixBIO(cur.Labels)
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "TOKEN\t") {
			continue
		}
		if strings.HasPrefix(line, "#") {
			if strings.Contains(line, "document_id") {
				flush()
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || f[0] == "" {
			continue
		}
		l, ok := lab(f[1])
		if !ok {
			l = O
		}
		cur.Words = append(cur.Words, f[0])
		cur.Labels = append(cur.Labels, l)
		if strings.Contains(f[len(f)-1], "EndOfSentence") {
			flush()
		}
	}
	flush()
	return out, nil
}

// readEuropeana reads a Europeana .bio file (one token stream, no sentence
// breaks): malformed lines are skipped, pseudo-sentences end after ".",
// "!" or "?" outside a name, or after 60 tokens outside a name.
func readEuropeana(path string) ([]Sentence, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lab := mapBIO(map[string]string{"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "OTH"})
	var out []Sentence
	var cur Sentence
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(strings.TrimRight(line, "\r"), " ")
		if len(f) != 2 || f[0] == "" || strings.ContainsRune(line, '\t') {
			continue
		}
		l, ok := lab(f[1])
		if !ok {
			continue
		}
		cur.Words = append(cur.Words, f[0])
		cur.Labels = append(cur.Labels, l)
		if l == O && (f[0] == "." || f[0] == "!" || f[0] == "?" || len(cur.Words) >= 60) {
			fixBIO(cur.Labels)
			out = append(out, cur)
			cur = Sentence{}
		}
	}
	if len(cur.Words) > 0 {
		fixBIO(cur.Labels)
		out = append(out, cur)
	}
	return out, nil
}

// readSpkAttText reads only the token text of a SpkAtt JSON file.
func readSpkAttText(path string) ([][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Sentences []struct {
			Tokens []string `json:"Tokens"`
		} `json:"Sentences"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out [][]string
	for _, s := range doc.Sentences {
		if len(s.Tokens) > 0 {
			out = append(out, s.Tokens)
		}
	}
	return out, nil
}
