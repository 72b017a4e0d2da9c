// Package text segments German news text into paragraphs, sentences and
// tokens, all as byte spans into the untouched input.
//
// Tokenisation is lossless: every byte that is not white space belongs to
// exactly one token. Quote marks are tokens of their own with an opening,
// closing or ambiguous class. Invalid UTF-8 bytes are read as U+FFFD of width
// one; they end up inside a token and never stop the scan.
package text
