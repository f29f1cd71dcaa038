package geopol_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"sync"
	"testing"

	"github.com/geopol/geopol"
	"github.com/geopol/geopol/entity"
)

// TestConcurrencySharedExtractor shares one Extractor between 8 goroutines,
// each extracting a different article 50 times, by Extract and by Stream
// in turn, and checks that every result is the JSON the article gives when
// read alone. Run it with -race
// to check that extraction keeps no shared mutable state:
//
//	go test -race -run Concurrency .
func TestConcurrencySharedExtractor(t *testing.T) {
	const goroutines, rounds = 8, 50
	x := shared(t)
	byName := readArticles(t)
	names := make([]string, 0, len(byName))
	for name := range byName {
		names = append(names, name)
	}
	slices.Sort(names)

	// Goroutine g reads article g (of the 8 test articles, in name order);
	// want[g] is what that article gives when read alone.
	texts := make([]string, goroutines)
	want := make([][]byte, goroutines)
	for g := range goroutines {
		texts[g] = byName[names[g%len(names)]]
		data, err := json.Marshal(x.Extract(names[g%len(names)], texts[g]))
		if err != nil {
			t.Fatal(err)
		}
		want[g] = data
	}

	var wg sync.WaitGroup
	mismatches := make([]int, goroutines)
	for g := range goroutines {
		wg.Go(func() {
			for i := range rounds {
				var a *geopol.Article
				if i%2 == 0 {
					a = x.Extract(names[g%len(names)], texts[g])
				} else {
					a = streamArticle(x, names[g%len(names)], texts[g])
				}
				data, err := json.Marshal(a)
				if err != nil || !bytes.Equal(data, want[g]) {
					mismatches[g]++
				}
			}
		})
	}
	wg.Wait()
	for g, n := range mismatches {
		if n > 0 {
			t.Errorf("goroutine %d (%s): %d of %d results differ from the single-goroutine result", g, names[g%len(names)], n, rounds)
		}
	}
}

// streamArticle reads text with Stream in blocks of 200 bytes and builds
// from the blocks the Article Extract would return.
func streamArticle(x *geopol.Extractor, source, text string) *geopol.Article {
	a := &geopol.Article{Source: source, Text: text}
	err := x.Stream(text, geopol.StreamOptions{BlockSize: 200}, func(b *geopol.Block) error {
		if b.Date != nil && a.Date == nil {
			d := *b.Date
			a.Date = &d
		}
		a.Sentences, a.Mentions, a.Relations = appendBlock(a.Sentences, a.Mentions, a.Relations, b)
		return nil
	})
	if err != nil {
		panic(err) // the callback returns none
	}
	a.Entities = entity.Group(a.Mentions)
	return a
}
