package main

// The JSON shapes of the extract contract (see README.md). Field order and
// names are stable: other tools read them.

type docJSON struct {
	ID       string        `json:"id"`
	Dateline *datelineJSON `json:"dateline"`
	Entities []entityJSON  `json:"entities"`
	Quotes   []quoteJSON   `json:"quotes"`
	Error    string        `json:"error,omitempty"`
}

type datelineJSON struct {
	Text      string   `json:"text"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Locations []string `json:"locations"`
	Agencies  []string `json:"agencies"`
	Day       int      `json:"day"`
	Month     int      `json:"month"`
	Year      int      `json:"year"`
	Date      string   `json:"date,omitempty"`
}

type mentionJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type entityJSON struct {
	Name     string        `json:"name"`
	Type     string        `json:"type"`
	Mentions []mentionJSON `json:"mentions"`
}

type speakerJSON struct {
	Name  string `json:"name"`
	Type  string `json:"type"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type quoteJSON struct {
	Text    string       `json:"text"`
	Start   int          `json:"start"`
	End     int          `json:"end"`
	Kind    string       `json:"kind"`
	Speaker *speakerJSON `json:"speaker"`
	Cue     *mentionJSON `json:"cue"`
}
