package relation

import (
	"slices"
	"sync"

	"github.com/geopol/geopol/entity"
	"github.com/geopol/geopol/gazetteer"
	"github.com/geopol/geopol/internal/lex"
)

// Extractor reads relations from tagged documents by the reading rules of
// RELATIONS.md, driven by a Lexicon. It is immutable and safe for
// concurrent use.
type Extractor struct {
	lex *Lexicon
	pos POSTagger // optional; see ExtractorOptions
	// scratch holds *sentence working state between calls, so that a
	// long-running reader does not allocate it anew for every article.
	scratch sync.Pool
}

// NewExtractor returns an extractor using lexicon l.
func NewExtractor(l *Lexicon) *Extractor { return &Extractor{lex: l} }

// Extract returns the relations of doc, whose mentions (from
// entity.Tagger) are given, in text order.
func (x *Extractor) Extract(doc *entity.Document, mentions []entity.Mention) []Relation {
	return x.AppendRelations(nil, doc, mentions)
}

// AppendRelations appends the relations of doc to dst and returns the
// extended slice. Only sentences that mention at least two different actors
// (countries, territories, blocs, organisations) are read at all.
//
// mentions is read, not kept or changed.
func (x *Extractor) AppendRelations(dst []Relation, doc *entity.Document, mentions []entity.Mention) []Relation {
	s, _ := x.scratch.Get().(*sentence)
	if s == nil {
		s = new(sentence)
	}
	defer func() {
		s.doc, s.actors = nil, s.actors[:0] // drop references to the caller's data
		x.scratch.Put(s)
	}()
	for i := 0; i < len(mentions); {
		si := mentions[i].Sentence
		j := i
		for j < len(mentions) && mentions[j].Sentence == si {
			j++
		}
		st := doc.Sentences[si]
		base := len(dst)
		// Read the sentence in pieces of at most maxPiece tokens, cut
		// before a mention: real sentences fit in one, and a run of text
		// with no sentence end (a feed without punctuation) stays linear.
		for first, k := st.FirstToken, i; first < st.EndToken && k < j; {
			end := min(first+maxPiece, st.EndToken)
			n := k
			for n < j && mentions[n].FirstToken < end {
				n++
			}
			if n > k && mentions[n-1].EndToken > end {
				end = mentions[n-1].EndToken // never cut a mention
			}
			if twoActors(mentions[k:n]) {
				s.reset(x.lex, doc, si, first, end, mentions[k:n])
				if !s.noTriggers {
					s.tagSentence(x.pos)
					dst = s.read(dst, base)
				}
			}
			first, k = end, n
		}
		i = j
	}
	return dst
}

// maxPiece is the most tokens the reader takes at once. A sentence longer
// than this is read in consecutive pieces.
const maxPiece = 1000

// twoActors reports whether ms mention at least two different actors.
func twoActors(ms []entity.Mention) bool {
	first := ""
	for i := range ms {
		if m := &ms[i]; m.Kind.IsActor() {
			switch {
			case first == "":
				first = m.ID
			case m.ID != first:
				return true
			}
		}
	}
	return false
}

// sentence is the working state for reading one sentence.
type sentence struct {
	lex        *Lexicon
	doc        *entity.Document
	index      int
	first      int               // first token (absolute)
	end        int               // end token (absolute)
	actors     []*entity.Mention // actor mentions, in order: pointers into the caller\'s slice
	low        []string          // folded lower-case text per token (relative)
	mentAt     []int             // actor index per token (relative), or -1
	words      []*word           // what the lexicon knows of each token (relative), or nil
	trigAt     []int             // tokens whose word starts a trigger phrase
	markAt     []int             // tokens whose word starts a marker phrase
	topicBits  uint64            // the topics the sentence\'s words signal
	fold       []byte            // scratch for folding a non-ASCII token
	noTriggers bool              // no token starts a trigger phrase
	marks      []markerSet       // marker lists starting at each token (relative)
	clause     []int             // clause number per token (relative)
	seq        []int             // 0, 1, 2, ...: the members of groups are its sub-slices
	links      []linkKind        // scratch for buildGroups
	groups     []group
	pairs      [][2]int  // scratch for allPairs and cross
	union      []int     // scratch for a union of groups
	readings   []*phrase // scratch for readHit
	hits       []hit
	alts       []*phrase // the other readings of the hits (see altsOf)
	headline   bool      // no final punctuation: commas coordinate
	question   bool
	last       [2]int // the pair of the last relation read, for participles
	hasLast    bool
	lastRead   reading  // the reading of the last trigger read
	tags       []string // part-of-speech tags per token (relative), when a tagger ran
}

