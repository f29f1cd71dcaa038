// Command memory measures the peak memory of reading one large article,
// two ways: with Stream, which holds one block of paragraphs at a time,
// and with Extract, which returns the whole article's results at once. It
// builds an input of -mb megabytes by repeating the test articles
// (paragraphs apart) and reports, for each way, the time, the peak heap,
// the peak resident set and their ratio to the input.
//
//	go run ./examples/memory [-mb 100] [-lines] [-dir testdata/articles] [-only stream|extract] [-memprofile heap.out]
//
// The articles are a blank line apart, as are their paragraphs; -lines
// drops every blank line, for a text with one paragraph per line.
//
// The peak heap is the largest runtime.MemStats.HeapInuse seen by a
// goroutine sampling every -every (5ms by default) while the reading
// runs; it includes the input itself and garbage not yet collected. The
// peak resident set is VmHWM from /proc/self/status (Linux only), reset
// before each way where the kernel allows it. The target is a peak heap
// under 4× the input.
//
// -memprofile writes a heap profile taken after Extract returns, while the
// article is still held, for
//
//	go tool pprof -sample_index=inuse_space -top heap.out
//	go tool pprof -sample_index=alloc_space -top heap.out
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/geopol/geopol"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "memory:", err)
		os.Exit(1)
	}
}

// targetRatio is the goal for peak heap / input size.
const targetRatio = 4

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("memory", flag.ContinueOnError)
	mb := fs.Float64("mb", 100, "input size in megabytes (MiB)")
	dir := fs.String("dir", "testdata/articles", "directory of *.txt articles to repeat (the sample article when none is found)")
	only := fs.String("only", "", "measure only this way: stream or extract")
	lines := fs.Bool("lines", false, "drop the blank lines: one paragraph per line")
	memprofile := fs.String("memprofile", "", "write a heap profile, taken while Extract's article is held, to this file")
	every := fs.Duration("every", 5*time.Millisecond, "heap sampling interval")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *mb <= 0 {
		return fmt.Errorf("-mb must be positive, not %v", *mb)
	}
	if *only != "" && *only != "stream" && *only != "extract" {
		return fmt.Errorf("-only must be stream or extract, not %q", *only)
	}
	if *memprofile != "" {
		// Record every allocation of 64 KB and more, and sample the rest
		// at the default rate.
		runtime.MemProfileRate = 64 << 10
	}

	x, err := geopol.New(geopol.Options{})
	if err != nil {
		return err
	}
	articles, err := readArticles(*dir)
	if err != nil {
		return err
	}
	sep := "\n\n"
	if *lines {
		for i, a := range articles {
			articles[i] = withoutBlankLines(a)
		}
		sep = "\n"
	}
	text := build(articles, sep, int(*mb*(1<<20)))
	shape := "paragraphs a blank line apart"
	if *lines {
		shape = "one paragraph per line"
	}
	fmt.Fprintf(w, "input             %s (%d articles of %d bytes on average, %s)\n", mib(uint64(len(text))), len(text)/avg(articles), avg(articles), shape)

	if *only != "extract" {
		var n counts
		m := measure(*every, func() {
			err = x.Stream(text, geopol.StreamOptions{}, func(b *geopol.Block) error {
				n.add(len(b.Sentences), len(b.Mentions), len(b.Relations))
				return nil
			})
		})
		if err != nil {
			return err
		}
		m.report(w, "Stream", len(text), n)
	}
	if *only != "stream" {
		var a *geopol.Article
		m := measure(*every, func() { a = x.Extract("memory", text) })
		if *memprofile != "" {
			if err := writeHeapProfile(*memprofile); err != nil {
				return err
			}
		}
		runtime.GC()
		var retained runtime.MemStats
		runtime.ReadMemStats(&retained)
		m.report(w, "Extract", len(text), counts{len(a.Sentences), len(a.Mentions), len(a.Relations)})
		fmt.Fprintf(w, "  retained        %s in use after GC, article held  = %.2f× input\n", mib(retained.HeapInuse), float64(retained.HeapInuse)/float64(len(text)))
		runtime.KeepAlive(a)
	}
	if *memprofile != "" {
		fmt.Fprintf(w, "heap profile      %s\n", *memprofile)
	}
	return nil
}

// counts is what a reading found.
type counts struct{ sentences, mentions, relations int }

func (c *counts) add(sentences, mentions, relations int) {
	c.sentences += sentences
	c.mentions += mentions
	c.relations += relations
}

// measurement is the memory and time one reading took.
type measurement struct {
	elapsed       time.Duration
	before, after runtime.MemStats
	peak          uint64 // largest HeapInuse seen
	samples       int
	every         time.Duration // the sampling interval
	hwm           uint64        // VmHWM after, 0 if unknown
	hwmReset      bool          // whether VmHWM was reset before
}

