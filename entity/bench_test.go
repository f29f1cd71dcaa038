package entity

import (
	"os"
	"strings"
	"testing"
)

// benchText returns the test articles concatenated and repeated to at least
// 1 MB.
func benchText(b *testing.B) string {
	b.Helper()
	var one strings.Builder
	for _, path := range articles(b) {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		one.Write(data)
		one.WriteString("\n\n")
	}
	const size = 1 << 20
	return strings.Repeat(one.String(), size/one.Len()+1)
}

// BenchmarkDocument measures splitting into tokens and sentences, reusing
// one Document.
func BenchmarkDocument(b *testing.B) {
	text := benchText(b)
	doc := NewDocument(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		doc.Reset(text)
	}
}

// BenchmarkTag measures tagging alone, on a document split once.
func BenchmarkTag(b *testing.B) {
	text := benchText(b)
	tg := testTagger(b)
	doc := NewDocument(text)
	var ms []Mention
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ms = tg.AppendMentions(ms[:0], doc)
	}
	b.ReportMetric(float64(len(ms)), "mentions")
}

// BenchmarkSplitAndTag measures splitting and tagging together, as a caller
// that reuses its Document and mention buffer does.
func BenchmarkSplitAndTag(b *testing.B) {
	text := benchText(b)
	tg := testTagger(b)
	doc := NewDocument("")
	var ms []Mention
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		doc.Reset(text)
		ms = tg.AppendMentions(ms[:0], doc)
	}
}
