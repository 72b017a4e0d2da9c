// Package text segments German news text into paragraphs, sentences and
// tokens, all as byte spans into the untouched input. It is the layer the
// dateline, entity and quote packages stand on.
//
// [Segment] does everything in one pass and returns a [Doc]; [Tokenize] and
// [Paragraphs] do one part each.
//
// # Guarantees
//
//   - Spans are half-open byte ranges into the caller's string, on rune
//     boundaries, in text order and never overlapping.
//   - Tokenisation is lossless: every byte that is not white space belongs
//     to exactly one token, and no token contains white space or a line
//     break: the input is the tokens plus the white space between them.
//   - Every sentence lies within one paragraph and holds at least one token;
//     the sentences cover all tokens; a paragraph's span runs from its first
//     token to its last.
//   - Invalid UTF-8 bytes are read as U+FFFD of width one; they join the
//     word they stand in and never stop the scan.
//   - Any input, of any size, gives a result in time linear in its length
//     with a handful of allocations; nothing panics.
//   - Functions are safe for concurrent use. The embedded word lists are
//     decoded once, on first use, and never change.
//
// # Tokens
//
// Words are runs of letters, digits and combining marks. An inner hyphen
// joins a compound into one token ("US-Präsidenten"), whose parts
// [Token.Parts] returns; a hyphen before "und", "oder", a comma or a slash
// stays on its word ("Bundes- und Landesebene"). An apostrophe between
// letters stays in the word ("geht’s"), and so does a genitive apostrophe
// after s, x, z or ß ("Jens’") unless a single quotation is open.
//
// Numbers take inner "." "," ":" between digits ("1.000", "3,5", "14.30",
// "3:0"); "09.01.2017", "9.1." and "2017-01-09" are dates. A number with a
// full stop is an [Ordinal] when a month or a lowercase word follows, when
// a word such as "am", "zum" or "der" (data/ordinal_prev.txt) precedes it,
// or at the start of a line ("1. FC Köln"). Roman numerals after a name are
// ordinals too ("Benedikt XVI.").
//
// Abbreviations take their full stop: those of data/abbrev.txt and
// data/abbrev_final.txt ("Mio.", "Dr.", "usw."; "z. B." as two tokens),
// month abbreviations of data/months.txt next to a number ("9. Jan. 2017"),
// single capitals as initials ("J."), and dotted forms without spaces
// ("z.B.", "U.S."). Two lower-case words joined by a full stop with no
// space are one word, a name written so ("ver.di").
//
// Quote marks are tokens of their own with a [QuoteClass]; see there for
// how the direction of “ ” ‘ ’ » « " ' is decided. "…", "..." and "[…]"
// are [Ellipsis] tokens; URLs (with a scheme, "www." or a common top-level
// domain), e-mail addresses, @handles and #hashtags are single tokens.
//
// # Paragraphs and sentences
//
// Every line break ends a paragraph, so the single newlines of agency copy
// and blank lines both separate paragraphs, and a headline without final
// punctuation is a sentence of its own.
//
// A sentence ends at ".", "!" or "?", together with the closing quote marks
// and brackets right after it, when white space and a sentence start
// follow: a capitalised word, a number, an opening quote or bracket, or a
// dash before one of these. So "„…klug.“ Ich" splits after "“", while
// "…erzählt“, erklärte Ma" and "„Raus!“ rief er" do not split, and a
// sentence inside a quotation splits where the speaker's sentence ends.
// Ordinals, abbreviations and initials do not end a sentence, except the
// abbreviations of data/abbrev_final.txt ("usw.", "v. Chr.") before a
// capitalised word. A lowercase word never starts a sentence, except a
// teaser such as "mehr..." at the end of a paragraph.
//
// # Known limitations
//
//   - Hard-wrapped text gets one paragraph per line.
//   - An abbreviation missing from the lists ends a sentence when a
//     capitalised word follows ("Hauptabt. Sicherheit"); German nouns make
//     this more common than in English. A sentence that ends with an
//     abbreviation not marked final, an initial or an ordinal is joined
//     with the next ("… der Gruppe B. Danach …").
//   - "…" inside a paragraph never ends a sentence ("Er zögerte … Dann").
//   - "Jan." is an abbreviation only next to a number; elsewhere it is
//     taken as the name Jan at the end of a sentence.
//   - Quote direction is decided per paragraph; a quotation that runs over
//     a paragraph break without a new opening mark relies on the context
//     rules alone.
package text
