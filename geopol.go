package geopol

import (
	_ "embed"
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/geopol/geopol/date"

	"github.com/geopol/geopol/entity"
	"github.com/geopol/geopol/gazetteer"
	"github.com/geopol/geopol/relation"
)

//go:embed testdata/articles/eu-japan-security.txt
var sampleArticle string

// SampleArticle returns a short wire-style article written for geopol (the
// EU–Japan security accord story), for demos and first runs.
func SampleArticle() string { return sampleArticle }

// Options configures New. The zero value uses the embedded default world
// gazetteer and relation lexicon.
type Options struct {
	// Gazetteer is the gazetteer to tag with; nil loads gazetteer.Default.
	Gazetteer *gazetteer.Gazetteer
	// Lexicon is the relation lexicon; nil loads relation.DefaultLexicon.
	Lexicon *relation.Lexicon
	// POS optionally tags words to decide between the verb and the noun
	// reading of a trigger such as "sanctions" (relation.ExtractorOptions).
	// relation/prosetag adapts prose/v2's tagger; measured on the
	// project's articles it changes no result and costs speed, so it is
	// off by default.
	POS relation.POSTagger
}

// Extractor runs the whole pipeline: text → document → mentions →
// relations. It is immutable and safe for concurrent use; build one and
// share it.
type Extractor struct {
	gaz      *gazetteer.Gazetteer
	tagger   *entity.Tagger
	relation *relation.Extractor
	blocks   sync.Pool // *Block working memory of Stream, between calls
}

// New builds an extractor. It fails only when a default data set does not
// load, which the package's tests rule out.
func New(opts Options) (*Extractor, error) {
	g := opts.Gazetteer
	if g == nil {
		var err error
		if g, err = gazetteer.Default(); err != nil {
			return nil, err
		}
	}
	l := opts.Lexicon
	if l == nil {
		var err error
		if l, err = relation.DefaultLexicon(); err != nil {
			return nil, err
		}
	}
	rx := relation.NewExtractorWith(l, relation.ExtractorOptions{POS: opts.POS})
	return &Extractor{gaz: g, tagger: entity.NewTagger(g), relation: rx}, nil
}

// Gazetteer returns the extractor's gazetteer.
func (x *Extractor) Gazetteer() *gazetteer.Gazetteer { return x.gaz }

// Article is what geopol reads from one text.
type Article struct {
	Source string     // where the text came from, for the reader
	Date   *date.Date // the article's date: its dateline, or as given; nil if unknown
	Text   string     // the text read: every offset is an offset into it
	// Sentences are the text's sentences. Their token indices, and the
	// mentions', count the tokens that entity.NewDocument(Text) gives: the
	// article does not keep the tokens, which take more memory than
	// everything else it holds.
	Sentences []entity.Sentence
	Mentions  []entity.Mention    // every mention, in text order
	Entities  []entity.Entity     // the entities, in order of first mention
	Relations []relation.Relation // one per sentence that supports it, in text order

	// Storage the dates above point into, reused by ExtractInto.
	published date.Date
	dater     dater
	// doc is working memory: one block's tokens (see Stream), kept by
	// ExtractInto for the next text, as is grouper's.
	doc     entity.Document
	grouper entity.Grouper
}

// Extract reads text. Any string is accepted: empty text gives an empty
// article, invalid UTF-8 is skipped like whitespace (offsets stay offsets
// into text), and no input makes it panic.
//
// The article's date is read from a dateline or a date on its first lines
// (see package date); ExtractDated takes it from the caller instead.
//
// The article holds every sentence, mention and relation of text at once:
// for dense news, about 8.5 times the text's size in memory. Stream reads a
// text of any size holding, beyond the text, a few megabytes.
func (x *Extractor) Extract(source, text string) *Article {
	a := &Article{}
	x.ExtractInto(a, source, text)
	a.release()
	return a
}

