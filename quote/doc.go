// Package quote finds the quotations of a German news text and says who
// said them: the exact words with their byte span, the kind (direct,
// partial, indirect), the cue that attributes them and the speaker,
// resolved through the entity clusters of package entity to a canonical
// person or organisation.
//
// A fact check trusts the speaker, so a wrong speaker is worse than none:
// when the text gives no clear evidence, Quote.Speaker is nil.
//
// # Quotation marks
//
// „…“ (German), »…« and «…» (guillemets both ways), “…” (English), straight
// "…" paired by context (an opening mark follows a space or an opening
// bracket, a closing one precedes a space or punctuation), with nested
// ‚…‘ ›…‹ ‘…’ '…' inside. A quotation may run over several sentences; one
// continued over a paragraph break (the opening mark repeated at the start
// of the next paragraph, no closing mark before the break) is one Quote
// with Parts. An unclosed mark never runs past its paragraph. Editorial
// insertions ([Trump], […]) stay in the quotation. Missing spaces
// (sagte er:„Wir) are no obstacle.
//
// Not every pair of marks holds a quotation: about half in German news
// enclose titles, names of newspapers, ships, products and operations or
// scare quotes. Such spans are dropped: after a class noun (der
// Flugzeugträger „Fujian“, im ZDF-Magazin „aspekte“), after sogenannte,
// glued into a compound („Stadtbild“-Debatte), when the recogniser tags the
// whole span as a name, or when a short span with no cue in its sentence
// reads as a name rather than speech.
//
// # Attribution
//
// After the quotation („…“, sagte er. / „…“, erklärte Ma Journalisten. /
// „…“, so Merz. / „…“, hieß es in einer Erklärung des Ministeriums.),
// before it with a colon (Merz sagte am Montag: „…“ / Merz: „…“ in
// headlines and tickers / Er wird mit den Worten zitiert: „…“), interrupted
// („…“, sagte sie, „…“: two quotations, one speaker), and by laut X, X
// zufolge, nach Angaben von X, wie X mitteilte, with separable verbs
// (teilte … mit). Cues come from the project's lexicon of German
// attribution words with their inflected forms (internal/lexicon).
// A quotation with no cue of its own that follows a quotation of a known
// speaker in the same or the next paragraph, with no other person taking
// the floor in between, continues that speaker. Quoted words inside
// reported speech in the Konjunktiv (Er habe „nicht den Eindruck“) are
// partial quotations of the report's speaker, or of no known speaker. A
// quoted fragment of three or more words starting in lower case (nur bei
// einer „konkreten Gefahr für Leib und Leben“) is someone's wording even
// when the sentence has no cue: a partial quotation with no speaker, never
// a continuation of an earlier speaker.
//
// # Speakers
//
// The mention as written (Speaker.Text: "Ma", "er", "die Ministerin",
// "Bill Graham, Parteichef der Liberalen") resolves to a canonical name
// (Speaker.Name): names through the entity clusters and the full names of
// the text (Ma → Jack Ma); er/sie to the last speaker or person of that
// gender, unless another person of that gender has become the subject
// since, or else to the one unnamed role of that gender just before (die
// Bürgermeisterin … Sie sagte); role nouns (der Minister, die 47-Jährige)
// to the person last introduced with that role or, if definite, the
// nearest person of its gender; an unnamed spokesperson or representative
// (ein Sprecher des Ministeriums, Vertreter der Armee, die Polizei) to the
// organisation. A role noun that resolves to no named person (die Chefin,
// einer der Polizisten; a person noun after ein: ein Passant) still gives a Speaker with its mention and Type
// entity.Person, but an empty Name: the role noun chains later mentions
// of the same role while the text is read, and is not reported as a name.
// So does a subject pronoun with no clear antecedent (sagte er, erklärten
// sie): the mention is certain, the person is not, and no name is guessed.
// A possessive before a speech noun refers back like a pronoun (Nach seiner
// Meinung, laut ihren Aussagen), and the subject right after a conjunction
// speaks in its clause (…, indem er sagte, …). An organisation's name runs
// on over a für phrase, a genitive and an abbreviation in brackets (Der
// Verband für Sport (VfS), Die Kommission (EK) der Union forderte): the
// bracket is no clause boundary, and an abbreviation names an organisation
// even when its noun is in no word list (Die Deutsche Vereinigung für
// Anleger (DVA) ist der Ansicht). After a speech noun, an organisation in
// the genitive is named in the nominative (nach Angaben des Statistischen
// Bundesamtes → Statistisches Bundesamt) and keeps its field (des
// Landesamtes für Umwelt → Landesamt für Umwelt); a country's genitive
// before a role is the role's determiner (Frankreichs Präsident: the
// president speaks, unnamed). A group noun after its verb runs on over um
// and a person the text names (berichtete das Team um die Biologin Anna
// Seidel): the mention is the whole phrase, and the Name is the group's,
// as for das Team alone, never the person's, who is not said to speak.
// unter Berufung auf names whom the
// speaker relies on: with a verb of saying in its clause, the verb's
// subject speaks (Unter Berufung auf Behörden teilte die Weltbank mit, …).
// A plural phrase opening the clause before a singular verb is its object
// (Die jungen Demonstranten beschrieb die Zeitung als „…“). The subject
// a Konjunktiv sentence goes on with may also stand after the verb of the
// sentence before, behind an adverb or a phrase of time or place
// (Langfristig strebt das Unternehmen Nordkai … an. Eine der Optionen sei
// …).
// Quoted words inside attributed reported speech take its speaker and cue
// (Präsident Gusmão sicherte zu, dass sie „die Türen offen halten“
// würden). A Konjunktiv sentence after a sentence about someone else
// continues that sentence's subject (Hubert Primus wies den Vorwurf
// zurück. Die Studie sei richtig.), not a speaker further back. heißt es
// takes its source from a frame before it in its clause or right after
// it (In einer Erklärung der Gewerkschaft heißt es …; hieß es vom
// Sprecher Jan Kolb; hieß es aus Regierungskreisen: an unnamed group); a
// Konjunktiv clause before , hieß es continues the last speaker only when
// no text is cited after it (…, hieß es in einer Mitteilung des
// Wetterdienstes gives that text); a passive cue from its agent (Von der Gewerkschaft
// wird erwartet, …) or, with none, from the document its clause opens
// with (In einem Bericht der Zeitung wurde vermutet, …). er right after
// the cue verb is its subject when an object opens the clause (Der
// Politik schlug er vor, …). A Konjunktiv sentence after a passive one
// continues its agent (… wurden von Minister Stolpe als unrealistisch
// bezeichnet. Heutige Fahrzeuge seien …), not its subject. A generic
// organisation noun (die Gewerkschaft, das Unternehmen) refers back only
// to an organisation of a fitting kind: never a union to the broadcaster
// named last. An organisation's kind is its class noun (der Zeitung
// „Nordkurier“), else the head noun in its name (Statistisches Bundesamt
// is no Unternehmen) or a club's abbreviation (FC, VfB: der Verein).
// die beiden before a role noun names a pair, no one person it refers
// back to. With none to refer to, it is an organisation the text does
// not name, with an empty Name like an unnamed person. A quotation with no cue takes the subject of an act of
// speech in the sentence right before it (Peter Lang verurteilte die
// Haltung der Regierung. „…“; … kritisierte die Pläne. Hier seien die
// Mittel „völlig unrealistisch“), and quoted words after the colon of a
// frame take the frame's speaker (… bezweifelte die Eignung: Er habe
// „…“). A dass-clause in marks (kam zu dem Ergebnis, „dass …“) is
// reported content of its sentence's subject and continues no one else.
// A thing opening the clause before the cue verb is its object, so the
// person after the verb speaks (Die Äußerungen bezeichnete Jan Wiese als
// „…“); a second verb after und shares the subject after the first (Am
// Abend traf Bürgermeister Kolb die Helfer und nannte …). Quoted words
// after a possessive view frame (Seiner Ansicht nach „…“), slogans after
// a naming noun (skandierten Parolen wie „…“) and quoted words after als
// in a main clause (attackierte den Plan als „…“) take the subject or the
// frame's owner; heißt es auf der Webseite der Stiftung gives the page's
// owner, and a genitive name before a role is no speaker of its own
// (Berlins früherer Bürgermeister Jan Kolb → Jan Kolb; Kolbs Sprecherin
// → the spokeswoman, unnamed, not Kolb). A speech noun
// whose owner is a person gives that person (Nach der Ankündigung der
// Ministerin, Nach Kolbs Meinung); a web address as a frame's whole source
// is the medium (Wie t-online.de berichtet); an organisation noun takes
// the name in marks after it (Der Verband „Pro Schiene“ → Pro Schiene);
// a cue verb that closes a subordinate clause after the marks (…, weil
// die Regierung den Plan als „…“ bezeichnet hat) takes that clause's
// subject; an unnamed group (Gegner des Gesetzes, Arabische und iranische
// Medien, Der Trainer und der Manager, Mehrere Abgeordnete, sagten einige
// führende Ökonomen) has an empty Name, and a quantifier is never read as
// a name (Mehrere). A cue verb
// closing a relative clause whose pronoun is its object takes the person
// after the pronoun (der Plan, den Eva Lind als „…“ bezeichnet hatte);
// …, so Jan Kolb weiter: „…“ gives the quotation after the colon its
// speaker, as does the owner of a speech noun opening a colon frame (Die
// Antwort der Gewerkschaft war knapp: „…“); „…“, zitiert der Sender gives
// the medium; two roles joined by und before a name are one person's.
//
// The mention spans the whole phrase a reader marks as the source, as the
// SpkAtt annotation does: a role phrase with the name in apposition (Die
// Sprecherin der Stiftung Warentest, Heike Laak), the name with its
// apposition (Frank Bauer, Vorsitzender des Verbands für das Münsterland),
// a coordination opening the sentence (Özcan Mutlu und Benedikt Lux, also
// with commas; the Name is then the conjunct resolved), an extended
// attribute (die in New York geborene Sängerin Lara Gomez), the name
// before an apposition that a relative clause follows (Peter Lang, einer
// der Abgeordneten, die …, verurteilte → "Peter Lang, einer der
// Abgeordneten"), a von phrase
// naming an organisation (Theo Kitz vom Bankhaus Merck, but not sprach
// Angela Merkel von der Möglichkeit …), and the speech noun of a frame
// (nach Angaben der Polizei → "Angaben der Polizei", laut einem Bericht der
// Zeitung → "einem Bericht der Zeitung", in der Ankündigung des Komitees
// heißt es → "der Ankündigung des Komitees"), so the mention may share
// that noun with the cue (nach Angaben). It also takes an apposition
// headed by a person noun the role list lacks (Eva Lind, ein Mitglied des
// Stadtrats, …), a title before an academic title (Privatdozent Dr. Jan
// Dietrich), a role apposition whose closing comma is missing (Jan Kolb,
// Sprecher der Polizei sagte; the name speaks, not the organisation of
// the role), a genitive opened by a quantifier (Vertreter aller Parteien:
// no one named), a place after the source of zufolge (Den Polizeibehörden
// in Mombasa zufolge; the place is no source) and, after laut, a thing
// with the medium or organisation that owns it (laut einem Test des
// Magazins „Auto Welt“ → Auto Welt). A medium's class noun with no
// article and the medium's name after it (laut Nachrichtenagentur Reuters,
// Laut Agentur dpa, laut Zeitung „Nordkurier“) is the mention, and the
// name is the Name (Reuters, dpa, Nordkurier), as after an article (die
// Nachrichtenagentur Reuters → Reuters). A share of a group before the verb
// (47 Prozent der Befragten gaben an) and so with a demonstrative (so
// letztere) give a mention with no Name.
//
// A laut, zufolge or nach frame whose source is a document or medium with
// no one named (laut einer norwegischen Studie, Medienberichten zufolge,
// nach ersten Angaben, nach Expertenmeinung, Nach dem Artikel 65 des
// Grundgesetzes, Wie die Zeitung berichtete), and heißt es with a document in its frame (Im
// Bericht heißt es), give that phrase as the mention, with an empty
// Name and Type entity.Misc; so do Demnach and Dem Vernehmen nach, which
// point back to such a source; a compound that names an organisation
// (Polizeiangaben, UNO-Angaben, also with a lower-case agency acronym:
// nach dpa-Informationen) gives the organisation, and plain Angaben
// gives none.
//
// Some frames name no speaker, and then none is given: the subject of a
// passive cue is addressed, not speaking (Israel wurde aufgefordert, …;
// only an agent von X speaks), and so is the subject of a verb of
// demanding after sein, its Zustandspassiv (Die Bürger sind aufgerufen,
// Wasser zu sparen; Die Länder seien gefordert, …); a thing right after the cue verb is its
// object (nannte Trumps Angriffsauftrag „…“); with active zitieren the
// quoted person speaks, not the medium (zitiert die „Computerwoche“
// Lynch), and an unnamed one (zitierte einen Insider) gives none. A colon
// frame whose verb is not a cue names its own subject (Die Firma empfindet
// die Kritik als ungerecht: „…“), and a quotation after a colon frame of
// its own never continues an earlier speaker.
//
// # Relaying media
//
// When the sentence names both the speaker and a medium, agency or
// document that relays the words, the medium is the Quote's Via, not its
// Speaker: the words are the speaker's, and the medium is where a reader
// checks them (SpkAtt annotates such a message twice, once with each
// source). Three constructions are read: the subject of active zitieren
// („…“, zitiert die Zeitung den Minister; zitiert der Sender
// Polizeisprecher Jan Kolb), the von agent of passive zitieren (Der
// Minister wird von Reuters mit den Worten zitiert; wie Jan Kolb von
// Nordradio zitiert wird, where the von phrase is the agent and never part
// of the speaker's mention) or the document or medium it is quoted in (wird er im
// Fachblatt „Kicker“ zitiert; In einer Mitteilung auf der Internetseite
// des Vereins wird er wie folgt zitiert), and a laut, gemäß,
// zufolge or nach Angaben frame, or a wie clause, in the clause of a verb
// of saying that has its own subject, in any position: after the verb
// (sagte der Minister laut Spiegel Online), before its participle (Der
// IWF hat laut dem Magazin angekündigt, …) or opening the sentence (Laut
// dem Magazin hat der IWF angekündigt, …; Der Zeitung zufolge hat der
// Minister erklärt, dass …; Wie die Agentur meldet, sagte der Minister:
// „…“). The Via keeps the speech noun the medium speaks by (Informationen
// des Magazins, Angaben der Zeitung), as a frame's Speaker mention does. Opening the sentence, the frame is a relay only when the verb
// after it is a verb of saying (not of thought or plan) in the indicative
// whose content follows a comma or colon; then the verb's subject speaks
// and the message is that content. Without such a verb (Wie Nordradio
// berichtete, habe der Landrat den Rücktritt angekündigt) the frame's
// source speaks the whole clause. A frame inside the reported clause (Er
// sagte, laut einer Studie sei …) is part of what was said and gives no
// Via; nor does a frame in another clause (Nach Angaben der Polizei kamen
// 300; die Veranstalter sprachen von 800), nor one that is the
// quotation's only source, which stays its Speaker.
//
// # Indirect speech
//
// A cue verb with a dass- or ob-clause, a clause in the Konjunktiv I after
// or before the cue (Merz sagte, die Lage sei ernst / Die Lage sei ernst,
// sagte Merz; a verb of judging too: Die Kündigung sei unwirksam,
// urteilten die Richter; not when a negation closes the frame: …, sagte er
// nicht; a clause before a colon is left out: Kritik kam von den Grünen:
// Die Pläne seien …, sagte Hahn; a dateline never belongs to the message,
// the sentence it opens starts after it (KIEL (dpa) – Laut
// Staatsanwaltschaft …), and its agency is never a speaker nor the
// organisation a later das Unternehmen refers back to; nor is the author
// of a byline (Von Jan Kolb, dpa) a person a later er refers to;
// after a pronoun opening the clause a word in -e is the verb: Man prüfe
// Gegenmaßnahmen), a main clause in the indicative after a verb of saying
// proper (sagen, erklären, betonen, mitteilen, …) with its subject, when
// the clause opens with its subject and finite verb and runs to the
// sentence end (Merz sagte, die Lage ist ernst), a zu-infinitive after a verb of saying, thought or decision
// (kündigte an, Revision einzulegen; beschloss, die Beleuchtung zu
// reduzieren), laut/zufolge/nach Angaben frames and wie frames (Wie der
// Vorstand bekannt gab, …; laut is the preposition only before a noun
// phrase: in Vorwürfe wurden laut, … it is the adjective of laut werden,
// and the voiced speech noun is the source), and sentences that continue the last
// statement's speaker: a Konjunktiv I, a Konjunktiv II opening the
// sentence or a reportive sollen with a perfect infinitive among the
// first words or after a long first phrase, up to four sentences after
// it and not across a sentence whose subject is another person named;
// consecutive such sentences are one statement, also across a sentence
// with quoted words. A dass- or ob-clause, or a Konjunktiv main
// clause after a comma, after a verb the cue list lacks is reported speech
// when a person, organisation or pronoun is its subject (Die Gewerkschaft
// ist sich sicher, dass …), a wie-clause of saying closing the sentence
// attributes the main clause before it, and a sentence that takes up the
// one before attributes it (Dies geht aus einer Mitteilung des Konzerns
// hervor; Das wurde von einem Sprecher angegeben; Das berichtete X after
// a statement with an agentless passive cue). A
// Konjunktiv sentence holding quoted words is an indirect statement as
// well as a partial quotation. A sentence may hold several statements: a
// coordinated verb of saying (…, und fügte hinzu, …; …, die Veranstalter
// sprachen von …; Während X sagte, …, erklärte Y, …) opens a statement of
// its own, and one with no subject of its own shares the first one's
// speaker. A view noun takes its holder from the clause (Der Anwalt ist
// der Ansicht, dass …; Einige vertreten die Auffassung, …; die Forderung
// der Verteidigung, …; die von Jan Kolb geäußerte Hoffnung, …), a speech
// noun that no one holds is the source of its content (see Speaker),
// Konjunktiv II forms that no indicative shares (bräuchte, käme, wüsste)
// count as reported speech, a passive cue with
// no agent takes a closing so X or laut X, and a semicolon joins clauses
// as a comma does. The Text of an indirect Quote is the reported clause.
// A source frame inside it (Der Neubau kostet nach Angaben der Stadtwerke
// zwölf Millionen Euro; …, so schätzen die Planer, …; – so der
// Sprecher –) is left out: the Quote then has two Parts, the words before
// and after the frame, and Text joins them with one space, as for a
// quotation over a paragraph break. A hyphen with a space on both sides
// is a dash, as agency feeds type it (- so der Sprecher -); a hyphen in a
// word (SPD-Chef) or between two numbers (2008 - 2012) is none. A
// clause with wer opening the sentence is the subject of its main clause,
// and a cue inside it attributes nothing: in Wer Hinweise geben könne,
// solle sich melden, hieß es the whole sentence is reported by hieß es.
//
// # Accuracy and cost
//
// docs/quote-eval.md describes the measurements: hand-written fixtures
// with truth files (testdata/quote), and SpkAtt-2023 German Wikinews dev,
// whose report is testdata/eval/quote-spkatt.txt. Extraction itself is
// linear in the size of the text and fast next to entity recognition,
// which dominates the cost of Extract (see BenchmarkExtract).
//
// # Known limitations
//
//   - Reported speech is read only for verbs whose object is the content
//     (sprach von, warnte vor, bezeichnete als, warf vor, berichtete von,
//     rief zu … auf, plädierte für, stufte als … ein, verwies auf, sah in),
//     for a demand or an announcement (forderte eine Untersuchung,
//     kündigte Widerstand an: the whole sentence is the statement) and for
//     Als Grund nannte …; other acts named by a mere object (kritisierte,
//     bestätigte, lehnte ab) are not reported, and free indirect speech
//     over several sentences is only partly read (docs/quote-eval.md).
//     Indirect and reported statements are less precise than quotations in
//     marks (SpkAtt train message precision: 0.91 over all forms, 0.97 for
//     quotations in marks); a caller that needs
//     only verbatim words keeps Kind Direct and Partial.
//   - Indirect speech is found within a sentence; a report whose cue is in
//     another sentence is missed unless it is in the Konjunktiv right after
//     a known speaker, or the next sentence does nothing but attribute it
//     (Das erklärte ein Sprecher.).
//   - A quoted phrase of one or two words, or a capitalised one, with no
//     cue and no Konjunktiv in its sentence is taken for a scare quote or
//     name and dropped, even when it is a quotation whose speaker is given
//     sentences earlier; a longer lower-case fragment there is kept with
//     no speaker, also when the text names one in another sentence.
//   - Pronoun resolution uses recency, gender and subjecthood, no parser:
//     with two persons of one gender in play, er/sie may stay unresolved
//     (a Speaker with the pronoun as mention and an empty Name) or,
//     rarely, pick the wrong one.
//   - Interviews in transcript form (Frage: … Antwort: …) are not turned
//     into quotations; only quotations in marks inside them are.
//   - English quotations are found by their marks; English cues (said) are
//     not in the lexicon.
package quote
