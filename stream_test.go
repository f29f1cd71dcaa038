package geopol_test

import (
	"errors"
	"fmt"
	"maps"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/geopol/geopol"
	"github.com/geopol/geopol/entity"
	"github.com/geopol/geopol/relation"
)

// streamed is what Stream gave for a text, its blocks put end to end.
type streamed struct {
	blocks    int
	sentences []entity.Sentence
	mentions  []entity.Mention
	relations []relation.Relation
}

// appendBlock appends b's sentences, mentions and relations, with copies
// of the relations' dates (Stream reuses the block's), and returns the
// extended slices.
func appendBlock(ss []entity.Sentence, ms []entity.Mention, rs []relation.Relation, b *geopol.Block) ([]entity.Sentence, []entity.Mention, []relation.Relation) {
	ss = append(ss, b.Sentences...)
	ms = append(ms, b.Mentions...)
	for _, r := range b.Relations {
		if r.Date != nil {
			d := *r.Date
			r.Date = &d
		}
		rs = append(rs, r)
	}
	return ss, ms, rs
}

// stream runs x.Stream over text with opts and collects its blocks,
// checking that they cover the text end to end and number their
// sentences on from the blocks before.
func stream(t *testing.T, x *geopol.Extractor, text string, opts geopol.StreamOptions) streamed {
	t.Helper()
	var s streamed
	next := 0
	err := x.Stream(text, opts, func(b *geopol.Block) error {
		if b.Start != next || b.End <= b.Start || b.End > len(text) {
			t.Fatalf("block %d covers [%d,%d); want it to start at %d and end after it, within %d bytes", s.blocks, b.Start, b.End, next, len(text))
		}
		if b.FirstSentence != len(s.sentences) {
			t.Fatalf("block %d: FirstSentence %d; want %d", s.blocks, b.FirstSentence, len(s.sentences))
		}
		next = b.End
		s.blocks++
		s.sentences, s.mentions, s.relations = appendBlock(s.sentences, s.mentions, s.relations, b)
		return nil
	})
	if err != nil {
		t.Fatalf("Stream: %v", err)
	}
	if next != len(text) {
		t.Fatalf("blocks end at %d; the text at %d", next, len(text))
	}
	return s
}

// wholeReader reads a text as one entity.Document, with the shared
// extractor's gazetteer and the default lexicon: the reference that
// reading in blocks must equal.
var wholeReader = sync.OnceValues(func() (func(string) (*entity.Document, []entity.Mention, []relation.Relation), error) {
	x, err := sharedExtractor()
	if err != nil {
		return nil, err
	}
	l, err := relation.DefaultLexicon()
	if err != nil {
		return nil, err
	}
	tagger, rx := entity.NewTagger(x.Gazetteer()), relation.NewExtractor(l)
	return func(text string) (*entity.Document, []entity.Mention, []relation.Relation) {
		doc := entity.NewDocument(text)
		ms := tagger.Tag(doc)
		return doc, ms, rx.Extract(doc, ms)
	}, nil
})

// checkStreamEqualsExtract checks that Stream, with blocks of each size,
// gives what Extract gives, and that both give what reading the text as
// one Document gives.
func checkStreamEqualsExtract(t *testing.T, x *geopol.Extractor, text string, sizes ...int) {
	t.Helper()
	a := x.Extract("feed", text)
	read, err := wholeReader()
	if err != nil {
		t.Fatal(err)
	}
	doc, ms, rs := read(text)
	undated := slices.Clone(a.Relations)
	for i := range undated {
		undated[i].Date, undated[i].DateBasis = nil, ""
	}
	if !slices.Equal(a.Sentences, doc.Sentences) || !slices.Equal(a.Mentions, ms) || !reflect.DeepEqual(undated, rs) && len(rs)+len(undated) > 0 {
		t.Errorf("Extract differs from reading the text as one Document:\nmentions:\n%s\nrelations:\n%s",
			diffLines(mentionStrings(ms), mentionStrings(a.Mentions)), diffLines(relationStrings(rs), relationStrings(undated)))
	}
	for _, size := range sizes {
		s := stream(t, x, text, geopol.StreamOptions{BlockSize: size})
		if !slices.Equal(s.sentences, a.Sentences) {
			t.Errorf("blocks of %d bytes: %d sentences differ from Extract's %d", size, len(s.sentences), len(a.Sentences))
		}
		if !slices.Equal(s.mentions, a.Mentions) {
			t.Errorf("blocks of %d bytes: mentions differ from Extract's:\n%s", size, diffLines(mentionStrings(a.Mentions), mentionStrings(s.mentions)))
		}
		if !reflect.DeepEqual(s.relations, a.Relations) && !(len(s.relations) == 0 && len(a.Relations) == 0) {
			t.Errorf("blocks of %d bytes: relations differ from Extract's:\n%s", size, diffLines(relationStrings(a.Relations), relationStrings(s.relations)))
		}
	}
}

