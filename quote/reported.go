package quote

import (
	"strings"

	"github.com/wortlaut/wortlaut/entity"
	"github.com/wortlaut/wortlaut/internal/text"
)

// Reported speech and free indirect speech: statements whose words are
// not quoted and not introduced by a dass-clause or a Konjunktiv after a
// cue. Reported speech names an act of speech and its content as an object
// (Die Polizei sprach von einem Unfall); free indirect speech gives the
// content in a sentence of its own, tied to the speaker of the sentence
// before (… kritisierte die Pläne. Sie seien unbezahlbar).

// reportedObject are the verbs of saying whose object gives what was said
// (sprach von einem Erfolg, warnte vor Glätte, bezeichnete den Plan als
// Fehler, warf ihm Betrug vor, berichtete von Schäden, ging von
// Brandstiftung aus, rief zum Streik auf, riet zu Rücklagen, plädierte für
// einen Neubau, wies auf Mängel hin, schätzte die Lage als ernst ein,
// stufte die Brücke als marode ein, verwies auf die Kassenlage, sieht in
// dem Gesetz einen Eingriff, erklärte ihn zum Terroristen, bezifferte den
// Schaden auf 20.000 Euro), with the word
// that must open or mark that object in the clause after the verb (""
// for none). Fordern, ankündigen
// and anregen with a mere object (forderte eine Untersuchung, kündigte
// einen Notfahrplan an, regte eine Sitzung an) are reported speech in 6
// to 7 of 10 SpkAtt training sentences, which raises the joint score;
// other verbs of saying with a mere object (kritisierte den Plan, lehnte
// den Antrag ab, gab die Festnahme bekannt, bestätigte den Bericht)
// report an act rather than its content more often.
var reportedObject = map[string]string{
	"sprechen": "von", "warnen": "vor", "bezeichnen": "als", "vorwerfen": "", "berichten": "von",
	"von ausgehen": "von", "aufrufen": "zu", "raten": "zu", "plädieren": "für", "hinweisen": "auf", "fordern": "",
	"einschätzen": "als", "einstufen": "als", "betrachten": "als", "verurteilen": "als",
	"verweisen": "auf", "sehen": "in", "ankündigen": "", "anregen": "", "erklären": "zu",
	"beziffern":   "auf",
	"kritisieren": "als", "werten": "als", "bewerten": "als", "loben": "als", "zurückweisen": "als",
	"beurteilen": "als", "beschreiben": "als", "begrüßen": "als", "würdigen": "als", "verteidigen": "als",
	"für halten": "für", "rechnen": "mit",
}

// otherVerbParticle are the particles that, closing the clause, make a
// verb of saying another verb (anfordern, herausfordern, ansprechen).
var otherVerbParticle = map[string]bool{"an": true, "heraus": true, "zurück": true, "ab": true}

// objectWord reports whether word w marks the object of cue h in its
// clause and the clause holds no reflexive sich (sprach sich … aus). The
// object mostly follows the verb (warnte vor Glätte); in the perfect of a
// main clause the participle closes the clause and the object stands
// before it (Der Verband hatte im Mai vor Glätte gewarnt). There a
// preposition or als right after a capitalised word belongs to that
// phrase (Durchsuchungen von Computern, Kolb zum Sieger), not to the
// verb, unless the word is the noun of a time phrase (see timePrep). lo
// bounds the clause start.
func (d *doc) objectWord(h cueHit, w string, lo, end int) bool {
	found := false
	ce := d.clauseEndBracket(h.last, end)
	final := true // nothing but auxiliaries after the verb in its clause
	for j := h.last; j < ce; j++ {
		switch d.tok(j) {
		case "sich":
			return false
		case w:
			found = true
		case "vom":
			found = found || w == "von" // berichtet vom Einsturz
		case "zum", "zur":
			found = found || w == "zu" // rief zum Boykott auf
		}
		final = final && auxiliary[d.tok(j)]
	}
	cs := d.clauseStart(h.first, lo)
	if found || !final || d.subordinate(cs, lo) {
		return found
	}
	for j := cs; j < h.first; j++ {
		if j > cs && d.isCap(j-1) && d.isLower(j) && !(j-2 >= cs && timePrep[d.tok(j-2)]) {
			continue
		}
		switch d.low(j) {
		case "sich":
			return false
		case w:
			found = true
		case "vom":
			found = found || w == "von"
		case "zum", "zur":
			found = found || w == "zu"
		}
	}
	return found
}

