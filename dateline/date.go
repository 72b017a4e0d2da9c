package dateline

import (
	"time"
	"unicode"
)

// date is a date as a dateline writes it; 0 fields are absent.
type date struct {
	day, month, year int
	weekday          int // -1 when absent
}

// parseDate scans a date at i in any supported form, optionally after a
// weekday ("Montag, 9. Januar"), or a weekday alone.
func parseDate(s string, i int) (date, int, bool) {
	if r, _ := runeAt(s, i); unicode.IsLetter(r) {
		e := letters(s, i)
		en := lookup(s, i, e)
		if en.kind&(kMonth|kWeekday) == 0 {
			if r == 'l' || r == 'd' { // "le 9 janvier", "den 9. Januar"
				return parseArticleDay(s, i)
			}
			return date{weekday: -1}, i, false
		}
		if en.kind&kWeekday != 0 {
			wd := int(en.weekday)
			k := e
			if k < len(s) && s[k] == ',' {
				k++
			}
			if d, e2, ok := parseDay(s, skipSpaces(s, k)); ok {
				d.weekday = wd
				return d, e2, true
			}
			return date{weekday: wd}, e, true
		}
	}
	return parseDay(s, i)
}

// parseArticleDay scans "le 9 janvier" and "den 9. Januar".
func parseArticleDay(s string, i int) (date, int, bool) {
	for _, art := range [...]string{"le ", "den "} {
		if hasPrefix(s, i, art) {
			return parseDay(s, skipSpaces(s, i+len(art)))
		}
	}
	return date{weekday: -1}, i, false
}

// parseDay scans "9. Januar", "9. Jan. 2017", "09.01.2017", "9.1.",
// "2017-01-09", "23 may", "9 MAR", "1er mars", "9 de enero de 2017",
// "Dec. 17", "Sept 28", "January 9, 2017".
func parseDay(s string, i int) (date, int, bool) {
	d := date{weekday: -1}
	r, _ := runeAt(s, i)
	var e int
	switch {
	case isDigit(r):
		var v int
		e, v = digits(s, i, 4)
		switch e - i {
		case 4:
			return isoDate(s, i, v, e)
		case 1, 2:
		default:
			return d, i, false
		}
		d.day = v
		k := e
		switch {
		case k < len(s) && s[k] == '.':
			k++
			if k < len(s) && isDigit(rune(s[k])) {
				return numericDate(s, d.day, k)
			}
			k = skipSpaces(s, k)
		case hasPrefix(s, k, "er") && d.day == 1: // 1er mars
			k = skipSpaces(s, k+2)
		case hasPrefix(s, k, "º") || hasPrefix(s, k, "°"):
			k = skipSpaces(s, k+len("º"))
		default:
			k2 := skipSpaces(s, k)
			if k2 == k {
				return d, i, false
			}
			k = k2
		}
		if hasPrefix(s, k, "de ") { // 9 de enero
			k = skipSpaces(s, k+3)
		}
		m, mEnd, ok := monthWord(s, k)
		if !ok {
			return d, i, false
		}
		d.month, e = m, mEnd
		// year: " 2017", " de 2017"
		k = skipSpaces(s, e)
		if hasPrefix(s, k, "de ") {
			k = skipSpaces(s, k+3)
		}
		if y, ye, ok := year(s, k); ok && k > e {
			d.year, e = y, ye
		}
	case unicode.IsLetter(r):
		m, mEnd, ok := monthWord(s, i)
		if !ok {
			return d, i, false
		}
		k := skipSpaces(s, mEnd)
		if k == mEnd {
			return d, i, false
		}
		var v int
		e, v = digits(s, k, 2)
		if e == k || (e < len(s) && isDigit(rune(s[e]))) {
			return d, i, false
		}
		for _, suf := range [...]string{"st", "nd", "rd", "th"} {
			if hasPrefix(s, e, suf) && !isLetterAt(s, e+2) {
				e += 2
				break
			}
		}
		d.day, d.month = v, m
		k = e
		if k < len(s) && s[k] == ',' {
			k++
		}
		if k2 := skipSpaces(s, k); k2 > e {
			if y, ye, ok := year(s, k2); ok {
				d.year, e = y, ye
			}
		}
	default:
		return d, i, false
	}
	if isLetterAt(s, e) || !valid(d) {
		return d, i, false
	}
	return d, e, true
}

// monthWord scans a month name at i with the full stop of an abbreviation.
func monthWord(s string, i int) (int, int, bool) {
	e := letters(s, i)
	if e == i {
		return 0, i, false
	}
	m, abbr := lookupMonth(s, i, e)
	if m == 0 {
		return 0, i, false
	}
	if abbr && e < len(s) && s[e] == '.' {
		e++
	}
	return m, e, true
}

// numericDate scans the month and year of "09.01.2017", "9.1." or "9.1.17"
// from k, after the day and its full stop.
func numericDate(s string, day, k int) (date, int, bool) {
	d := date{day: day, weekday: -1}
	e, m := digits(s, k, 2)
	if e < len(s) && isDigit(rune(s[e])) || e >= len(s) || s[e] != '.' {
		return d, k, false
	}
	d.month = m
	e++
	ye, y := digits(s, e, 4)
	switch ye - e {
	case 0:
	case 2:
		d.year, e = 2000+y, ye
		if y >= 70 {
			d.year -= 100
		}
	case 4:
		d.year, e = y, ye
	default:
		return d, k, false
	}
	if isLetterAt(s, e) || e < len(s) && isDigit(rune(s[e])) || !valid(d) {
		return d, k, false
	}
	return d, e, true
}

// isoDate scans "2017-01-09" whose year v ends at e.
func isoDate(s string, i, v, e int) (date, int, bool) {
	d := date{year: v, weekday: -1}
	if !hasPrefix(s, e, "-") {
		return d, i, false
	}
	me, m := digits(s, e+1, 2)
	if me-e != 3 || !hasPrefix(s, me, "-") {
		return d, i, false
	}
	de, day := digits(s, me+1, 2)
	if de-me != 3 || de < len(s) && (isDigit(rune(s[de])) || isLetterAt(s, de)) {
		return d, i, false
	}
	d.month, d.day = m, day
	if !valid(d) || v < 1900 || v > 2199 {
		return d, i, false
	}
	return d, de, true
}

// year scans a four-digit year 1900–2199 at i.
func year(s string, i int) (int, int, bool) {
	e, y := digits(s, i, 4)
	if e-i != 4 || y < 1900 || y > 2199 || e < len(s) && isDigit(rune(s[e])) || isLetterAt(s, e) {
		return 0, i, false
	}
	return y, e, true
}

// valid reports a possible date; without a year, 29 February is possible.
func valid(d date) bool {
	return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysIn(d.month, d.year)
}

// daysIn returns the days of month m in year y (a leap year when y is 0).
func daysIn(m, y int) int {
	switch m {
	case 2:
		if y == 0 || y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// resolveYear returns the latest year in which day/month falls no later
// than one day after ref, looking one year either side; 0 if none.
func resolveYear(ref time.Time, month, day int) int {
	limit := ref.AddDate(0, 0, 1)
	for y := ref.Year() + 1; y >= ref.Year()-1; y-- {
		if day > daysIn(month, y) {
			continue
		}
		if t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, ref.Location()); !t.After(limit) {
			return y
		}
	}
	return 0
}

func hasPrefix(s string, i int, p string) bool {
	return i >= 0 && i+len(p) <= len(s) && s[i:i+len(p)] == p
}

func isLetterAt(s string, i int) bool {
	r, _ := runeAt(s, i)
	return unicode.IsLetter(r)
}
