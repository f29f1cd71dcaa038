package geopol_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/geopol/geopol"
	"github.com/geopol/geopol/internal/score"
)

// sharedDir is the project's shared folder beside the checkout; tests that
// need it skip when it is absent.
const sharedDir = "../shared"

// scoreDirs scores the annotated articles of dirs with the default
// extractor.
func scoreDirs(t *testing.T, dirs ...string) *score.Report {
	t.Helper()
	x, err := geopol.New(geopol.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep := score.NewReport()
	for _, dir := range dirs {
		cases, err := score.LoadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(cases) == 0 {
			t.Fatalf("%s: no annotated articles", dir)
		}
		for _, c := range cases {
			rep.Add(c, x.Extract(c.Name, c.Text))
		}
	}
	return rep
}

// TestDevSet scores the shared dev set and seed (OUTPUT.md's gold format)
// and holds the library to the project's targets: entity F1 ≥ 0.97,
// actor-pair F1 ≥ 0.85, typed-relation F1 ≥ 0.75. It skips where ../shared
// is absent.
func TestDevSet(t *testing.T) {
	dev := filepath.Join(sharedDir, "eval", "dev")
	seed := filepath.Join(sharedDir, "seed")
	for _, d := range []string{dev, seed} {
		if _, err := os.Stat(d); err != nil {
			t.Skipf("%s not present: %v", d, err)
		}
	}
	rep := scoreDirs(t, dev, seed)
	t.Logf("entities %s", rep.Entities)
	t.Logf("pairs    %s", rep.Pairs)
	t.Logf("typed    %s", rep.Typed)
	check(t, "entity", rep.Entities, 0.97)
	check(t, "actor-pair", rep.Pairs, 0.85)
	check(t, "typed-relation", rep.Typed, 0.75)
	for typ, c := range rep.PerType {
		if c.TP+c.FN > 0 && c.TP == 0 {
			t.Errorf("type %s is in the gold but never found", typ)
		}
	}
}

// TestSampleArticles scores our own annotated sample articles, which the
// project wrote and may ship.
func TestSampleArticles(t *testing.T) {
	rep := scoreDirs(t, filepath.Join("testdata", "articles"))
	t.Logf("entities %s", rep.Entities)
	t.Logf("pairs    %s", rep.Pairs)
	t.Logf("typed    %s", rep.Typed)
	check(t, "entity", rep.Entities, 0.97)
	check(t, "actor-pair", rep.Pairs, 0.85)
	check(t, "typed-relation", rep.Typed, 0.75)
}

func check(t *testing.T, what string, c score.Counts, min float64) {
	t.Helper()
	if f := c.F1(); f < min {
		t.Errorf("%s F1 %.3f below %.2f: %s", what, f, min, c)
	}
}