// group is a coordination of actor mentions: "Japan and the EU",
// "Egypt, Ethiopia and Sudan", "EU-Japan".
type group struct {
	members    []int // indices into actors
	first, end int   // token span (absolute), end exclusive
	prep       string
	headAt     int  // for prep "of": the token before "of"
	compound   bool // joined by glued dashes or slashes only
}

// hit is a trigger found in the sentence. A word that is both a verb form
// and a noun ("sanctions") has a reading for each: the other phrases of the
// same span (sentence.altsOf) are tried in turn until one yields a frame.
type hit struct {
	p           *phrase
	altFrom     int // the other readings: s.alts[altFrom : altFrom+nAlts]
	nAlts       int
	first, end  int // token span (absolute)
	past        bool
	insideGroup int // a compound group inside the trigger's span, or -1
}

// reset prepares s for sentence si; after it, s.noTriggers tells whether
// there is anything to read.
func (s *sentence) reset(l *Lexicon, doc *entity.Document, si, first, end int, ms []entity.Mention) {
	s.lex, s.doc, s.index = l, doc, si
	s.hasLast = false
	s.first, s.end = first, end
	s.actors = s.actors[:0]
	for i := range ms {
		if m := &ms[i]; m.Kind.IsActor() && !modifierPrefix(doc, m.FirstToken) && !membersOf(doc, m) {
			s.actors = append(s.actors, m)
		}
	}
	n := s.end - s.first
	s.low = slices.Grow(s.low[:0], n)
	s.mentAt = slices.Grow(s.mentAt[:0], n)
	s.marks = slices.Grow(s.marks[:0], n)
	s.clause = slices.Grow(s.clause[:0], n)
	s.words = slices.Grow(s.words[:0], n)
	// One pass records, besides each token's word, where trigger and
	// marker words stand and which topics the sentence touches, so that
	// later passes visit only those tokens.
	s.trigAt, s.markAt, s.topicBits = s.trigAt[:0], s.markAt[:0], 0
	for i := s.first; i < s.end; i++ {
		t := doc.TokenText(i)
		if key, info, ok := l.table.lookup(t, &s.fold); ok {
			s.low = append(s.low, key)
			s.words = append(s.words, info)
			if len(info.phrases) > 0 {
				s.trigAt = append(s.trigAt, i)
			}
			if len(info.markers) > 0 {
				s.markAt = append(s.markAt, i)
			}
			s.topicBits |= info.topics
		} else {
			// No word the reader knows or compares with, in any case:
			// its own text serves (see w).
			s.low = append(s.low, t)
			s.words = append(s.words, nil)
		}
		s.mentAt = append(s.mentAt, -1)
	}
	s.noTriggers = len(s.trigAt) == 0
	for k, m := range s.actors {
		for t := m.FirstToken; t < m.EndToken; t++ {
			s.mentAt[t-s.first] = k
		}
	}
	last := s.low[n-1]
	s.headline = !(last == "." || last == "!" || last == "?" || last == "..." || last == "…" ||
		(n > 1 && (last == "\"" || last == "”" || last == "'" || last == "’" || last == ")")))
	s.question = last == "?" || (n > 1 && s.low[n-2] == "?")
	s.groups, s.hits = s.groups[:0], s.hits[:0]
	if s.noTriggers {
		return // nothing to read: skip the rest of the work
	}
	s.indexMarkers()
	s.splitClauses()
	s.buildGroups()
	s.findTriggers()
}