func mentionStrings(ms []entity.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%+v", m))
	}
	return out
}

func relationStrings(rs []relation.Relation) []string {
	var out []string
	for _, r := range rs {
		out = append(out, fmt.Sprintf("%+v date %v", r, r.Date))
	}
	return out
}

// TestStreamEqualsExtract reads texts block by block, the blocks from one
// byte (every blank line ends one) to larger than the text, and checks
// that the sentences, mentions and relations are Extract's, field by
// field: the same offsets, token and sentence indices, resolved shared
// names and dates.
func TestStreamEqualsExtract(t *testing.T) {
	x := shared(t)
	articles := readArticles(t)
	var all []string
	for _, name := range slices.Sorted(maps.Keys(articles)) {
		text := articles[name]
		all = append(all, text)
		t.Run(name, func(t *testing.T) {
			checkStreamEqualsExtract(t, x, text, 1, 200, 0)
			// Windows line endings and blank lines holding spaces.
			checkStreamEqualsExtract(t, x, strings.ReplaceAll(text, "\n", "\r\n"), 1, 500)
			checkStreamEqualsExtract(t, x, strings.ReplaceAll(text, "\n\n", "\n \t\n"), 1)
			// No blank lines: blocks end at lines that end sentences.
			checkStreamEqualsExtract(t, x, withoutBlankLines(text), 1, 100)
		})
	}
	t.Run("all articles in one text", func(t *testing.T) {
		// The dateline of the first article dates them all; names shared
		// by several entities are resolved by cues anywhere in the text.
		text := strings.Join(all, "\n\n")
		checkStreamEqualsExtract(t, x, text, 1, 3000, 1<<20)
	})
	t.Run("1 MB: Extract reads several blocks", func(t *testing.T) {
		// Longer than DefaultBlockSize: Extract reads it in blocks and
		// sizes its results from the first (Article.presize).
		text := repeatTo(strings.Join(all, "\n\n"), "\n\n", 1<<20)
		checkStreamEqualsExtract(t, x, text, 0)
		checkStreamEqualsExtract(t, x, withoutBlankLines(text), 0)
	})
	t.Run("all articles, one paragraph per line", func(t *testing.T) {
		text := withoutBlankLines(strings.Join(all, "\n\n"))
		checkStreamEqualsExtract(t, x, text, 1, 3000)
	})
	t.Run("shared name and its cue in other blocks", func(t *testing.T) {
		text := "Congo and Rwanda held talks on Monday.\n\n" + strings.Repeat("No name here.\n\n", 50) + "Brazzaville welcomed the talks."
		checkStreamEqualsExtract(t, x, text, 1, 100)
		s := stream(t, x, text, geopol.StreamOptions{BlockSize: 1})
		if s.mentions[0].ID != "COG" {
			t.Errorf("Congo read as %s; want COG, by the cue Brazzaville in a later block", s.mentions[0].ID)
		}
	})
	t.Run("feed junk", func(t *testing.T) {
		for _, text := range []string{
			"", "\n\n\n", " \t\r\n\n  ", "\n\nJapan and China held talks.\n\n",
			"Japan\xff\xfeand China held talks\n\nNo.\n\n10 Downing Street said Britain and France agreed.",
			repeatTo("Japan and China held talks", " ", 20000),
			repeatTo("Japan and China held talks.", "\n\n", 20000),
		} {
			checkStreamEqualsExtract(t, x, text, 1, 64)
		}
	})
}