// measure runs read with the heap sampled, after collecting what earlier
// readings left.
func measure(every time.Duration, read func()) measurement {
	m := measurement{every: every}
	runtime.GC()
	debug.FreeOSMemory()
	m.hwmReset = resetHWM()
	runtime.ReadMemStats(&m.before)
	s := startSampler(every)
	start := time.Now()
	read()
	m.elapsed = time.Since(start)
	m.peak, m.samples = s.stop()
	runtime.ReadMemStats(&m.after)
	m.peak = max(m.peak, m.after.HeapInuse)
	m.hwm = vmHWM()
	return m
}

func (m measurement) report(w io.Writer, name string, size int, n counts) {
	in := float64(size)
	fmt.Fprintf(w, "%s\n", name)
	fmt.Fprintf(w, "  read            %v (%.1f MB/s): %d sentences, %d mentions, %d relations\n",
		m.elapsed.Round(time.Millisecond), in/(1<<20)/m.elapsed.Seconds(), n.sentences, n.mentions, n.relations)
	fmt.Fprintf(w, "  heap before     %s in use (input included)\n", mib(m.before.HeapInuse))
	fmt.Fprintf(w, "  peak heap       %s in use (%d samples every %v)  = %.2f× input\n", mib(m.peak), m.samples, m.every, float64(m.peak)/in)
	fmt.Fprintf(w, "  allocated       %s (TotalAlloc), %d allocations\n", mib(m.after.TotalAlloc-m.before.TotalAlloc), m.after.Mallocs-m.before.Mallocs)
	switch {
	case m.hwm == 0:
		fmt.Fprintf(w, "  VmHWM           unavailable\n")
	case m.hwmReset:
		fmt.Fprintf(w, "  VmHWM           %s  = %.2f× input\n", mib(m.hwm), float64(m.hwm)/in)
	default:
		fmt.Fprintf(w, "  VmHWM           %s since the program started (could not reset it)  = %.2f× input\n", mib(m.hwm), float64(m.hwm)/in)
	}
	if ratio := float64(m.peak) / in; ratio < targetRatio {
		fmt.Fprintf(w, "  target          peak heap < %d× input: met (%.2f×)\n", targetRatio, ratio)
	} else {
		fmt.Fprintf(w, "  target          peak heap < %d× input: missed by %s (%.2f×)\n", targetRatio, mib(m.peak-uint64(targetRatio*in)), ratio)
	}
}

func writeHeapProfile(path string) error {
	runtime.GC()
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// readArticles returns the *.txt files of dir in name order, or the sample
// article when there are none.
func readArticles(dir string) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	var out []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		out = append(out, string(data))
	}
	if len(out) == 0 {
		out = append(out, geopol.SampleArticle())
	}
	return out, nil
}

// build repeats articles, sep after each, up to n bytes.
func build(articles []string, sep string, n int) string {
	var b strings.Builder
	b.Grow(n)
	for b.Len() < n {
		for _, a := range articles {
			if b.Len()+len(a)+len(sep) > n {
				return b.String()
			}
			b.WriteString(a)
			b.WriteString(sep)
		}
	}
	return b.String()
}

// withoutBlankLines returns s with every run of line breaks (and the
// spaces between them) made one line break.
func withoutBlankLines(s string) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if i > 0 && b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return b.String()
}

func avg(articles []string) int {
	n := 0
	for _, a := range articles {
		n += len(a) + 2
	}
	return n / len(articles)
}

// sampler records the largest HeapInuse seen while it runs.
type sampler struct {
	done    chan struct{}
	wg      sync.WaitGroup
	peak    uint64
	samples int
}

func startSampler(every time.Duration) *sampler {
	s := &sampler{done: make(chan struct{})}
	s.wg.Go(func() {
		t := time.NewTicker(every)
		defer t.Stop()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			s.peak = max(s.peak, m.HeapInuse)
			s.samples++
			select {
			case <-s.done:
				return
			case <-t.C:
			}
		}
	})
	return s
}

// stop ends the sampling and returns the peak and the number of samples.
func (s *sampler) stop() (uint64, int) {
	close(s.done)
	s.wg.Wait()
	return s.peak, s.samples
}

// resetHWM resets the peak resident set size of the process (Linux 4.0
// and later) and reports whether it could.
func resetHWM() bool {
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// vmHWM returns the peak resident set size in bytes from /proc/self/status,
// or 0 where there is none.
func vmHWM() uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			var kb uint64
			if _, err := fmt.Sscanf(strings.TrimSpace(rest), "%d kB", &kb); err == nil {
				return kb << 10
			}
		}
	}
	return 0
}

func mib(n uint64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }
