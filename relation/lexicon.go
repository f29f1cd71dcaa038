package relation

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/geopol/geopol/internal/lex"
	"github.com/geopol/geopol/internal/yamlx"
	"gopkg.in/yaml.v3"
)

//go:embed lexicon.yaml
var defaultLexicon []byte

// DefaultMaxSourceBytes bounds a lexicon source unless LexiconOptions says
// otherwise.
const DefaultMaxSourceBytes = 8 << 20

// ErrTooLarge is returned for a lexicon source over the size limit.
var ErrTooLarge = errors.New("relation: lexicon source too large")

// Error is one problem in a lexicon source, with its position:
// "relation: file:line:col: what is wrong; what to do".
type Error = yamlx.Error

// ErrorList is every problem a lexicon load found, sorted by position.
type ErrorList = yamlx.ErrorList

const pkg = "relation"

// Source is one lexicon file: its name (for messages) and its YAML text.
// It is the same type as gazetteer.Source.
type Source = yamlx.Source

// ReadFile reads a lexicon source from a file.
func ReadFile(path string) (Source, error) { return yamlx.ReadFile(pkg, path) }

// ReadSource reads a lexicon source from r, at most limit bytes
// (DefaultMaxSourceBytes when limit <= 0); a longer one is refused with
// ErrTooLarge.
func ReadSource(name string, r io.Reader, limit int) (Source, error) {
	if limit <= 0 {
		limit = DefaultMaxSourceBytes
	}
	return yamlx.ReadSource(pkg, name, r, limit, ErrTooLarge, "LexiconOptions.MaxSourceBytes")
}

// LexiconOptions configures LoadLexicon. The zero value loads the default.
type LexiconOptions struct {
	// NoDefault starts from an empty lexicon instead of the embedded one.
	NoDefault bool
	// Sources are applied in order: their triggers are added, and their
	// marker, topic and irregular lists extend those already loaded.
	Sources []Source
	// MaxSourceBytes bounds each source (DefaultMaxSourceBytes when <= 0).
	MaxSourceBytes int
}

// Lexicon is the compiled set of relation triggers and reading markers. It
// is immutable and safe for concurrent use.
type Lexicon struct {
	triggers []*Trigger
	topicOrd []string // topics in the order first listed
	// table tells, in one lookup per token, everything the lexicon knows
	// of a word (its phrases, markers and topics) and holds the words the
	// reader compares tokens with.
	table *wordTable
	// topicLists caches, per set of topics (bits of topicOrd), the list of
	// their names, shared read-only by the relations that carry it.
	topicLists sync.Map // uint64 → []string
}

// topicList returns the names of the topics in bits, in topicOrd order;
// nil for none. The slice is shared: callers must not modify it.
func (l *Lexicon) topicList(bits uint64) []string {
	if bits == 0 {
		return nil
	}
	if v, ok := l.topicLists.Load(bits); ok {
		return v.([]string)
	}
	var out []string
	for ti, tp := range l.topicOrd {
		if ti < 64 && bits&(1<<ti) != 0 {
			out = append(out, tp)
		}
	}
	v, _ := l.topicLists.LoadOrStore(bits, out)
	return v.([]string)
}

// word is what the lexicon knows about one folded word.
type word struct {
	phrases []*phrase // trigger phrases starting with it
	markers []marker  // marker phrases starting with it
	single  markerSet // one-word marker lists holding it
	topics  uint64    // the topics it signals, a bit per index of topicOrd
	class   wordClass // determiner, preposition, pronoun
}

