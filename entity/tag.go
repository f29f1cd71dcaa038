package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geopol/geopol/gazetteer"
)

// Mention is a span of a document's text that names an entity.
type Mention struct {
	Entry      *gazetteer.Entry // the entity named
	ID         string           // Entry.ID
	Kind       gazetteer.Kind   // Entry.Kind
	Form       gazetteer.Form   // how the text names it
	Text       string           // the text as written: doc.Text[Start:End]
	Start, End int              // byte offsets into the document's text
	Sentence   int              // index of the sentence holding it
	// FirstToken and EndToken are the token span [FirstToken, EndToken).
	FirstToken, EndToken int
}

// Entity is an entity with its mentions in text order.
type Entity struct {
	ID       string
	Kind     gazetteer.Kind
	Name     string
	Mentions []Mention
}

// Tagger finds the mentions of a gazetteer's entities in documents. It is
// immutable and safe for concurrent use.
type Tagger struct {
	gaz     *gazetteer.Gazetteer
	matcher *gazetteer.Matcher
}

// NewTagger returns a tagger for the entities of g.
func NewTagger(g *gazetteer.Gazetteer) *Tagger {
	return &Tagger{gaz: g, matcher: g.Matcher()}
}

// Gazetteer returns the gazetteer the tagger reads.
func (t *Tagger) Gazetteer() *gazetteer.Gazetteer { return t.gaz }

// Tag returns the mentions in doc in text order. See AppendMentions.
func (t *Tagger) Tag(doc *Document) []Mention {
	return t.AppendMentions(nil, doc)
}

// AppendMentions appends the mentions in doc to dst in text order and
// returns the extended slice.
//
// Names are found by longest match within each sentence (see
// gazetteer.Matcher for the case rules), so "South China Sea" is one location
// and no mention of China. Shield names (Qatar Airways) swallow the country
// inside them and are not reported. A name that several entries may mean
// (Congo, Korea, Georgia) is given to the entry whose cues (Kinshasa,
// Brazzaville, Atlanta) occur most often in the document's whole text (not
// only the block ResetNext gave it), and to the entry that owns the name
// when none does better. The counts are cached in doc, so one Document must
// not be tagged by two goroutines at once.
func (t *Tagger) AppendMentions(dst []Mention, doc *Document) []Mention {
	base := len(dst)
	text, toks := doc.Text, doc.Tokens
	var ambiguous []ambiguity // mentions of shared names, resolved below
	for si, s := range doc.Sentences {
		for i := s.FirstToken; i < s.EndToken; {
			if !t.matcher.MayStart(text, toks[i]) {
				i++
				continue
			}
			m, ok := t.matcher.Longest(text, toks, i, s.EndToken)
			if !ok {
				i++
				continue
			}
			i = m.End
			c := m.Candidates[0]
			if len(m.Candidates) > 1 {
				ambiguous = append(ambiguous, ambiguity{len(dst), m.Candidates})
			} else if c.Entry.Kind == gazetteer.Shield {
				continue
			}
			start, end := toks[m.Start].Start, toks[m.End-1].End
			dst = append(dst, Mention{
				Entry: c.Entry, ID: c.Entry.ID, Kind: c.Entry.Kind, Form: c.Form,
				Text: text[start:end], Start: start, End: end, Sentence: si,
				FirstToken: m.Start, EndToken: m.End,
			})
		}
	}
	if len(ambiguous) > 0 {
		dst = t.resolve(dst, base, ambiguous, doc)
	}
	return dst
}

// ambiguity is a mention (by index into the slice being built) of a name
// that several entries may mean.
type ambiguity struct {
	index      int
	candidates []gazetteer.Candidate
}

// resolve gives each mention of a shared name to the entry the document's
// cues favour, and drops mentions that resolve to a shield.
func (t *Tagger) resolve(ms []Mention, base int, amb []ambiguity, doc *Document) []Mention {
	doc.cues = countCues(doc.cues, doc.Text, amb)
	cues := doc.cues
	drop := false
	for _, a := range amb {
		best := a.candidates[0]
		bestN := cues.count(best.Entry)
		for _, c := range a.candidates[1:] {
			if n := cues.count(c.Entry); n > bestN {
				best, bestN = c, n
			}
		}
		m := &ms[a.index]
		m.Entry, m.ID, m.Kind, m.Form = best.Entry, best.Entry.ID, best.Entry.Kind, best.Form
		drop = drop || m.Kind == gazetteer.Shield
	}
	if !drop {
		return ms
	}
	out := ms[:base]
	for _, m := range ms[base:] {
		if m.Kind != gazetteer.Shield {
			out = append(out, m)
		}
	}
	return out
}

// cueCounts counts cue words per entry. Few entries have cues in any one
// document, so a slice searched in order beats a map.
type cueCounts []cueCount

type cueCount struct {
	entry *gazetteer.Entry
	n     int
}