// ExtractDated reads text as Extract does, with published as the article's
// date (only its calendar day counts), whatever the text's dateline says.
func (x *Extractor) ExtractDated(source, text string, published time.Time) *Article {
	a := &Article{published: dayOf(published)}
	x.extractInto(a, source, text, &a.published)
	a.release()
	return a
}

// dayOf returns the calendar day of t as a date of day granularity.
func dayOf(t time.Time) date.Date {
	y, m, d := t.Date()
	return date.Date{Time: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), Granularity: date.Day}
}

// ExtractInto reads text as Extract does into a, reusing the memory of
// a's sentences, mentions, entities and relations and its working memory:
// a pipeline that reads article after article into one Article allocates
// little once it has seen its largest article. Whatever a held before is
// overwritten; values taken from it (slices, dates) must not be kept
// across calls.
func (x *Extractor) ExtractInto(a *Article, source, text string) {
	var d *date.Date
	if found, ok := date.Article(text); ok {
		a.published = found
		d = &a.published
	}
	x.extractInto(a, source, text, d)
}

func (x *Extractor) extractInto(a *Article, source, text string, published *date.Date) {
	a.Source, a.Date, a.Text = source, published, text
	a.Sentences, a.Mentions, a.Relations = a.Sentences[:0], a.Mentions[:0], a.Relations[:0]
	// Room for the first block's results at the density of wire news (a
	// sentence per 128 bytes, a mention per 64, a relation per 320), so
	// that a fresh Article's do not grow from nothing by doubling; a
	// reused one has room already. Short texts (a headline, a post) are
	// left to grow as they need, so that many kept Articles of them do not
	// hold room for results they lack.
	if n := min(len(text), DefaultBlockSize); n >= minPresize {
		a.Sentences = growTo(a.Sentences, n/128+2)
		a.Mentions = growTo(a.Mentions, n/64+4)
		a.Relations = growTo(a.Relations, n/320+2)
	}
	// Blocks keep the working memory small: one block's tokens at a time.
	_ = eachBlock(text, DefaultBlockSize, &a.doc, func(_, end, sentences, tokens int) error {
		a.Mentions, a.Relations = x.appendBlock(a.Mentions, a.Relations, &a.doc, sentences, tokens)
		a.Sentences = append(a.Sentences, a.doc.Sentences...)
		if sentences == 0 && end < len(text) {
			a.presize(float64(len(text)) / float64(end))
		}
		return nil
	})
	a.Entities = a.grouper.AppendGroups(a.Entities[:0], a.Mentions)
	if published != nil {
		a.dater.date(text, a.Sentences, 0, a.Relations, published)
	}
}

// minPresize is the shortest text whose results Extract sizes in advance.
const minPresize = 1 << 10

// presize makes room in a's results for scale times what they hold, plus
// a tenth: called after the first block of a long text with the text's
// size over the block's, it lets the results grow once instead of by
// repeated copying, which would leave garbage about their own size behind
// (a quarter of the peak memory of Extract on 100 MB of news).
func (a *Article) presize(scale float64) {
	want := func(n int) int { return int(float64(n)*scale*1.1) + 16 }
	a.Sentences = growTo(a.Sentences, want(len(a.Sentences)))
	a.Mentions = growTo(a.Mentions, want(len(a.Mentions)))
	a.Relations = growTo(a.Relations, want(len(a.Relations)))
}

// growTo returns s with room for n elements in all.
func growTo[S ~[]E, E any](s S, n int) S {
	if n > cap(s) {
		s = slices.Grow(s, n-len(s))
	}
	return s
}

// release drops a's working memory, which only ExtractInto reuses (the
// entities' mention lists stay: they hold their own storage).
func (a *Article) release() {
	a.doc = entity.Document{}
	a.dater.found = nil
	a.grouper = entity.Grouper{}
}

// dater dates relations, keeping the dates it gives them and its scratch
// for reuse.
type dater struct {
	dates []date.Date // the relations' own dates
	found []date.Date // scratch: the date words of one sentence
}

