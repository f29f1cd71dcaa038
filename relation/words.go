package relation

import (
	"github.com/geopol/geopol/internal/lex"
)

// wordTable finds what the lexicon knows of a token without allocating:
// an open-addressing hash table keyed by the folded, lower-case word and
// probed with a hash computed while lower-casing the token in place.
//
// It holds every word of the lexicon (trigger, marker and topic words) and
// every word the reader compares tokens with (codeWords). A token that is
// not in it equals none of them in any case, so the reader keeps the
// token's own text for it (see sentence.w) and never needs to fold it.
type wordTable struct {
	slots []wordSlot // length a power of two
	mask  uint64
}

type wordSlot struct {
	hash uint64
	key  string // folded, lower case; "" for an empty slot
	info *word
}

// codeWords are the words the reader compares tokens with, beyond the
// lexicon's: determiners, prepositions, pronouns (their maps add
// themselves), punctuation and the few words the rules name.
// TestCodeWordsInTable checks that every such literal of the reader's
// source is here.
var codeWords = []string{
	",", ".", ";", ":", "!", "?", "...", "…", "-", "—", "/", "'", "\"", "“", "”", "(", ")", "[", "]", "»",
	"&", "s", "and", "or", "that", "which", "who", "whom", "whose", "where",
	"said", "says", "saying", "adding", "arguing", "insisting", "claiming", "charging",
	"drew", "draw", "draws", "drawing", "prompted", "sparked", "triggered", "earned", "faced",
	"last", "earlier", "later", "pro", "anti",
	"countries", "member", "members", "nations", "states", "governments", "capitals", "economies",
	"new", "recent", "fresh", "renewed", "deep", "serious", "grave", "further",
	"concerning",
}

// wordClass marks the closed classes of words the reading rules test for,
// so that a rule asks the token's word rather than a map.
type wordClass uint8

const (
	determiner wordClass = 1 << iota
	preposition
	pronoun
	clauseWord // may open a clause: clause and reporting markers, relatives, "that"
)

// newWordTable builds the table of vocab and the reader's own words.
func newWordTable(vocab map[string]*word) *wordTable {
	keys := map[string]*word{}
	for k, w := range vocab {
		keys[k] = w
	}
	add := func(k string, class wordClass) {
		w, ok := keys[k]
		if !ok {
			w = &word{}
			keys[k] = w
		}
		w.class |= class
	}
	for _, k := range codeWords {
		add(k, 0)
	}
	for k := range determiners {
		add(k, determiner)
	}
	for k := range prepositions {
		add(k, preposition)
	}
	for k := range pronouns {
		add(k, pronoun)
	}
	for k, w := range keys {
		if w.single.has(mClause) || w.single.has(mReporting) || isRelative(k) || k == "that" {
			w.class |= clauseWord
		}
	}
	size := 16
	for size < 4*len(keys) {
		size *= 2
	}
	t := &wordTable{slots: make([]wordSlot, size), mask: uint64(size - 1)}
	for k, w := range keys {
		h := hashString(k)
		i := h & t.mask
		for t.slots[i].key != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot{hash: h, key: k, info: w}
	}
	return t
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a over the bytes of an already folded key.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// lookup returns the table's key and word for token text t, or ok=false.
// ASCII tokens are lower-cased on the fly; others are folded into buf
// first (accents, curly apostrophes, dashes), which is rare in English.
func (t *wordTable) lookup(text string, buf *[]byte) (key string, info *word, ok bool) {
	var h uint64 = fnvOffset
	ascii := true
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 0x80 || c == '`' {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	if !ascii {
		folded := lex.AppendFold((*buf)[:0], text, true)
		*buf = folded
		h = fnvOffset
		for _, c := range folded {
			h = (h ^ uint64(c)) * fnvPrime
		}
		for i := h & t.mask; ; i = (i + 1) & t.mask {
			s := &t.slots[i]
			if s.key == "" {
				return "", nil, false
			}
			if s.hash == h && string(folded) == s.key { // no allocation
				return s.key, s.info, true
			}
		}
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.key == "" {
			return "", nil, false
		}
		if s.hash == h && equalLower(text, s.key) {
			return s.key, s.info, true
		}
	}
}

// equalLower reports whether text, lower-cased as ASCII, equals key.
func equalLower(text, key string) bool {
	if len(text) != len(key) {
		return false
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != key[i] {
			return false
		}
	}
	return true
}
