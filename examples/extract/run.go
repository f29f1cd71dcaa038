package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/geopol/geopol"
	"github.com/geopol/geopol/gazetteer"
	"github.com/geopol/geopol/relation"
)

// Exit statuses.
const (
	exitOK      = 0 // every input was read
	exitFailed  = 1 // some input failed; the others were still processed
	exitBadArgs = 2 // bad flags or gazetteer: nothing was processed
)

// progressMin is the number of inputs from which a terminal gets a progress
// line.
const progressMin = 20

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(s string) error { *l = append(*l, s); return nil }

// config is what the command line asks for.
type config struct {
	format     string
	gazetteers stringList
	workers    int
	published  time.Time // -date: the articles' date, overriding datelines
	args       []string
}

// parseFlags reads the command line. Problems are reported on stderr.
func parseFlags(args []string, stderr io.Writer) (*config, error) {
	c := &config{}
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.format, "format", "text", "output `format`: "+strings.Join(formatNames(), "|"))
	fs.Var(&c.gazetteers, "gazetteer", "YAML gazetteer `file` loaded over the default (repeatable)")
	fs.IntVar(&c.workers, "workers", runtime.NumCPU(), "number of inputs read at once")
	dateFlag := fs.String("date", "", "the articles' `date` (2006-01-02), used instead of their datelines to resolve \"on Monday\"")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: extract [flags] [FILE | DIR | - ...]\n\n"+
			"Extracts geopolitical entities and relations from news articles: each FILE\n"+
			"(*.html read as HTML), every *.txt and *.html under each DIR, standard\n"+
			"input for -, or the sample article when no argument is given.\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if newFormatter(c.format) == nil {
		fmt.Fprintf(stderr, "extract: unknown format %q (want %s)\n", c.format, strings.Join(formatNames(), ", "))
		fs.Usage()
		return nil, errors.New("bad format")
	}
	if *dateFlag != "" {
		t, err := time.Parse("2006-01-02", *dateFlag)
		if err != nil {
			fmt.Fprintf(stderr, "extract: -date wants a date such as 2024-02-21, not %q\n", *dateFlag)
			fs.Usage()
			return nil, errors.New("bad date")
		}
		c.published = t
	}
	if c.workers < 1 {
		fmt.Fprintf(stderr, "extract: -workers must be at least 1, not %d\n", c.workers)
		fs.Usage()
		return nil, errors.New("bad workers")
	}
	c.args = fs.Args()
	return c, nil
}

// newExtractor builds the extractor, with the gazetteer files loaded over
// the default world when there are any.
func newExtractor(files []string) (*geopol.Extractor, error) {
	if len(files) == 0 {
		return geopol.New(geopol.Options{})
	}
	var sources []gazetteer.Source
	for _, f := range files {
		src, err := gazetteer.ReadFile(f)
		if err != nil {
			return nil, err
		}
		sources = append(sources, src)
	}
	g, err := gazetteer.New(gazetteer.Options{Sources: sources})
	if err != nil {
		return nil, err
	}
	return geopol.New(geopol.Options{Gazetteer: g})
}

// result is what one input gave.
type result struct {
	source string
	// text is the input as read; every offset in article is an offset
	// into it. For HTML input, article.Text holds the plain-text view
	// extraction ran on, not text.
	text    string
	article *geopol.Article
	err     error
}

// process reads one input and extracts from it, dated by published when it
// is set and by the input's own dateline otherwise.
func process(x *geopol.Extractor, in input, stdin io.Reader, published time.Time) result {
	text, err := in.read(stdin)
	if err != nil {
		return result{source: in.name, err: &inputError{in.name, err}}
	}
	return processData(x, in, text, published)
}

// processData extracts from the text read for in.
func processData(x *geopol.Extractor, in input, text string, published time.Time) result {
	extract := func(t string) *geopol.Article {
		if published.IsZero() {
			return x.Extract(in.name, t)
		}
		return x.ExtractDated(in.name, t, published)
	}
	if !in.isHTML(text) {
		return result{source: in.name, text: text, article: extract(text)}
	}
	view := htmlToText(text)
	a := extract(view.Text)
	remapArticle(a, view, text)
	return result{source: in.name, text: text, article: a}
}