// timePrep are the contracted prepositions of a time or place phrase
// (im Mai, am Montag), whose noun takes no complement: a preposition
// after it is the verb's again (hatte im Mai vor Glätte gewarnt).
var timePrep = map[string]bool{"im": true, "am": true}

// subordinate reports whether the clause starting at token cs, not
// before lo, is a subordinate one: a conjunction opens it, or a relative
// pronoun after a comma (an article opening the sentence is none).
func (d *doc) subordinate(cs, lo int) bool {
	return subordinator[d.low(cs)] && (cs > lo || !relativeWord[d.low(cs)])
}

// referral reports whether the object of verweisen after auf is someone
// to ask rather than what was said (Die Gemeinde verwies auf den
// Landrat): a name, role or organisation that fills the clause.
func (d *doc) referral(h cueHit, end int) bool {
	ce := d.clauseEndBracket(h.last, end)
	for j := h.last; j < ce; j++ {
		if d.tok(j) == "auf" {
			n, ok := d.npLoose(j+1, ce)
			return ok && n.last == ce && d.agentNP(n)
		}
	}
	return false
}

// nameCalls reports whether cue h is nennen with two objects, the thing
// and what it is called (nannte den Beschluss einen fairen Kompromiss,
// nannte die Sanktionen eine Unterstützung): an evaluation, reported
// speech. The clause after the verb must hold a definite object and
// after it an indefinite one.
func (d *doc) nameCalls(h cueHit, end int) bool {
	if h.form.Lemma != "nennen" || h.particle >= 0 {
		return false
	}
	def := false
	for j, ce := h.last, d.clauseEndBracket(h.last, end); j < ce; j++ {
		switch d.tok(j) {
		case "den", "die", "das", "ihn", "sie", "es", "diesen", "diese", "dieses":
			def = true
		case "einen", "eine", "ein":
			if def {
				return true
			}
		}
	}
	return false
}

// namedAsVerb are the verbs that name a reason, cause or example when the
// sentence opens with Als and that noun (Als Grund nannte die Behörde …;
// Als Ursache wurde … angegeben): what they name is the content of a
// statement.
var namedAsVerb = map[string]bool{"nennen": true, "angeben": true}

// namedAs reports whether cue h is such a verb in a sentence opening at a
// with Als and a capitalised word before the verb.
func (d *doc) namedAs(h cueHit, a int) bool {
	return namedAsVerb[h.form.Lemma] && d.tok(a) == "Als" && a+1 < h.first && d.toks[a+1].Kind == text.Word && !d.isLower(a+1)
}

// passiveBefore reports whether a form of werden stands in [a, b).
func (d *doc) passiveBefore(a, b int) bool {
	for k := a; k < b; k++ {
		switch d.tok(k) {
		case "wird", "werden", "wurde", "wurden":
			return true
		}
	}
	return false
}

// wordIn reports whether word w stands in [a, b).
func (d *doc) wordIn(a, b int, w string) bool {
	for k := a; k < b; k++ {
		if d.tok(k) == w {
			return true
		}
	}
	return false
}

// reported reads a sentence whose main verb is a verb of saying with its
// subject and an object instead of a clause (Die Polizei sprach von einer
// friedlichen Demonstration; Der Minister kritisierte die Entscheidung
// scharf): reported speech, whose content is the whole sentence.
func (d *doc) reported(s sent, end int) (stmt, bool) {
	return d.reportedIn(s, end, false)
}