// Trigger is one lexicon entry: the words that signal a relation of Type and
// the frames they take.
type Trigger struct {
	Type    Type
	Verbs   []string // base forms; every inflection is matched
	Nouns   []string // matched as written and with a plural -s
	Phrases []string // matched as written
	// Objects lists what may introduce the other party: prepositions
	// (with, to, on, against, between, ...) and "direct" for a direct
	// object.
	Objects []string
	// Host marks triggers whose subject receives the object (host,
	// receive, welcome to): "Y hosts X" is visit(X, Y).
	Host bool
	// Complement marks triggers whose "of ..." complement holds no
	// relation of its own: "accused Pakistan of air strikes" is only an
	// accusation.
	Complement bool
	// Mutual marks events between parties the sentence names elsewhere
	// ("a truce after deadly border clashes"): they are read both ways
	// between those parties.
	Mutual bool
	// Intended marks words that promise the act ("pledge aid"): their
	// relations are intended.
	Intended bool
	CAMEO    string   // a more specific CAMEO code, where the words give one
	Topics   []string // topics the words imply

	topicBits   uint64   // the Topics that the lexicon's topic lists hold
	extraTopics []string // the Topics they do not
}

// phrase is one matchable word sequence of a trigger. A "..." item is a gap
// of up to maxGap tokens.
type phrase struct {
	words   [][]string // per position, the accepted folded words; nil = gap
	trigger *Trigger
	verb    bool // the first word is an inflected verb
	past    []string
}

const maxGap = 6

// marker is one phrase of a marker list (not, will, plans to, ...).
type marker struct {
	list  markerList
	words []string
}

// markerList names a marker list of the lexicon format.
type markerList uint8

// The marker lists, in the order of markerNames.
const (
	mNegation markerList = iota
	mIntention
	mHypothetical
	mRefusal
	mDenial
	mReporting
	mClause
	mLocative
	mHeads
	mBe
	mRequest
	mFailure
	mBorder
)

// markerNames are the marker lists of the lexicon format.
var markerNames = []string{
	"negation", "intention", "hypothetical", "refusal", "denial", "reporting",
	"clause", "locative", "heads", "be", "request", "failure", "border",
}

// markerSet is a set of marker lists, one bit each.
type markerSet uint32

func (m markerSet) has(l markerList) bool { return m&(1<<l) != 0 }

var (
	lexiconFields = []string{"triggers", "irregular", "markers", "topics"}
	triggerFields = []string{"type", "verbs", "nouns", "phrases", "objects", "host", "complement", "mutual", "intended", "cameo", "topics"}
)

// DefaultLexicon returns the embedded lexicon.
func DefaultLexicon() (*Lexicon, error) { return LoadLexicon(LexiconOptions{}) }

// rawLexicon is a lexicon as its sources state it, before compiling.
type rawLexicon struct {
	triggers  []*Trigger
	irregular map[string][]string
	markers   map[string][]string
	topics    map[string][]string
	topicOrd  []string
}

