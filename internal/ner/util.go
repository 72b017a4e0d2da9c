package ner

import "unicode"

func isSpace(r rune) bool    { return unicode.IsSpace(r) }
func isDigit(r rune) bool    { return r >= '0' && r <= '9' }
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
