// Command custom-gazetteer shows how to teach geopol a world of your own:
// it loads the invented countries and bloc of world.yaml, reads story.txt
// (a wire story about them) and prints the entities and relations found,
// twice:
//
//  1. with world.yaml loaded over the default world, so that real
//     countries (Japan, in the last sentence) are still found;
//  2. with world.yaml alone (gazetteer.Options.NoDefault), so that only
//     the invented world is known.
//
// Run it from the module root:
//
//	go run ./examples/custom-gazetteer
//
// To start your own, copy this directory, edit world.yaml (its format is
// documented in gazetteer/testdata/sample.yaml) and story.txt. To try a
// gazetteer file on any article without writing code, use
// go run ./examples/extract -gazetteer world.yaml FILE.
package main

import (
	_ "embed"
	"fmt"
	"io"
	"os"

	"github.com/geopol/geopol"
	"github.com/geopol/geopol/gazetteer"
)

// The world and the story are embedded, so the program runs from any
// directory. To read them at run time instead, use gazetteer.ReadFile and
// os.ReadFile.
var (
	//go:embed world.yaml
	worldYAML []byte
	//go:embed story.txt
	story string
)

func main() {
	if err := run(os.Stdout); err != nil {
		// A gazetteer error lists every problem with file:line:col.
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	// Step 1: wrap the YAML in a gazetteer.Source. Its Name is what error
	// messages cite ("world.yaml:12:5: ...").
	world := gazetteer.Source{Name: "world.yaml", Data: worldYAML}

	for _, setup := range []struct {
		title string
		opts  gazetteer.Options
	}{
		// Step 2a: the default world with world.yaml on top. An entry
		// whose id the default already has would extend it; new ids add
		// entries.
		{"world.yaml over the default world", gazetteer.Options{Sources: []gazetteer.Source{world}}},
		// Step 2b: world.yaml alone.
		{"world.yaml alone (NoDefault)", gazetteer.Options{NoDefault: true, Sources: []gazetteer.Source{world}}},
	} {
		// Step 3: build the gazetteer. New validates every entry and
		// compiles the name matcher; it is immutable afterwards and safe
		// to share between goroutines.
		g, err := gazetteer.New(setup.opts)
		if err != nil {
			return err
		}

		// Step 4: build an extractor on it (the relation lexicon is the
		// default one) — once, then call Extract for every article.
		x, err := geopol.New(geopol.Options{Gazetteer: g})
		if err != nil {
			return err
		}

		// Step 5: extract. Offsets in the result are byte offsets into
		// story.
		a := x.Extract("story.txt", story)
		printArticle(w, setup.title, g, a)
	}
	return nil
}

// printArticle prints the entities with their mentions, then the
// relations, of one article.
func printArticle(w io.Writer, title string, g *gazetteer.Gazetteer, a *geopol.Article) {
	fmt.Fprintf(w, "== %s (%d entries)\n", title, g.Len())
	fmt.Fprintln(w, "Entities:")
	for _, e := range a.Entities {
		fmt.Fprintf(w, "  %-18s %-9s %-16s", e.ID, e.Kind, e.Name)
		for _, m := range e.Mentions {
			// m.Text is story[m.Start:m.End]; m.Form says how it names
			// the entity (name, demonym, capital, ...).
			fmt.Fprintf(w, " %q@%d(%s)", m.Text, m.Start, m.Form)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "Relations:")
	for _, r := range a.Relations {
		neg := ""
		if r.Negated {
			neg = " NOT"
		}
		fmt.Fprintf(w, "  %s%s %s %s  [CAMEO %s, %s]  %q (sentence %d)\n",
			r.Subject.ID, neg, r.Type, r.Object.ID, r.CAMEO, r.Modality, r.Trigger.Text, r.Sentence)
	}
	fmt.Fprintln(w)
}