// date dates each of rels, read from text whose sentences are given,
// sentences[0] being the text's sentence first: by the date expression of
// its sentence nearest its trigger, else by the article's date. A bare weekday after a future auxiliary ("will meet on
// Friday", "is due to sign on Friday") is the next such day, not the last.
// The dates it gives are valid until its next call.
func (d *dater) date(text string, sentences []entity.Sentence, first int, rels []relation.Relation, published *date.Date) {
	found := d.found[:0]
	// The relations point into d.dates: size it first, so that it does
	// not move while they do.
	d.dates = slices.Grow(d.dates[:0], len(rels))
	sentence := -1
	for i := range rels {
		r := &rels[i]
		st := sentences[r.Sentence-first]
		if r.Sentence != sentence {
			sentence = r.Sentence
			found = date.AppendFind(found[:0], text, st.Start, st.End, published.Time)
		}
		if len(found) == 0 {
			r.Date, r.DateBasis = published, "article"
			continue
		}
		best := found[0]
		for _, f := range found[1:] {
			if distance(f, r.Trigger) < distance(best, r.Trigger) {
				best = f
			}
		}
		if best.Granularity == date.Day && isWeekday(best.Text) && best.Time.Before(published.Time) &&
			futureBefore(text[st.Start:best.Start]) {
			best.Time = best.Time.AddDate(0, 0, 7)
		}
		d.dates = append(d.dates, best)
		r.Date, r.DateBasis = &d.dates[len(d.dates)-1], "sentence"
	}
	d.found = found
}

func distance(d date.Date, t relation.Span) int {
	switch {
	case d.End <= t.Start:
		return t.Start - d.End
	case d.Start >= t.End:
		return d.Start - t.End
	}
	return 0
}

// futureBefore reports whether the words just before a date (up to 60
// bytes of its sentence) hold a future auxiliary.
func futureBefore(s string) bool {
	if len(s) > 60 {
		s = s[len(s)-60:]
	}
	for _, aux := range []string{" will ", " shall ", "'ll ", "’ll ", " due to ", " set to ", " to be held ", " is to ", " are to "} {
		if strings.Contains(s, aux) {
			return true
		}
	}
	return false
}

// isWeekday reports whether a date's words are a bare weekday ("Friday",
// "Friday's"): the only words whose reading depends on tense.
func isWeekday(text string) bool {
	for _, day := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"} {
		if len(text) >= len(day) && text[:len(day)] == day && (len(text) == len(day) || text[len(day)] == '\'' || text[len(day)] == 0xE2) {
			return true
		}
	}
	return false
}

type mentionJSON struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	Form     string `json:"form"`
}

type entityJSON struct {
	ID       string        `json:"id"`
	Kind     string        `json:"kind"`
	Name     string        `json:"name"`
	Mentions []mentionJSON `json:"mentions"`
}

type articleJSON struct {
	Source    string              `json:"source"`
	Date      string              `json:"date,omitempty"`
	Entities  []entityJSON        `json:"entities"`
	Relations []relation.Relation `json:"relations"`
}

// MarshalJSON writes the article as OUTPUT.md's JSON document.
func (a *Article) MarshalJSON() ([]byte, error) {
	out := articleJSON{Source: a.Source, Entities: []entityJSON{}, Relations: a.Relations}
	if a.Date != nil {
		out.Date = a.Date.String()
	}
	if out.Relations == nil {
		out.Relations = []relation.Relation{}
	}
	for _, e := range a.Entities {
		ej := entityJSON{ID: e.ID, Kind: string(e.Kind), Name: e.Name}
		for _, m := range e.Mentions {
			ej.Mentions = append(ej.Mentions, mentionJSON{m.Text, m.Start, m.End, m.Sentence, string(m.Form)})
		}
		out.Entities = append(out.Entities, ej)
	}
	return json.Marshal(out)
}
