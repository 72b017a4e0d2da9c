// Package dateline finds and parses the dateline at the start of a news
// text ("BERLIN (dpa) -") and the source credit at its end ("(dpa)").
//
// [Find] looks at the opening of a text and returns the dateline with its
// exact byte span, its places (as written and normalised), its agencies
// (as written and canonical, with a dpa regional service and editor's
// initials), and the day, month, year and weekday it gives. [Parse] parses
// a string that should be a dateline and says where it is not one.
// [Parser.Reference], typically the publication date, resolves a date
// without a year. [FindCredit] finds the trailing credit of agency copy.
//
// The package reads only the opening (at most 2048 bytes) for a dateline
// and only the closing (at most 4096 bytes) for a credit, so its cost does
// not grow with the text. It is a small hand-written scanner over words,
// not a set of regular expressions; it allocates nothing when there is no
// dateline.
//
// # Supported forms
//
// Place first, with an agency in parentheses and a separator (-, --, –, —,
// a full stop, .-); the agency list may name several agencies, a dpa
// regional service and editor's initials:
//
//	BERLIN (dpa) -                      Berlin (dpa/lby) –
//	München (dpa/lby/mue) -             FRANKFURT (dpa-AFX) -
//	Genf (AFP) -    Wien (APA) -        Zürich (awp) -     Bonn (epd).
//	Dortmund (SID) -    Düsseldorf (ots) -    BERLIN (AFP/dpa).
//	TRENTON, N.J. (AP) —                BRASILIA, Brazil, June 30 (UPI) --
//	Washington (CNN)A federal…          (no separator, body glued on)
//
// Place, date and agency, with month names and abbreviations in German
// (with Austrian Jänner and Feber), English, French, Spanish and Italian,
// or numeric dates, optionally after a weekday:
//
//	WASHINGTON/New York, 9. Januar (Xinhuanet) --
//	Peking, 9. Jan (Xinhua) --          BEIJING, Dec. 17 (Xinhua) --
//	NEW YORK, Jan 9 (Reuters) -         LONDON, Sept 28 (Reuters) -
//	PARIS, 9 janvier 2017 (AFP) -       LYON, 1er mars (AFP) -
//	Roma, 23 may (EFE).-                Buenos Aires, 12 de octubre de 2023 (EFE).-
//	ROMA, 9 gennaio (ANSA) -            Erfurt, Montag, 12. Juni (dpa) -
//	WASHINGTON, Jan. 9, 2017 (UPI) --   Wien, 2017-01-09 -
//
// Agency first, then optionally place and date; an agency between slashes;
// Wikinews' place with country and numeric date; a newspaper after a slash:
//
//	(ANSA) - MILANO, 9 MAR -            (AP) -Illinois lawmakers…
//	(Bloomberg) --                      MOSKAU, 16. April. /TASS/.
//	Berlin (Deutschland), 09.01.2017 –  Halle (Saale)/MZ -
//
// Several places and qualified places: "Lorsch/Darmstadt (dpa) -" names
// two places, "Frankfurt/Main (dpa) -", "Frankfurt (Oder) (dpa) -" and
// "Mülheim/Ruhr (dpa) -" one (river and region qualifiers are a table).
//
// Place only, when the place is a well-known town (a gazetteer of capitals
// and large towns) and a capitalised body follows on the same line:
//
//	Köln. Die Stadt…    Berlin - Der Senat…    Wien – Die Regierung…
//
// # What is not a dateline
//
// Find needs evidence and says no to sentences ("Berlin ist …", "Paris
// Hilton is …"), a sentence in another language after a place ("Berlin –
// stolica …", lower case), section kickers ("Handball - …", not a known
// place), web stamps ("Montag, 9. Januar 2017", "19.07.2019 10:32"),
// bylines ("Von Hans Müller, Berlin"), parties in parentheses ("Merkel
// (CDU) -") and credit lines ("(gemäß der Nachrichtenagentur Xinhua)").
//
// # Where Find looks
//
// At the first line, and at the line after up to three short header lines
// (at most 300 bytes each, not ending in a full stop): a headline, a web
// time stamp, a byline, an update note such as "(neu: Schlusskurse)". An
// update note may also precede the dateline on its own line.
//
// # Data
//
// Month and weekday names, agencies with canonical names ("Xinhuanet" →
// Xinhua, "ITAR-TASS" → TASS), AP state abbreviations ("N.J." → New
// Jersey), place qualifiers, stop words and the gazetteer are Go tables in
// tables.go and places.go, compiled by hand for this package from the
// agencies' own datelines and common spellings; they are merged into one
// hash table on first use (microseconds) and never change. A test keeps
// each table sorted, folded and free of duplicates.
//
// # Known limitations
//
//   - A place-only dateline ("Lorsch -") needs a town in the gazetteer;
//     unknown towns need an agency or a date. A dateline whose body starts
//     in lower case is rejected unless it has an agency.
//   - Agencies outside the table count only as capitalised abbreviations
//     in parentheses ("(WAZ)"), and a list of parties and countries is
//     excluded; an unknown agency in lower case ("(xyz)") is not one.
//   - Slash dates ("9/1/2017") and ordinal English days ("Jan. 9th" is
//     read, "9th of January" is not) are not parsed; two-digit years are
//     read as 1970–2069.
//   - A weekday is reported as written; it is not checked against the date.
//   - Bylines and headlines are recognised only by their shape; a header
//     line longer than 300 bytes or ending in a full stop ends the search.
//   - FindCredit accepts only agencies in the table, as a line of its own
//     among the last four lines or a parenthesis closing the last sentence
//     of a line; "Er sagte (dpa)." with the full stop after it is not read.
//   - At most four places and four agencies are read per dateline.
//
// # Concurrency
//
// All functions and [Parser] values are safe for concurrent use.
package dateline