// modifierPrefix reports whether the mention at token i is glued to a
// "pro-" or "anti-" before it: "pro-Armenian statements" name no actor.
func modifierPrefix(doc *entity.Document, i int) bool {
	if i < 2 || doc.Tokens[i].Space != lex.NoSpace || doc.TokenText(i-1) != "-" || doc.Tokens[i-1].Space != lex.NoSpace {
		return false
	}
	switch w := doc.TokenText(i - 2); w {
	case "pro", "Pro", "anti", "Anti", "PRO", "ANTI":
		return true
	}
	return false
}

// membersOf reports whether a bloc's mention names its members rather
// than the bloc: "Poland and other EU countries", "EU member states".
func membersOf(doc *entity.Document, m *entity.Mention) bool {
	if m.Kind != gazetteer.Bloc || m.EndToken >= len(doc.Tokens) {
		return false
	}
	switch lex.FoldLower(doc.TokenText(m.EndToken)) {
	case "countries", "member", "members", "nations", "states", "governments", "capitals", "economies":
		return true
	}
	return false
}

// w returns the word at absolute token i, or "" outside the sentence: the
// lexicon's lower-case form for any word the lexicon or the reader knows
// (so "The", "THE" and "the" are all "the"), and the token's own text for
// any other word, which then equals no word the reader compares with.
func (s *sentence) w(i int) string {
	if i < s.first || i >= s.end {
		return ""
	}
	return s.low[i-s.first]
}

func (s *sentence) tok(i int) lex.Token { return s.doc.Tokens[i] }

// splitClauses numbers the clauses: a new one starts at ';', ':', a spaced
// dash, a clause word (while, which, after, ...) or a reporting verb.
//
// A relative clause opened by ", which" (who, whom, whose, where) ends at
// the next comma, and the clause it interrupted goes on: in "Beijing, which
// has refused to condemn the invasion, called on Kyiv", Beijing and "called
// on" share a clause.
func (s *sentence) splitClauses() {
	s.clause = s.clause[:0]
	c, next := 0, 0
	resume := -1 // the clause a relative clause interrupted, or -1
	for i := s.first; i < s.end; i++ {
		if info := s.words[i-s.first]; s.tok(i).Kind != lex.Punct && (info == nil || info.class&clauseWord == 0) {
			s.clause = append(s.clause, c) // a word that opens no clause
			continue
		}
		w := s.w(i)
		if resume >= 0 && w == "," {
			s.clause = append(s.clause, c)
			c, resume = resume, -1
			continue
		}
		if s.w(i-1) == "," && isRelative(w) && resume < 0 {
			resume = c
			next++
			c = next
			s.clause = append(s.clause, c)
			continue
		}
		switch {
		case w == ";" || w == ":":
		case s.isDashBreak(i):
		case w == "that" && s.relativeThat(i):
		case s.mentAt[i-s.first] < 0 && (s.isAt(mClause, i) || s.isAt(mReporting, i)):
		default:
			s.clause = append(s.clause, c)
			continue
		}
		next++
		c = next
		s.clause = append(s.clause, c)
	}
}

func isRelative(w string) bool {
	switch w {
	case "which", "who", "whom", "whose", "where":
		return true
	}
	return false
}

// isDashBreak reports whether token i is a dash standing between spaces
// (" – ", " -- "): a break between clauses, not a compound.
func (s *sentence) isDashBreak(i int) bool {
	w := s.w(i)
	if w != "-" && w != "—" {
		return false
	}
	before := s.tok(i).Space != lex.NoSpace || s.w(i-1) == "-" && s.tok(i-1).Space != lex.NoSpace
	after := i+1 < s.end && (s.tok(i+1).Space != lex.NoSpace || s.w(i+1) == "-" && i+2 < s.end && s.tok(i+2).Space != lex.NoSpace)
	return before && after
}

