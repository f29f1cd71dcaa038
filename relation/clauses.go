package relation

import (
	"github.com/geopol/geopol/internal/lex"
)

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
	s.clauseFrom = s.clauseFrom[:0]
	for k, c := range s.clause {
		from := s.first + k
		if k > 0 && s.clause[k-1] == c {
			from = s.clauseFrom[k-1]
		}
		s.clauseFrom = append(s.clauseFrom, from)
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

func (s *sentence) clauseOf(i int) int { return s.clause[i-s.first] }

// clauseStart returns the first token of the clause holding token i: of
// the run of tokens of its clause that holds it.
func (s *sentence) clauseStart(i int) int { return s.clauseFrom[i-s.first] }