func (c cueCounts) has(e *gazetteer.Entry) bool {
	for _, x := range c {
		if x.entry == e {
			return true
		}
	}
	return false
}

func (c cueCounts) count(e *gazetteer.Entry) int {
	for _, x := range c {
		if x.entry == e {
			return x.n
		}
	}
	return 0
}

// countCues counts, for each entry that an ambiguous mention may mean,
// how often its cue words stand in text as whole words. Only those few
// entries' cues are looked for, each with a fast substring search, so an
// article with a shared name ("Brussels", the EU's seat and Belgium's
// capital) costs little more than one without. Cues are matched as
// written: "Kinshasa", not "KINSHASA".
//
// The counts are added to counts, which holds those of earlier calls for
// the same text, and the extended slice is returned.
func countCues(counts cueCounts, text string, amb []ambiguity) cueCounts {
	for _, a := range amb {
		for _, c := range a.candidates {
			if !counts.has(c.Entry) {
				counts = append(counts, cueCount{c.Entry, countWords(text, c.Entry.Cues)})
			}
		}
	}
	return counts
}

// countWords counts the occurrences in text of each of words, as whole
// words: not inside a longer word ("DRC" does not count in "DRCs").
func countWords(text string, words []string) int {
	n := 0
	for _, w := range words {
		for off := 0; off < len(text); {
			i := strings.Index(text[off:], w)
			if i < 0 {
				break
			}
			start, end := off+i, off+i+len(w)
			if !wordByteBefore(text, start) && !wordByteAt(text, end) {
				n++
			}
			off = end
		}
	}
	return n
}

// wordByteBefore reports whether the rune before text[i] is a letter or
// digit; wordByteAt, the rune at text[i].
func wordByteBefore(text string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func wordByteAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Group returns the entities of mentions in order of first mention, each
// with its mentions in text order.
func Group(mentions []Mention) []Entity {
	if len(mentions) == 0 {
		return nil
	}
	return AppendGroups(nil, mentions)
}

// AppendGroups appends the entities of mentions to dst, as Group returns
// them, and returns the extended slice. The entities' mention lists share
// one new backing array; a caller that groups article after article can
// pass dst[:0] to reuse the entities themselves, or use a Grouper to reuse
// the mention lists too.
func AppendGroups(dst []Entity, mentions []Mention) []Entity {
	var g Grouper
	return g.AppendGroups(dst, mentions)
}

// Grouper gathers mentions into entities as AppendGroups does, reusing its
// working memory and the storage of the entities' mention lists from one
// call to the next: the mention lists of a call are overwritten by the
// next. The zero value is ready to use. A Grouper is not safe for
// concurrent use.
type Grouper struct {
	which   []int32        // the entity of each mention
	counts  []int          // mentions per entity
	backing []Mention      // the entities' mention lists
	index   map[string]int // entity by ID, once there are many
}

// AppendGroups appends the entities of mentions to dst and returns the
// extended slice; see the package-level AppendGroups. The entities'
// mention lists are valid until g's next call.
func (g *Grouper) AppendGroups(dst []Entity, mentions []Mention) []Entity {
	dst = slices.Grow(dst, min(len(mentions), 8)) // an article names a few
	base := len(dst)
	// The entity of each mention: found by scanning the entities so far
	// (an article names few), or by a map once there are many.
	g.which = slices.Grow(g.which[:0], len(mentions))[:len(mentions)]
	useIndex := false
	for k := range mentions {
		m := &mentions[k]
		i := -1
		if useIndex {
			if j, ok := g.index[m.ID]; ok {
				i = j
			}
		} else {
			for j := base; j < len(dst); j++ {
				if dst[j].ID == m.ID {
					i = j
					break
				}
			}
		}
		if i < 0 {
			i = len(dst)
			dst = append(dst, Entity{ID: m.ID, Kind: m.Kind, Name: m.Entry.Name})
			switch {
			case useIndex:
				g.index[m.ID] = i
			case len(dst)-base > manyEntities:
				if g.index == nil {
					g.index = make(map[string]int, 2*manyEntities)
				}
				clear(g.index)
				for j := base; j < len(dst); j++ {
					g.index[dst[j].ID] = j
				}
				useIndex = true
			}
		}
		g.which[k] = int32(i)
	}
	// Count each entity's mentions, then fill one backing array.
	n := len(dst) - base
	g.counts = slices.Grow(g.counts[:0], n)[:n]
	clear(g.counts)
	for _, i := range g.which {
		g.counts[int(i)-base]++
	}
	g.backing = slices.Grow(g.backing[:0], len(mentions))[:len(mentions)]
	off := 0
	for i, c := range g.counts {
		dst[base+i].Mentions = g.backing[off : off : off+c]
		off += c
	}
	for k := range mentions {
		e := &dst[g.which[k]]
		e.Mentions = append(e.Mentions, mentions[k])
	}
	return dst
}

// manyEntities is how many entities AppendGroups finds by scanning before
// it builds a map.
const manyEntities = 32
