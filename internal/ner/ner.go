// Package ner is the German named-entity tagger: features, an averaged
// perceptron sequence model, its binary format and its training.
//
// # Model
//
// [Model.Tag] labels the words of one sentence with GermEval 2014 outer BIO
// labels ([Label]: PER, ORG, LOC, OTH and their deriv/part variants). It
// decodes from left to right with a small beam of label sequences: the
// features of a word include the labels of the two words before it, so each
// sequence scores the next word with its own history, and only labels
// allowed by BIO after the previous one are considered. The weights are
// trained as a structured averaged perceptron with the same beam
// ([Train]), which is what makes the sequence scores comparable: a
// perceptron trained on greedy decisions did 7 points worse on held-out
// data.
//
// Features are hashed into a fixed table of weight rows, so tagging builds
// no strings and does not allocate. The feature groups are: the word and
// its lower-cased form, prefixes (1–4 runes) and suffixes (1–5 runes), word
// shape, neighbouring words, shapes and suffixes, word pairs, a word
// lexicon learnt from unlabelled text (frequency class, how often the word
// is capitalised inside a sentence, distributional cluster), gazetteers
// (German region names from CLDR, names counted in the training data, given
// names and common surnames), role
// and title words before a name, the parts of hyphenated compounds, and the
// label history. A model trained with [TrainConfig.Spans] also matches the
// name lists as whole entries (span.go); the embedded model is not, since
// on a cross-validation over GermEval dev that gained less than the
// margin set for replacing the model (docs/ner.md).
//
// The embedded default model ([Default]) and its training data are
// described in data/SOURCE.md and docs/ner.md; `wortlaut train` rebuilds it.
package ner