func TestStreamOptions(t *testing.T) {
	x := shared(t)
	text := readArticles(t)["eu-japan-security.txt"]

	t.Run("Published", func(t *testing.T) {
		published := time.Date(2030, 5, 17, 15, 4, 0, 0, time.Local)
		a := x.ExtractDated("feed", text, published)
		s := stream(t, x, text, geopol.StreamOptions{Published: published, BlockSize: 1})
		if !reflect.DeepEqual(s.relations, a.Relations) {
			t.Errorf("relations differ from ExtractDated's:\n%s", diffLines(relationStrings(a.Relations), relationStrings(s.relations)))
		}
		if len(a.Relations) == 0 || a.Relations[0].Date == nil || a.Relations[0].Date.Time.Year() != 2030 {
			t.Fatalf("ExtractDated gave no relation dated 2030: the test reads nothing")
		}
	})
	t.Run("error stops", func(t *testing.T) {
		stop := errors.New("stop")
		calls := 0
		err := x.Stream(text, geopol.StreamOptions{BlockSize: 1}, func(*geopol.Block) error {
			calls++
			return stop
		})
		if !errors.Is(err, stop) || calls != 1 {
			t.Errorf("Stream = %v after %d calls; want the callback's error after 1", err, calls)
		}
	})
	t.Run("empty text has no block", func(t *testing.T) {
		if err := x.Stream("", geopol.StreamOptions{}, func(*geopol.Block) error {
			t.Errorf("callback called for empty text")
			return nil
		}); err != nil {
			t.Errorf("Stream = %v", err)
		}
	})
	t.Run("a text without blank lines is cut at line ends", func(t *testing.T) {
		text := repeatTo("Japan and China held talks.", "\n", 10000)
		s := stream(t, x, text, geopol.StreamOptions{BlockSize: 1000})
		if s.blocks < 8 {
			t.Errorf("%d blocks of at least 1000 bytes in %d bytes; want 8 or more", s.blocks, len(text))
		}
	})
	t.Run("a single line is one block", func(t *testing.T) {
		s := stream(t, x, repeatTo("Japan and China held talks.", " ", 10000), geopol.StreamOptions{BlockSize: 1000})
		if s.blocks != 1 {
			t.Errorf("%d blocks; want 1", s.blocks)
		}
	})
}

// FuzzStream checks on any text that Stream, in blocks of 1 and of 64
// bytes, gives what Extract gives.
func FuzzStream(f *testing.F) {
	for _, text := range readArticles(f) {
		f.Add(text)
	}
	for _, s := range []string{
		"", "\n\n", "Congo and Rwanda met.\n\nBrazzaville said.", "United\n\nStates", "EU\n\nmember states",
		"No.\n\n10", "Japan\r\n\r\nChina held talks", "Japan\n \nand China\n\n\nheld talks.",
	} {
		f.Add(s)
	}
	x := shared(f)
	f.Fuzz(func(t *testing.T, text string) {
		checkStreamEqualsExtract(t, x, text, 1, 64)
	})
}

// TestStreamMemoryDoesNotGrow checks that Stream's memory does not grow
// with the text, whether it has blank lines or one paragraph per line:
// while it hands over the last block of 16 MB, it holds, beyond the text,
// no more than twice what it holds at the last block of 1 MB (one
// block's working memory either way). The memory held is measured after
// a collection, so it is what Stream keeps, not garbage the collector has
// yet to free; examples/memory measures the peak heap, garbage included,
// on 100 MB. Each size is read by a fresh Extractor, so that neither finds
// the other's pooled Block.
func TestStreamMemoryDoesNotGrow(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 34 MB")
	}
	var all []string
	articles := readArticles(t)
	for _, name := range slices.Sorted(maps.Keys(articles)) {
		all = append(all, articles[name])
	}
	one := strings.Join(all, "\n\n")
	// held returns the heap Stream holds, beyond the text, at the last
	// block of a text of size bytes, and what it allocated in all.
	held := func(reshape func(string) string, size int) (held, allocated uint64) {
		x, err := geopol.New(geopol.Options{})
		if err != nil {
			t.Fatal(err)
		}
		text := reshape(repeatTo(one, "\n\n", size))
		var before, last, after runtime.MemStats
		// Two collections empty the pools of the Extractors before.
		runtime.GC()
		runtime.GC()
		runtime.ReadMemStats(&before)
		relations := 0
		if err := x.Stream(text, geopol.StreamOptions{}, func(b *geopol.Block) error {
			relations += len(b.Relations)
			if b.End == len(text) {
				runtime.GC()
				runtime.ReadMemStats(&last)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		if relations == 0 {
			t.Fatalf("no relation read from %d bytes", len(text))
		}
		return last.HeapAlloc - min(last.HeapAlloc, before.HeapAlloc), after.TotalAlloc - before.TotalAlloc
	}
	for _, shape := range []struct {
		name    string
		reshape func(string) string
	}{{"paragraphs", func(s string) string { return s }}, {"one paragraph per line", withoutBlankLines}} {
		small, smallAlloc := held(shape.reshape, 1<<20)
		large, largeAlloc := held(shape.reshape, 16<<20)
		t.Logf("%s: Stream held %d KB at the end of 1 MB, %d KB at the end of 16 MB; allocated %d KB and %d KB in all",
			shape.name, small>>10, large>>10, smallAlloc>>10, largeAlloc>>10)
		if large >= 2*small {
			t.Errorf("%s: Stream held %d KB at the end of 16 MB of text, %d KB at the end of 1 MB: its memory grows with the text", shape.name, large>>10, small>>10)
		}
	}
}

// withoutBlankLines returns s with every run of line breaks made one.
func withoutBlankLines(s string) string {
	for strings.Contains(s, "\n\n") {
		s = strings.ReplaceAll(s, "\n\n", "\n")
	}
	return s
}
