// Package factcheck checks whether a news article supports a claimed
// quotation: did the article quote these words, and did it attribute them to
// this speaker?
//
// A [Claim] is a quotation and, optionally, the person or organisation it
// is attributed to. [Verify] extracts the article's quotations with
// [github.com/wortlaut/wortlaut/quote], finds the one that best matches the
// claim and returns a [Result]: a [Verdict], a similarity score, the
// matching quotation and the byte span of the matching words.
//
// # Matching
//
// Claim and quotation are compared word by word on normalised copies (NFC,
// Unicode case folding; the input is never rewritten). Punctuation and
// quote-mark style do not count. The claim may be a part of a longer
// quotation. An ellipsis in the claim („…“, „...“, „[…]“) lets any number of
// the article's words stand in its place; an editorial „[…]“ in the article
// is skipped. A word that differs only in its ending (designierte /
// designierten) costs a fraction of a changed word. The score is one minus
// the edit cost per claim word, between 0 and 1: 1 means the same words.
//
// # Speakers
//
// A claimed speaker matches when its name words, without titles and roles
// (Präsident, Alibaba-Gründer) and function words, are a subset of the
// quotation speaker's canonical name or of one of that entity's mentions, or
// the other way round: „Ma“, „Jack Ma“ and „Alibaba-Gründer Jack Ma“ all
// match a quotation attributed to Jack Ma; „Ivanka Trump“ does not match
// Donald Trump.
//
// # Verdicts
//
// [Supported]: a quotation matches with a score of at least
// [Verifier.Supported] and, when the claim names a speaker, it is theirs.
// [Paraphrased]: the best match scores between [Verifier.Paraphrased] and
// [Verifier.Supported]. [SpeakerMismatch]: the words match, at least as a
// paraphrase, but the article attributes them to someone else.
// [Unattributed]: the words match, at least as a paraphrase, but the
// article names no speaker for them (none, or only a mention such as „sagte
// er“ that resolves to no name); the score tells the two levels apart.
// [Unquoted]: no quotation matches, but
// the words stand in the article outside quotation marks. [NotFound]:
// nothing matches.
//
// # Limits
//
// A claim that joins two separate quotations matches each only in part.
// Only the first 256 words of a claim are compared. The result is only as
// good as the quotation and speaker extraction it rests on.
package factcheck
