// Package relation reads relations between geopolitical entities from
// tagged text: "Tokyo and Brussels signed the accord" is
// sign_agreement(JPN, EU). It is the third stage of geopol:
// github.com/geopol/geopol/gazetteer knows the names,
// github.com/geopol/geopol/entity finds their mentions in a document, and
// this package relates the actors among them (countries, territories, blocs
// and organisations) by the reading rules of RELATIONS.md.
//
// The shortest useful program:
//
//	g, err := gazetteer.Default()
//	if err != nil {
//		log.Fatal(err)
//	}
//	lexicon, err := relation.DefaultLexicon()
//	if err != nil {
//		log.Fatal(err)
//	}
//	tagger, x := entity.NewTagger(g), relation.NewExtractor(lexicon)
//	doc := entity.NewDocument("Egypt will negotiate with Ethiopia over the dam.")
//	for _, r := range x.Extract(doc, tagger.Tag(doc)) {
//		fmt.Println(r.Subject.ID, r.Type, r.Object.ID, r.Modality) // EGY negotiate ETH intended
//	}
//
// The package github.com/geopol/geopol ties the three stages together.
//
// # Types and codes
//
// A [Type] is one of the 18 relation types of RELATIONS.md, from [Negotiate]
// to [Concede]; [Types] lists them in that order and [ParseType] reads their
// names ("sign_agreement"). Each type knows how it reads ([Type.Label]),
// whether it has a direction ([Type.Symmetric]: negotiate, meet,
// sign_agreement, cooperate and ceasefire have none) and its codes in the two
// standards of the field:
//
//   - CAMEO, the event codebook of GDELT and PETRARCH: [Type.CAMEO] is the
//     type's default code (046 for negotiate, 190 for attack, 0871 for a
//     ceasefire) and [Type.CAMEORoot] its two-digit root. A [Relation]
//     carries the code its trigger or sentence gives, which may be more
//     specific: 041 for a phone call, 043 for hosting, 062 for joint drills,
//     072/073/071 for military, humanitarian or economic aid (from the
//     sentence's topics), 161 for cutting ties, 163 for sanctions, 166 for
//     expelling diplomats, 176 for a cyberattack.
//   - PLOVER, the ontology of POLECAT: [Type.PLOVER] is the event type
//     (CONSULT, AID, ASSAULT, ...) and [Type.PLOVERMode] the mode where the
//     type implies one (visit, third-party, ceasefire, diplomatic). Intended
//     cooperation is reported as PLOVER AGREE.
//   - [QuadClass], GDELT's four-way grouping (verbal or material
//     cooperation or conflict), and the Goldstein scale value of the default
//     code ([Type.Goldstein]), from -10 (attack) to +9 (ceasefire).
//
// A [Relation] is Subject —Type→ Object read from one sentence, with the
// mentions that filled both roles, whether the sentence denies it
// (Negated), its [Modality] (asserted or intended), the trigger words and the
// sentence as byte spans of the text, its CAMEO and PLOVER codes and its
// topics. For a symmetric type the order of the pair is the order of the
// text; [Relation.Key] gives the pair in ID order for scoring. Relations come
// in text order, one per sentence that supports them.
//
// # The lexicon format
//
// A [Lexicon] is compiled from YAML: the embedded default (lexicon.yaml)
// and any user sources. It has four sections.
//
// triggers is a list of entries, each with a type and any of:
//
//   - verbs: base forms. The first word of each is inflected by the rules of
//     English spelling (sign: signs, signed, signing; ban: banned; try:
//     tries, tried) and by the irregular table (meet: met).
//   - nouns: matched as written and with a plural -s on the last word.
//   - phrases: matched as written.
//   - objects: what may introduce the other party: prepositions (with, to,
//     on, against, between, ...) and "direct" for a direct object.
//   - host: the subject receives the object ("Y hosts X" is visit(X, Y)).
//   - complement: the "of ..." after the object holds no relation of its
//     own ("accused Pakistan of air strikes" is only an accusation).
//   - mutual: an event between parties the sentence names elsewhere ("a
//     truce after deadly border clashes"), read both ways between them.
//   - intended: the words promise the act ("pledge aid"), so their
//     relations are intended.
//   - cameo: a more specific CAMEO code, in quotes ("072").
//   - topics: topics the words imply.
//
// In every word list "a|b" matches either word and "..." is a gap of up to
// six words (no clause punctuation; "long-range" counts as one): "sign ...
// agreement" matches "signed a landmark agreement". A phrase has at most
// [MaxTriggerWords] words.
//
// irregular maps a verb to the past forms the inflector cannot guess
// (hold: [held]). markers holds the closed word lists the reading rules use:
// negation, intention, hypothetical, refusal, denial, reporting, clause,
// locative, heads (nouns before "of" whose complement is the actor: "leaders
// of Egypt"), be (the auxiliaries of a passive), request ("should",
// "must"), failure ("failed to") and border (nouns after which "with"
// names the land beyond: "near the border with Ukraine"). topics maps a topic name to the words that put a sentence under
// it; a word may belong to several topics ("naval": military and maritime).
// A relation's Topics slice is shared with others of the same topics:
// treat it as read-only.
//
// # How a sentence is read
//
// [Extractor.Extract] reads only the sentences that mention two different
// actors and hold a trigger word. A mention glued to "pro-" or "anti-"
// names no actor, nor does a bloc named for its members ("Poland and other
// EU countries", "EU member states"). A sentence longer than 1,000 tokens
// (text with no sentence ends) is read in pieces of at most that many,
// cut before a mention, and each relation is still reported once per
// sentence. In each sentence it:
//
//   - Numbers the clauses. A new clause starts at ';', ':', a dash between
//     spaces, a clause word (while, but, after, which, ...) and a reporting
//     verb (said, told, according to, ...). A relative clause opened by ",
//     which" (who, whom, whose, where) ends at the next comma and the clause
//     it interrupted goes on, so "Beijing, which has refused to ..., called on
//     Kyiv" keeps Beijing with "called on". A "that" followed by a
//     lower-case word that is no determiner, preposition or pronoun opens a
//     relative clause too.
//   - Groups the actor mentions by coordination: "Japan and the EU", "Egypt,
//     Ethiopia and Sudan", compounds glued by dashes or slashes ("EU-Japan").
//     A possessive and a person's title and name may stand between the items
//     ("China's President Xi and ..."). A list joined by commas alone is a
//     group only in a headline (no final punctuation) or when it ends in
//     "and"; ", and" after a single item starts a new clause, and a fronted
//     place ("In Nairobi, Kenya and Ethiopia ...") is no item. A group
//     remembers the preposition before it.
//   - Finds the triggers, longest match first, left to right, skipping
//     mentions. A word that is both verb and noun ("sanctions") keeps each
//     reading and the first that yields a frame wins.
//   - For each trigger, finds the object: the first group after it in its
//     clause, before any comma, introduced by one of the trigger's
//     prepositions, or close after a verb (at most three determiners,
//     modifiers or numbers between) when it takes a direct object. A noun's
//     object must follow within four words ("sanctions on Iran"). A trigger
//     that ends in its preposition ("stood with", "concerns over") takes the
//     group that preposition introduces. A group inside the trigger's words
//     is its object ("summoned the EU ambassador") unless an object follows
//     the trigger closely ("announced US military aid to Ukraine").
//   - Finds the subject: for a passive participle (a form of "be" or "get"
//     within two words before it) or a noun, the "by" group that follows
//     within eight words ("sanctions were imposed on Belarus by Canada");
//     otherwise the nearest group before the trigger in its clause that is
//     not after a preposition, save one of time (after, during, following,
//     ...) or "of" after a head noun. A noun after amid, about, over,
//     despite, into, on or against takes no subject from outside its phrase.
//     A noun that something "drew" (prompted, sparked) takes its subject
//     from "from": "Russia's strikes drew condemnation from NATO".
//   - Reads nominal compounds: a compound of two or more actors inside or
//     just before a noun trigger names the parties ("EU-Japan talks", "the
//     Solomon Islands–China security pact"); for symmetric types every pair,
//     for attack both ways. A group after "between" names the parties of a
//     symmetric event ("talks between India and Pakistan") or the parties of
//     a mediation ("mediated between Kinshasa and Kigali": one mediate to
//     each).
//   - Relates the subject group to the object group, one relation per
//     member pair. Joint events (cooperate) relate every pair of subject and
//     object members ("held joint drills with Russia and China"). A symmetric
//     trigger with a coordinated subject and no object relates its members
//     ("Japan and the EU held talks").
//   - Hosts: for a host trigger ("hosted", "received"), the object visits the
//     subject; with no subject the place after "in" or "at" is the host.
//   - Speakers: a verb with no subject in its clause, whose clause opens
//     with a reporting verb and then it, they, he or she, takes the speaker
//     before the reporting verb ("Washington said it would open negotiations
//     with Tokyo"). The outlet of a report is never an actor, since it is
//     not in the gazetteer.
//   - "X said Y should (must, ought) ..." is request(X, Y).
//   - Refusal: a refusal marker (refused to, declined to) before a
//     cooperative trigger (negotiate, meet, sign, support, aid, ...) turns it
//     into reject of the other party ("refused to sign the deal with Japan");
//     before a hostile one (condemn, sanction, attack) it relates nobody.
//     "reject" followed by "to" is itself no trigger.
//   - Negation: a negation marker in the trigger's clause, after the
//     subject, with at most two words before the trigger ("did not sign",
//     "has no plans to meet") negates it; one further away negates another
//     verb, and the trigger is then not read at all. A failure marker
//     ("failed to reach an agreement") negates the same way, but not a
//     request: failing to convince someone still asked them.
//   - Modality: an intention marker after the subject makes the relation
//     intended (will, plans to, agreed to, decided to, vowed to, ...); a
//     marker ending in "to" must stand right before the trigger, with at most
//     one word between.
//   - Hypotheticals: a question (the sentence ends with "?") or a
//     hypothetical marker (could, might, may, if, whether, considering, ...)
//     before the trigger in its clause gives no relation.
//   - Complements: the "of ..." complement of a complement trigger
//     ("accused Pakistan of air strikes, ...") and the "to ..." complement of
//     a request ("urged Serbia to recognise Kosovo") are not read for other
//     relations up to the next comma; what is only asked or owed (should,
//     must) did not happen. An accusation with no object takes the
//     actor that opens a following ", saying (that) X ..."; a participle
//     after a comma with no object of its own (", accusing it of ...")
//     continues the previous relation's pair.
//   - Mutual events: a mutual trigger with no parties of its own ("a truce
//     after deadly border clashes") is read both ways between the parties of
//     the sentence's symmetric relations read so far, else of its first
//     coordination of two or more actors.
//   - Drops a relation of an entity to itself and any repeat within the
//     sentence, and support(X, Y) where the sentence also has
//     provide_aid(X, Y) ("aid ... to support Ukraine" is one act).
//
// References back ("the two sides", "they" outside reported speech) are not
// resolved, and membership or standing relationships told in passing are
// not relations because no trigger reads them.
//
// # Part-of-speech tags
//
// [NewExtractorWith] takes an optional [POSTagger] that decides between the
// verb and the noun reading of a trigger word that has both; package
// relation/prosetag adapts prose/v2's tagger. Measured on the project's
// articles it changes no result and slows reading, so the default has none.
//
// # Extending the lexicon
//
// [LoadLexicon] loads the default lexicon and then each
// [LexiconOptions.Sources] in order: their triggers are added, and their
// irregular, marker and topic lists extend those already loaded.
// [LexiconOptions.NoDefault] starts from nothing. [ReadFile] and
// [ReadSource] read a source; a source over [LexiconOptions.MaxSourceBytes]
// ([DefaultMaxSourceBytes] by default) gives [ErrTooLarge]. Every problem in
// the sources is reported at once, as an [ErrorList] of [Error] sorted by
// position, each "relation: file:line:col: what is wrong; what to do", with
// a suggestion for a misspelt field or type. YAML aliases are refused.
//
//	src := relation.Source{Name: "mine.yaml", Data: []byte(`
//	triggers:
//	  - type: support
//	    verbs: [applaud]
//	    objects: [direct]
//	`)}
//	lexicon, err := relation.LoadLexicon(relation.LexiconOptions{Sources: []relation.Source{src}})
//
// # Concurrency
//
// A [Lexicon] and an [Extractor] are immutable once built and safe for
// concurrent use: build them once and share them. Each call to
// [Extractor.Extract] or [Extractor.AppendRelations] takes its working state
// from a pool and returns it; [Extractor.AppendRelations] appends to a
// caller's slice so that a loop over many documents can reuse it.
package relation
