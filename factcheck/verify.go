package factcheck

import (
	"github.com/wortlaut/wortlaut"
	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/quote"
)

// Claim is a quotation attributed to a speaker, as a fact-checker receives
// it: „Jack Ma: Der designierte Präsident ist sehr klug“.
type Claim struct {
	Quote   string // the claimed words, with or without quote marks
	Speaker string // the claimed speaker; "" when the claim names none
}

// Verdict says how an article bears on a claim.
type Verdict uint8

// Verdicts, from no support to full support; see the package documentation.
const (
	NotFound        Verdict = iota // no passage of the article matches the claim
	Unquoted                       // the words stand in the article, but not in a quotation
	Paraphrased                    // a quotation is close to the claim, with other wording
	Unattributed                   // a quotation matches, but the article names no speaker for it (or only an unnamed mention: er)
	SpeakerMismatch                // a quotation matches, but belongs to another speaker
	Supported                      // a quotation of the claimed speaker matches the claim
)

// String returns the verdict's name as the verify command prints it
// (speaker-mismatch), so logs and JSON stay readable.
func (v Verdict) String() string {
	switch v {
	case NotFound:
		return "not-found"
	case Unquoted:
		return "unquoted"
	case Paraphrased:
		return "paraphrased"
	case Unattributed:
		return "unattributed"
	case SpeakerMismatch:
		return "speaker-mismatch"
	case Supported:
		return "supported"
	}
	return "unknown"
}

// Result is the answer of [Verify].
type Result struct {
	Verdict Verdict
	// Score is the similarity in [0, 1] between the claim and the matching
	// passage; for NotFound, the best score of any quotation.
	Score float64
	// Span is where in the article the matching words stand: from the first
	// to the last matched word, inside Quote when Quote is set. Zero for
	// NotFound.
	wortlaut.Span
	Text string // article[Span]
	// Quote is the best-matching quotation; nil for NotFound and Unquoted.
	// Its Speaker is the speaker the article gives.
	Quote *quote.Quote
}

// Verify checks claim against article with the default [Verifier].
func Verify(article string, claim Claim) Result {
	return (&Verifier{}).Verify(article, claim)
}

// Verifier checks claims against articles. Its zero value uses the default
// recognizer and extractor and the default thresholds. A Verifier is safe
// for concurrent use.
type Verifier struct {
	// Recognizer finds the entities whose mentions make speaker aliases;
	// nil uses the embedded German model.
	Recognizer *entity.Recognizer
	// Extractor finds the quotations; nil uses the default.
	Extractor *quote.Extractor
	// Supported is the least score of a supported claim; 0 means 0.85,
	// about one changed word in seven.
	Supported float64
	// Paraphrased is the least score of a paraphrase; 0 means 0.5.
	Paraphrased float64
}

func (v *Verifier) thresholds() (sup, para float64) {
	sup, para = v.Supported, v.Paraphrased
	if sup <= 0 {
		sup = 0.85
	}
	if para <= 0 {
		para = 0.5
	}
	return min(sup, 1), min(para, sup)
}

// Verify checks claim against article: it recognises the entities, extracts
// the quotations and calls [Verifier.VerifyQuotes].
func (v *Verifier) Verify(article string, claim Claim) Result {
	r := v.Recognizer
	if r == nil {
		r = &entity.Recognizer{}
	}
	x := v.Extractor
	if x == nil {
		x = &quote.Extractor{Recognizer: r}
	}
	ents := r.Recognize(article)
	return v.VerifyQuotes(article, claim, x.ExtractWithEntities(article, ents), ents)
}

// VerifyQuotes checks claim against quotes already extracted from article,
// with ents the article's entities (for speaker aliases; may be nil). A
// quotation whose span does not lie within article is ignored.
func (v *Verifier) VerifyQuotes(article string, claim Claim, quotes []quote.Quote, ents []entity.Entity) Result {
	sup, para := v.thresholds()
	f := newFolder()
	cw := f.words(nil, claim.Quote, 0, len(claim.Quote))
	if len(cw) > maxClaimWords {
		cw = cw[:maxClaimWords]
	}
	if len(cw) == 0 {
		return Result{}
	}
	speaker := f.nameWords(claim.Speaker)

	type candidate struct {
		res   Result
		band  int // 2 supported-level score, 1 paraphrase-level, 0 below
		match bool
	}
	var best *candidate
	bestScore := 0.0
	var qw []word
	for i := range quotes {
		q := &quotes[i]
		qw = quoteWords(f, qw[:0], article, q)
		if len(qw) == 0 {
			continue
		}
		a := align(cw, qw)
		s := score(a.cost, len(cw))
		bestScore = max(bestScore, s)
		if s < para || a.to <= a.from {
			continue
		}
		c := candidate{band: 1}
		if s >= sup {
			c.band = 2
		}
		sp := wortlaut.Span{Start: qw[a.from].start, End: qw[a.to-1].end}
		c.res = Result{Score: s, Span: sp, Text: article[sp.Start:sp.End], Quote: q}
		switch {
		case len(speaker) == 0:
			c.match = true
			c.res.Verdict = Supported
		case q.Speaker == nil:
			c.res.Verdict = Unattributed
		case f.speakerMatches(speaker, q.Speaker, ents):
			c.match = true
			c.res.Verdict = Supported
		case q.Speaker.Name == "":
			// An unnamed speaker (sagte er, with no antecedent) is no
			// evidence against the claimed one.
			c.res.Verdict = Unattributed
		default:
			c.res.Verdict = SpeakerMismatch
		}
		if c.band == 1 && c.match {
			c.res.Verdict = Paraphrased
		}
		if best == nil || c.band > best.band ||
			c.band == best.band && (c.match && !best.match ||
				c.match == best.match && c.res.Score > best.res.Score) {
			best = &c
		}
	}
	if best != nil {
		return best.res
	}
	// No quotation matches: do the words stand in the article at all?
	aw := f.words(nil, article, 0, len(article))
	if a := align(cw, aw); a.to > a.from {
		if s := score(a.cost, len(cw)); s >= sup {
			sp := wortlaut.Span{Start: aw[a.from].start, End: aw[a.to-1].end}
			return Result{Verdict: Unquoted, Score: s, Span: sp, Text: article[sp.Start:sp.End]}
		}
	}
	return Result{Score: bestScore}
}

// quoteWords appends the words of q, read from article over its parts (or
// its span), to dst. Spans outside article yield no words.
func quoteWords(f *folder, dst []word, article string, q *quote.Quote) []word {
	parts := q.Parts
	if len(parts) == 0 {
		parts = []wortlaut.Span{q.Span}
	}
	for _, p := range parts {
		if p.Start < 0 || p.End > len(article) || p.Start > p.End {
			return dst[:0]
		}
		dst = f.words(dst, article, p.Start, p.End)
	}
	return dst
}
