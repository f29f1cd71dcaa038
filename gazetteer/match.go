package gazetteer

import (
	"strings"

	"github.com/geopol/geopol/internal/lex"
)

// Token is a span of text as the matcher reads it. It is the token type of
// the entity package (entity.Token is the same type).
type Token = lex.Token

// Candidate is one reading of a matched name: the entry it names and how.
type Candidate struct {
	Entry *Entry
	Form  Form
}

// Match is a name found over tokens [Start, End) of a token slice.
type Match struct {
	Start, End int
	// Candidates are the entries the name may mean. The first is the
	// default reading (the entry that owns the name); the others list it
	// under shared and need the article's cues to be chosen.
	Candidates []Candidate
}

// Matcher finds gazetteer names in tokenized text by longest match. It is
// built once by New, immutable, and safe for concurrent use.
//
// Matching is by token. A text token matches a name token when the two are
// equal after folding accents, apostrophes and dashes, and their letter case
// agrees: equal case; or the text token is ALL CAPS (headlines); or the name
// token is lower case and the text token capitalised (Republic Of The
// Congo); or the name token is an all-caps abbreviation of four or more
// letters and the text token capitalised (Nato, Opec). So "turkey", "us" and
// "Us" match nothing, while "Turkey", "TURKEY", "US" and "U.S." do.
// A name may span a single line break but not a blank line. A prefix (Sino)
// matches only when a dash follows it with no space.
type Matcher struct {
	names trie
	cues  trie
}

// trie is a token trie; node 0 is the root.
type trie struct {
	nodes []node
	// lowerStart is set when some pattern starts with a lower-case token,
	// which forces a lookup at every token rather than only capitalised ones.
	lowerStart bool
	scratch    []lex.Token // reused by insert while compiling
}

type node struct {
	next map[string]int32
	// patterns end here. They are pointers because compile keeps a
	// pattern across later inserts, which may grow this slice.
	patterns []*pattern
}

// pattern is one spelling of a name, with the candidates it stands for.
type pattern struct {
	toks   []string // case-kept folded tokens
	shapes []lex.Shape
	prefix bool // only before a dash
	cands  []Candidate
}

func compile(entries []*Entry) *Matcher {
	m := &Matcher{names: newTrie(), cues: newTrie()}
	owners := map[string]*pattern{}
	for _, e := range entries {
		var shared map[string]bool
		for _, s := range e.Shared {
			if shared == nil {
				shared = map[string]bool{}
			}
			shared[nameKey(s)] = true
		}
		e.names(func(name string, form Form) {
			// A name the entry also lists as shared is its owner's: it
			// joins the owner's pattern below, after the owner.
			if shared[nameKey(name)] {
				return
			}
			isPrefix := contains(e.Prefixes, name) && form == FormAlias
			p := m.names.insert(name, isPrefix)
			if p == nil {
				return
			}
			if !hasEntry(p.cands, e) {
				p.cands = append(p.cands, Candidate{Entry: e, Form: form})
			}
			owners[nameKey(name)] = p
		})
		for _, cue := range e.Cues {
			if p := m.cues.insert(cue, false); p != nil && !hasEntry(p.cands, e) {
				p.cands = append(p.cands, Candidate{Entry: e, Form: FormName})
			}
		}
	}
	// Shared names join their owner's pattern as later candidates.
	for _, e := range entries {
		for _, s := range e.Shared {
			p, ok := owners[nameKey(s)]
			if !ok || hasEntry(p.cands, e) {
				continue
			}
			form := p.cands[0].Form
			e.names(func(name string, f Form) {
				if nameKey(name) == nameKey(s) {
					form = f
				}
			})
			p.cands = append(p.cands, Candidate{Entry: e, Form: form})
		}
	}
	return m
}

func hasEntry(cands []Candidate, e *Entry) bool {
	for _, c := range cands {
		if c.Entry == e {
			return true
		}
	}
	return false
}

func newTrie() trie { return trie{nodes: []node{{}}} }

