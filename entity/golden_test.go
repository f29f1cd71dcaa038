package entity

import (
	"encoding/json"
	"flag"
	"fmt"
	"github.com/geopol/geopol/internal/golden"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/geopol/geopol/gazetteer"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// articlesDir holds the shared test articles, NAME.txt beside NAME.gold.json.
const articlesDir = "../testdata/articles"

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

// testTagger returns a tagger for the default gazetteer, built once per test
// binary.
func testTagger(tb testing.TB) *Tagger {
	tb.Helper()
	defaultOnce.Do(func() {
		g, err := gazetteer.Default()
		if err != nil {
			defaultErr = err
			return
		}
		defaultTagger = NewTagger(g)
	})
	if defaultErr != nil {
		tb.Fatalf("gazetteer.Default: %v", defaultErr)
	}
	return defaultTagger
}

// articles returns the paths of the test articles.
func articles(tb testing.TB) []string {
	tb.Helper()
	return golden.Glob(tb, filepath.Join(articlesDir, "*.txt"))
}

// knownWrong lists golden lines that record a known bug rather than the
// right answer. They stay in the golden files so that the tests catch any
// other change, and are logged on every run until the bug is fixed.
var knownWrong = map[string][]string{}

// knownGoldGaps lists, per article, the entity IDs the tagger is known to
// add to (extra) or miss from (missing) the gold list. TestGoldEntities
// skips an article whose only differences are these.
var knownGoldGaps = map[string]struct {
	extra, missing []string
	why            string
}{}

// goldenLines renders mentions one a line, "start end sentence kind id form
// text", sorted by start, with newlines in text written as \n.
func goldenLines(ms []Mention) []string {
	ms = slices.Clone(ms)
	slices.SortStableFunc(ms, func(a, b Mention) int { return a.Start - b.Start })
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = fmt.Sprintf("%d %d %d %s %s %s %s", m.Start, m.End, m.Sentence, m.Kind, m.ID, m.Form, escape(m.Text))
	}
	return out
}

func escape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`).Replace(s)
}

func TestGolden(t *testing.T) {
	tg := testTagger(t)
	for _, path := range articles(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc := NewDocument(string(data))
			ms := tg.Tag(doc)
			checkMentions(t, doc, ms)
			got := goldenLines(ms)
			for _, line := range knownWrong[name] {
				if slices.Contains(got, line) {
					t.Logf("known wrong line: %s", line)
				}
			}
			golden.CheckLines(t, filepath.Join("testdata", "golden", name+".golden"), got, *update)
		})
	}
}

// TestGoldEntities checks that the actor entities tagged in each article are
// the "entities" of its NAME.gold.json.
func TestGoldEntities(t *testing.T) {
	tg := testTagger(t)
	for _, path := range articles(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			goldData, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".gold.json")
			if os.IsNotExist(err) {
				t.Skip("no gold file")
			}
			if err != nil {
				t.Fatal(err)
			}
			var gold struct {
				Entities []string `json:"entities"`
			}
			if err := json.Unmarshal(goldData, &gold); err != nil {
				t.Fatalf("%s.gold.json: %v", name, err)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, m := range tg.Tag(NewDocument(string(data))) {
				if m.Kind.IsActor() {
					got[m.ID] = true
				}
			}
			want := map[string]bool{}
			for _, id := range gold.Entities {
				want[id] = true
			}
			var missing, extra []string
			for id := range want {
				if !got[id] {
					missing = append(missing, id)
				}
			}
			for id := range got {
				if !want[id] {
					extra = append(extra, id)
				}
			}
			slices.Sort(missing)
			slices.Sort(extra)
			gap := knownGoldGaps[name]
			known := func(ids, gapIDs []string) (rest, seen []string) {
				for _, id := range ids {
					if slices.Contains(gapIDs, id) {
						seen = append(seen, id)
					} else {
						rest = append(rest, id)
					}
				}
				return rest, seen
			}
			missing, knownMissing := known(missing, gap.missing)
			extra, knownExtra := known(extra, gap.extra)
			if len(missing) > 0 || len(extra) > 0 {
				t.Errorf("entities differ from gold: missing %v, extra %v", missing, extra)
			}
			if len(knownMissing) > 0 || len(knownExtra) > 0 {
				t.Skipf("known gap: %s: missing %v, extra %v", gap.why, knownMissing, knownExtra)
			}
		})
	}
}

// checkMentions checks the invariants every tagging must keep.
func checkMentions(t *testing.T, doc *Document, ms []Mention) {
	t.Helper()
	prevEnd := 0
	for i, m := range ms {
		if m.Start < 0 || m.End > len(doc.Text) || m.Start >= m.End {
			t.Fatalf("mention %d [%d,%d) out of bounds (len %d)", i, m.Start, m.End, len(doc.Text))
		}
		if m.Start < prevEnd {
			t.Errorf("mention %d [%d,%d) %q overlaps or precedes the previous one (end %d)", i, m.Start, m.End, m.Text, prevEnd)
		}
		prevEnd = m.End
		if doc.Text[m.Start:m.End] != m.Text {
			t.Errorf("mention %d: text[%d:%d] = %q, Text = %q", i, m.Start, m.End, doc.Text[m.Start:m.End], m.Text)
		}
		if m.Sentence < 0 || m.Sentence >= len(doc.Sentences) {
			t.Fatalf("mention %d %q: sentence %d of %d", i, m.Text, m.Sentence, len(doc.Sentences))
		}
		s := doc.Sentences[m.Sentence]
		if m.Start < s.Start || m.End > s.End {
			t.Errorf("mention %d %q [%d,%d) outside its sentence %d [%d,%d)", i, m.Text, m.Start, m.End, m.Sentence, s.Start, s.End)
		}
		if m.FirstToken < 0 || m.EndToken > len(doc.Tokens) || m.FirstToken >= m.EndToken ||
			doc.Tokens[m.FirstToken].Start != m.Start || doc.Tokens[m.EndToken-1].End != m.End {
			t.Errorf("mention %d %q: tokens [%d,%d) do not span [%d,%d)", i, m.Text, m.FirstToken, m.EndToken, m.Start, m.End)
		}
		if m.Entry == nil || m.Entry.ID != m.ID || m.Entry.Kind != m.Kind {
			t.Errorf("mention %d %q: Entry does not match ID %s kind %s", i, m.Text, m.ID, m.Kind)
		}
		if m.Kind == gazetteer.Shield {
			t.Errorf("mention %d %q: a shield is reported", i, m.Text)
		}
	}
}
