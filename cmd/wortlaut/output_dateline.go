package main

import "github.com/wortlaut/wortlaut/dateline"

func toDatelineJSON(d dateline.Dateline) *datelineJSON {
	out := &datelineJSON{Text: d.Text, Start: d.Start, End: d.End, Locations: []string{}, Agencies: []string{},
		Day: d.Day, Month: d.Month, Year: d.Year}
	for _, p := range d.Places {
		out.Locations = append(out.Locations, p.Text)
	}
	for _, a := range d.Agencies {
		out.Agencies = append(out.Agencies, a.Text)
	}
	if d.Year != 0 && d.Month != 0 && d.Day != 0 {
		out.Date = fmtDate(d.Year, d.Month, d.Day)
	}
	return out
}

func fmtDate(y, m, d int) string {
	b := []byte("0000-00-00")
	for i, v := 3, y; i >= 0; i, v = i-1, v/10 {
		b[i] = byte('0' + v%10)
	}
	b[5], b[6] = byte('0'+m/10), byte('0'+m%10)
	b[8], b[9] = byte('0'+d/10), byte('0'+d%10)
	return string(b)
}
