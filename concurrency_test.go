package geopol_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"sync"
	"testing"
)

// TestConcurrencySharedExtractor shares one Extractor between 8 goroutines,
// each extracting a different article 50 times, and checks that every
// result is the JSON the article gives when read alone. Run it with -race
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
			for range rounds {
				data, err := json.Marshal(x.Extract(names[g%len(names)], texts[g]))
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
