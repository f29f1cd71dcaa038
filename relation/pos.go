package relation

import "strings"

// POSTagger tags words with Penn Treebank part-of-speech tags (NN, NNS,
// VB, VBD, ...). The relation package has no tagger of its own; package
// relation/prosetag adapts prose/v2's.
type POSTagger interface {
	// Tag returns one tag per word, "" where it has none. It must be safe
	// for concurrent use.
	Tag(words []string) []string
}

// ExtractorOptions configures NewExtractorWith. The zero value is what
// NewExtractor uses.
type ExtractorOptions struct {
	// POS, when set, decides between the verb and the noun reading of a
	// trigger word that has both ("sanctions", "talks", "aid"): a verb tag
	// tries the verb reading first, a noun tag the noun reading. It is
	// consulted only for sentences that mention two actors and hold such a
	// word, so it costs nothing elsewhere. Without it the readings are
	// tried in lexicon order and the first that yields a frame wins.
	POS POSTagger
}

// NewExtractorWith returns an extractor using lexicon l and opts.
func NewExtractorWith(l *Lexicon, opts ExtractorOptions) *Extractor {
	return &Extractor{lex: l, pos: opts.POS}
}

// tagSentence fills s.tags when a tagger is set and some trigger has both
// a verb and a noun reading.
func (s *sentence) tagSentence(pos POSTagger) {
	s.tags = nil
	if pos == nil {
		return
	}
	ambiguous := false
	for i := range s.hits {
		h := &s.hits[i]
		for _, p := range s.altsOf(h) {
			if p.verb != h.p.verb {
				ambiguous = true
			}
		}
	}
	if !ambiguous {
		return
	}
	words := make([]string, 0, s.end-s.first)
	for i := s.first; i < s.end; i++ {
		words = append(words, s.doc.TokenText(i))
	}
	if tags := pos.Tag(words); len(tags) == len(words) {
		s.tags = tags
	}
}

// orderReadings puts first the readings whose part of speech the tagger
// gives the trigger's first word.
func (s *sentence) orderReadings(h *hit, readings []*phrase) []*phrase {
	if s.tags == nil || len(readings) < 2 {
		return readings
	}
	tag := s.tags[h.first-s.first]
	var verb bool
	switch {
	case strings.HasPrefix(tag, "VB"):
		verb = true
	case strings.HasPrefix(tag, "NN"):
		verb = false
	default:
		return readings
	}
	out := make([]*phrase, 0, len(readings)) // rare: only with a tagger and two readings
	for _, p := range readings {
		if p.verb == verb {
			out = append(out, p)
		}
	}
	for _, p := range readings {
		if p.verb != verb {
			out = append(out, p)
		}
	}
	return out
}
