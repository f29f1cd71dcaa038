package relation_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/entity"
	"github.com/geopol/geopol/relation"
)

func TestDefaultLexicon(t *testing.T) {
	l, err := relation.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	count := map[relation.Type]int{}
	for _, tr := range l.Triggers() {
		if tr.Type < relation.Negotiate || tr.Type > relation.Concede {
			t.Errorf("trigger %+v has an invalid type", tr)
		}
		if len(tr.Verbs)+len(tr.Nouns)+len(tr.Phrases) == 0 {
			t.Errorf("trigger of type %s has no words", tr.Type)
		}
		if len(tr.Objects) == 0 {
			t.Errorf("trigger of type %s (%q) takes no object", tr.Type, append(tr.Verbs, tr.Nouns...))
		}
		count[tr.Type]++
	}
	for _, typ := range relation.Types() {
		if count[typ] == 0 {
			t.Errorf("type %s has no trigger", typ)
		}
	}
}

// loadUser loads the default lexicon extended by one user source.
func loadUser(t *testing.T, yaml string) *relation.Lexicon {
	t.Helper()
	l, err := relation.LoadLexicon(relation.LexiconOptions{Sources: []relation.Source{{Name: "user.yaml", Data: []byte(yaml)}}})
	if err != nil {
		t.Fatalf("LoadLexicon: %v", err)
	}
	return l
}

// readWith reads text with lexicon l.
func readWith(t *testing.T, l *relation.Lexicon, text string) []relation.Relation {
	t.Helper()
	doc := entity.NewDocument(text)
	return relation.NewExtractor(l).Extract(doc, testPipeline(t).tagger.Tag(doc))
}

func relStrings(rels []relation.Relation) []string {
	var out []string
	for _, r := range rels {
		out = append(out, relString(r.Subject.ID, r.Type, r.Object.ID, r.Negated, r.Modality == relation.Intended))
	}
	slices.Sort(out)
	return out
}

func TestUserLexicon(t *testing.T) {
	cases := []struct {
		name, yaml, text string
		want             []string
		without          []string // what the default lexicon reads
	}{
		{
			name: "new verb",
			yaml: "triggers:\n  - type: meet\n    verbs: [greet]\n    objects: [direct]\n",
			text: "Japan greeted Peru at the airport.",
			want: []string{"JPN meet PER"},
		},
		{
			name: "new noun",
			yaml: "triggers:\n  - type: cooperate\n    nouns: [twinning]\n    objects: [with]\n",
			text: "Ghana launched a twinning with Kenya.",
			want: []string{"GHA cooperate KEN"},
		},
		{
			name: "irregular past",
			yaml: "triggers:\n  - type: reject\n    verbs: [forsake]\n    objects: [direct]\nirregular:\n  forsake: [forsook, forsaken]\n",
			text: "Japan forsook Peru.",
			want: []string{"JPN reject PER"},
		},
		{
			name:    "intention marker",
			yaml:    "markers:\n  intention: [eyes]\n",
			text:    "Japan eyes signing a trade deal with Peru.",
			want:    []string{"JPN sign_agreement PER intended"},
			without: []string{"JPN sign_agreement PER"},
		},
		{
			name:    "hypothetical marker",
			yaml:    "markers:\n  hypothetical: [mooted]\n",
			text:    "Japan mooted sanctions on Peru.",
			want:    nil,
			without: []string{"JPN sanction PER"},
		},
	}
	def, err := relation.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := loadUser(t, c.yaml)
			if got := relStrings(readWith(t, l, c.text)); !slices.Equal(got, c.want) {
				t.Errorf("with user lexicon: got %q, want %q", got, c.want)
			}
			if got := relStrings(readWith(t, def, c.text)); !slices.Equal(got, c.without) {
				t.Errorf("with default lexicon: got %q, want %q", got, c.without)
			}
		})
	}
}

