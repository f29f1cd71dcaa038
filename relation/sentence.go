package relation

import (
	"github.com/geopol/geopol/entity"
	"github.com/geopol/geopol/gazetteer"
	"github.com/geopol/geopol/internal/lex"
	"slices"
)

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
	clauseFrom []int             // first token (absolute) of the run of its clause holding each token (relative)
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
// than the bloc: "Poland and other EU countries", "EU member states". Only
// a word of the same sentence counts.
func membersOf(doc *entity.Document, m *entity.Mention) bool {
	if m.Kind != gazetteer.Bloc || m.EndToken >= doc.Sentences[m.Sentence].EndToken {
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

// pronouns open complement clauses: "said that it would ...".
var pronouns = map[string]bool{
	"it": true, "they": true, "he": true, "she": true, "we": true, "i": true, "you": true, "there": true,
}

// determiners may stand between a preposition or coordinator and a mention.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "fellow": true, "both": true, "any": true, "some": true, "all": true,
	"several": true, "more": true, "many": true, "each": true, "every": true, "other": true,
	"another": true, "this": true, "these": true, "those": true, "two": true, "three": true,
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
	// Only the tokens that start a marker are visited: a long clause
	// costs no more than the markers in it.
	k, _ := slices.BinarySearch(s.markAt, max(from, s.first))
	for ; k < len(s.markAt) && s.markAt[k] < to; k++ {
		i := s.markAt[k]
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