// insert adds the spelling name and returns its pattern (shared by equal
// spellings), or nil when name has no tokens.
func (t *trie) insert(name string, prefix bool) *pattern {
	t.scratch = lex.Scan(t.scratch[:0], name)
	toks := t.scratch
	if len(toks) == 0 {
		return nil
	}
	cur := int32(0)
	kept := make([]string, 0, len(toks))
	shapes := make([]lex.Shape, 0, len(toks))
	for i, tok := range toks {
		s := name[tok.Start:tok.End]
		folded := lex.AppendFold(nil, s, false) // accents folded, case kept
		shape := lex.ShapeOf(s)
		key := lex.FoldLower(string(folded))
		if i == 0 && shape == lex.Lower {
			t.lowerStart = true
		}
		n := &t.nodes[cur]
		next, ok := n.next[key]
		if !ok {
			next = int32(len(t.nodes))
			if n.next == nil {
				n.next = map[string]int32{}
			}
			n.next[key] = next
			t.nodes = append(t.nodes, node{})
		}
		cur = next
		kept = append(kept, string(folded))
		shapes = append(shapes, shape)
	}
	n := &t.nodes[cur]
	for _, p := range n.patterns {
		if p.prefix == prefix && slicesEqual(p.toks, kept) {
			return p
		}
	}
	p := &pattern{toks: kept, shapes: shapes, prefix: prefix}
	n.patterns = append(n.patterns, p)
	return p
}

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Longest returns the longest name that starts at token i of toks (a
// tokenization of text) and ends before token end.
func (m *Matcher) Longest(text string, toks []Token, i, end int) (Match, bool) {
	return m.names.longest(text, toks, i, end)
}

// Cue returns the longest cue (see Entry.Cues) that starts at token i.
func (m *Matcher) Cue(text string, toks []Token, i, end int) (Match, bool) {
	return m.cues.longest(text, toks, i, end)
}

// MayStart reports cheaply whether a name could start at token tok: false
// for punctuation and for lower-case words when no name starts lower case.
// Callers use it to skip most tokens of running text.
func (m *Matcher) MayStart(text string, tok Token) bool {
	return m.names.mayStart(text, tok)
}

func (t *trie) mayStart(text string, tok Token) bool {
	if tok.Kind == lex.Punct {
		return false
	}
	c := text[tok.Start]
	if 'a' <= c && c <= 'z' && !t.lowerStart {
		return false
	}
	return true
}

func (t *trie) longest(text string, toks []Token, i, end int) (Match, bool) {
	if i >= end || !t.mayStart(text, toks[i]) {
		return Match{}, false
	}
	var buf [64]byte
	cur := int32(0)
	best := Match{}
	found := false
	for j := i; j < end; j++ {
		tok := toks[j]
		if j > i && tok.Space == lex.Paragraph {
			break
		}
		s := text[tok.Start:tok.End]
		key := lex.AppendFold(buf[:0], s, true)
		next, ok := t.nodes[cur].next[string(key)]
		if !ok {
			break
		}
		cur = next
		// The spelling equal in case to the text wins (NATO the
		// abbreviation over Nato the alias); else the first that agrees.
		var pick *pattern
		for _, p := range t.nodes[cur].patterns {
			if p.prefix && !(j+1 < len(toks) && toks[j+1].Space == lex.NoSpace && isDash(text, toks[j+1])) {
				continue
			}
			if ok, exact := caseAgrees(text, toks[i:j+1], p); ok && (pick == nil || exact) {
				pick = p
				if exact {
					break
				}
			}
		}
		if pick != nil {
			best = Match{Start: i, End: j + 1, Candidates: pick.cands}
			found = true
		}
	}
	return best, found
}

func isDash(text string, tok Token) bool {
	switch text[tok.Start:tok.End] {
	case "-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014":
		return true
	}
	return false
}

// caseAgrees applies the case rules of Matcher to each token; exact reports
// that every token has the pattern's own case.
func caseAgrees(text string, toks []Token, p *pattern) (ok, exact bool) {
	var buf [64]byte
	exact = true
	for k, tok := range toks {
		s := text[tok.Start:tok.End]
		want := p.toks[k]
		got := lex.AppendFold(buf[:0], s, false)
		if string(got) == want {
			continue
		}
		exact = false
		shape := lex.ShapeOf(s)
		switch {
		case shape == lex.Upper && (len(got) > 1 || p.shapes[k] != lex.Lower):
			// ALL CAPS text matches any spelling (headlines).
		case shape == lex.Title && p.shapes[k] == lex.Lower:
			// Capitalised function words: Republic Of The Congo.
		case shape == lex.Title && p.shapes[k] == lex.Upper && len(want) >= 4 && isLetters(want):
			// Nato, Opec, Asean.
		default:
			return false, false
		}
	}
	return true, exact
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z') {
			return false
		}
	}
	return true
}

// nameKey is the key under which two names count as the same name: folded
// accents, apostrophes and dashes, case kept, tokens joined by one space.
func nameKey(name string) string {
	if plainName(name) {
		return name // already its own key: the common case
	}
	toks := lex.Scan(nil, name)
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.Write(lex.AppendFold(nil, name[t.Start:t.End], false))
	}
	return b.String()
}

// plainName reports whether name is ASCII letters and digits in words
// separated by single spaces: a name whose key is itself.
func plainName(name string) bool {
	if name == "" || name[0] == ' ' || name[len(name)-1] == ' ' {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == ' ' && name[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}
