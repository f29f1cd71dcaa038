package relation

import (
	"github.com/geopol/geopol/internal/lex"
)

// mutualPairs returns both directions between the parties of an event the
// sentence names elsewhere: those of the relations read so far, else its
// first coordination of two or more actors.
func (s *sentence) mutualPairs(rels []Relation) [][2]int {
	var parties []int
	add := func(m int) {
		for _, p := range parties {
			if s.actors[p].ID == s.actors[m].ID {
				return
			}
		}
		parties = append(parties, m)
	}
	for _, r := range rels {
		if !r.Type.Symmetric() {
			continue // a mediator or an aggressor is no side of the event
		}
		for k, a := range s.actors {
			if a.Start == r.Subject.Mention.Start || a.Start == r.Object.Mention.Start {
				add(k)
			}
		}
	}
	if len(parties) < 2 {
		parties = parties[:0]
		for _, g := range s.groups {
			if len(g.members) > 1 {
				for _, m := range g.members {
					add(m)
				}
				break
			}
		}
	}
	var out [][2]int
	for _, p := range s.allPairs(parties) {
		out = append(out, p, [2]int{p[1], p[0]})
	}
	return out
}

// subjectEligible reports whether group g can be an actor by its position:
// not after a preposition, except "of" after a head noun ("leaders of
// Egypt").
func (s *sentence) subjectEligible(g *group) bool {
	switch g.prep {
	case "", "following", "after", "before", "during", "amid", "despite":
		return true // no preposition, or one of time: "following Japan's talks with ..."
	case "of":
		return s.isAt(mHeads, g.headAt)
	}
	return false
}

// roles finds the subject and object of trigger h and returns the actor
// index pairs (subject, object) it relates.
func (s *sentence) roles(h *hit, r *reading) [][2]int {
	t := h.p.trigger
	sym := r.typ.Symmetric()
	clause := s.clauseOf(h.first)
	r.subjectEnd, r.objectEnd = -1, h.end

	// A compound inside the trigger (elevate China-Brazil ties) or right
	// before a noun trigger (EU-Japan talks) names the parties.
	var object, between, inside *group
	if h.insideGroup >= 0 {
		g := &s.groups[h.insideGroup]
		if g.compound && sym {
			return s.compoundPairs(g, r.typ)
		}
		// "summoned the EU ambassador": the object, unless one follows
		// the trigger ("announced US military aid to Ukraine").
		inside = g
	}
	if !h.p.verb {
		if g := s.groupBefore(h.first, 3); g != nil && g.compound {
			return s.compoundPairs(g, r.typ)
		}
	}

	// The object: the first group after the trigger in its clause, before
	// any comma, that an allowed preposition (or none, for a direct object)
	// introduces. A noun's object follows it closely: "sanctions on Iran".
	// The words between the trigger and each group are read once, group
	// by group (groups are in text order), so that a long run of text
	// with many groups stays linear.
	scan := wordScan{at: h.end, lastAt: -1}
	for gi := range s.groups {
		if object != nil {
			break
		}
		g := &s.groups[gi]
		if g.first < h.end || s.clauseOf(g.first) != clause {
			continue
		}
		s.scanTo(&scan, g.first)
		if scan.comma || !h.p.verb && g.first-h.end > maxNounObjectGap {
			break
		}
		prep := scan.last
		if prep == "with" && !contains(r.objects, "with") && scan.lastAt > h.end && s.isAt(mBorder, scan.lastAt-1) {
			// "near the border with Ukraine" is near Ukraine, for a
			// trigger that takes no "with" object (mobilize).
			prep = scan.before
		}
		if prep == "by" && !contains(r.objects, "by") {
			continue // the passive agent, handled below
		}
		if prep == "between" {
			if len(g.members) > 1 && (sym || r.typ == Mediate) {
				between = g
				break
			}
			if len(g.members) == 1 {
				if r.typ == Mediate {
					object = g // the mediator still mediates for the one named
					break
				}
				continue // the other side is no entity: "talks between Israel and Hamas"
			}
		}
		if prep == "of" && h.p.verb && !r.refused && !(g.prep == "of" && s.isAt(mHeads, g.headAt)) {
			// After a verb, "of" introduces the object only after a head
			// noun ("hosted the president of South Korea"), not a place
			// ("seized off the coast of Oman"); after a noun it does
			// ("the blockade of Taiwan"), and so after a refusal ("refused
			// to sign the statement of the SCO meeting").
			continue
		}
		own := false
		if prep == "" && s.isClass(h.end-1, preposition) {
			// The trigger ends in its preposition ("concerns over",
			// "stood with"): that preposition introduces the object.
			prep, own = s.w(h.end-1), true
		}
		direct := prep == "" && h.p.verb && contains(r.objects, "direct") && s.closeObject(h.end, g.first)
		if direct || own || (prep != "" && contains(r.objects, prep)) {
			object = g
			break
		}
	}

	if inside != nil && (object == nil || object.first-h.end > maxNounObjectGap) {
		object = inside // no object right after the trigger: the one inside it
	}

	// The subject: a passive agent ("by the EU"), else the nearest eligible
	// group before the trigger in its clause.
	var subject *group
	passive := h.past && s.isBeforeBe(h.first) || !h.p.verb
	if passive {
		if g := s.agent(h, clause); g != nil {
			subject = g
			if object == nil && h.p.verb {
				object = s.nearestBefore(h.first, clause) // "Iran was attacked by ..."
			}
		}
	}
	if subject == nil && !(!h.p.verb && s.blockedNoun(h)) {
		subject = s.nearestBefore(h.first, clause)
		if subject != nil {
			r.subjectEnd = subject.end
		}
	}
	if subject == nil && h.p.verb {
		subject = s.speaker(h)
	}
	if !h.p.verb && s.drewFrom(h) {
		// "Russia's strikes drew condemnation from NATO": the noun's
		// agent follows "from", the target stands before.
		if g := s.groupAfterPrep(h.end, "from", 2); g != nil {
			object, subject = s.nearestBefore(h.first, clause), g
			r.subjectEnd = -1
		}
	}
	if subject == nil && h.p.verb && hasSuffix(s.w(h.first), "ing") {
		// "with Phnom Penh accusing Thai troops of ...".
		if g := s.groupBefore(h.first, 0); g != nil && g.prep == "with" {
			subject = g
		}
	}
	// "X cut ties with Y, accusing it of ...": a participle after a comma
	// with no object of its own continues the previous relation's pair.
	if object == nil && t.Complement && h.p.verb && hasSuffix(s.w(h.first), "ing") && s.w(h.first-1) == "," && s.hasLast {
		return [][2]int{s.last}
	}
	// "Beijing criticised the agreement, saying Tokyo was ...": the
	// accusation's object is named in the statement that follows.
	if subject != nil && object == nil && t.Complement {
		object = s.statementObject(h)
	}
	if t.Host {
		if subject == nil {
			subject = s.locativeAfter(h, clause)
		}
		if subject == nil || object == nil {
			return nil
		}
		r.objectEnd = object.end
		return s.cross(object, subject)
	}

	switch {
	case between != nil && (subject == nil || !h.p.verb || sym && r.typ != Mediate):
		// "talks between X and Y", "a truce between X and Y": the parties.
		r.objectEnd = between.end
		return s.allPairs(between.members)
	case between != nil:
		r.objectEnd = between.end
		return s.cross(subject, between)
	case subject != nil && object != nil:
		r.objectEnd = object.end
		if sym && r.typ == Cooperate {
			// Joint drills with Russia and China: every pair of the three.
			s.union = append(append(s.union[:0], subject.members...), object.members...)
			return s.allPairs(s.union)
		}
		return s.cross(subject, object)
	case subject != nil && sym && len(subject.members) > 1:
		// "Japan and the EU held talks".
		return s.allPairs(subject.members)
	}
	return nil
}