// relativeThat reports whether "that" at token i opens a relative clause
// ("the movement that seeks ...") rather than a complement ("reports that
// Addis Ababa rejected ..."): a relative "that" is followed by a verb,
// which this guesses as a lower-case word that is no determiner.
func (s *sentence) relativeThat(i int) bool {
	if i+1 >= s.end || s.mentAt[i+1-s.first] >= 0 {
		return false
	}
	next := s.doc.TokenText(i + 1)
	return lex.ShapeOf(next) == lex.Lower && !s.isClass(i+1, determiner|preposition|pronoun)
}

// pronouns open complement clauses: "said that it would ...".
var pronouns = map[string]bool{
	"it": true, "they": true, "he": true, "she": true, "we": true, "i": true, "you": true, "there": true,
}

func (s *sentence) clauseOf(i int) int { return s.clause[i-s.first] }

// determiners may stand between a preposition or coordinator and a mention.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "fellow": true, "both": true, "any": true, "some": true, "all": true,
	"several": true, "more": true, "many": true, "each": true, "every": true, "other": true,
	"another": true, "this": true, "these": true, "those": true, "two": true, "three": true,
}

type linkKind uint8

const (
	noLink linkKind = iota
	commaLink
	andLink
	commaAndLink // ", and": a list's last item, or the start of a new clause
	dashLink
)

// link reports how mention b is coordinated with the mention a before it.
// Between them may stand a possessive and a person's title and name
// ("China's President Xi Jinping and his Brazilian peer"), and list items
// that are no actors ("WFP, IFRC and UNICEF").
func (s *sentence) link(a, b *entity.Mention) linkKind {
	k := a.EndToken
	if k < b.FirstToken && isApostrophe(s.w(k)) {
		k++
		if s.w(k) == "s" {
			k++
		}
	}
	w := s.w(k)
	if (w == "-" || w == "/" || w == "—") && k == a.EndToken && s.tok(k).Space == lex.NoSpace && k+1 == b.FirstToken && s.tok(k+1).Space == lex.NoSpace {
		return dashLink
	}
	if s.w(k) == "," && s.introductoryPlace(a) {
		return noLink // "In Nairobi, Kenya and Ethiopia opened talks"
	}
	kind := noLink
	for items := 0; items < 4; items++ {
		k = s.skipNames(k, b.FirstToken)
		switch w := s.w(k); {
		case w == ",":
			if kind == noLink {
				kind = commaLink
			}
			k++
			if w := s.w(k); w == "and" || w == "or" {
				if kind == commaLink && items == 0 {
					kind = commaAndLink
				} else {
					kind = andLink
				}
				k++
			}
		case w == "and" || w == "or" || w == "&":
			kind = andLink
			k++
		default:
			return noLink
		}
		for k < b.FirstToken && s.isClass(k, determiner) {
			k++
		}
		if k == b.FirstToken {
			return kind
		}
	}
	return noLink
}

// introductoryPlace reports whether mention a is the place of an opening
// phrase: a locative preposition at the start of the sentence before it.
func (s *sentence) introductoryPlace(a *entity.Mention) bool {
	k := a.FirstToken - 1
	for k > s.first && s.isClass(k, determiner) {
		k--
	}
	return k == s.first && s.isAt(mLocative, k)
}

