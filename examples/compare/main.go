// Command compare measures geopol against prose/v2 on the same texts in one
// run and prints MB/s for each stage and the ratios:
//
//	geopol: split (sentences and tokens); split + tag (entity mentions);
//	        end to end (entities, relations and dates, reading into one
//	        reused Article as a pipeline would); the same through Extract,
//	        which allocates a new Article each time; end to end with
//	        prose's part-of-speech tags choosing verb or noun readings
//	prose:  tokenize; tokenize + POS tag; full pipeline (segmentation,
//	        tagging, NER) with its model loaded once (prose.UsingModel)
//
// Every tool runs on one goroutine; pin the process to one core with
// GOMAXPROCS=1 (or taskset) for one-core figures. The corpus is the given
// files or directories of *.txt, default testdata/articles, each text
// processed as one article, repeated until -mb megabytes for geopol. prose
// is far slower, so it gets -prose-mb (default 0.25) and is timed over the
// same articles in the same order.
//
//	go run ./examples/compare                  # testdata/articles
//	GOMAXPROCS=1 go run ./examples/compare -mb 4 testdata/articles
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/geopol/geopol"
	"github.com/geopol/geopol/entity"
	"github.com/geopol/geopol/relation/prosetag"
	"github.com/jdkato/prose/v2"
)

func main() {
	mb := flag.Float64("mb", 2, "megabytes of text for each geopol stage")
	proseMB := flag.Float64("prose-mb", 0.25, "megabytes of text for each prose stage")
	flag.Parse()
	paths := flag.Args()
	if len(paths) == 0 {
		paths = []string{filepath.Join("testdata", "articles")}
	}
	texts, err := readTexts(paths)
	if err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
	if err := run(os.Stdout, texts, *mb, *proseMB); err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
}

func readTexts(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		m, err := filepath.Glob(filepath.Join(p, "*.txt"))
		if err != nil {
			return nil, err
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		texts = append(texts, string(b))
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("no *.txt texts in %s", strings.Join(paths, " "))
	}
	return texts, nil
}

// stage is one measured pipeline: it processes one article.
type stage struct {
	name string
	mb   float64
	run  func(text string) error
}

// result is a stage's throughput.
type result struct {
	name string
	mbps float64
}

func run(w io.Writer, texts []string, mb, proseMB float64) error {
	x, err := geopol.New(geopol.Options{})
	if err != nil {
		return err
	}
	tagger := entity.NewTagger(x.Gazetteer())
	var doc entity.Document
	var mentions []entity.Mention
	var article geopol.Article         // reused, as a pipeline would (ExtractInto)
	model := prose.ModelFromData("en") // prose's default model, loaded once
	// The same pipeline letting prose's tags choose verb or noun readings.
	xPOS, err := geopol.New(geopol.Options{Gazetteer: x.Gazetteer(), POS: prosetag.New()})
	if err != nil {
		return err
	}

	stages := []stage{
		{"geopol split", mb, func(t string) error { doc.Reset(t); return nil }},
		{"geopol split+tag", mb, func(t string) error {
			doc.Reset(t)
			mentions = tagger.AppendMentions(mentions[:0], &doc)
			return nil
		}},
		{"geopol end to end", mb, func(t string) error { x.ExtractInto(&article, "", t); return nil }},
		{"geopol Extract", mb, func(t string) error { x.Extract("", t); return nil }},
		{"geopol + prose POS", mb, func(t string) error { xPOS.ExtractInto(&article, "", t); return nil }},
		{"prose tokenize", proseMB, func(t string) error {
			_, err := prose.NewDocument(t, prose.UsingModel(model), prose.WithSegmentation(false),
				prose.WithTagging(false), prose.WithExtraction(false))
			return err
		}},
		{"prose tokenize+tag", proseMB, func(t string) error {
			_, err := prose.NewDocument(t, prose.UsingModel(model), prose.WithSegmentation(false),
				prose.WithExtraction(false))
			return err
		}},
		{"prose full pipeline", proseMB, func(t string) error {
			_, err := prose.NewDocument(t, prose.UsingModel(model))
			return err
		}},
	}
	fmt.Fprintf(w, "corpus: %d articles, %.1f KB; one goroutine each\n", len(texts), float64(size(texts))/1024)
	var results []result
	for _, s := range stages {
		mbps, err := measure(s, texts)
		if err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		results = append(results, result{s.name, mbps})
		fmt.Fprintf(w, "%-22s %10.2f MB/s\n", s.name, mbps)
	}
	byName := map[string]float64{}
	for _, r := range results {
		byName[r.name] = r.mbps
	}
	fmt.Fprintln(w, "ratios (geopol ÷ prose, same run):")
	for _, p := range [][2]string{
		{"geopol split", "prose tokenize"},
		{"geopol split+tag", "prose tokenize+tag"},
		{"geopol end to end", "prose full pipeline"},
		{"geopol end to end", "geopol + prose POS"},
	} {
		fmt.Fprintf(w, "  %-18s ÷ %-20s %8.0f×\n", p[0], p[1], byName[p[0]]/byName[p[1]])
	}
	return nil
}

// measure runs s over the texts, cycling, until its megabytes are done, and
// returns MB/s. One warm-up pass over every text comes first.
func measure(s stage, texts []string) (float64, error) {
	for _, t := range texts {
		if err := s.run(t); err != nil {
			return 0, err
		}
	}
	target := int(s.mb * 1e6)
	done := 0
	start := time.Now()
	for i := 0; done < target; i++ {
		t := texts[i%len(texts)]
		if err := s.run(t); err != nil {
			return 0, err
		}
		done += len(t)
	}
	return float64(done) / 1e6 / time.Since(start).Seconds(), nil
}

func size(texts []string) int {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return n
}