// LoadLexicon loads, validates and compiles the lexicon opts describe.
// Every problem is reported at once, each with file, line and column.
func LoadLexicon(opts LexiconOptions) (*Lexicon, error) {
	limit := opts.MaxSourceBytes
	if limit <= 0 {
		limit = DefaultMaxSourceBytes
	}
	var srcs []Source
	if !opts.NoDefault {
		srcs = append(srcs, Source{Name: "relation/lexicon.yaml", Data: defaultLexicon})
	}
	for _, s := range opts.Sources {
		if len(s.Data) > limit {
			return nil, fmt.Errorf("%w: %s is %d bytes, over the limit of %d (raise MaxSourceBytes)", ErrTooLarge, s.Name, len(s.Data), limit)
		}
		srcs = append(srcs, s)
	}
	raw := &rawLexicon{irregular: map[string][]string{}, markers: map[string][]string{}, topics: map[string][]string{}}
	var errs ErrorList
	for _, s := range srcs {
		parseLexicon(s, raw, &errs)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return compileLexicon(raw), nil
}

func parseLexicon(src Source, raw *rawLexicon, errs *ErrorList) {
	d := &yamlx.Decoder{Pkg: pkg, File: src.Name, Errs: errs}
	root := d.Root(src.Data, "write a mapping with `triggers:` (and optionally irregular, markers, topics)")
	if root == nil {
		return
	}
	d.Fields(root, lexiconFields, func(key string, v *yaml.Node) {
		switch key {
		case "triggers":
			if !d.IsList(key, v) {
				return
			}
			for _, n := range v.Content {
				if t := parseTrigger(d, n); t != nil {
					raw.triggers = append(raw.triggers, t)
				}
			}
		case "irregular":
			stringLists(d, key, v, nil, func(word string, forms []string, _ *yaml.Node) {
				raw.irregular[strings.ToLower(word)] = append(raw.irregular[strings.ToLower(word)], forms...)
			})
		case "markers":
			stringLists(d, key, v, markerNames, func(name string, words []string, _ *yaml.Node) {
				raw.markers[name] = append(raw.markers[name], words...)
			})
		case "topics":
			stringLists(d, key, v, nil, func(name string, words []string, _ *yaml.Node) {
				if _, ok := raw.topics[name]; !ok {
					raw.topicOrd = append(raw.topicOrd, name)
				}
				raw.topics[name] = append(raw.topics[name], words...)
			})
		}
	})
}

// stringLists reads a mapping of name → list of strings. When known is not
// nil, names must be among known.
func stringLists(d *yamlx.Decoder, key string, v *yaml.Node, known []string, f func(name string, list []string, n *yaml.Node)) {
	if v.Kind != yaml.MappingNode {
		d.Errorf(v, "%s must be a mapping of names to lists, not %s", key, yamlx.Kind(v))
		return
	}
	if known != nil {
		d.Fields(v, known, func(name string, list *yaml.Node) {
			f(name, d.Strings(name, list, nil), list)
		})
		return
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, list := v.Content[i], v.Content[i+1]
		name := d.Scalar(key, k)
		if name == "" {
			continue
		}
		if list.Kind == yaml.AliasNode {
			d.Errorf(list, "YAML aliases are not allowed here; write the list out")
			continue
		}
		f(name, d.Strings(name, list, nil), list)
	}
}

func parseTrigger(d *yamlx.Decoder, n *yaml.Node) *Trigger {
	if n.Kind != yaml.MappingNode {
		d.Errorf(n, "a trigger must be a mapping with type and verbs, nouns or phrases, not %s", yamlx.Kind(n))
		return nil
	}
	t := &Trigger{}
	typeGiven := false
	d.Fields(n, triggerFields, func(key string, v *yaml.Node) {
		switch key {
		case "type":
			typeGiven = true
			s := d.Scalar(key, v)
			tt, ok := ParseType(s)
			if !ok && s != "" {
				names := make([]string, 0, 18)
				for _, x := range Types() {
					names = append(names, x.String())
				}
				if sug := yamlx.Suggest(s, names); sug != "" {
					d.Errorf(v, "unknown relation type %q; did you mean %q?", s, sug)
				} else {
					d.Errorf(v, "unknown relation type %q; use one of %s", s, strings.Join(names, ", "))
				}
			}
			t.Type = tt
		case "verbs":
			t.Verbs = d.Strings(key, v, checkWords(d, key))
		case "nouns":
			t.Nouns = d.Strings(key, v, checkWords(d, key))
		case "phrases":
			t.Phrases = d.Strings(key, v, checkWords(d, key))
		case "objects":
			t.Objects = d.Strings(key, v, func(s string, item *yaml.Node) {
				if s != "direct" && !prepositions[s] {
					d.Errorf(item, "object %q is neither \"direct\" nor a preposition (with, to, on, against, between, ...)", s)
				}
			})
		case "host":
			t.Host = d.Bool(key, v)
		case "complement":
			t.Complement = d.Bool(key, v)
		case "mutual":
			t.Mutual = d.Bool(key, v)
		case "intended":
			t.Intended = d.Bool(key, v)
		case "cameo":
			var ok bool
			if t.CAMEO, ok = d.ScalarOK(key, v); ok && (len(t.CAMEO) < 2 || len(t.CAMEO) > 4 || strings.Trim(t.CAMEO, "0123456789") != "") {
				d.Errorf(v, "cameo must be a CAMEO event code of 2 to 4 digits in quotes, such as \"072\", not %q", t.CAMEO)
			}
		case "topics":
			t.Topics = d.Strings(key, v, nil)
		}
	})
	if !typeGiven {
		d.Errorf(n, "trigger has no type; add `type:` (negotiate, meet, visit, ...)")
		return nil
	}
	if len(t.Verbs)+len(t.Nouns)+len(t.Phrases) == 0 {
		if t.Type == 0 {
			d.Errorf(n, "trigger has no words; add verbs, nouns or phrases")
		} else {
			d.Errorf(n, "trigger of type %s has no words; add verbs, nouns or phrases", t.Type)
		}
		return nil
	}
	if t.Type == 0 {
		return nil
	}
	return t
}

// MaxTriggerWords is the most words (gaps counted) one trigger phrase may
// have: news phrases that signal a relation are short, and a longer one is
// a mistake in the file.
const MaxTriggerWords = 16

// checkWords returns a check, for Decoder.Strings, that a phrase of list
// key has words and not too many.
func checkWords(d *yamlx.Decoder, key string) func(string, *yaml.Node) {
	return func(s string, n *yaml.Node) {
		switch words := len(splitWords(s)); {
		case words == 0:
			d.Errorf(n, "%s entry %q has no words to match; remove it", key, s)
		case words > MaxTriggerWords:
			d.Errorf(n, "%s entry has %d words; a trigger has at most %d (split it, or use \"...\" for a gap)", key, words, MaxTriggerWords)
		}
	}
}

// compileLexicon builds the phrase index.
func compileLexicon(raw *rawLexicon) *Lexicon {
	l := &Lexicon{triggers: raw.triggers, topicOrd: raw.topicOrd}
	// vocab gathers, per folded word, what the lexicon knows of it.
	vocab := map[string]*word{}
	get := func(k string) *word {
		w, ok := vocab[k]
		if !ok {
			w = &word{}
			vocab[k] = w
		}
		return w
	}
	add := func(p *phrase) {
		for _, first := range p.words[0] {
			w := get(first)
			w.phrases = append(w.phrases, p)
		}
	}
	for _, t := range raw.triggers {
		for _, v := range t.Verbs {
			words := splitWords(v)
			if len(words) == 0 {
				continue
			}
			forms := inflect(words[0], raw.irregular)
			p := &phrase{trigger: t, verb: true, words: append([][]string{forms}, wordItems(words[1:])...)}
			p.past = pastForms(words[0], raw.irregular)
			add(p)
		}
		for _, nn := range t.Nouns {
			words := splitWords(nn)
			if len(words) == 0 {
				continue
			}
			items := wordItems(words)
			last := items[len(items)-1]
			if last != nil && !strings.HasSuffix(last[0], "s") {
				items[len(items)-1] = append(last, last[0]+"s")
			}
			add(&phrase{trigger: t, words: items})
		}
		for _, ph := range t.Phrases {
			if words := splitWords(ph); len(words) > 0 {
				add(&phrase{trigger: t, words: wordItems(words)})
			}
		}
	}
	// Longer phrases first, so the first phrase that matches is the longest.
	for _, w := range vocab {
		sort.SliceStable(w.phrases, func(i, j int) bool { return len(w.phrases[i].words) > len(w.phrases[j].words) })
	}
	for li, name := range markerNames {
		for _, m := range raw.markers[name] {
			ws := splitWords(m)
			if len(ws) == 0 {
				continue
			}
			w := get(ws[0])
			w.markers = append(w.markers, marker{markerList(li), ws})
			if len(ws) == 1 {
				w.single |= 1 << li
			}
		}
	}
	for ti, name := range raw.topicOrd {
		if ti >= 64 {
			break // a topic set is a 64-bit mask
		}
		for _, t := range raw.topics[name] {
			get(strings.ToLower(t)).topics |= 1 << ti
		}
	}
	l.table = newWordTable(vocab)
	for _, t := range l.triggers {
		for _, tp := range t.Topics {
			if ti := slices.Index(l.topicOrd, tp); ti >= 0 && ti < 64 {
				t.topicBits |= 1 << ti
			} else {
				t.extraTopics = append(t.extraTopics, tp)
			}
		}
	}
	return l
}

// Triggers returns the lexicon's triggers. Treat them as read-only.
func (l *Lexicon) Triggers() []*Trigger { return l.triggers }

// splitWords tokenizes a lexicon phrase into folded lower-case words;
// "..." becomes a gap item "".
func splitWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		if f == "..." {
			out = append(out, "")
			continue
		}
		if strings.Contains(f, "|") {
			// Alternatives of one word each: a|an|the.
			out = append(out, string(lex.AppendFold(nil, f, true)))
			continue
		}
		for _, t := range lex.Scan(nil, f) {
			out = append(out, string(lex.AppendFold(nil, f[t.Start:t.End], true)))
		}
	}
	return out
}

