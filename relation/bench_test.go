package relation_test

import (
	"os"
	"testing"

	"github.com/geopol/geopol/entity"
	"github.com/geopol/geopol/relation"
)

// benchCorpus returns the test articles, repeated until they hold at least
// 1 MB, each as its own document text.
func benchCorpus(b *testing.B) ([]string, int) {
	b.Helper()
	var arts []string
	for _, path := range articlePaths(b) {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, string(data))
	}
	var texts []string
	size := 0
	for size < 1<<20 {
		for _, a := range arts {
			texts = append(texts, a)
			size += len(a)
		}
	}
	return texts, size
}

// BenchmarkExtract measures the relation stage alone, on documents split
// and tagged beforehand.
func BenchmarkExtract(b *testing.B) {
	p := testPipeline(b)
	texts, size := benchCorpus(b)
	docs := make([]*entity.Document, len(texts))
	mentions := make([][]entity.Mention, len(texts))
	for i, text := range texts {
		docs[i] = entity.NewDocument(text)
		mentions[i] = p.tagger.Tag(docs[i])
	}
	var rels []relation.Relation
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, doc := range docs {
			rels = p.x.AppendRelations(rels[:0], doc, mentions[i])
		}
	}
}

// BenchmarkEndToEnd measures text → document → mentions → relations, with
// the buffers reused across documents as a long-running reader would.
func BenchmarkEndToEnd(b *testing.B) {
	p := testPipeline(b)
	texts, size := benchCorpus(b)
	doc := entity.NewDocument("")
	var ms []entity.Mention
	var rels []relation.Relation
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, text := range texts {
			doc.Reset(text)
			ms = p.tagger.AppendMentions(ms[:0], doc)
			rels = p.x.AppendRelations(rels[:0], doc, ms)
		}
	}
}
