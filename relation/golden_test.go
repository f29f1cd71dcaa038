package relation_test

import (
	"flag"
	"fmt"
	"github.com/geopol/geopol/internal/golden"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol/relation"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// articlesDir holds the shared test articles.
const articlesDir = "../testdata/articles"

func articlePaths(tb testing.TB) []string {
	tb.Helper()
	return golden.Glob(tb, filepath.Join(articlesDir, "*.txt"))
}

// knownWrong lists golden lines that record an engine bug rather than the
// right reading. They stay in the golden files, so that any other change
// shows, and are logged while the bug lasts.
var knownWrong = map[string][]string{
	"congo-korea-georgia": {
		// The fighting around Goma is not read as Congo and Rwanda attacking
		// each other in the article's gold annotation. (RELATIONS.md rule 4
		// reads an event noun's sides from the sentence, which gives these;
		// the annotation and the rule disagree here.)
		`2 attack COD RWA false asserted 224 232 "fighting" 190 military`,
		`2 attack RWA COD false asserted 224 232 "fighting" 190 military`,
	},
}

// knownMissing lists, per article, relations the engine misses in a
// sentence that states them: "sentence type subject object negated
// modality", the start of the golden line that should be there.
var knownMissing = map[string][]string{
	"headline-caps": {
		// "welcomed Tokyo's decision to help pay for air defence systems for Kyiv".
		"5 provide_aid JPN UKR false intended",
	},
}

// goldenLines renders relations one a line: "sentence type subject object
// negated modality trigger-start trigger-end trigger-text cameo topics", in
// text order.
func goldenLines(rels []relation.Relation) []string {
	out := make([]string, len(rels))
	for i, r := range rels {
		topics := "-"
		if len(r.Topics) > 0 {
			topics = strings.Join(r.Topics, ",")
		}
		out[i] = fmt.Sprintf("%d %s %s %s %t %s %d %d %q %s %s",
			r.Sentence, r.Type, r.Subject.ID, r.Object.ID, r.Negated, r.Modality,
			r.Trigger.Start, r.Trigger.End, r.Trigger.Text, r.CAMEO, topics)
	}
	return out
}

func TestGolden(t *testing.T) {
	for _, path := range articlePaths(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			doc, ms, rels := extract(t, text)
			checkRelations(t, text, doc.Sentences, ms, rels)
			got := goldenLines(rels)
			for _, line := range knownWrong[name] {
				if slices.Contains(got, line) {
					t.Logf("known wrong line: %s", line)
				}
			}
			for _, prefix := range knownMissing[name] {
				found := slices.ContainsFunc(got, func(l string) bool { return strings.HasPrefix(l, prefix+" ") })
				if found {
					t.Logf("known missing relation is now found; remove it from knownMissing: %s", prefix)
				} else {
					t.Logf("known missing line: %s ...", prefix)
				}
			}
			golden.CheckLines(t, filepath.Join("testdata", "golden", name+".golden"), got, *update)
		})
	}
}
