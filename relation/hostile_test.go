package relation_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/geopol/geopol/entity"
	"github.com/geopol/geopol/relation"
)

// hostileName names every hostile source, so that messages can be checked
// for it.
const hostileName = "hostile.yaml"

// hostileDeadline bounds one LoadLexicon call on hostile input, as
// gazetteer.TestNewGarbage bounds gazetteer.New.
const hostileDeadline = 5 * time.Second

// loadHostile runs LoadLexicon on data alone (no default lexicon) with the
// given size limit in a goroutine, failing the test when it panics or does
// not return within hostileDeadline.
func loadHostile(t *testing.T, data []byte, limit int) (*relation.Lexicon, error) {
	t.Helper()
	type result struct {
		l     *relation.Lexicon
		err   error
		panic string
	}
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{panic: fmt.Sprintf("%v\n%s", r, debug.Stack())}
			}
		}()
		l, err := relation.LoadLexicon(relation.LexiconOptions{
			NoDefault:      true,
			MaxSourceBytes: limit,
			Sources:        []relation.Source{{Name: hostileName, Data: data}},
		})
		done <- result{l: l, err: err}
	}()
	select {
	case r := <-done:
		if r.panic != "" {
			t.Fatalf("LoadLexicon panicked: %s", r.panic)
		}
		t.Logf("%d bytes in %v", len(data), time.Since(start))
		return r.l, r.err
	case <-time.After(hostileDeadline):
		t.Fatalf("LoadLexicon of %d bytes did not return within %v", len(data), hostileDeadline)
	}
	return nil, nil
}

// checkRefused checks that err refuses the hostile source clearly: an
// ErrorList of positioned errors from package relation that name the
// source, and no lexicon with it.
func checkRefused(t *testing.T, l *relation.Lexicon, err error) {
	t.Helper()
	if err == nil {
		t.Fatalf("LoadLexicon succeeded with %d triggers; want an error", len(l.Triggers()))
	}
	if l != nil {
		t.Errorf("LoadLexicon returned a lexicon with its error")
	}
	msg := err.Error()
	for i, line := range strings.Split(msg, "\n") {
		if strings.HasPrefix(line, "(and ") {
			continue
		}
		if !strings.HasPrefix(line, "relation: "+hostileName) {
			t.Errorf("error line %d does not say where: %.200q", i+1, line)
		}
	}
	var first *relation.Error
	if !errors.As(err, &first) || first.Pkg != "relation" || first.File != hostileName {
		t.Errorf("errors.As(%T, *relation.Error) = %+v; want one from relation in %s", err, first, hostileName)
	}
	if len(msg) > 4000 {
		t.Errorf("error is %d bytes long; want a readable one", len(msg))
	}
}

// hostileBomb is a billion-laughs document: 26 levels of ten aliases each
// would expand to 10^26 strings if aliases were followed.
func hostileBomb(under string) string {
	var b strings.Builder
	b.WriteString(under)
	b.WriteString("  a: &a [x, x, x, x, x, x, x, x, x, x]\n")
	for c := 'b'; c <= 'z'; c++ {
		fmt.Fprintf(&b, "  %c: &%c [", c, c)
		for i := range 10 {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "*%c", c-1)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

// hostileRandom returns n random bytes from a fixed seed.
func hostileRandom(n int) []byte {
	rng := rand.New(rand.NewPCG(7, 11))
	out := make([]byte, n)
	for i := range out {
		out[i] = byte(rng.Uint32())
	}
	return out
}

// TestHostileLexicon feeds LoadLexicon sources written to hurt it: each
// is refused with positioned errors naming the file, quickly, never with a
// panic.
func TestHostileLexicon(t *testing.T) {
	triggerBomb := "triggers:\n  - &t {type: meet, verbs: [greet], objects: [direct]}\n"
	for i := range 20 {
		triggerBomb += fmt.Sprintf("  - &t%d [*t, *t, *t, *t, *t, *t, *t, *t, *t, *t]\n", i)
	}
	for _, tc := range []struct {
		name string
		data string
		want string // a line the error must hold; "" for any
	}{
		{"deep flow lists", "triggers: " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + "\n", "invalid YAML"},
		{"deep flow mappings", strings.Repeat("{a: ", 100000) + "x" + strings.Repeat("}", 100000) + "\n", "invalid YAML"},
		{"deep lists in a trigger", "triggers:\n  - type: meet\n    verbs: " + strings.Repeat("[", 100000) + "\n", "invalid YAML"},
		{"deep block mappings", nestedBlock(3000), ""}, // 4.5 MB of indentation
		{"alias bomb at the top", hostileBomb(""), ""},
		{"alias bomb in irregular", hostileBomb("irregular:\n"), "b must be a single value, not a YAML alias"},
		{"alias bomb in topics", hostileBomb("topics:\n"), "b must be a single value, not a YAML alias"},
		{"alias bomb in triggers", triggerBomb, ""},
		{"recursive alias", "triggers: &a [*a]\n", ""},
		{"binary garbage", string(hostileRandom(4096)), ""},
		{"NUL bytes", strings.Repeat("\x00", 1000), ""},
		{"invalid UTF-8 in a trigger", "triggers:\n  - type: m\xffeet\n    verbs: [gr\xfe\xc3]\n", ""},
		{"huge line", "triggers: [" + strings.Repeat("x", 1<<20) + "\n", "invalid YAML"},
		{"many errors", "triggers:\n" + strings.Repeat("  - {type: dance, verbs: [waltz]}\n", 5000), "(and 4990 more errors)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := loadHostile(t, []byte(tc.data), 0)
			checkRefused(t, l, err)
			if err != nil && tc.want != "" && !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error does not say %q:\n%.500s", tc.want, err)
			}
		})
	}
}