func TestUserTopics(t *testing.T) {
	l := loadUser(t, "triggers:\n  - type: cooperate\n    verbs: [federate]\n    objects: [with]\n    topics: [governance]\ntopics:\n  space: [orbit]\n")
	rels := readWith(t, l, "Chile federated with Peru to share an orbit.")
	if len(rels) != 1 {
		t.Fatalf("got %d relations, want 1", len(rels))
	}
	if want := []string{"space", "governance"}; !slices.Equal(rels[0].Topics, want) {
		t.Errorf("topics %q, want %q", rels[0].Topics, want)
	}
}

func TestNoDefault(t *testing.T) {
	l, err := relation.LoadLexicon(relation.LexiconOptions{NoDefault: true, Sources: []relation.Source{{Name: "u.yaml", Data: []byte("triggers:\n  - type: meet\n    verbs: [greet]\n    objects: [direct]\n")}}})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(l.Triggers()); n != 1 {
		t.Errorf("%d triggers, want 1", n)
	}
	if got := relStrings(readWith(t, l, "Japan greeted Peru and sanctioned Chile.")); !slices.Equal(got, []string{"JPN meet PER"}) {
		t.Errorf("got %q", got)
	}
}

// TestLexiconErrors pins the exact messages of a bad user source.
func TestLexiconErrors(t *testing.T) {
	cases := []struct {
		name, yaml string
		want       []string
	}{
		{"unknown field with suggestion",
			"triggers:\n  - type: meet\n    verb: [greet]\n",
			[]string{
				`relation: user.yaml:2:5: trigger of type meet has no words; add verbs, nouns or phrases`,
				`relation: user.yaml:3:5: unknown field "verb"; did you mean "verbs"?`,
			}},
		{"unknown top-level field",
			"trigger:\n  - type: meet\n",
			[]string{`relation: user.yaml:1:1: unknown field "trigger"; did you mean "triggers"?`}},
		{"unknown marker list",
			"markers:\n  negations: [nope]\n",
			[]string{`relation: user.yaml:2:3: unknown field "negations"; did you mean "negation"?`}},
		{"unknown type with suggestion",
			"triggers:\n  - type: negotiat\n    verbs: [haggle]\n",
			[]string{`relation: user.yaml:2:11: unknown relation type "negotiat"; did you mean "negotiate"?`}},
		{"unknown type without suggestion",
			"triggers:\n  - type: dance\n    verbs: [waltz]\n",
			[]string{`relation: user.yaml:2:11: unknown relation type "dance"; use one of negotiate, meet, visit, sign_agreement, cooperate, provide_aid, support, mediate, request, accuse, reject, threaten, sanction, mobilize, coerce, attack, ceasefire, concede`}},
		{"missing type",
			"triggers:\n  - verbs: [greet]\n",
			[]string{"relation: user.yaml:2:5: trigger has no type; add `type:` (negotiate, meet, visit, ...)"}},
		{"trigger with no words",
			"triggers:\n  - type: meet\n    objects: [with]\n",
			[]string{`relation: user.yaml:2:5: trigger of type meet has no words; add verbs, nouns or phrases`}},
		{"bad object preposition",
			"triggers:\n  - type: meet\n    verbs: [greet]\n    objects: [beside, with]\n",
			[]string{`relation: user.yaml:4:15: object "beside" is neither "direct" nor a preposition (with, to, on, against, between, ...)`}},
		{"bad cameo code",
			"triggers:\n  - type: meet\n    verbs: [greet]\n    cameo: \"04a\"\n",
			[]string{`relation: user.yaml:4:12: cameo must be a CAMEO event code of 2 to 4 digits in quotes, such as "072", not "04a"`}},
		{"cameo code too long",
			"triggers:\n  - type: meet\n    verbs: [greet]\n    cameo: \"04111\"\n",
			[]string{`relation: user.yaml:4:12: cameo must be a CAMEO event code of 2 to 4 digits in quotes, such as "072", not "04111"`}},
		{"YAML alias",
			"triggers:\n  - type: meet\n    verbs: &v [greet]\n  - type: visit\n    verbs: *v\n",
			[]string{
				`relation: user.yaml:4:5: trigger of type visit has no words; add verbs, nouns or phrases`,
				`relation: user.yaml:5:12: YAML aliases (*v) are not allowed here; write the value out`,
			}},
		{"YAML alias in topics",
			"topics:\n  a: &x [b]\n  c: *x\n",
			[]string{`relation: user.yaml:3:6: YAML aliases are not allowed here; write the list out`}},
		{"invalid YAML",
			"triggers:\n  - type: meet\n    verbs: [greet\n",
			[]string{`relation: user.yaml:2:1: invalid YAML: did not find expected ',' or ']'`}},
		{"wrong types",
			"triggers:\n  - type: meet\n    verbs: greet\n    host: maybe\n",
			[]string{
				`relation: user.yaml:2:5: trigger of type meet has no words; add verbs, nouns or phrases`,
				`relation: user.yaml:3:12: verbs must be a list such as [A, B], not a single value ("greet")`,
				`relation: user.yaml:4:11: host must be true or false, not "maybe"`,
			}},
		{"triggers not a list",
			"triggers: {type: meet}\n",
			[]string{`relation: user.yaml:1:11: triggers must be a list such as [A, B], not a mapping`}},
		{"not a mapping",
			"- a\n- b\n",
			[]string{"relation: user.yaml:1:1: expected a mapping, not a list; write a mapping with `triggers:` (and optionally irregular, markers, topics)"}},
		{"empty",
			"",
			[]string{"relation: user.yaml: empty file; write a mapping with `triggers:` (and optionally irregular, markers, topics)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := relation.LoadLexicon(relation.LexiconOptions{Sources: []relation.Source{{Name: "user.yaml", Data: []byte(c.yaml)}}})
			if err == nil {
				t.Fatal("no error")
			}
			if got := strings.Split(err.Error(), "\n"); !slices.Equal(got, c.want) {
				t.Errorf("errors\n got  %q\n want %q", got, c.want)
			}
			var list relation.ErrorList
			if !errors.As(err, &list) || len(list) != len(c.want) {
				t.Fatalf("error is no ErrorList of %d: %T %v", len(c.want), err, err)
			}
			var first *relation.Error
			if !errors.As(err, &first) || first.File != "user.yaml" || first.Pkg != "relation" {
				t.Errorf("errors.As(*Error) = %+v", first)
			}
		})
	}
}

