package relation

import (
	"github.com/geopol/geopol/internal/lex"
)

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

// matchPhrase matches p at token i and returns the end of the match. A
// phrase whose last word comes after a gap does not match when a
// possessive follows that word: in "welcomed the Ukrainian president's
// call", "welcome ... president" names no visitor.
func (s *sentence) matchPhrase(p *phrase, i int) (int, bool) {
	k := i
	afterGap := false // the last word matched came after a gap
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
			afterGap = true
			continue
		}
		if k >= s.end || !contains(item, s.w(k)) {
			return 0, false
		}
		k++
		afterGap = false
	}
	if afterGap && k+1 < s.end && isApostrophe(s.w(k)) && s.tok(k).Space == lex.NoSpace && s.w(k+1) == "s" {
		return 0, false
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