// closeObject reports whether tokens [from, to) may stand between a verb
// and its direct object: at most three determiners, modifiers or numbers
// ("hosted his Armenian ...", "sent Kyiv ...", not "sanctions as
// Washington ...").
func (s *sentence) closeObject(from, to int) bool {
	if to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		w := s.w(k)
		if !s.isClass(k, determiner) && !isAdjectiveLike(w) && !isNumber(w) && w != "new" && w != "that" {
			return false
		}
	}
	return true
}

func isNumber(w string) bool {
	return w != "" && '0' <= w[0] && w[0] <= '9'
}

// maxNounObjectGap is how many words may stand between a noun trigger and
// its object: "aid to Ukraine", "sanctions were imposed on Belarus".
const maxNounObjectGap = 4

// compoundPairs relates the members of a compound (EU-Japan): every pair
// for symmetric types, both ways for attacks (clashes), nothing otherwise.
func (s *sentence) compoundPairs(g *group, t Type) [][2]int {
	switch {
	case t.Symmetric():
		return s.allPairs(g.members)
	case t == Attack:
		pairs := s.allPairs(g.members)
		for _, p := range pairs[:len(pairs):len(pairs)] {
			pairs = append(pairs, [2]int{p[1], p[0]})
		}
		return pairs
	}
	return nil
}

// allPairs returns every pair of ms, in s.pairs: valid until the next call
// of allPairs or cross.
func (s *sentence) allPairs(ms []int) [][2]int {
	out := s.pairs[:0]
	for i := 0; i < len(ms); i++ {
		for j := i + 1; j < len(ms); j++ {
			out = append(out, [2]int{ms[i], ms[j]})
		}
	}
	s.pairs = out
	return out
}

