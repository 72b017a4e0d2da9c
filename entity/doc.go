// Package entity finds the people, organisations, places and other names in
// German news text and groups the mentions of each into one entity with a
// canonical name: „Jack Ma“, „Ma“ and „Jack“ are one person, „Alibaba“,
// „Alibabas“ and „Alibaba Group“ one organisation.
//
// [Recognize] reads a whole document; a [Recognizer] takes a custom [Model]. Results are plain values: each [Entity] has its
// [Type] (PER, ORG, LOC, MISC), canonical Name, Gender for persons, Roles,
// and its Mentions in text order. Every mention's span is a byte range of
// the caller's string and Text equals that slice. Free text never yields an
// error: finding nothing is an empty slice.
//
// # What is recognised
//
// Candidates come from several passes over the tokens of internal/text, the
// earlier pass winning where spans cross:
//   - the dateline („FRANKFURT AM MAIN (Reuters) -“) through package
//     dateline, with its normalised place (Frankfurt am Main) and agency
//     (Xinhua for Xinhuanet);
//   - rules on strong evidence: a name closed by a head word (Commonwealth
//     Bank of Australia, Trump Tower, Nordwind Energie AG), a known first
//     name and the surname after it, a name after a role noun (Ministerin
//     Baerbock, SPD-Chef Markus Wendler, Bundesaußenministerin …), a name
//     after a class noun (die Nachrichtenagentur Xinhua), the gazetteer of
//     places and organisations;
//   - the embedded German tagger (internal/ner, an averaged perceptron
//     trained on GermEval 2014 dev, SmartData and other open corpora), split
//     where it runs over a role noun, a function word or a class noun.
//
// Then document-level passes: a town and its river (Frankfurt am Main), an
// office and its place (Landgericht Hamburg), a name and its acronym in
// brackets (Europäische Zentralbank (EZB): later „EZB“ mentions join it),
// and every other occurrence of a name found once (the tagger need not find
// „Koval“ twice).
//
// # Canonical names and clusters
//
// A mention's canonical form drops the genitive -s when the text or the
// gazetteer knows the name without it (Alibabas → Alibaba, Merkels →
// Merkel, Albers' → Albers, but Paris stays Paris), takes the gazetteer's
// nominative (Mittleren Westen → Mittlerer Westen) and the mixed-case form
// of a name written in capitals (WOLFSBURG → Wolfsburg). Mentions with one
// canonical form are one entity. A shorter name then joins a longer one:
// a person's first or last name(s) join the full name, an organisation's
// leading words its full name (Alibaba → Alibaba Group), a town its
// qualified name (Frankfurt → Frankfurt am Main). A single word the
// gazetteer does not know joins a person or organisation of the text
// whatever type the tagger gave it. When two full names fit (Leon and Anton
// Hartmann), each short mention joins the one mentioned last before it. The
// canonical Name of an entity is its fullest form; its type is the
// gazetteer's, else the most frequent among its mentions.
//
// # Pronouns and role nouns
//
// The package does not resolve pronouns; it gives what a resolver needs.
// Gender comes from a person's first name (lexicon of given names) or a
// gendered role noun before a mention (Ministerin, Herr). Roles lists the
// role nouns written right before a person's mentions (SPD-Chef,
// Ministerin) and the class nouns before an organisation's
// (Nachrichtenagentur, Konzern), so that „sagte die Ministerin“ or „teilte
// der Konzern mit“ can be matched to the entity whose Roles end in the same
// noun. For „er“ or „sie“, take the persons of matching Gender whose last
// mention precedes the pronoun, nearest first. [Lookup] maps a name as
// written (Trumps, Ma) to its entity and [Covering] a span (a speaker
// phrase) to the entity and mention inside it.
//
// # German specifics
//
// Every German noun is capitalised, so a capital letter alone proves
// nothing: a list of common nouns learnt from the labelled corpora
// (data/nouns.txt) keeps „Produkte“ out of names. Names inside compounds
// get their own span (US in US-Kleinunternehmen, SPD in SPD-Chef, Alibaba in
// Alibaba-Gruppe). Adjectives derived from names (chinesischen) and place
// demonyms (Kölner, Münchner) are not entities. Multi-word names are
// matched inflected (Deutschen Bahn, Europäischen Union).
//
// # English
//
// Package entity/english tags English text with prose/v2's English model
// and groups the names with [Cluster], the same grouping Recognize uses;
// the German rules (genitive, compounds, gazetteer) do not apply. It is a
// package of its own so that a program reading only German, which imports
// entity or quote, does not link prose: that saves some 8 MB of binary and
// about 4 ms of start-up. [Cluster] also groups the names of any other
// recogniser a caller brings.
//
// # Concurrency and costs
//
// Models, lexicons and Recognizer values are immutable and safe for
// concurrent use. The first call decodes the embedded model and word lists;
// later calls allocate only per-document working memory. Time is linear in
// the input (tested on 512 KB of repeated names, quote marks, hyphens,
// acronyms and invalid UTF-8).
//
// # Known limitations
//
//   - The lists of first names, places and organisations are small: an
//     unknown first name (Tommy) before a surname the tagger misses is lost.
//   - One-word institutions (Landtag, Kongress, Nationalversammlung) and
//     names the tagger does not know (BYD, JD.com, Emden) are often missed.
//   - An acronym joins its long form when written „Name (ACR)“ or listed
//     with it in internal/lexicon/data/orgs.txt (VW → Volkswagen); others
//     stay apart, and so do „die Bahn“ and Deutsche Bahn.
//   - Canonical forms keep the inflection of the fullest mention when the
//     gazetteer does not know the name (Deutsche Wetterdienst).
//   - Currencies and commodities may be tagged MISC or LOC (Euro, Brent).
//   - Types follow the tagger where no rule applies; MISC is the least
//     reliable class. On GermEval 2014 test (held out; each sentence read as
//     one document, strict spans, four classes) Recognize reaches F1 63.6
//     against 62.6 for the tagger alone (testdata/eval/ner-report.txt); on
//     the held-out slice of GermEval 2014 dev, which the rules were
//     developed against, 74.5 against 70.1 (TestHeldOut).
package entity