func nestedBlock(depth int) string {
	var b strings.Builder
	for i := range depth {
		b.WriteString(strings.Repeat(" ", i))
		b.WriteString("a:\n")
	}
	return b.String()
}

// TestHostileLexiconTypes pins the messages for a value of the wrong type in
// every place of the format.
func TestHostileLexiconTypes(t *testing.T) {
	for _, tc := range []struct {
		name string
		data string
		want string
		skip string
	}{
		{"triggers is a single value", "triggers: meet\n",
			`relation: hostile.yaml:1:11: triggers must be a list such as [A, B], not a single value ("meet")`, ""},
		{"triggers is a mapping", "triggers: {type: meet}\n",
			`relation: hostile.yaml:1:11: triggers must be a list such as [A, B], not a mapping`, ""},
		{"a trigger is a single value", "triggers:\n  - meet\n",
			`relation: hostile.yaml:2:5: a trigger must be a mapping with type and verbs, nouns or phrases, not a single value ("meet")`, ""},
		{"verbs is a mapping", "triggers:\n  - type: meet\n    verbs: {greet: yes}\n",
			"relation: hostile.yaml:2:5: trigger of type meet has no words; add verbs, nouns or phrases\n" +
				"relation: hostile.yaml:3:12: verbs must be a list such as [A, B], not a mapping", ""},
		{"verbs is a list of lists", "triggers:\n  - type: meet\n    verbs: [[greet]]\n",
			"relation: hostile.yaml:2:5: trigger of type meet has no words; add verbs, nouns or phrases\n" +
				"relation: hostile.yaml:3:13: verbs must be a single value, not a list", ""},
		{"type is a list", "triggers:\n  - type: [meet]\n    verbs: [greet]\n",
			`relation: hostile.yaml:2:11: type must be a single value, not a list`, ""},
		{"objects is a mapping", "triggers:\n  - type: meet\n    verbs: [greet]\n    objects: {with: 1}\n",
			`relation: hostile.yaml:4:14: objects must be a list such as [A, B], not a mapping`, ""},
		{"host is a list", "triggers:\n  - type: meet\n    verbs: [greet]\n    host: [true]\n",
			`relation: hostile.yaml:4:11: host must be a single value, not a list`, ""},
		{"topics of a trigger is a mapping", "triggers:\n  - type: meet\n    verbs: [greet]\n    topics: {a: b}\n",
			`relation: hostile.yaml:4:13: topics must be a list such as [A, B], not a mapping`, ""},
		{"a key is a list", "triggers:\n  - [type]: meet\n",
			"relation: hostile.yaml:2:5: a key must be a plain word, not a list\n" +
				"relation: hostile.yaml:2:5: trigger has no type; add `type:` (negotiate, meet, visit, ...)", ""},
		{"markers list is a single value", "markers:\n  negation: not\n",
			`relation: hostile.yaml:2:13: negation must be a list such as [A, B], not a single value ("not")`, ""},
		{"irregular forms are a mapping", "irregular:\n  go: {past: went}\n",
			`relation: hostile.yaml:2:7: go must be a list such as [A, B], not a mapping`, ""},
		{"markers is a list", "markers: [not]\n",
			`relation: hostile.yaml:1:10: markers must be a mapping of names to lists, not a list`, ""},
		{"irregular is a single value", "irregular: go\n",
			`relation: hostile.yaml:1:12: irregular must be a mapping of names to lists, not a single value ("go")`, ""},
		{"topics is a list", "topics: [military]\n",
			`relation: hostile.yaml:1:9: topics must be a mapping of names to lists, not a list`, ""},
		{"cameo is a list", "triggers:\n  - type: meet\n    verbs: [greet]\n    cameo: [\"040\"]\n",
			`relation: hostile.yaml:4:12: cameo must be a single value, not a list`, ""},
		{"type is empty", "triggers:\n  - type: ~\n    verbs: [greet]\n",
			`relation: hostile.yaml:2:11: type must be a single value, not an empty value`, ""},
		{"type is empty and no words", "triggers:\n  - type: ~\n",
			"relation: hostile.yaml:2:5: trigger has no words; add verbs, nouns or phrases\n" +
				"relation: hostile.yaml:2:11: type must be a single value, not an empty value", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.skip != "" {
				t.Skip(tc.skip)
			}
			l, err := loadHostile(t, []byte(tc.data), 0)
			checkRefused(t, l, err)
			if err != nil && err.Error() != tc.want {
				t.Errorf("errors\n got  %s\n want %s", err, tc.want)
			}
		})
	}
}

