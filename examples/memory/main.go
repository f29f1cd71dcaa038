// Command memory measures the peak memory of extracting one large article:
// it builds an input of -mb megabytes by repeating the test articles
// (paragraphs apart), extracts it as one article and reports the input
// size, the peak heap, the peak resident set and their ratio to the input.
//
//	go run ./examples/memory [-mb 100] [-dir testdata/articles] [-memprofile heap.out]
//
// The peak heap is the largest runtime.MemStats.HeapInuse seen by a
// goroutine sampling every -every (5ms by default) while Extract runs; it
// includes the input itself. The peak resident set is VmHWM from
// /proc/self/status (Linux only; "unavailable" elsewhere), read before and
// after. The target is a peak heap under 4× the input.
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
	memprofile := fs.String("memprofile", "", "write a heap profile to this file")
	every := fs.Duration("every", 5*time.Millisecond, "heap sampling interval")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *mb <= 0 {
		return fmt.Errorf("-mb must be positive, not %v", *mb)
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
	text := build(articles, int(*mb*(1<<20)))

	runtime.GC()
	hwmBefore := vmHWM()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)

	s := startSampler(*every)
	start := time.Now()
	a := x.Extract("memory", text)
	elapsed := time.Since(start)
	peak, samples := s.stop()

	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	hwmAfter := vmHWM()
	peak = max(peak, after.HeapInuse)

	if *memprofile != "" {
		runtime.GC()
		f, err := os.Create(*memprofile)
		if err != nil {
			return err
		}
		if err := pprof.WriteHeapProfile(f); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	runtime.GC()
	var retained runtime.MemStats
	runtime.ReadMemStats(&retained)

	in := float64(len(text))
	fmt.Fprintf(w, "input             %s (%d articles of %d bytes on average)\n", mib(uint64(len(text))), len(text)/avg(articles), avg(articles))
	fmt.Fprintf(w, "extract           %v (%.1f MB/s): %d sentences, %d mentions, %d entities, %d relations\n",
		elapsed.Round(time.Millisecond), in/(1<<20)/elapsed.Seconds(), len(a.Document.Sentences), len(a.Mentions), len(a.Entities), len(a.Relations))
	fmt.Fprintf(w, "heap before       %s in use (input included)\n", mib(before.HeapInuse))
	fmt.Fprintf(w, "peak heap         %s in use (%d samples every %v)  = %.2f× input\n", mib(peak), samples, *every, float64(peak)/in)
	fmt.Fprintf(w, "peak over before  %s  = %.2f× input\n", mib(peak-min(peak, before.HeapInuse)), float64(peak-min(peak, before.HeapInuse))/in)
	fmt.Fprintf(w, "retained          %s in use after GC, article held  = %.2f× input\n", mib(retained.HeapInuse), float64(retained.HeapInuse)/in)
	fmt.Fprintf(w, "allocated         %s during Extract (TotalAlloc), %d allocations\n", mib(after.TotalAlloc-before.TotalAlloc), after.Mallocs-before.Mallocs)
	fmt.Fprintf(w, "Sys               %s from the OS (before: %s)\n", mib(after.Sys), mib(before.Sys))
	if hwmBefore > 0 && hwmAfter > 0 {
		fmt.Fprintf(w, "VmHWM             %s before, %s after  = %.2f× input\n", mib(hwmBefore), mib(hwmAfter), float64(hwmAfter)/in)
	} else {
		fmt.Fprintf(w, "VmHWM             unavailable\n")
	}
	if ratio := float64(peak) / in; ratio < targetRatio {
		fmt.Fprintf(w, "target            peak heap < %d× input: met (%.2f×)\n", targetRatio, ratio)
	} else {
		fmt.Fprintf(w, "target            peak heap < %d× input: missed by %s (%.2f×)\n", targetRatio, mib(peak-uint64(targetRatio*in)), ratio)
	}
	if *memprofile != "" {
		fmt.Fprintf(w, "heap profile      %s\n", *memprofile)
	}
	runtime.KeepAlive(a)
	return nil
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

// build repeats articles, a blank line apart, up to n bytes.
func build(articles []string, n int) string {
	var b strings.Builder
	b.Grow(n)
	for b.Len() < n {
		for _, a := range articles {
			if b.Len()+len(a)+2 > n {
				return b.String()
			}
			b.WriteString(a)
			b.WriteString("\n\n")
		}
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