// reportedIn is reported; withQuotes allows partial quotations in the
// sentence. Marks in the sentence rule it out unless withQuotes or a word
// follows the last mark (see wordAfterMarks). On SpkAtt train, reading
// every sentence with marks and no quotation adds 12 predictions of which
// 6 match; those with a word after the last mark, 5 of which 5 match.
func (d *doc) reportedIn(s sent, end int, withQuotes bool) (stmt, bool) {
	a := d.afterDateline(s)
	if end-a < 5 || end-a > 40 || !withQuotes && d.hasMarks(a, end) && !d.wordAfterMarks(a, end) {
		return stmt{}, false
	}
	for i := a; i < end; i++ {
		h, ok := d.cueAt(i, end)
		if !ok {
			continue
		}
		obj, ok := reportedObject[h.form.Lemma]
		named := d.namedAs(h, a)
		if !ok && !named && !d.nameCalls(h, end) {
			i = h.last - 1
			continue
		}
		if st, ok := d.reportedClause(s, h, obj, a, end); ok {
			return st, true
		}
		if h.particle < 0 && otherVerbParticle[d.tok(d.clauseEndBracket(h.last, end)-1)] {
			// forderte die Nationalgarde an, sprach das Thema an: the
			// particle makes another verb of it, no verb of saying
			return stmt{}, false
		}
		if h.form.Lemma == "fordern" && d.casualties(a, d.clauseEndBracket(h.last, end)) {
			// Der Sturm forderte zwölf Todesopfer: fordern of victims
			// counts the dead, no one demands anything
			return stmt{}, false
		}
		if h.form.Lemma == "ankündigen" && strings.HasPrefix(d.tok(h.first), "angek") {
			// hatte seinen Rücktritt angekündigt, sind für Montag
			// angekündigt: the participle recalls an announcement
			// more often than it reports one (5 in 10 on SpkAtt train)
			return stmt{}, false
		}
		passive := d.passiveBefore(a, h.first)
		if (h.form.Lemma == "beziffern" || obj == "als" && !passive) && !d.objectWord(h, obj, a, end) {
			// die ihre Verluste noch beziffert, kritisierte den Zeitplan
			// und warnte vor Schäden: no figure or judgement given here;
			// another verb of the sentence may report
			i = h.last - 1
			continue
		}
		if obj != "" && !d.objectWord(h, obj, a, end) && !(passive && obj == "als" && d.wordIn(a, h.first, obj)) || h.form.Lemma == "verweisen" && d.referral(h, end) {
			return stmt{}, false
		}
		var n np
		if named && passive {
			// Als Ursache wurde ein Herzinfarkt angegeben: a von agent
			// speaks, else no one named
			n, ok = d.agent(h, a)
			if !ok {
				n, ok = np{}, true
			}
		} else if m, found := d.perfectSubject(h, h.first, a, end); found && !passive {
			// Der Minister hat der Stadt Versagen bei der Planung
			// vorgeworfen: the subject before the form of haben, however
			// long the middle field that puts its nouns nearer the
			// participle
			n, ok = m, true
		} else {
			n, ok = d.verbSpeaker(h, a, end)
			if !ok && obj == "von" {
				if m, ok := d.reportedSubject(a, h.first); ok {
					// the source as written, naming no one, as a
					// document in a laut frame does
					st := stmt{first: a, end: end, para: s.para, cand: -1, explicit: true}
					sp, ms := d.span(a, end), d.span(m.first, m.last)
					st.q = Quote{Span: sp, Text: d.src[sp.Start:sp.End], Kind: Indirect, Cue: d.cueOf(h),
						Speaker: &Speaker{Span: ms, Text: d.src[ms.Start:ms.End], Type: entity.Misc}}
					return st, true
				}
			}
		}
		if !ok || n.kind == npNoun && obj != "von" && !named && !d.entityNoun(n) {
			// a plain noun speaks only of something (Die Medien sprachen
			// von …, Andere Quellen berichten von …)
			return stmt{}, false
		}
		if n.kind == npNoun && h.form.Lemma == "von ausgehen" && !personGroup(d.tok(n.head)) && !isOrgWord(d.tok(n.head)) {
			// Die größte Gefahr geht von den Leitungen aus: a thing
			// assumes nothing; people and bodies do (Die Ermittler gehen
			// von Brandstiftung aus)
			return stmt{}, false
		}
		st := stmt{first: a, end: end, para: s.para, cand: -1, explicit: true}
		sp := d.span(a, end)
		st.q = Quote{Span: sp, Text: d.src[sp.Start:sp.End], Kind: Indirect, Cue: d.cueOf(h)}
		if n.last > n.first {
			st.q.Speaker, st.g = d.resolve(n, d.plural(h), h.first, s.para, d.prevStmts)
		}
		return st, true
	}
	return stmt{}, false
}