// run is the whole program: it parses args, processes the inputs on
// -workers goroutines and writes their results to stdout in input order.
// It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitBadArgs
	}
	x, err := newExtractor(cfg.gazetteers)
	if err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return exitBadArgs
	}
	inputs := listInputs(cfg.args)
	f := newFormatter(cfg.format)
	if s, ok := f.(streamer); ok && len(inputs) == 1 {
		return runStream(x, inputs[0], s, cfg.published, stdin, stdout, stderr)
	}

	// Workers take inputs in order and hand each result to its own
	// channel; the loop below waits on them in order, so output is
	// deterministic while the work runs on every worker. At most
	// 4×workers results wait to be written: a slow early input does not
	// let the rest of a large directory pile up in memory.
	window := make(chan struct{}, 4*cfg.workers)
	done := make([]chan result, len(inputs))
	for i := range done {
		done[i] = make(chan result, 1)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	var stdinMu sync.Mutex // "-" twice must not read stdin at once
	for range min(cfg.workers, len(inputs)) {
		wg.Go(func() {
			for i := range next {
				in := inputs[i]
				if in.stdin {
					stdinMu.Lock()
					done[i] <- process(x, in, stdin, cfg.published)
					stdinMu.Unlock()
					continue
				}
				done[i] <- process(x, in, stdin, cfg.published)
			}
		})
	}
	go func() {
		for i := range inputs {
			window <- struct{}{} // released once result i is written
			next <- i
		}
		close(next)
		wg.Wait()
	}()

	st := newStats(len(inputs), isTerminal(stderr))
	// JSON output is one object for one named file (or stdin, or the
	// sample), an array otherwise, so scripts reading a directory always
	// get an array.
	many := len(inputs) != 1 || inputs[0].inDir
	if err := f.begin(stdout, many); err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return exitFailed
	}
	status := exitOK
	for i := range inputs {
		r := <-done[i]
		<-window
		if r.err != nil {
			st.clearProgress(stderr)
			fmt.Fprintf(stderr, "extract: %v\n", r.err)
			st.failed++
			status = exitFailed
			continue
		}
		if err := f.article(stdout, &r); err != nil {
			fmt.Fprintf(stderr, "extract: writing %s: %v\n", r.source, err)
			return exitFailed
		}
		st.add(&r)
		st.progress(stderr)
	}
	if err := f.end(stdout); err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return exitFailed
	}
	st.clearProgress(stderr)
	if len(inputs) > 1 {
		st.summary(stderr)
	}
	return status
}

// runStream reads a single input for a streamer: plain text block by block,
// writing each block's relations as it goes; HTML (whose offsets are
// remapped over the whole page) as run does. It returns the exit status.
func runStream(x *geopol.Extractor, in input, s streamer, published time.Time, stdin io.Reader, stdout, stderr io.Writer) int {
	text, err := in.read(stdin)
	if err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", &inputError{in.name, err})
		return exitFailed
	}
	if err := s.begin(stdout, in.inDir); err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return exitFailed
	}
	if in.isHTML(text) {
		r := processData(x, in, text, published)
		err = s.article(stdout, &r)
	} else {
		err = x.Stream(text, geopol.StreamOptions{Published: published}, func(b *geopol.Block) error {
			return s.relations(stdout, in.name, b.Relations)
		})
	}
	if err == nil {
		err = s.end(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "extract: writing %s: %v\n", in.name, err)
		return exitFailed
	}
	return exitOK
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// stats counts what a run read, for the progress line and the summary.
type stats struct {
	total     int  // inputs to read
	tty       bool // show a progress line
	showing   bool // a progress line is on the terminal
	start     time.Time
	lastShown time.Time
	articles  int // inputs read
	failed    int // inputs that failed
	bytes     int
	relations int
	byType    map[relation.Type]int
}

func newStats(total int, tty bool) *stats {
	return &stats{total: total, tty: tty && total > progressMin, start: time.Now(), byType: map[relation.Type]int{}}
}

func (s *stats) add(r *result) {
	s.articles++
	s.bytes += len(r.text)
	for _, rel := range r.article.Relations {
		s.byType[rel.Type]++
		s.relations++
	}
}

// progress rewrites the progress line, at most ten times a second.
func (s *stats) progress(w io.Writer) {
	if !s.tty || time.Since(s.lastShown) < 100*time.Millisecond {
		return
	}
	s.lastShown = time.Now()
	fmt.Fprintf(w, "\rextract: %d/%d articles, %.1f MB", s.articles, s.total, float64(s.bytes)/1e6)
	s.showing = true
}

func (s *stats) clearProgress(w io.Writer) {
	if s.showing {
		fmt.Fprint(w, "\r\033[K")
		s.showing = false
	}
}

// summary writes the totals of the run.
func (s *stats) summary(w io.Writer) {
	secs := time.Since(s.start).Seconds()
	mb := float64(s.bytes) / 1e6
	fmt.Fprintf(w, "extract: %d articles", s.articles)
	if s.failed > 0 {
		fmt.Fprintf(w, " (%d failed)", s.failed)
	}
	fmt.Fprintf(w, ", %.2f MB in %.2fs (%.1f MB/s), %d relations", mb, secs, mb/max(secs, 1e-9), s.relations)
	sep := ": "
	for _, t := range relation.Types() { // in the order of RELATIONS.md
		if n := s.byType[t]; n > 0 {
			fmt.Fprintf(w, "%s%s %d", sep, t, n)
			sep = ", "
		}
	}
	fmt.Fprintln(w)
}
