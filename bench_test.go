package geopol_test

import (
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/geopol/geopol"
)

// benchCorpus returns the test articles in name order, repeated until they
// hold at least 1 MB, each its own text as a pipeline would see them, and
// their total size.
func benchCorpus(tb testing.TB) ([]string, int) {
	tb.Helper()
	byName := readArticles(tb)
	names := make([]string, 0, len(byName))
	for name := range byName {
		names = append(names, name)
	}
	slices.Sort(names)
	var texts []string
	size := 0
	for size < 1<<20 {
		for _, name := range names {
			texts = append(texts, byName[name])
			size += len(byName[name])
		}
	}
	return texts, size
}

// reportPerArticle reports the allocations and time per article of a
// benchmark whose every op extracted articles texts, from the memory
// statistics taken before and after its loop.
func reportPerArticle(b *testing.B, before *runtime.MemStats, articles int) {
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	n := float64(b.N) * float64(articles)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/n, "allocs/article")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/article")
}

// BenchmarkExtract measures the whole pipeline (text → document → mentions
// → entities → relations → dates) over 1 MB of articles, each extracted
// separately. One op is the whole corpus.
func BenchmarkExtract(b *testing.B) {
	x := shared(b)
	texts, size := benchCorpus(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for b.Loop() {
		for _, text := range texts {
			x.Extract("bench", text)
		}
	}
	b.StopTimer()
	reportPerArticle(b, &before, len(texts))
}

// BenchmarkExtractInto is BenchmarkExtract reading every article into one
// reused Article, as a long-running pipeline would.
func BenchmarkExtractInto(b *testing.B) {
	x := shared(b)
	texts, size := benchCorpus(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var a geopol.Article
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for b.Loop() {
		for _, text := range texts {
			x.ExtractInto(&a, "bench", text)
		}
	}
	b.StopTimer()
	reportPerArticle(b, &before, len(texts))
}

// BenchmarkStream is BenchmarkExtract reading the corpus as one long text
// through Stream, block by block.
func BenchmarkStream(b *testing.B) {
	x := shared(b)
	texts, size := benchCorpus(b)
	text := strings.Join(texts, "\n\n")
	b.SetBytes(int64(size))
	b.ReportAllocs()
	relations := 0
	for b.Loop() {
		if err := x.Stream(text, geopol.StreamOptions{}, func(blk *geopol.Block) error {
			relations += len(blk.Relations)
			return nil
		}); err != nil {
			b.Fatal(err)
		}
	}
	if relations == 0 {
		b.Fatal("no relation read")
	}
}

// BenchmarkExtractParallel is BenchmarkExtract with the corpus read by
// GOMAXPROCS goroutines sharing one Extractor; run it with -cpu 1,2 to see
// how it scales.
func BenchmarkExtractParallel(b *testing.B) {
	x := shared(b)
	texts, size := benchCorpus(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, text := range texts {
				x.Extract("bench", text)
			}
		}
	})
	b.StopTimer()
	reportPerArticle(b, &before, len(texts))
}

// allocsPerArticle bounds the allocations of extracting
// eu-japan-security.txt: today's figure (16 when measured) plus 20%, so
// that a regression shows. Lower it when the figure drops.
const allocsPerArticle = 20

// allocsPerArticleInto bounds ExtractInto's allocations on the same
// article once its Article has grown: what a steady-state pipeline pays.
const allocsPerArticleInto = 4

// allocsPerStream bounds Stream's allocations on the same article once its
// pooled Block has grown.
const allocsPerStream = 4

// TestAllocsPerArticle pins the allocations of one typical article.
func TestAllocsPerArticle(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop its items: allocation counts mean nothing")
	}
	x := shared(t)
	text := readArticles(t)["eu-japan-security.txt"]
	got := testing.AllocsPerRun(20, func() { x.Extract("bench", text) })
	t.Logf("eu-japan-security.txt (%d bytes): %.0f allocations per Extract (bound %d)", len(text), got, allocsPerArticle)
	if got > allocsPerArticle {
		t.Errorf("Extract of eu-japan-security.txt makes %.0f allocations; the bound is %d (today's figure + 20%%)", got, allocsPerArticle)
	}
	var a geopol.Article
	x.ExtractInto(&a, "bench", text) // grow it once
	into := testing.AllocsPerRun(20, func() { x.ExtractInto(&a, "bench", text) })
	t.Logf("ExtractInto, steady state: %.0f allocations (bound %d)", into, allocsPerArticleInto)
	if into > allocsPerArticleInto {
		t.Errorf("ExtractInto of eu-japan-security.txt makes %.0f allocations in steady state; the bound is %d", into, allocsPerArticleInto)
	}
	x.Stream(text, geopol.StreamOptions{}, func(*geopol.Block) error { return nil }) // grow the pooled Block
	streamed := testing.AllocsPerRun(20, func() {
		x.Stream(text, geopol.StreamOptions{}, func(*geopol.Block) error { return nil })
	})
	t.Logf("Stream, steady state: %.0f allocations (bound %d)", streamed, allocsPerStream)
	if streamed > allocsPerStream {
		t.Errorf("Stream of eu-japan-security.txt makes %.0f allocations in steady state; the bound is %d", streamed, allocsPerStream)
	}
}

// BenchmarkFeedShapes reads 2 MB texts of the shapes that strain the
// reader, each as one article: one line with a trigger and two names every
// five words and no sentence end; the same wrapped in 66-byte lines that
// end no sentence; two-token sentences one per line; sentences one per
// line with no blank line. Each must read in time linear in its size.
func BenchmarkFeedShapes(b *testing.B) {
	x := shared(b)
	const size = 2 << 20
	for _, shape := range []struct{ name, unit string }{
		{"one-line", "Japan and China held talks "},
		{"wrapped-lines", "Japan and China held talks on trade and on the border area today\n"},
		{"short-lines", "a.\n"},
		{"sentence-per-line", "Japan and China held talks.\n"},
	} {
		text := strings.Repeat(shape.unit, size/len(shape.unit))
		b.Run(shape.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			var a geopol.Article
			for b.Loop() {
				x.ExtractInto(&a, "", text)
			}
		})
	}
}