// clauseOpener are the conjunctions of a subordinate clause that states
// its own fact beside the main clause (Während die Zeitung von 100.000
// Menschen sprach, …; Nachdem die Behörden vor dem Verzehr gewarnt
// hatten, …): reported speech there is the clause, not the sentence.
var clauseOpener = map[string]bool{"während": true, "nachdem": true, "bevor": true, "obwohl": true, "weil": true}

// reportedClause reads reported speech in a subordinate clause that such
// a conjunction opens, with the verb h of reportedObject at its end and
// the word marking its object before it (während die Polizei von einem
// Unfall sprach; nachdem der Verband vor Glätte gewarnt hatte; während
// der Plan von Kritikern als Fehler eingestuft wird). The clause is the
// message; its subject, or in the passive its von agent, speaks.
func (d *doc) reportedClause(s sent, h cueHit, obj string, a, end int) (stmt, bool) {
	cs := d.clauseStart(h.first, a)
	if obj == "" || !clauseOpener[d.low(cs)] {
		return stmt{}, false
	}
	ce := d.clauseEndBracket(h.last, end)
	passive := false
	for j := h.last; j < ce; j++ {
		if !auxiliary[d.tok(j)] {
			return stmt{}, false
		}
		passive = passive || d.passiveBefore(j, j+1)
	}
	if !d.wordIn(cs+1, h.first, obj) && !(obj == "von" && d.wordIn(cs+1, h.first, "vom")) || d.wordIn(cs+1, h.first, "sich") {
		return stmt{}, false
	}
	var n np
	ok := false
	if passive {
		n, ok = d.agent(h, cs+1)
	} else {
		n, ok = d.verbSpeaker(h, cs+1, ce)
	}
	if !ok || n.first < cs || n.kind == npNoun && obj != "von" && !d.entityNoun(n) && !d.agentNP(n) {
		return stmt{}, false
	}
	st := stmt{first: cs, end: ce, para: s.para, cand: -1, explicit: true}
	sp := d.span(cs, ce)
	st.q = Quote{Span: sp, Text: d.src[sp.Start:sp.End], Kind: Indirect, Cue: d.cueOf(h)}
	st.q.Speaker, st.g = d.resolve(n, d.plural(h), h.first, s.para, d.prevStmts)
	return st, true
}

// casualties reports whether tokens [a, b) count victims or lives, the
// object of fordern when it counts the dead (forderte zwölf Todesopfer,
// hat viele Menschenleben gefordert): a number or quantity right before a
// noun for the dead or injured. Victims without a count may be whom a
// demand is for (forderte eine Entschädigung der Opfer).
func (d *doc) casualties(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if d.isCap(k) && hasSuffixFold(d.tok(k), casualtyNoun) && (d.toks[k-1].Kind == text.Number || casualtyCount[d.low(k-1)]) {
			return true
		}
	}
	return false
}

// casualtyNoun are the endings of nouns for the dead and injured.
var casualtyNoun = []string{"opfer", "tote", "toten", "menschenleben", "verletzte", "verletzten"}

// casualtyCount are the words that count casualties in place of a number.
var casualtyCount = map[string]bool{
	"viele": true, "zahlreiche": true, "mehrere": true, "weitere": true, "dutzende": true, "hunderte": true,
	"tausende": true, "millionen": true, "tausend": true, "hundert": true, "zwei": true, "drei": true,
	"vier": true, "fünf": true, "sechs": true, "sieben": true, "acht": true, "neun": true, "zehn": true,
	"elf": true, "zwölf": true, "zwanzig": true,
}