// cross returns every pair of a member of a with one of b, in s.pairs.
func (s *sentence) cross(a, b *group) [][2]int {
	out := s.pairs[:0]
	for _, x := range a.members {
		for _, y := range b.members {
			out = append(out, [2]int{x, y})
		}
	}
	s.pairs = out
	return out
}

// groupBefore returns the group ending at most gap words before token i,
// with only words (no punctuation) between.
func (s *sentence) groupBefore(i, gap int) *group {
	for gi := len(s.groups) - 1; gi >= 0; gi-- {
		g := &s.groups[gi]
		if g.end > i {
			continue
		}
		if i-g.end > gap {
			return nil
		}
		for k := g.end; k < i; k++ {
			if w := s.w(k); !gapToken(w) || w == "," {
				return nil
			}
		}
		return g
	}
	return nil
}

// nearestBefore returns the nearest subject-eligible group before token i
// in clause c.
func (s *sentence) nearestBefore(i, c int) *group {
	for gi := len(s.groups) - 1; gi >= 0; gi-- {
		g := &s.groups[gi]
		if g.end > i {
			continue
		}
		if s.clauseOf(g.first) != c {
			continue // an interrupting relative clause, or an earlier clause
		}
		if s.subjectEligible(g) {
			return g
		}
	}
	return nil
}

// maxSpeakerGap is how far before a reporting verb its speaker may end.
const maxSpeakerGap = 8

// statementObject returns the group that opens a participial statement
// after trigger h: ", saying (that) X ...".
func (s *sentence) statementObject(h *hit) *group {
	for k := h.end; k+1 < s.end; k++ {
		switch s.w(k + 1) {
		case "saying", "adding", "arguing", "insisting", "claiming", "charging":
			if s.w(k) != "," {
				continue
			}
		case "said", "says":
			if s.w(k) != "and" {
				continue // "condemned the measures and said London was ..."
			}
		default:
			continue
		}
		j := k + 2
		if s.w(j) == "that" {
			j++
		}
		for gi := range s.groups {
			if g := &s.groups[gi]; g.first == j || g.first == j+1 && s.isClass(j, determiner) {
				return g
			}
		}
		return nil
	}
	return nil
}

// speaker resolves the pronoun that reported speech opens with to the
// speaker: in "Washington said it would open negotiations with Tokyo", "it"
// is Washington. Only it, they, he and she right after the reporting verb
// (and "that") count, and the speaker must be an eligible group just
// before the verb.
func (s *sentence) speaker(h *hit) *group {
	k := s.clauseStart(h.first)
	if !s.isAt(mReporting, k) {
		return nil
	}
	verb := k
	k++
	for n := 0; n < 4 && k < h.first; n++ {
		w := s.w(k)
		if w == "that" || w == "on" || w == "last" || w == "this" || w == "earlier" || w == "later" || hasSuffix(w, "ly") ||
			lex.ShapeOf(s.doc.TokenText(k)) == lex.Title && s.mentAt[k-s.first] < 0 {
			k++ // "said on Friday it had signed"
			continue
		}
		break
	}
	switch s.w(k) {
	case "it", "they", "he", "she":
	default:
		return nil
	}
	if s.indexOf(",", k, h.first) >= 0 {
		return nil
	}
	for gi := len(s.groups) - 1; gi >= 0; gi-- {
		g := &s.groups[gi]
		if g.end > verb {
			continue
		}
		// The speaker is the nearest group before the verb: "the Solomon
		// Islands' fisheries ministry said", "Paris endorsed the plan and
		// said".
		if s.subjectEligible(g) && verb-g.end <= maxSpeakerGap {
			return g
		}
		return nil
	}
	return nil
}

// agent returns the group after "by" following trigger h in its clause.
func (s *sentence) agent(h *hit, c int) *group {
	for gi := range s.groups {
		g := &s.groups[gi]
		if g.first < h.end || s.clauseOf(g.first) != c || g.first-h.end > maxAgentGap {
			continue
		}
		if g.prep == "by" && s.indexOf(",", h.end, g.first) < 0 {
			return g
		}
	}
	return nil
}

// drewFrom reports whether a noun trigger is what something "drew",
// "drawing", "prompted" or "sparked".
func (s *sentence) drewFrom(h *hit) bool {
	k := h.first - 1
	for k >= s.first && s.isClass(k, determiner) {
		k--
	}
	switch s.w(k) {
	case "drew", "draw", "draws", "drawing", "prompted", "sparked", "triggered", "earned", "faced":
		return true
	}
	return false
}

// groupAfterPrep returns the group introduced by prep within gap words
// after token i.
func (s *sentence) groupAfterPrep(i int, prep string, gap int) *group {
	for gi := range s.groups {
		g := &s.groups[gi]
		if g.first >= i && g.first-i <= gap+1 && g.prep == prep {
			return g
		}
	}
	return nil
}

