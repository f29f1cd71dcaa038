package relation

import (
	"sync"

	"github.com/geopol/geopol/entity"
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
		// Drop references to the caller's data: its document, mentions and
		// words, which would keep its text alive while s waits in the pool.
		s.doc, s.actors = nil, s.actors[:0]
		clear(s.low[:cap(s.low)])
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