// skipNames skips capitalised words from token k (not past limit): a
// person's title and name after a mention, or a list item that names no
// actor. Reporting verbs are not skipped.
func (s *sentence) skipNames(k, limit int) int {
	start := k
	for k < limit {
		t := s.tok(k)
		shape := lex.ShapeOf(s.doc.TokenText(k))
		if (t.Kind == lex.Word || t.Kind == lex.Abbrev) && (shape == lex.Title || shape == lex.Upper) && !s.isAt(mReporting, k) {
			k++
			continue
		}
		if s.w(k) == "-" && t.Space == lex.NoSpace && k > start && k+1 < limit && s.tok(k+1).Space == lex.NoSpace {
			k += 2 // Seok-yeol
			continue
		}
		break
	}
	return k
}

func isApostrophe(w string) bool { return w == "'" }

// buildGroups coordinates the actor mentions into groups. A list joined by
// commas alone coordinates only in a headline or when it ends in "and".
func (s *sentence) buildGroups() {
	s.groups = s.groups[:0]
	if len(s.actors) == 0 {
		return
	}
	// A group's members are a run of consecutive actors: sub-slices of
	// s.seq (0, 1, 2, ...), so that grouping allocates nothing.
	s.seq = s.seq[:0]
	for k := range s.actors {
		s.seq = append(s.seq, k)
	}
	// flush groups actors [from, to), joined by links: links[k] joins
	// actors[from+k] and actors[from+k+1].
	flush := func(from, to int, links []linkKind) {
		hasAnd := false
		for _, l := range links {
			if l == andLink || l == commaAndLink {
				hasAnd = true
			}
		}
		first, compound := from, true
		for k := from + 1; k < to; k++ {
			l := links[k-from-1]
			// ", and" after a lone item starts a new clause: "sent
			// missiles to Ukraine, and the Élysée condemned ...".
			lone := l == commaAndLink && (k-from-1 == 0 || links[k-from-2] != commaLink)
			if l == commaLink && !hasAnd && !s.headline || lone {
				s.addGroup(group{members: s.seq[first:k]}, compound)
				first, compound = k, true
			} else if l != dashLink {
				compound = false
			}
		}
		s.addGroup(group{members: s.seq[first:to]}, compound)
	}
	start := 0
	s.links = s.links[:0]
	for k := 1; k <= len(s.actors); k++ {
		l := noLink
		if k < len(s.actors) {
			l = s.link(s.actors[k-1], s.actors[k])
		}
		if l == noLink {
			flush(start, k, s.links)
			start = k
			s.links = s.links[:0]
			continue
		}
		s.links = append(s.links, l)
	}
}

func (s *sentence) addGroup(g group, compound bool) {
	if len(g.members) == 0 {
		return
	}
	g.first = s.actors[g.members[0]].FirstToken
	g.end = s.actors[g.members[len(g.members)-1]].EndToken
	g.compound = compound && len(g.members) > 1
	k := g.first - 1
	for k >= s.first && s.isClass(k, determiner) {
		k--
	}
	if w := s.w(k); s.isClass(k, preposition) {
		g.prep = w
		if w == "of" {
			g.headAt = k - 1
		}
	}
	s.groups = append(s.groups, g)
}

// findTriggers finds the lexicon's phrases, longest first, left to right.
func (s *sentence) findTriggers() {
	s.hits, s.alts = s.hits[:0], s.alts[:0]
	next := s.first // tokens before next are inside an earlier hit
	for _, i := range s.trigAt {
		if i < next || s.mentAt[i-s.first] >= 0 {
			continue
		}
		if h, ok := s.matchAt(i); ok {
			s.hits = append(s.hits, h)
			next = h.end
		}
	}
}

func (s *sentence) matchAt(i int) (hit, bool) {
	var h hit
	found := false
	for _, p := range s.wordAt(i).phrases {
		end, ok := s.matchPhrase(p, i)
		if !ok {
			continue
		}
		if found {
			if end == h.end && len(p.words) == len(h.p.words) {
				if h.nAlts == 0 {
					h.altFrom = len(s.alts)
				}
				s.alts = append(s.alts, p)
				h.nAlts++
			}
			continue
		}
		h = hit{p: p, first: i, end: end, insideGroup: -1}
		found = true
		for gi, g := range s.groups {
			if g.first > i && g.end < end {
				h.insideGroup = gi
			}
		}
	}
	if found {
		h.past = s.isPast(h.p, i)
	}
	return h, found
}