// maxAgentGap is how far after a trigger its "by" agent may start:
// "sanctions were imposed on Iran by the EU".
const maxAgentGap = 8

// locativeAfter returns the group after "in" or "at" following trigger h:
// the host of "received X in Cairo".
func (s *sentence) locativeAfter(h *hit, c int) *group {
	for gi := range s.groups {
		g := &s.groups[gi]
		if g.first >= h.end && s.clauseOf(g.first) == c && (g.prep == "in" || g.prep == "at") {
			return g
		}
	}
	return nil
}

// isBeforeBe reports whether a form of "be" stands within two words before
// token i: the participle of a passive.
func (s *sentence) isBeforeBe(i int) bool {
	return s.isAt(mBe, i-1) || s.isAt(mBe, i-2)
}

// blockedNoun reports whether a noun trigger sits in a prepositional phrase
// that takes no actor from outside it: "amid concerns about China".
func (s *sentence) blockedNoun(h *hit) bool {
	k := h.first - 1
	for n := 0; k >= s.first && n < 4; n++ {
		if s.mentAt[k-s.first] >= 0 || s.isClass(k, preposition) || !s.isClass(k, determiner) && lex.ShapeOf(s.doc.TokenText(k)) != lex.Lower {
			break
		}
		k-- // determiners and modifiers: "on a reciprocal access agreement"
	}
	switch s.w(k) {
	case "amid", "about", "over", "despite", "regarding", "concerning", "against", "into", "on":
		return true
	}
	return false
}

// isAdjectiveLike is a cheap guess at the modifiers between a preposition
// and its noun: "amid growing concerns", "over recent strikes".
func isAdjectiveLike(w string) bool {
	if len(w) < 3 || prepositions[w] {
		return false
	}
	switch {
	case hasSuffix(w, "ing"), hasSuffix(w, "ed"), hasSuffix(w, "al"), hasSuffix(w, "ic"),
		hasSuffix(w, "ous"), hasSuffix(w, "ive"), hasSuffix(w, "ent"), hasSuffix(w, "ant"):
		return true
	}
	switch w {
	case "new", "recent", "fresh", "renewed", "deep", "serious", "grave", "further":
		return true
	}
	return false
}

func hasSuffix(s, suf string) bool { return len(s) >= len(suf) && s[len(s)-len(suf):] == suf }

// wordScan is what the object search has read of the words after a
// trigger, up to token at: whether a comma stands among them, and the last
// two prepositions (only those outside mentions count).
type wordScan struct {
	at           int
	comma        bool
	last, before string // the last preposition and the one before it
	lastAt       int    // the index of last, or -1
}

// scanTo reads the words of the scan up to token to.
func (s *sentence) scanTo(sc *wordScan, to int) {
	for ; sc.at < to; sc.at++ {
		w := s.w(sc.at)
		if w == "," {
			sc.comma = true
		}
		if s.isClass(sc.at, preposition) && s.mentAt[sc.at-s.first] < 0 {
			sc.before, sc.last, sc.lastAt = sc.last, w, sc.at
		}
	}
}

// saidShould adds request(X, Y) for "X said Y should ...".
func (s *sentence) saidShould(dst []Relation, base int) []Relation {
	for _, i := range s.markAt {
		if !s.isAt(mReporting, i) {
			continue
		}
		k := i + 1
		if s.w(k) == "that" {
			k++
		}
		var object *group
		for gi := range s.groups {
			if g := &s.groups[gi]; g.first >= k && g.first <= k+1 {
				object = g
				break
			}
		}
		if object == nil || !s.isAt(mRequest, object.end) {
			continue
		}
		var subject *group
		for gi := len(s.groups) - 1; gi >= 0; gi-- {
			if g := &s.groups[gi]; g.end <= i && s.subjectEligible(g) {
				subject = g
				break
			}
		}
		if subject == nil {
			continue
		}
		st := s.doc.Sentences[s.index]
		for _, p := range s.cross(subject, object) {
			rel := Relation{
				Type:     Request,
				Subject:  Argument{ID: s.actors[p[0]].ID, Mention: *s.actors[p[0]]},
				Object:   Argument{ID: s.actors[p[1]].ID, Mention: *s.actors[p[1]]},
				Trigger:  s.span(object.end, object.end+1),
				Sentence: s.index,
				Evidence: Span{Start: st.Start, End: st.End},
				CAMEO:    Request.CAMEO(),
				PLOVER:   Request.PLOVER(),
			}
			if rel.Subject.ID != rel.Object.ID && !duplicate(dst[base:], &rel) {
				dst = append(dst, rel)
			}
		}
	}
	return dst
}
