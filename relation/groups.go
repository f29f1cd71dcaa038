package relation

import (
	"github.com/geopol/geopol/entity"
	"github.com/geopol/geopol/internal/lex"
)

// group is a coordination of actor mentions: "Japan and the EU",
// "Egypt, Ethiopia and Sudan", "EU-Japan".
type group struct {
	members    []int // indices into actors
	first, end int   // token span (absolute), end exclusive
	prep       string
	headAt     int  // for prep "of": the token before "of"
	compound   bool // joined by glued dashes or slashes only
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