func TestLexiconSizeLimit(t *testing.T) {
	big := strings.Repeat("# padding\n", 20)
	_, err := relation.ReadSource("big.yaml", strings.NewReader(big), 100)
	if !errors.Is(err, relation.ErrTooLarge) {
		t.Errorf("ReadSource over the limit: %v, want ErrTooLarge", err)
	}
	if want := "relation: lexicon source too large: big.yaml is over 100 bytes (raise LexiconOptions.MaxSourceBytes)"; err == nil || err.Error() != want {
		t.Errorf("ReadSource error %q, want %q", err, want)
	}
	src, err := relation.ReadSource("small.yaml", strings.NewReader(big), len(big))
	if err != nil || string(src.Data) != big || src.Name != "small.yaml" {
		t.Errorf("ReadSource at the limit: %v", err)
	}
	_, err = relation.LoadLexicon(relation.LexiconOptions{MaxSourceBytes: 100, Sources: []relation.Source{{Name: "big.yaml", Data: []byte(big)}}})
	if !errors.Is(err, relation.ErrTooLarge) {
		t.Errorf("LoadLexicon over the limit: %v, want ErrTooLarge", err)
	}
}

func TestReadFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mine.yaml")
	data := "triggers:\n  - type: meet\n    verbs: [greet]\n    objects: [direct]\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := relation.ReadFile(path)
	if err != nil || src.Name != path || string(src.Data) != data {
		t.Fatalf("ReadFile = %+v, %v", src, err)
	}
	if _, err := relation.ReadFile(filepath.Join(t.TempDir(), "missing.yaml")); err == nil || !strings.HasPrefix(err.Error(), "relation: ") || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadFile(missing) = %v", err)
	}
	// Errors in a file name the file.
	_, err = relation.LoadLexicon(relation.LexiconOptions{Sources: []relation.Source{{Name: path, Data: []byte("triggers:\n  - type: meat\n    verbs: [x]\n")}}})
	if want := "relation: " + path + `:2:11: unknown relation type "meat"; did you mean "meet"?`; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}