// A 20 MB source over a small MaxSourceBytes is refused with ErrTooLarge
// before it is parsed, whether read with ReadSource or passed to
// LoadLexicon, and so is one over the default limit.
func TestHostileLexiconSize(t *testing.T) {
	big := strings.Repeat("# twenty megabytes of comment, never parsed\n", 20<<20/44+1)
	const limit = 1 << 20

	start := time.Now()
	_, err := relation.ReadSource(hostileName, strings.NewReader(big), limit)
	if !errors.Is(err, relation.ErrTooLarge) {
		t.Fatalf("ReadSource of %d bytes with limit %d: %v; want ErrTooLarge", len(big), limit, err)
	}
	if want := "relation: lexicon source too large: hostile.yaml is over 1048576 bytes (raise LexiconOptions.MaxSourceBytes)"; err.Error() != want {
		t.Errorf("ReadSource error\n got  %s\n want %s", err, want)
	}

	l, err := loadHostile(t, []byte(big), limit)
	if !errors.Is(err, relation.ErrTooLarge) || l != nil {
		t.Fatalf("LoadLexicon of %d bytes with limit %d: %v; want ErrTooLarge", len(big), limit, err)
	}
	if want := fmt.Sprintf("relation: lexicon source too large: hostile.yaml is %d bytes, over the limit of 1048576 (raise MaxSourceBytes)", len(big)); err.Error() != want {
		t.Errorf("LoadLexicon error\n got  %s\n want %s", err, want)
	}

	l, err = loadHostile(t, []byte(big), 0)
	if !errors.Is(err, relation.ErrTooLarge) || l != nil || !strings.Contains(err.Error(), hostileName) {
		t.Errorf("LoadLexicon of %d bytes over the default limit: %v; want ErrTooLarge naming %s", len(big), err, hostileName)
	}
	if d := time.Since(start); d > hostileDeadline {
		t.Errorf("refusing 20 MB took %v", d)
	}
}

// A trigger of 10,000 words can never match a sentence: it is refused
// with a clear error (relation.MaxTriggerWords). The second subtest pins
// that such a trigger would cost nothing when text is read.
func TestHostileLongTrigger(t *testing.T) {
	words := strings.TrimSpace(strings.Repeat("talk ", 10000))
	gaps := strings.TrimSpace(strings.Repeat("talk ... ", 5000))
	srcs := map[string]string{
		"phrase": "triggers:\n  - type: meet\n    phrases: [\"" + words + "\"]\n    objects: [with]\n",
		"verb":   "triggers:\n  - type: meet\n    verbs: [\"" + words + "\"]\n    objects: [with]\n",
		"gaps":   "triggers:\n  - type: meet\n    phrases: [\"" + gaps + "\"]\n    objects: [with]\n",
	}
	t.Run("refused", func(t *testing.T) {
		for name, src := range srcs {
			t.Run(name, func(t *testing.T) {
				l, err := loadHostile(t, []byte(src), 0)
				checkRefused(t, l, err)
			})
		}
	})
	t.Run("harmless", func(t *testing.T) {
		p := testPipeline(t)
		text := "Japan " + strings.Repeat("talk talk ... talk ", 500) + "with China."
		for name, src := range srcs {
			t.Run(name, func(t *testing.T) {
				l, err := loadHostile(t, []byte(src), 0)
				if err != nil {
					return // refused: what the test above wants
				}
				doc := entity.NewDocument(text)
				start := time.Now()
				rels := relation.NewExtractor(l).Extract(doc, p.tagger.Tag(doc))
				if d := time.Since(start); d > time.Second {
					t.Errorf("reading %d bytes with a 10,000-word trigger took %v", len(text), d)
				}
				checkRelations(t, text, doc.Sentences, p.tagger.Tag(doc), rels)
			})
		}
	})
}