func wordItems(words []string) [][]string {
	items := make([][]string, len(words))
	for i, w := range words {
		if w != "" {
			items[i] = strings.Split(w, "|")
		}
	}
	return items
}

// inflect returns the forms of verb: base, third person, past, participle
// and -ing, from the regular rules of English spelling and the irregular
// table.
func inflect(verb string, irregular map[string][]string) []string {
	alts := strings.Split(verb, "|")
	var out []string
	for _, v := range alts {
		out = append(out, v, thirdPerson(v), ing(v))
		if irr, ok := irregular[v]; ok {
			out = append(out, irr...)
		} else {
			out = append(out, regularPast(v))
		}
	}
	return dedupe(out)
}

func pastForms(verb string, irregular map[string][]string) []string {
	var out []string
	for _, v := range strings.Split(verb, "|") {
		if irr, ok := irregular[v]; ok {
			out = append(out, irr...)
		} else {
			out = append(out, regularPast(v))
		}
	}
	return out
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	out := s[:0]
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// doubles reports whether a verb doubles its final consonant (ban →
// banned):
// one syllable ending consonant-vowel-consonant (ban, plan, stop), which
// this takes as three letters CVC or four letters CCVC; "open" and "visit"
// do not double.
func doubles(v string) bool {
	n := len(v)
	if n < 3 || n > 4 || n == 4 && isVowel(v[0]) {
		return false
	}
	c1, vv, c2 := v[n-3], v[n-2], v[n-1]
	return !isVowel(c1) && isVowel(vv) && !isVowel(c2) && strings.IndexByte("wxy", c2) < 0
}

func thirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "y") && len(v) > 1 && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ies"
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "ch"),
		strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"), strings.HasSuffix(v, "o"):
		return v + "es"
	}
	return v + "s"
}

func regularPast(v string) string {
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case strings.HasSuffix(v, "y") && len(v) > 1 && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ied"
	case doubles(v):
		return v + v[len(v)-1:] + "ed"
	}
	return v + "ed"
}

func ing(v string) string {
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "ee"):
		return v + "ing"
	case strings.HasSuffix(v, "e") && len(v) > 2:
		return v[:len(v)-1] + "ing"
	case doubles(v):
		return v + v[len(v)-1:] + "ing"
	}
	return v + "ing"
}

// prepositions is the closed class the reading rules look at.
var prepositions = map[string]bool{
	"in": true, "at": true, "on": true, "with": true, "to": true, "for": true, "from": true,
	"against": true, "by": true, "between": true, "of": true, "over": true, "about": true,
	"into": true, "near": true, "across": true, "toward": true, "towards": true, "through": true,
	"under": true, "among": true, "amid": true, "within": true, "without": true, "after": true,
	"before": true, "during": true, "off": true, "around": true, "via": true, "upon": true,
	"onto": true, "inside": true, "outside": true, "beyond": true, "along": true, "behind": true,
	"despite": true, "regarding": true, "following": true, "including": true, "like": true,
}
