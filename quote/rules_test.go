package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// got is the comparable summary of a quotation for table tests.
type got struct {
	Kind    string
	Text    string
	Speaker string // canonical name, "-" when none
	Mention string // the speaker mention as written
	Cue     string
}

func summarise(qs []Quote) []got {
	out := []got{}
	for _, q := range qs {
		g := got{Kind: q.Kind.String(), Text: q.Text, Speaker: "-", Mention: "-", Cue: "-"}
		if q.Speaker != nil {
			g.Speaker, g.Mention = q.Speaker.Name, q.Speaker.Text
		}
		if q.Cue != nil {
			g.Cue = q.Cue.Text
		}
		out = append(out, g)
	}
	return out
}

// The table cases are self-written sentences in agency style. Extraction
// runs without entities, so each case tests the rules of this package.
var ruleCases = []struct {
	name string
	text string
	want []got
}{
	// Unnamed speakers.
	{"a different role noun is another person", "„Das ist gut“, sagte die Chefin der Behörde. Die Sportlerin sagte: „Ich bin müde.“ Die Chefin sagte: „Wir warten.“",
		[]got{{"direct", "Das ist gut", "Chefin der Behörde", "die Chefin der Behörde", "sagte"}, {"direct", "Ich bin müde.", "Sportlerin", "Die Sportlerin", "sagte"}, {"direct", "Wir warten.", "Chefin der Behörde", "Die Chefin", "sagte"}}},
	{"after a dateline", "BERLIN (dpa) - „Wir schaffen das“, sagte Merkel.",
		[]got{{"direct", "Wir schaffen das", "Merkel", "Merkel", "sagte"}}},
	{"verb not in the cue list before er or sie", "„Das sind 15 Euro im Monat“, rechnete sie vor. „So geht es nicht“, ärgerte er sich.",
		[]got{{"direct", "Das sind 15 Euro im Monat", "-", "-", "rechnete"}}},
	{"an authority called Agentur is no medium", "„Die Netze sind stabil“, sagte ein Sprecher der Bundesnetzagentur.",
		[]got{{"direct", "Die Netze sind stabil", "Bundesnetzagentur", "ein Sprecher der Bundesnetzagentur", "sagte"}}},
	// Marks.
	{"german marks", "„Wir kommen morgen“, sagte Merz.",
		[]got{{"direct", "Wir kommen morgen", "Merz", "Merz", "sagte"}}},
	{"guillemets german", "»Wir kommen morgen«, sagte Merz.",
		[]got{{"direct", "Wir kommen morgen", "Merz", "Merz", "sagte"}}},
	{"guillemets swiss", "«Wir kommen morgen», sagte Merz.",
		[]got{{"direct", "Wir kommen morgen", "Merz", "Merz", "sagte"}}},
	{"english marks", "“Wir kommen morgen”, sagte Merz.",
		[]got{{"direct", "Wir kommen morgen", "Merz", "Merz", "sagte"}}},
	{"straight marks", `"Wir kommen morgen", sagte Merz. "Heute nicht", fügte er hinzu.`,
		[]got{{"direct", "Wir kommen morgen", "Merz", "Merz", "sagte"}, {"direct", "Heute nicht", "Merz", "er", "fügte"}}},
	{"nested single marks", "„Das Motto ‚Hauptsache schnell‘ rächt sich“, sagte Dreher.",
		[]got{{"direct", "Das Motto ‚Hauptsache schnell‘ rächt sich", "Dreher", "Dreher", "sagte"}}},
	{"several sentences", "„Wir sind bereit. Wir warten nur noch auf das Signal.“, sagte der Sprecher der Feuerwehr.",
		[]got{{"direct", "Wir sind bereit. Wir warten nur noch auf das Signal.", "Feuerwehr", "der Sprecher der Feuerwehr", "sagte"}}},
	{"brackets stay inside", "„[Trump] ist besorgt […] und will handeln“, sagte Ma.",
		[]got{{"direct", "[Trump] ist besorgt […] und will handeln", "Ma", "Ma", "sagte"}}},
	{"missing space after colon", "Merz sagte:„Wir halten Kurs.“",
		[]got{{"direct", "Wir halten Kurs.", "Merz", "Merz", "sagte"}}},
	{"unclosed quote ends at its cue", "„Das ist ein fairer Kompromiss, sagte Verdi-Chefin Anke Behrens. Die Beschäftigten erhalten mehr Geld.\n\nDer Bund rechnet mit Mehrkosten.",
		[]got{{"direct", "Das ist ein fairer Kompromiss", "Anke Behrens", "Verdi-Chefin Anke Behrens", "sagte"}}},
	{"unclosed quote stays in its paragraph", "Er rief „Halt! Niemand bewegt sich\n\nDie Polizei kam später. „Wir waren rechtzeitig da“, sagte ein Polizeisprecher.",
		[]got{{"direct", "Halt! Niemand bewegt sich", "-", "-", "rief"}, {"direct", "Wir waren rechtzeitig da", "Polizei", "ein Polizeisprecher", "sagte"}}},
	{"paragraph continuation", "„Wir haben lange verhandelt.\n\n„Jetzt ist Schluss“, sagte Lindqvist.",
		[]got{{"direct", "Wir haben lange verhandelt. Jetzt ist Schluss", "Lindqvist", "Lindqvist", "sagte"}}},

	// Kinds and non-quotes.
	{"partial with laut", "Die Beziehungen sollten „gestärkt“ werden, laut Ma.",
		[]got{{"indirect", "Die Beziehungen sollten „gestärkt“ werden", "Ma", "Ma", "laut"}, {"partial", "gestärkt", "Ma", "Ma", "laut"}}},
	{"ship name", "Der Flugzeugträger „Fujian“ lief am Montag aus.", []got{}},
	{"sogenannte", "Das sogenannte „Stadtbild“ sorgt für Streit, sagte Merz.", []got{}},
	{"compound", "Die „Stadtbild“-Debatte geht weiter.", []got{}},
	{"title of a work", "Hofer erhält den Preis für ihren Roman „Die Stunde der Krähen“.", []got{}},
	{"name before nennen", "Der Verbund, von Kritikern „Kartell“ genannt, wächst weiter.", []got{}},
	{"name before its cue verb", "Wie „Nordkurier Online“ berichtete, wurde die Brücke gesperrt.",
		[]got{{"indirect", "wurde die Brücke gesperrt", "Nordkurier Online", "„Nordkurier Online“", "berichtete"}}},
	{"name after a class noun with -es", "Kern sagte, er lese jede Woche die Kolumnen des Magazines „Wohnen heute“.", []got{}},
	{"academic title before the name", "Der Kieler Forscher Dr. Jens Albers sagte: „Wir sind zufrieden.“",
		[]got{{"direct", "Wir sind zufrieden.", "Jens Albers", "Der Kieler Forscher Dr. Jens Albers", "sagte"}}},
	{"apposition with a noun and its complement", "„Das Spiel fällt aus“, sagte Hugo Salcedo, Kopf einer Gruppe von Inspektoren, am Montag.",
		[]got{{"direct", "Das Spiel fällt aus", "Hugo Salcedo", "Hugo Salcedo, Kopf einer Gruppe von Inspektoren", "sagte"}}},
	{"ließ verlauten", "„Der Fonds unterstützt das Land“, ließ ein Sprecher des Fonds aus Washington verlauten.",
		[]got{{"direct", "Der Fonds unterstützt das Land", "Fonds", "ein Sprecher des Fonds", "verlauten"}}},
	{"name between commas after a head that does not parse", "Der Kommissionspräsident der Afrikanischen Union (AU), Alpha Omar Konaré, nannte dies einen „schweren Rückschlag für alle“.",
		[]got{{"partial", "schweren Rückschlag für alle", "Alpha Omar Konaré", "Alpha Omar Konaré", "nannte"}}},
	{"adverb between subject and cue", "Die Behörden hingegen sagen, der Pilot trage die Verantwortung.",
		[]got{{"indirect", "der Pilot trage die Verantwortung", "Behörden", "Die Behörden", "sagen"}}},
	{"bracketed abbreviation and name apposition before Konjunktiv", "Am Montag erklärte der Direktor der Atomenergie-Organisation (IAEO), Mohammed el-Baradei, das Land besitze sechs Sprengköpfe.",
		[]got{{"indirect", "das Land besitze sechs Sprengköpfe", "Mohammed el-Baradei", "der Direktor der Atomenergie-Organisation (IAEO), Mohammed el-Baradei", "erklärte"}}},
	{"capitalised word after a role is no name apposition", "Am Montag erklärte der Direktor der Behörde, Nordkorea besitze sechs Sprengköpfe.",
		[]got{{"indirect", "Nordkorea besitze sechs Sprengköpfe", "Direktor der Behörde", "der Direktor der Behörde", "erklärte"}}},
	{"heißt es with no speaker", "Eine Feier sei nicht vorgesehen, heißt es.",
		[]got{{"indirect", "Eine Feier sei nicht vorgesehen", "-", "-", "heißt es"}}},
	{"passive cue", "Als Grund wurde angegeben, es werde ein neuer Partner gesucht.",
		[]got{{"indirect", "es werde ein neuer Partner gesucht", "-", "-", "angegeben"}}},
	{"separable cue after a name apposition", "Jetzt gab der Leiter der Kriminalpolizei, Andreas Huber, bekannt, dass das Handy geortet worden sei.",
		[]got{{"indirect", "dass das Handy geortet worden sei", "Andreas Huber", "der Leiter der Kriminalpolizei, Andreas Huber", "gab"}}},
	{"place after the subject", "Die Botschaft in Riad teilte mit, dass keine Bürger verletzt worden seien.",
		[]got{{"indirect", "dass keine Bürger verletzt worden seien", "Botschaft", "Die Botschaft in Riad", "teilte"}}},
	{"passive cue with dass", "Am Abend wurde bestätigt, dass die Brücke gesperrt bleibe.",
		[]got{{"indirect", "dass die Brücke gesperrt bleibe", "-", "-", "bestätigt"}}},
	{"medium named in marks as subject", "Die Zeitung „Nordblick“ berichtet, dass zwei Gespräche gescheitert seien.",
		[]got{{"indirect", "dass zwei Gespräche gescheitert seien", "Nordblick", "Die Zeitung „Nordblick“", "berichtet"}}},
	{"medium as addressee stays out", "„Wir sind bereit“, sagte Merz der Zeitung.",
		[]got{{"direct", "Wir sind bereit", "Merz", "Merz", "sagte"}}},
	{"infinitive clause stays in the report", "Der Minister betonte, sein Land habe nicht die Absicht, die Truppen abzuziehen.",
		[]got{{"indirect", "sein Land habe nicht die Absicht, die Truppen abzuziehen", "Minister", "Der Minister", "betonte"}}},
	{"sentence adverb is no speaker", "Hierzu schrieb die Zeitung „Correio da Manhã“, die Gesellschaft sei gespalten.",
		[]got{{"indirect", "die Gesellschaft sei gespalten", "Correio da Manhã", "die Zeitung „Correio da Manhã“", "schrieb"}}},
	{"surname that is a function word", "Lothar Nicht sagte: „Das Spiel fällt aus.“",
		[]got{{"direct", "Das Spiel fällt aus.", "Lothar Nicht", "Lothar Nicht", "sagte"}}},
	{"wording of three words without a cue", "Eingriffe sind nur bei einer „konkreten Gefahr für Leib und Leben“ zulässig.",
		[]got{{"partial", "konkreten Gefahr für Leib und Leben", "-", "-", "-"}}},
	{"two scare words without a cue", "Die Partei setzt auf „mehr Zukunft“ und Wachstum.", []got{}},
	{"a lower-case compound in -e is no Konjunktiv", "Die Firma stellte mit der neuen iCloud-Software erstmals ein „eBook-Musik-Tablet“ vor.", []got{}},
	{"sowie is no Konjunktiv", "Die Agentur hat die Note angehoben sowie den Ausblick auf „stabil“ gesetzt.", []got{}},
	{"an adjective before nouns is a term", "Der Fahrer wurde wegen „fahrlässiger Tötung und Trunkenheit“ angezeigt.", []got{}},
	{"but a fragment with a lower-case word inside stays", "Der Fahrer wurde wegen „fahrlässiger Tötung im Amt“ angezeigt.",
		[]got{{"partial", "fahrlässiger Tötung im Amt", "-", "-", "-"}}},
	{"a grade after Prädikat is a name", "Die Arbeit wurde mit dem Prädikat „magna cum laude“ bewertet.", []got{}},
	{"a category after Bereich is a name", "Im Bereich „politisch motivierte Gewalt“ stieg die Zahl der Fälle.", []got{}},
	{"a capitalised word after a possessive names the owner's thing", "Die Prüfer hatten das Stadion auf seine „WM-Tauglichkeit“ hin überprüft, sagte Salcedo.", []got{}},
	{"a name in marks after wie is the source before its verb", "Wie „netzpolitik online“ berichtet, sperrte die Regierung den Zugang.", []got{}},
	{"a name in marks after der before its verb is the source", "Ein Sprecher der „Aktion Kinder helfen“ sagte, die Lage sei ernst.",
		[]got{{"indirect", "die Lage sei ernst", "Sprecher", "Ein Sprecher", "sagte"}}},
	{"a function word after the marks is no cue verb", "Die Demonstranten forderten ein Ende der „brutalen Unterdrückung durch das Regime“ in der Hauptstadt.",
		[]got{{"partial", "brutalen Unterdrückung durch das Regime", "Demonstranten", "Die Demonstranten", "forderten"}}},
	{"a list of short capitalised texts in marks names terms", "Der Bericht verweist auf Aussagen, in denen von „Klassenkampf“ und „Umverteilung“ die Rede ist. Die Partei verteidigte Reformen („Bürgergeld“, „Rente mit 70“) im Wahlkampf.", []got{}},
	{"the name of a work after a colon", "Sein bekanntestes Werk entstand 1978: „Le Grand Macabre“. Am Abend stellte die Band ihre neue CD vor: „Have a nice day“.", []got{}},
	{"a class noun after a preposition announces no name", "Trainer Jan Kolb war nach dem dritten Sieg in Serie zufrieden: „Ein guter Start“.",
		[]got{{"direct", "Ein guter Start", "Jan Kolb", "Trainer Jan Kolb", "-"}}},
	{"capitalised words that open with a class noun name a thing", "Die Umweltschützer fordern einen „Plan Wolf“ für Bayern. Teile des „Gesetzes über den Datenschutz in Hessen“ verwarf das Gericht.", []got{}},
	{"a name given by lauten", "„Hunger in Zahlen“, so lautet der Titel einer neuen Studie. Der Name lautet also „riesige Boa vom Fluss“.", []got{}},
	{"a name in marks after laut is the source", "Laut „Welt“ soll er sich in der Haft das Leben genommen haben.",
		[]got{{"indirect", "soll er sich in der Haft das Leben genommen haben", "Welt", "„Welt“", "Laut"}}},
	{"scare quote without speaker", "Die Partei setzt auf „Zukunft“ und Wachstum.", []got{}},
	{"newspaper as addressee", "Die Lage sei ernst, sagte Merz der „Süddeutschen Zeitung“.",
		[]got{{"indirect", "Die Lage sei ernst", "Merz", "Merz", "sagte"}}},
	{"indirect with dass", "Die Polizei teilte am Montag mit, dass drei Menschen verletzt worden seien.",
		[]got{{"indirect", "dass drei Menschen verletzt worden seien", "Polizei", "Die Polizei", "teilte"}}},
	{"indirect with Konjunktiv", "Der Minister sagte, die Lage sei unter Kontrolle.",
		[]got{{"indirect", "die Lage sei unter Kontrolle", "Minister", "Der Minister", "sagte"}}},
	{"no indirect without cue", "Die Lage ist unter Kontrolle. Die Straßen sind frei.", []got{}},

	// Attribution positions.
	{"after with addressee", "„Er ist ein kluger Zuhörer“, erklärte Ma Journalisten in New York.",
		[]got{{"direct", "Er ist ein kluger Zuhörer", "Ma", "Ma", "erklärte"}}},
	{"before with colon", "Bundeskanzler Friedrich Merz sagte am Dienstag: „Wir halten Kurs.“",
		[]got{{"direct", "Wir halten Kurs.", "Friedrich Merz", "Bundeskanzler Friedrich Merz", "sagte"}}},
	{"headline colon", "Merz: „Wir halten Kurs“\n\nBERLIN (dpa) - Der Kanzler bleibt hart.",
		[]got{{"direct", "Wir halten Kurs", "Merz", "Merz", "-"}}},
	{"interrupted", "„Das Rentenniveau steht nicht zur Disposition“, sagte sie, „und daran ändert sich nichts.“",
		[]got{{"direct", "Das Rentenniveau steht nicht zur Disposition", "-", "-", "sagte"}, {"direct", "und daran ändert sich nichts.", "-", "-", "sagte"}}},
	{"zufolge", "Analysten der Commerzbank zufolge ist eine Senkung „kein Selbstläufer“.",
		[]got{{"indirect", "ist eine Senkung „kein Selbstläufer“", "Commerzbank", "Analysten der Commerzbank", "zufolge"}, {"partial", "kein Selbstläufer", "Commerzbank", "Analysten der Commerzbank", "zufolge"}}},
	{"so", "„Die Abschlüsse sind zu hoch“, so Chefvolkswirt Jörg Kämmerer.",
		[]got{{"direct", "Die Abschlüsse sind zu hoch", "Jörg Kämmerer", "Chefvolkswirt Jörg Kämmerer", "so"}}},
	{"nach Angaben von", "Nach Angaben von Umweltsenatorin Anja Kühl bestand keine Gefahr für die Anwohner.",
		[]got{{"indirect", "bestand keine Gefahr für die Anwohner", "Anja Kühl", "Angaben von Umweltsenatorin Anja Kühl", "Nach Angaben"}}},
	{"laut einem Bericht names the medium", "Laut einem Bericht der Nachrichtenagentur Nordpress seien die Gespräche „ohne Ergebnis“ geblieben.",
		[]got{{"indirect", "seien die Gespräche „ohne Ergebnis“ geblieben", "Nachrichtenagentur Nordpress", "einem Bericht der Nachrichtenagentur Nordpress", "Laut"}, {"partial", "ohne Ergebnis", "Nachrichtenagentur Nordpress", "einem Bericht der Nachrichtenagentur Nordpress", "Laut"}}},
	{"wie X mitteilte", "Wie ein Polizeisprecher mitteilte, brach das Feuer gegen drei Uhr aus.",
		[]got{{"indirect", "brach das Feuer gegen drei Uhr aus", "Polizei", "ein Polizeisprecher", "mitteilte"}}},
	{"heißt es in einer Erklärung", "„Unsere Gedanken sind bei den Beschäftigten“, heißt es in einer Erklärung der Hansa Logistik.",
		[]got{{"direct", "Unsere Gedanken sind bei den Beschäftigten", "Hansa Logistik", "einer Erklärung der Hansa Logistik", "heißt es in"}}},
	{"separable verb", "„Der Betrieb läuft weiter“, teilte die Deutsche Bahn am Montag mit.",
		[]got{{"direct", "Der Betrieb läuft weiter", "Deutsche Bahn", "die Deutsche Bahn", "teilte"}}},
	{"auxiliary and participle", "„Wir sind vorbereitet“, hatte der Bürgermeister gesagt.",
		[]got{{"direct", "Wir sind vorbereitet", "Bürgermeister", "der Bürgermeister", "gesagt"}}},

	// Speakers.
	{"surname to full name", "Jack Ma traf Trump. „Das Treffen war gut“, erklärte Ma.",
		[]got{{"direct", "Das Treffen war gut", "Jack Ma", "Ma", "erklärte"}}},
	{"pronoun continues the last speaker", "„Es war gut“, sagte Jack Ma nach seinem Treffen mit Donald Trump. „Wir reden weiter“, sagte er.",
		[]got{{"direct", "Es war gut", "Jack Ma", "Jack Ma", "sagte"}, {"direct", "Wir reden weiter", "Jack Ma", "er", "sagte"}}},
	{"pronoun by gender", "Ministerin Anna Weber traf Thomas Berg. „Wir sind uns einig“, sagte sie.",
		[]got{{"direct", "Wir sind uns einig", "Anna Weber", "sie", "sagte"}}},
	{"role noun to the named person", "Bundesarbeitsministerin Sabine Kröger lehnte Kürzungen ab. „Das Niveau bleibt“, sagte die Ministerin.",
		[]got{{"direct", "Das Niveau bleibt", "Sabine Kröger", "die Ministerin", "sagte"}}},
	{"apposition", "Die Sekretärin der IG Metall, Hanna Roth, forderte: „Die Belegschaft zahlt nicht.“",
		[]got{{"direct", "Die Belegschaft zahlt nicht.", "Hanna Roth", "Die Sekretärin der IG Metall, Hanna Roth", "forderte"}}},
	{"speech noun with adjectives before the source", "Nach Auffassung der rot-grünen Koalition sei der Plan gescheitert.",
		[]got{{"indirect", "sei der Plan gescheitert", "Koalition", "Auffassung der rot-grünen Koalition", "Nach Auffassung"}}},
	{"nach Ansicht with a medium", "Nach Ansicht der israelischen Zeitung Morgenblatt sei der Plan gescheitert.",
		[]got{{"indirect", "sei der Plan gescheitert", "Zeitung Morgenblatt", "Ansicht der israelischen Zeitung Morgenblatt", "Nach Ansicht"}}},
	{"nach Einschätzung with a genitive without article", "Nach Einschätzung politischer Beobachter sei die Wahl noch offen.",
		[]got{{"indirect", "sei die Wahl noch offen", "Beobachter", "Einschätzung politischer Beobachter", "Nach Einschätzung"}}},
	{"role compound with its name in apposition after laut", "Laut dem Chefankläger des Landgerichts, Peter Brandt, sei die Tat geplant gewesen.",
		[]got{{"indirect", "sei die Tat geplant gewesen", "Peter Brandt", "dem Chefankläger des Landgerichts, Peter Brandt", "Laut"}}},
	{"a sentence-initial preposition before a name is no speaker", "Der Anwalt Jens Weber blieb ruhig. Gegenüber NDR Info äußerte er sich mit den Worten: „Das ist der Anfang vom Ende.“",
		[]got{{"direct", "Das ist der Anfang vom Ende.", "Jens Weber", "er", "äußerte"}}},
	{"colon frame with a prepositional phrase and no verb", "Die Polizei fasste den Täter am Abend. Ein Hauptkommissar der Landespolizei nach der Festnahme: „Er ist dort, wo er hingehört.“",
		[]got{{"direct", "Er ist dort, wo er hingehört.", "Landespolizei", "Ein Hauptkommissar der Landespolizei", "-"}}},
	{"colon frame with an apposition and no verb", "Der Rat tagte am Montag. Erik Lindqvist, Präsident des Rats der Europäischen Union: „Das Gesetz ist idiotisch.“",
		[]got{{"direct", "Das Gesetz ist idiotisch.", "Erik Lindqvist", "Erik Lindqvist, Präsident des Rats der Europäischen Union", "-"}}},
	{"zitiert: the quoted person speaks, not the medium", "„Das wird das größte Update aller Zeiten“, zitiert die „Computerwoche“ Bürgermeister Jens Lutz in einem Bericht.",
		[]got{{"direct", "Das wird das größte Update aller Zeiten", "Jens Lutz", "Bürgermeister Jens Lutz", "zitiert"}}},
	{"zitierte X mit den Worten", "Innenministerin Carla Weiss blieb hart. Ein Fernsehsender zitierte die Ministerin mit den Worten: „Ich trete nicht zurück.“",
		[]got{{"direct", "Ich trete nicht zurück.", "Carla Weiss", "die Ministerin", "zitierte"}}},
	{"zitierte einen Insider: no one named", "Die Zeitung zitierte einen Insider mit den Worten: „Die Entscheidung fällt im Dezember.“",
		[]got{{"direct", "Die Entscheidung fällt im Dezember.", "-", "-", "zitierte"}}},
	{"age adjective before the noun", "Der 23-jährige Sportler gab bekannt: „Ich war an keiner Schlägerei beteiligt.“",
		[]got{{"direct", "Ich war an keiner Schlägerei beteiligt.", "Sportler", "Der 23-jährige Sportler", "gab"}}},
	{"subject after a modal verb", "Wie die Sportzeitung berichtete, soll Mertens zu seinem Trainer gesagt haben: „Ich gehe.“",
		[]got{{"direct", "Ich gehe.", "Mertens", "Mertens", "gesagt"}}},
	{"role phrase before the name in apposition", "Auch die Sprecherin der Stiftung Warentest, Heike Laak, sagte dazu: „Wir bleiben bei unseren Ergebnissen.“",
		[]got{{"direct", "Wir bleiben bei unseren Ergebnissen.", "Heike Laak", "die Sprecherin der Stiftung Warentest, Heike Laak", "sagte"}}},
	{"apposition with a prepositional phrase", "„Das ist ein schwarzer Tag“, sagte Frank Bauer, Vorsitzender des Journalistenverbands für das Münsterland, am Freitag.",
		[]got{{"direct", "Das ist ein schwarzer Tag", "Frank Bauer", "Frank Bauer, Vorsitzender des Journalistenverbands für das Münsterland", "sagte"}}},
	{"apposition with a dative article after nach Angaben von", "Nach Angaben von Sam Maiha, dem Direktor der nationalen Wetterbehörde, sei der Sturm abgezogen.",
		[]got{{"indirect", "sei der Sturm abgezogen", "Sam Maiha", "Angaben von Sam Maiha, dem Direktor der nationalen Wetterbehörde", "Nach Angaben"}}},
	{"affiliation with a medium after vom", "„Wir sind unwillkommene Zeugen“, sagte Yolanda Alvarez vom Sender RTVE.",
		[]got{{"direct", "Wir sind unwillkommene Zeugen", "Yolanda Alvarez", "Yolanda Alvarez vom Sender RTVE", "sagte"}}},
	{"representatives of an organisation give the organisation", "Vertreter der jemenitischen Armee sagten, die Rebellen seien geschlagen.",
		[]got{{"indirect", "die Rebellen seien geschlagen", "Armee", "Vertreter der jemenitischen Armee", "sagten"}}},
	{"no apposition: a reported clause after the name", "„Das reicht nicht“, sagte Frank Bauer, der Minister müsse jetzt handeln.",
		[]got{{"direct", "Das reicht nicht", "Frank Bauer", "Frank Bauer", "sagte"}}},
	{"implicit continuation", "„Wir hatten ein großartiges Treffen“, erzählte Donald Trump. „Jack und ich werden viel erreichen.“",
		[]got{{"direct", "Wir hatten ein großartiges Treffen", "Donald Trump", "Donald Trump", "erzählte"}, {"direct", "Jack und ich werden viel erreichen.", "Donald Trump", "Donald Trump", "-"}}},
	{"spokesperson gives the organisation", "„Wir prüfen den Fall“, sagte ein Sprecher des Bundesinnenministeriums.",
		[]got{{"direct", "Wir prüfen den Fall", "Bundesinnenministerium", "ein Sprecher des Bundesinnenministeriums", "sagte"}}},
	{"the subject of a passive cue is addressed, not speaking", "Nordland wurde aufgefordert, die Angriffe sofort einzustellen.",
		[]got{{"indirect", "die Angriffe sofort einzustellen", "-", "-", "aufgefordert"}}},
	{"the agent of a passive cue speaks", "Die Regierung wurde von der Opposition aufgefordert, den Plan zurückzuziehen.",
		[]got{{"indirect", "den Plan zurückzuziehen", "Opposition", "der Opposition", "aufgefordert"}}},
	{"a sentence adverb in -lang is no speaker", "Monatelang hatten die Behörden abgestritten, dass es Probleme gebe.",
		[]got{{"indirect", "dass es Probleme gebe", "Behörden", "die Behörden", "abgestritten"}}},
	{"a thing after the verb is its object, not the speaker", "In seiner Stellungnahme befand der Premier den Luftangriff als gerechtfertigt und nannte Kellers Angriffsauftrag „schnell, kraftvoll und entschieden“.",
		[]got{{"partial", "schnell, kraftvoll und entschieden", "-", "-", "nannte"}}},
	{"a colon frame with an unlisted verb names its subject", "„Wir prüfen alles“, sagte Laborchef Tim Roth. Die Firma empfindet die Kritik allerdings als ungerecht: „Wir haben nichts falsch gemacht.“",
		[]got{{"direct", "Wir prüfen alles", "Tim Roth", "Laborchef Tim Roth", "sagte"}, {"direct", "Wir haben nichts falsch gemacht.", "Firma", "Die Firma", "-"}}},
	{"a colon frame with its subject after the verb", "„Das reicht nicht“, sagte Kanzlerin Eva Lind. Hier sparte der Bundespräsident nicht mit Kritik: „Je kleiner die Schritte, desto mehr Schritte.“",
		[]got{{"direct", "Das reicht nicht", "Eva Lind", "Kanzlerin Eva Lind", "sagte"}, {"direct", "Je kleiner die Schritte, desto mehr Schritte.", "Bundespräsident", "der Bundespräsident", "-"}}},
	{"a colon frame with a prepositional phrase before the verb", "Der Plan ist umstritten. Im Bundestag warb Kanzlerin Eva Lind für das Gesetz mit den Worten: „Wir brauchen es jetzt.“",
		[]got{{"direct", "Wir brauchen es jetzt.", "Eva Lind", "Kanzlerin Eva Lind", "-"}}},
	{"a colon frame with an object before the verb", "Jede Mitverantwortung für die Affäre im Bezirk weist Hartmann von sich: „Die Verantwortung trägt der Vorsitzende.“",
		[]got{{"direct", "Die Verantwortung trägt der Vorsitzende.", "Hartmann", "Hartmann", "-"}}},
	{"a colon frame of its own is no continuation", "„Das reicht nicht“, sagte Kanzlerin Eva Lind. Die praktische Anwendung der Regel stellte die Opposition ebenfalls in Frage: „Das ist nicht lebensnah.“",
		[]got{{"direct", "Das reicht nicht", "Eva Lind", "Kanzlerin Eva Lind", "sagte"}, {"direct", "Das ist nicht lebensnah.", "-", "-", "-"}}},
	{"pronoun to an unnamed role", "Die Bürgermeisterin der Stadt besuchte am Morgen die Unglücksstelle. Sie sagte: „Wir helfen, wo wir können.“",
		[]got{{"direct", "Wir helfen, wo wir können.", "Bürgermeisterin", "Sie", "sagte"}}},
	{"pronoun with two unnamed roles of its gender stays null", "Die Bürgermeisterin traf die Ministerin am Morgen. Sie sagte: „Wir helfen, wo wir können.“",
		[]got{{"direct", "Wir helfen, wo wir können.", "-", "-", "sagte"}}},
	{"a second verb after und shares the first one's subject", "Der Botschafter Karl Wendt nannte die Sanktionen richtig und rief die Armee auf, das Volk zu „schützen“.",
		[]got{{"partial", "schützen", "Karl Wendt", "Der Botschafter Karl Wendt", "rief"}}},
	{"indicative clause before an inverted frame that closes the sentence", "Der neue Planet umkreist einen riesigen Stern, teilte die Sternwarte Tautenburg am Montag mit.",
		[]got{{"indirect", "Der neue Planet umkreist einen riesigen Stern", "Sternwarte Tautenburg", "die Sternwarte Tautenburg", "teilte"}}},
	{"nach with a compound opinion noun and no one named", "Die Gefahr einer Pandemie besteht nach Expertenmeinung vor allem im Winter.",
		[]got{{"indirect", "Die Gefahr einer Pandemie besteht nach Expertenmeinung vor allem im Winter", "-", "-", "nach Expertenmeinung"}}},
	{"wie X, apposition, mitteilte", "Die Chemikalie stand unter Druck, wie Bert Rode, Chef der Firma Kessler, mitteilte.",
		[]got{{"indirect", "Die Chemikalie stand unter Druck", "Bert Rode", "Bert Rode, Chef der Firma Kessler", "mitteilte"}}},
	{"das takes up the clause before the frame", "Die Hauptkamera des Teleskops ist ausgefallen, das sagte die Sternwarte Tautenburg am Montag.",
		[]got{{"indirect", "Die Hauptkamera des Teleskops ist ausgefallen", "Sternwarte Tautenburg", "die Sternwarte Tautenburg", "sagte"}}},
	{"a sentence that only attributes the one before", "Die Enten waren mit dem Virus infiziert. Das erklärte gestern ein Sprecher des Umweltministeriums.",
		[]got{{"indirect", "Die Enten waren mit dem Virus infiziert", "Umweltministerium", "ein Sprecher des Umweltministeriums", "erklärte"}}},
	{"Konjunktiv II continues the statement before", "„Wir sind vorbereitet“, sagte Feuerwehrchef Jan Kolb. Starke Winde hätten den Brand verursacht.",
		[]got{{"direct", "Wir sind vorbereitet", "Jan Kolb", "Feuerwehrchef Jan Kolb", "sagte"}, {"indirect", "Starke Winde hätten den Brand verursacht", "Jan Kolb", "Feuerwehrchef Jan Kolb", "-"}}},
	{"the subject of a report with no cue owns its quoted words", "„Wir prüfen das“, sagte Bürgermeister Jan Kolb. Der Berliner Senat hatte sich erhofft, dass die Erlöse „in den notleidenden Haushalt fließen“ würden.",
		[]got{{"direct", "Wir prüfen das", "Jan Kolb", "Bürgermeister Jan Kolb", "sagte"}, {"partial", "in den notleidenden Haushalt fließen", "Berliner Senat", "Der Berliner Senat", "-"}}},
	{"an organisation named with ohne", "Nach Angaben von Ärzte ohne Grenzen mussten 10.000 Menschen fliehen.",
		[]got{{"indirect", "mussten 10.000 Menschen fliehen", "Ärzte ohne Grenzen", "Angaben von Ärzte ohne Grenzen", "Nach Angaben"}}},
	{"nach eigenen Angaben: the subject speaks", "Nach eigenen Angaben hat die Firma Kessler 20 Millionen Euro verloren.",
		[]got{{"indirect", "hat die Firma Kessler 20 Millionen Euro verloren", "Firma Kessler", "eigenen Angaben", "Nach eigenen Angaben"}}},
	{"pronoun skips a last speaker of unknown gender for a person of its gender since", "„Das Verbot ist nötig“, sagte Tjark Ommen. Dagegen hält die Ministerin Renate Kühn nichts davon. Im Interview sagte sie: „Ich war nie dafür.“",
		[]got{{"direct", "Das Verbot ist nötig", "Tjark Ommen", "Tjark Ommen", "sagte"}, {"direct", "Ich war nie dafür.", "Renate Kühn", "sie", "sagte"}}},
	{"a name in apposition to the opening role phrase takes the floor", "„Das ist solide“, sagte Tjark Ommen. Die Haushaltspolitikerin der Grünen, Anja Hajek, kritisierte die Pläne. Hier seien die Mittel „völlig unrealistisch“.",
		[]got{{"direct", "Das ist solide", "Tjark Ommen", "Tjark Ommen", "sagte"}, {"partial", "völlig unrealistisch", "-", "-", "-"}}},
	{"apposition with article and role before the name", "Das Staatsoberhaupt des Landes, die britische Königin Elisabeth II., bat den Premier, ihre „tiefe Anteilnahme den Familien zu übermitteln“.",
		[]got{{"partial", "tiefe Anteilnahme den Familien zu übermitteln", "Elisabeth II.", "Das Staatsoberhaupt des Landes, die britische Königin Elisabeth II.", "bat"}}},
	{"a cue participle closing a perfect clause after the marks: its subject speaks", "Die Bundesregierung hat den Bericht als „frei erfunden“ zurückgewiesen. Der Plan wurde im Rat als „Unsinn“ bezeichnet.",
		[]got{{"partial", "frei erfunden", "Bundesregierung", "Die Bundesregierung", "zurückgewiesen"}, {"partial", "Unsinn", "-", "-", "bezeichnet"}}},
	{"unresolvable pronoun stays null", "„Wir kommen wieder“, sagte er.",
		[]got{{"direct", "Wir kommen wieder", "-", "-", "sagte"}}},
	{"plural pronoun stays null", "Jack Ma und Donald Trump trafen sich. „Es war gut“, sagten sie.",
		[]got{{"direct", "Es war gut", "-", "-", "sagten"}}},
}

func TestRules(t *testing.T) {
	for _, tc := range ruleCases {
		t.Run(tc.name, func(t *testing.T) {
			qs := (&Extractor{}).ExtractWithEntities(tc.text, nil)
			checkInvariants(t, tc.text, qs)
			assert.Equal(t, tc.want, summarise(qs))
		})
	}
}
