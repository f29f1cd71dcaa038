package geopol

import (
	"time"

	"github.com/geopol/geopol/date"
	"github.com/geopol/geopol/entity"
	"github.com/geopol/geopol/relation"
)

// DefaultBlockSize is about how many bytes Stream and Extract read as one
// block when StreamOptions.BlockSize is zero: large enough that the work
// per block is small beside the work per byte, small enough that a block's
// tokens and results take a few megabytes.
const DefaultBlockSize = 256 << 10

// StreamOptions configures Stream. The zero value reads the article's date
// from its text and uses blocks of DefaultBlockSize bytes.
type StreamOptions struct {
	// Published is the article's date, as ExtractDated takes it; zero
	// reads it from the text's dateline, as Extract does.
	Published time.Time
	// BlockSize is about how many bytes a block holds: a block ends at the
	// first blank line after BlockSize bytes or, in a text with few blank
	// lines, at a line end near there that ends a sentence (see
	// entity.Document.ResetNext). Zero means DefaultBlockSize.
	BlockSize int
}

// Block is a run of whole lines of a text read by Stream, ending at a blank
// line or a line that ends a sentence, with what was read from it. Offsets
// are into the whole text, and sentence and token indices count from its
// start, so that the blocks of a text, put end to end, hold the sentences,
// mentions and relations of the Article that Extract returns for it, equal
// field by field.
//
// A Block and everything it holds are valid only during the call that
// receives it: Stream reuses their memory for the next block. Copy what
// is to be kept.
type Block struct {
	Start, End int        // the bytes of the text the block covers: text[Start:End]
	Date       *date.Date // the article's date, as Article.Date
	// Sentences are the block's sentences; Sentences[0] is the text's
	// sentence FirstSentence.
	Sentences     []entity.Sentence
	FirstSentence int
	Mentions      []entity.Mention    // the block's mentions, in text order
	Relations     []relation.Relation // the block's relations, in text order

	doc       entity.Document
	published date.Date
	dater     dater
}

// Stream reads text as Extract does, one block of whole lines at a time,
// and calls fn with each block in text order; it stops at, and returns,
// the first error fn returns. The blocks cover the text end to end; empty
// text has none.
//
// Stream is for texts too long to hold their results whole: it holds one
// block's tokens, mentions and relations at a time, so its memory is the
// text's plus a few megabytes, whatever the text's size and shape
// (paragraphs, or one paragraph or sentence per line), unless megabytes go
// by without a line that ends a sentence. (Extract holds every sentence,
// mention and relation of the text until it returns.) Names that several
// entities share (Congo, Georgia) are resolved by the cue words of the
// whole text, as Extract resolves them. Entities are not grouped: gather
// the mentions you keep with entity.Group.
func (x *Extractor) Stream(text string, opts StreamOptions, fn func(*Block) error) error {
	size := opts.BlockSize
	if size <= 0 {
		size = DefaultBlockSize
	}
	b, _ := x.blocks.Get().(*Block)
	if b == nil {
		b = new(Block)
	}
	defer x.putBlock(b)
	b.Date = nil
	if !opts.Published.IsZero() {
		b.published = dayOf(opts.Published)
		b.Date = &b.published
	} else if found, ok := date.Article(text); ok {
		b.published = found
		b.Date = &b.published
	}
	return eachBlock(text, size, &b.doc, func(start, end, sentences, tokens int) error {
		b.Start, b.End = start, end
		x.readBlock(b, text, sentences, tokens)
		return fn(b)
	})
}

// eachBlock reads text into doc a block at a time (see
// entity.Document.ResetNext) and calls read for each with its bytes
// [start, end) and the numbers of sentences and tokens in the blocks
// before it. It stops at, and returns, the first error read returns.
func eachBlock(text string, size int, doc *entity.Document, read func(start, end, sentences, tokens int) error) error {
	sentences, tokens := 0, 0
	for start := 0; start < len(text); {
		end := doc.ResetNext(text, start, size)
		if err := read(start, end, sentences, tokens); err != nil {
			return err
		}
		sentences += len(doc.Sentences)
		tokens += len(doc.Tokens)
		start = end
	}
	return nil
}

// putBlock keeps b's memory for the next Stream, dropping every reference
// into the text it read, so that a kept Block does not keep a text alive.
func (x *Extractor) putBlock(b *Block) {
	b.doc.Reset("")
	b.Date, b.published = nil, date.Date{} // its Text is a part of the text
	clear(b.Mentions[:cap(b.Mentions)])
	clear(b.Relations[:cap(b.Relations)])
	b.Sentences, b.Mentions, b.Relations = nil, b.Mentions[:0], b.Relations[:0]
	clear(b.dater.dates[:cap(b.dater.dates)])
	clear(b.dater.found[:cap(b.dater.found)])
	x.blocks.Put(b)
}

// readBlock reads the block in b.doc into b, after the given numbers of
// sentences and tokens of the blocks before.
func (x *Extractor) readBlock(b *Block, text string, sentences, tokens int) {
	b.Sentences, b.FirstSentence = b.doc.Sentences, sentences
	b.Mentions, b.Relations = x.appendBlock(b.Mentions[:0], b.Relations[:0], &b.doc, sentences, tokens)
	if b.Date != nil {
		b.dater.date(text, b.Sentences, sentences, b.Relations, b.Date)
	}
}

// appendBlock appends the mentions and relations of the block in doc to
// ms and rs, and renumbers them and the block's sentences, whose sentence
// and token indices count from the block's start, to count from the text's
// start, after the given numbers of sentences and tokens of the blocks
// before.
func (x *Extractor) appendBlock(ms []entity.Mention, rs []relation.Relation, doc *entity.Document, sentences, tokens int) ([]entity.Mention, []relation.Relation) {
	m, r := len(ms), len(rs)
	ms = x.tagger.AppendMentions(ms, doc)
	rs = x.relation.AppendRelations(rs, doc, ms[m:])
	renumber(doc.Sentences, ms[m:], rs[r:], sentences, tokens)
	return ms, rs
}

// renumber adds the given numbers of sentences and tokens to the sentence
// and token indices of a block's sentences, mentions and relations.
func renumber(ss []entity.Sentence, ms []entity.Mention, rs []relation.Relation, sentences, tokens int) {
	if sentences == 0 && tokens == 0 {
		return
	}
	for i := range ss {
		ss[i].FirstToken += tokens
		ss[i].EndToken += tokens
	}
	for i := range ms {
		shiftMention(&ms[i], sentences, tokens)
	}
	for i := range rs {
		r := &rs[i]
		r.Sentence += sentences
		shiftMention(&r.Subject.Mention, sentences, tokens)
		shiftMention(&r.Object.Mention, sentences, tokens)
	}
}

func shiftMention(m *entity.Mention, sentences, tokens int) {
	m.Sentence += sentences
	m.FirstToken += tokens
	m.EndToken += tokens
}
