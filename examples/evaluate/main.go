// Command evaluate scores geopol against annotated articles: every NAME.txt
// with a NAME.gold.json in the given directories (OUTPUT.md's gold format).
// It prints entity, actor-pair and typed-relation precision, recall and F1,
// micro-averaged over all articles, a per-type table and the commonest type
// confusions; -v also lists every miss and extra with its sentence; -pos
// lets prose/v2's part-of-speech tags choose between verb and noun readings,
// to measure what they change.
//
//	go run ./examples/evaluate ../shared/eval/dev ../shared/seed
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/geopol/geopol"
	"github.com/geopol/geopol/internal/score"
	"github.com/geopol/geopol/relation"
	"github.com/geopol/geopol/relation/prosetag"
)

func main() {
	verbose := flag.Bool("v", false, "list every miss and extra with its sentence")
	pos := flag.Bool("pos", false, "let prose/v2's part-of-speech tags choose verb or noun readings (relation/prosetag)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: evaluate [-v] DIR...\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	opts := geopol.Options{}
	if *pos {
		opts.POS = prosetag.New()
	}
	if err := run(os.Stdout, flag.Args(), *verbose, opts); err != nil {
		fmt.Fprintln(os.Stderr, "evaluate:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, dirs []string, verbose bool, opts geopol.Options) error {
	x, err := geopol.New(opts)
	if err != nil {
		return err
	}
	rep := score.NewReport()
	n := 0
	for _, dir := range dirs {
		cases, err := score.LoadDir(dir)
		if err != nil {
			return err
		}
		if len(cases) == 0 {
			return fmt.Errorf("%s: no NAME.txt with NAME.gold.json", dir)
		}
		for _, c := range cases {
			rep.Add(c, x.Extract(c.Name, c.Text))
			n++
		}
	}
	if verbose {
		printItems(w, "entity misses", rep.EntityMisses)
		printItems(w, "entity extras", rep.EntityExtras)
		printItems(w, "relation misses", rep.Misses)
		printItems(w, "relation extras", rep.Extras)
	}
	fmt.Fprintf(w, "%-9s %-4s %-6s %-6s %s\n", "type", "tp", "fp", "fn", "F1")
	for _, t := range relation.Types() {
		c, ok := rep.PerType[t.String()]
		if !ok {
			continue
		}
		fmt.Fprintf(w, "%-15s %3d %3d %3d  %.3f\n", t, c.TP, c.FP, c.FN, c.F1())
	}
	if len(rep.Confusions) > 0 {
		var keys []string
		for k := range rep.Confusions {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			return rep.Confusions[keys[i]] > rep.Confusions[keys[j]] || rep.Confusions[keys[i]] == rep.Confusions[keys[j]] && keys[i] < keys[j]
		})
		fmt.Fprintf(w, "confusions (gold→predicted): ")
		for i, k := range keys {
			if i == 5 {
				break
			}
			fmt.Fprintf(w, "%s ×%d  ", k, rep.Confusions[k])
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "articles   %d\n", n)
	fmt.Fprintf(w, "entities   %s\n", rep.Entities)
	fmt.Fprintf(w, "pairs      %s\n", rep.Pairs)
	fmt.Fprintf(w, "typed      %s\n", rep.Typed)
	return nil
}

func printItems(w io.Writer, title string, items []score.Item) {
	fmt.Fprintf(w, "== %s (%d)\n", title, len(items))
	for _, it := range items {
		fmt.Fprintf(w, "%-45s %s\n", it.Article, it.Key)
		if it.Text != "" {
			fmt.Fprintf(w, "    [%d] %s\n", it.Sent, strings.Join(strings.Fields(it.Text), " "))
		}
	}
}
