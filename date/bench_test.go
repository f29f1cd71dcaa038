package date

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchLines returns the lines of the shared test articles, repeated to at
// least 1 MB, as spans of one text, and that text's total size.
func benchLines(b *testing.B) (string, [][2]int) {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join(articlesDir, "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no articles in %s: %v", articlesDir, err)
	}
	var one strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		one.Write(data)
		one.WriteString("\n")
	}
	text := strings.Repeat(one.String(), (1<<20)/one.Len()+1)
	var spans [][2]int
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text) - i
		}
		if j > 0 {
			spans = append(spans, [2]int{i, i + j})
		}
		i += j + 1
	}
	return text, spans
}

// BenchmarkFind measures Find over every line (paragraph) of the test
// articles, reusing one buffer as a caller looping over sentences would.
func BenchmarkFind(b *testing.B) {
	text, spans := benchLines(b)
	var ds []Date
	n := 0
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		n = 0
		for _, sp := range spans {
			ds = AppendFind(ds[:0], text, sp[0], sp[1], wed)
			n += len(ds)
		}
	}
	b.ReportMetric(float64(n), "dates")
}

// BenchmarkFindNone measures the fast path: a sentence without dates.
func BenchmarkFindNone(b *testing.B) {
	s := "Tokyo and Brussels signed a security and defence partnership, pledging to step up cooperation on maritime security, cyber defence and arms production."
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Find(s, 0, len(s), wed)
	}
}

// BenchmarkArticle measures reading the date of each test article.
func BenchmarkArticle(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(articlesDir, "*.txt"))
	var texts []string
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Article(t)
		}
	}
}