// freeIndirect reports speech in the Konjunktiv with no cue of its own
// right after a statement of a known speaker: Die Mannschaft habe das volle
// Vertrauen. It continues that speaker. With no such statement, the
// speaker is the subject of a verb of saying in the sentence before
// (Lammert würdigte die Truppe. Sie sei eine Armee des Friedens.): that
// sentence reports an act of speech without its words, and the
// Konjunktiv gives them.
func (d *doc) freeIndirect(s sent, end int) (stmt, bool) {
	// The finite verb of the main clause must be a Konjunktiv I or a
	// reportive sollen: within the first clause, before any comma.
	ce := d.clauseEnd(s.first, end)
	// Quoted words inside the first phrase end no clause (Eine „offene
	// Frage“ sei der Grund …): clauseEnd stops at their marks, so the
	// clause and the eight-word window for its verb reach past them, at
	// most twice.
	lim := s.first + 8
	for n := 0; n < 2 && ce > s.first && ce < end && d.inQuote[ce] >= 0; n++ {
		q, j := d.inQuote[ce], ce
		for j < end && d.inQuote[j] == q {
			j++
		}
		if j >= end || d.toks[j].Kind != text.Word {
			break
		}
		lim += j - ce
		ce = d.clauseEnd(j, end)
	}
	ok := false
	switch d.low(s.first) {
	case "ob", "wenn", "falls", "weil", "da", "obwohl", "als", "bevor", "nachdem", "während", "dass", "damit", "sodass":
		// Ob Mittel bereitgestellt würden, ließ er offen: the main
		// clause after the subordinate one must open with a Konjunktiv
		// (Nachdem er … verfolgt hat, habe er …)
		if ce+1 >= end || !d.isPunct(ce, ",") || !(konjI[d.tok(ce+1)] || konjII[d.tok(ce+1)]) {
			return stmt{}, false
		}
		ok = true
	}
	for i := s.first; i < ce && i < lim; i++ {
		if d.toks[i].Kind == text.Word && d.inQuote[i] < 0 && (konjI[d.tok(i)] || konjII[d.tok(i)] || d.konjAt(i) || reportive[d.tok(i)] && (d.perfectInfinitive(ce) || d.continues(s.first, end))) {
			ok = true
			break
		}
	}
	if !ok && ce < end && d.isPunct(ce, ",") && ce-s.first <= 6 && relativeWord[d.tok(ce+1)] {
		// Lediglich Personen, die … hätten, seien …: the finite verb
		// follows the relative clause that the subject takes
		if r := d.clauseEnd(ce+1, end); r < end && d.isPunct(r, ",") {
			for i := r + 1; i < end && i < r+3; i++ {
				if konjI[d.tok(i)] || konjII[d.tok(i)] {
					ok = true
				}
			}
		}
	}
	if !ok || end-s.first < 4 {
		return stmt{}, false
	}
	si := int(d.sentOf[s.first])
	st := stmt{first: s.first, end: end, para: s.para, cand: -1}
	sp := d.span(s.first, end)
	st.q = Quote{Span: sp, Text: d.src[sp.Start:sp.End], Kind: Indirect}
	if k := len(d.prevStmts) - 1; k >= 0 {
		p := d.prevStmts[k]
		if p.q.Speaker != nil && p.end > 0 && int(d.sentOf[p.end-1]) >= si-2 && s.para-p.para <= 1 && (s.para == p.para || d.paras[s.para].first == s.first) {
			st.g = p.g
			spk := *p.q.Speaker
			st.q.Speaker = &spk
			if ps := si - 1; int(d.sentOf[p.end-1]) < ps && d.sents[ps].para == s.para {
				// A sentence about someone else stands between (Hubert Primus
				// wies den Vorwurf zurück.): its subject speaks on.
				if n, ok := d.sentenceSubject(ps); ok {
					if sp, g := d.resolve(n, false, s.first, s.para, d.prevStmts); sp != nil {
						st.q.Speaker, st.g = sp, g
					}
				} else if n, h, ok := d.speechAct(d.sents[ps]); ok {
					// Der Iran streitet dies ab.: whoever speaks there
					if sp, g := d.resolve(n, d.plural(h), h.first, s.para, d.prevStmts); sp != nil {
						st.q.Speaker, st.g = sp, g
					}
				}
			}
			return st, true
		}
		if p.end > 0 && int(d.sentOf[p.end-1]) >= si-1 {
			return stmt{}, false // the sentence before is a statement with no speaker
		}
	}
	if si == 0 || d.sents[si-1].para != s.para {
		return stmt{}, false
	}
	n, h, ok := d.speechAct(d.sents[si-1])
	if !ok {
		return stmt{}, false
	}
	st.q.Speaker, st.g = d.resolve(n, d.plural(h), h.first, s.para, d.prevStmts)
	if st.q.Speaker == nil {
		return stmt{}, false
	}
	return st, true
}