// altsOf returns the other readings of hit h.
func (s *sentence) altsOf(h *hit) []*phrase { return s.alts[h.altFrom : h.altFrom+h.nAlts] }

// isPast reports whether token i is a past form of p's verb.
func (s *sentence) isPast(p *phrase, i int) bool {
	if !p.verb {
		return false
	}
	for _, f := range p.past {
		if s.w(i) == f {
			return true
		}
	}
	return false
}

// matchPhrase matches p at token i and returns the end of the match.
func (s *sentence) matchPhrase(p *phrase, i int) (int, bool) {
	k := i
	for n := 0; n < len(p.words); n++ {
		item := p.words[n]
		if item == nil { // gap: the next item within maxGap tokens
			n++
			if n >= len(p.words) {
				return k, true
			}
			next := p.words[n]
			found := false
			for g := 0; g <= maxGap && k < s.end; g++ {
				if contains(next, s.w(k)) {
					found = true
					break
				}
				if !gapToken(s.w(k)) {
					return 0, false
				}
				if s.w(k) == "-" && s.tok(k).Space == lex.NoSpace && k+1 < s.end && s.tok(k+1).Space == lex.NoSpace {
					k++ // "long-range" counts as one word
				}
				k++
			}
			if !found {
				return 0, false
			}
			k++
			continue
		}
		if k >= s.end || !contains(item, s.w(k)) {
			return 0, false
		}
		k++
	}
	return k, true
}

// gapToken reports whether w may stand inside a "..." gap: words, numbers,
// hyphens and apostrophes, not clause punctuation.
func gapToken(w string) bool {
	switch w {
	case ",", ".", ";", ":", "!", "?", "(", ")", "\"", "“", "”":
		return false
	}
	return true
}

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// wordAt returns what the lexicon knows of token i (never nil).
func (s *sentence) wordAt(i int) *word {
	if i >= s.first && i < s.end {
		if w := s.words[i-s.first]; w != nil {
			return w
		}
	}
	return &noWord
}

var noWord = word{}

// isClass reports whether token i's word is of one of the classes c.
func (s *sentence) isClass(i int, c wordClass) bool { return s.wordAt(i).class&c != 0 }

// isAt reports whether token i is a one-word marker of list m.
func (s *sentence) isAt(m markerList, i int) bool { return s.wordAt(i).single.has(m) }

// markerIn returns where a marker of list m occurs in tokens [from, to):
// its start and end, or ok=false.
func (s *sentence) markerIn(m markerList, from, to int) (start, end int, ok bool) {
	for i := max(from, s.first); i < to; i++ {
		if !s.marks[i-s.first].has(m) {
			continue
		}
		for _, mk := range s.wordAt(i).markers {
			if mk.list == m && i+len(mk.words) <= to && s.wordsAt(i, mk.words) {
				return i, i + len(mk.words), true
			}
		}
	}
	return 0, 0, false
}

// wordsAt reports whether words stand at token i.
func (s *sentence) wordsAt(i int, words []string) bool {
	for k, w := range words {
		if s.w(i+k) != w {
			return false
		}
	}
	return true
}

// indexMarkers records, per token, the marker lists with a phrase starting
// there.
func (s *sentence) indexMarkers() {
	s.marks = append(s.marks[:0], make([]markerSet, s.end-s.first)...)
	for _, i := range s.markAt {
		var set markerSet
		for _, mk := range s.wordAt(i).markers {
			if i+len(mk.words) <= s.end && s.wordsAt(i, mk.words) {
				set |= 1 << mk.list
			}
		}
		s.marks[i-s.first] = set
	}
}