// reportSubjectNoun are nouns of media and unnamed sources that report
// what they saw or heard (Die Medien sprechen von …; Augenzeugen
// berichteten von …). The speaker rules read no person or organisation in
// them, but with sprechen von and berichten von they are the source as
// written, as a document is in a laut frame.
var reportSubjectNoun = map[string]bool{
	"Agenturen": true, "Augenzeugen": true, "Beobachter": true, "Berichte": true, "Medien": true,
	"Medienberichte": true, "Meldungen": true, "Quellen": true, "Rundfunk": true, "Zeugen": true,
}

// reportedSubject returns the phrase [a, v) as the subject of a verb of
// saying at v when it is a determiner or adjectives and such a noun right
// before the verb (Andere Quellen, Der spanische Rundfunk).
func (d *doc) reportedSubject(a, v int) (np, bool) {
	if v-a < 1 || v-a > 4 || !reportSubjectNoun[d.tok(v-1)] {
		return np{}, false
	}
	for k := a; k < v-1; k++ {
		if d.toks[k].Kind != text.Word || d.inQuote[k] >= 0 || k > a && !d.isLower(k) {
			return np{}, false
		}
	}
	return np{first: a, last: v, kind: npNoun, head: v - 1, name: [2]int{-1, -1}, gen: [2]int{-1, -1}}, true
}

// continuing are adverbs that open a sentence adding to what was said
// before (So sollen die Abgeordneten …; Außerdem soll …; Ebenfalls soll
// …). With sollen after a statement they give a further point of it, not
// a plan in the narrator's voice (Die Arbeiten sollen im Mai beginnen).
var continuing = map[string]bool{
	"Auch": true, "Außerdem": true, "Ebenfalls": true, "Ferner": true, "Insbesondere": true,
	"So": true, "Zudem": true,
}

// continues reports whether the sentence [a, end) opens with such an
// adverb or holds demnach, which points back to the statement before
// (Die Rolle der Behörde soll demnach gestärkt werden).
func (d *doc) continues(a, end int) bool {
	return continuing[d.tok(a)] || d.wordIn(a, end, "demnach")
}

// reportedShared reads reported speech in a clause [a, end) coordinated
// after a statement, whose verb h takes the content as its object and
// shares the subject of the verb before (…, und warnte vor neuen
// Regenfällen; …, sprach aber von einem offenen Prozess): the clause is
// the message, and the caller gives it that subject's speaker.
func (d *doc) reportedShared(para, a, end int, h cueHit) (stmt, bool) {
	obj, ok := reportedObject[h.form.Lemma]
	if !ok || end-a < 3 || d.hasMarks(a, end) || obj != "" && !d.objectWord(h, obj, a, end) || h.form.Lemma == "verweisen" && d.referral(h, end) {
		return stmt{}, false
	}
	st := stmt{first: a, end: end, para: para, cand: -1, explicit: true}
	sp := d.span(a, end)
	st.q = Quote{Span: sp, Text: d.src[sp.Start:sp.End], Kind: Indirect, Cue: d.cueOf(h)}
	return st, true
}

// entityNoun reports whether noun phrase n has an entity or an
// abbreviation at its head (Die EU, die Grünen, das angeschlagene Venezuela): an
// organisation, party or state that speaks, which the speaker rules read
// as a plain noun.
func (d *doc) entityNoun(n np) bool {
	return n.head >= 0 && (d.entAt[n.head] >= 0 || abbreviation(d.tok(n.head)))
}

// wordAfterMarks reports whether a word follows the last quotation mark
// in tokens [a, end) in the same clause: the words in marks, a name or a
// few quoted words, are then only part of the object of a verb whose
// object is the content (warnte vor dem Gesetz „Bau 2030“ und seinen
// Folgen; sprach von einem „Feldzug“ gegen die Schulen), not the whole
// object, which SpkAtt marks as a quotation alone.
func (d *doc) wordAfterMarks(a, end int) bool {
	last := -1
	for i := a; i < end; i++ {
		if d.toks[i].Kind == text.QuoteMark {
			last = i
		}
	}
	return last >= 0 && last+1 < end && d.isWord(last+1)
}
