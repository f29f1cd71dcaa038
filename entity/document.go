package entity

import (
	"slices"
	"strings"
	"unsafe"

	"github.com/geopol/geopol/internal/lex"
)

// Token is a half-open byte span [Start, End) of a document's text, with its
// kind and the whitespace before it. Tokens never copy text:
// doc.Text[tok.Start:tok.End] is the token.
type Token = lex.Token

// Token kinds.
const (
	Word   = lex.Word   // letters, digits, marks
	Number = lex.Number // 3.5, 1,000
	Abbrev = lex.Abbrev // U.S., U.N.
	Punct  = lex.Punct  // one punctuation or symbol rune
)

// Sentence is a span of a document: bytes [Start, End) and tokens
// [FirstToken, EndToken).
type Sentence struct {
	Start, End           int
	FirstToken, EndToken int
}

// Document is a text split into tokens and sentences. Build one with
// NewDocument, or reuse one across texts with Reset to save allocations.
type Document struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence

	// cues caches, for Text, how often the cue words of the entries that
	// shared names may mean occur in it (see Tagger.AppendMentions), so
	// that a long text read block by block is searched once per entry.
	cues cueCounts
}

// NewDocument splits text into tokens and sentences.
//
// Sentences end at '.', '!', '?' or '…' (with any closing quotes or brackets
// after it) when the next token starts a new sentence: a capital letter, a
// digit or an opening quote after a space, or a line break. A dot inside a
// dotted abbreviation (U.S.), after a title (Dr., No. 10, Gen.), after an
// initial (J.) or inside a number (3.5) ends none. A blank line always ends a
// sentence. A single line break ends one after a short line (a headline, a
// dateline, "1 min read") but not inside text wrapped at a fixed width,
// where a line holds 50 bytes or more and the text goes on like prose (see
// wrapped): there "United\nStates" stays one name.
// Invalid UTF-8 is skipped like whitespace; offsets stay offsets into text.
func NewDocument(text string) *Document {
	d := &Document{}
	d.Reset(text)
	return d
}

// wrapWidth is the line length from which a line break is read as wrapping
// rather than as the end of a headline-like line.
const wrapWidth = 50

// Reset re-splits d for text, reusing d's buffers.
func (d *Document) Reset(text string) {
	d.cues = d.cues[:0]
	d.split(text, 0, len(text))
}

// ResetNext re-splits d for the next block of a long text, reusing d's
// buffers, and returns the block's end. The first block starts at 0 and
// each next one where the one before ended. d.Text is text, and tokens and
// sentences are the block's, with offsets into text and token indices
// counting from the block's first token.
//
// Blocks end where the text's reading starts afresh, so that read block
// by block a text gives the tokens and sentences that Reset gives for the
// whole of it, while only one block's are held at a time. A block ends at
// the first blank line after size bytes or, where there is none within
// another quarter of size (a text with one paragraph or sentence per
// line), at the end of a line that ends a sentence, found by splitting
// three lines past size bytes and dropping the sentences their end could
// change. So a block holds about size bytes (or the rest of the text). It
// is longer only where the text has neither blank lines nor lines that end
// sentences (megabytes of one line or of one sentence): it then ends at
// the next blank line or the end of the text.
//
// The counts of cue words that Tagger.AppendMentions uses for shared names
// are made over the whole text, once, and kept while d reads the same
// text. ResetNext panics if start is not within text, as slicing text
// would.
func (d *Document) ResetNext(text string, start, size int) (end int) {
	size = max(size, 1)
	if size >= len(text)-start {
		d.resetRange(text, start, len(text))
		return len(text)
	}
	from := start + size
	// The search for a blank line is bounded, so that a text with none is
	// not searched to its end for every block.
	if end := paragraphBreak(text, from, min(len(text), from+size/4)); end >= 0 {
		d.resetRange(text, start, end)
		return end
	}
	if w := lineEnd(text, from, 3); w < len(text) {
		d.resetRange(text, start, w)
		if next, ok := d.trimAtLineEnd(); ok {
			return next
		}
	}
	// No line here ends a sentence: the block goes on to a blank line.
	if end = paragraphBreak(text, from, len(text)); end < 0 {
		end = len(text)
	}
	d.resetRange(text, start, end)
	return end
}

// resetRange re-splits d for the bytes text[start:end] alone, with offsets
// into text. start must be 0 or an offset where the reading of the text
// starts afresh: a blank line (paragraphBreak) or a line end that
// trimAtLineEnd gives.
func (d *Document) resetRange(text string, start, end int) {
	if len(d.Text) != len(text) || unsafe.StringData(d.Text) != unsafe.StringData(text) {
		d.cues = d.cues[:0]
	}
	d.split(text, start, end)
}

// paragraphBreak returns the offset of the first blank line in text that
// starts at or after from and before limit: the first '\n' of a run of
// white space that holds another '\n'. It returns -1 when there is none. A
// blank line always ends a sentence and starts a line afresh.
func paragraphBreak(text string, from, limit int) int {
	for from < limit {
		i := strings.IndexByte(text[from:limit], '\n')
		if i < 0 {
			return -1
		}
		i += from
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			return i
		}
		from = j
	}
	return -1
}

// lineEnd returns the offset just after the nth '\n' in text at or after
// from, or len(text) when there are fewer.
func lineEnd(text string, from, n int) int {
	for ; n > 0 && from < len(text); n-- {
		i := strings.IndexByte(text[from:], '\n')
		if i < 0 {
			return len(text)
		}
		from += i + 1
	}
	return min(from, len(text))
}

// trimAtLineEnd cuts d, split from a range of its text, at the end of a
// line: it drops the sentences from the end of the range back to the last
// one that ends a line and is followed, within the range, by a whole line
// and a token after it. The splitter looks no further ahead than that, so
// the sentences kept are those of the whole text, whatever comes after the
// range. It returns the offset where the next range starts (the end of the
// last token kept, so that the next range holds the line break), and
// false, changing nothing, when no sentence ends a line so.
func (d *Document) trimAtLineEnd() (next int, ok bool) {
	toks := d.Tokens
	// lastLine is the first token of the range's last line. A sentence
	// that ends a line before it is followed by a whole line (its end
	// marked by lastLine's line break) and a token after it.
	lastLine := len(toks) - 1
	for lastLine > 0 && toks[lastLine].Space < lex.LineBreak {
		lastLine--
	}
	for i := len(d.Sentences) - 1; i >= 0; i-- {
		k := d.Sentences[i].EndToken
		if k < lastLine && toks[k].Space >= lex.LineBreak {
			d.Tokens = toks[:k]
			d.Sentences = d.Sentences[:i+1]
			return toks[k-1].End, true
		}
	}
	return 0, false
}

// split splits text[start:end] into d's tokens and sentences.
func (d *Document) split(text string, start, end int) {
	d.Text = text
	d.Tokens = lex.Scan(d.Tokens[:0], text[start:end])
	if start > 0 {
		for i := range d.Tokens {
			d.Tokens[i].Start += start
			d.Tokens[i].End += start
		}
	}
	// News has a sentence every 150 bytes or so: grow once, not by
	// doubling from nothing.
	d.Sentences = slices.Grow(d.Sentences[:0], (end-start)/128+1)
	toks := d.Tokens
	first := 0
	lineStart := start       // byte offset where the current line starts
	firstLineOfBlock := true // the current line follows a blank line or starts the text
	for j := 0; j < len(toks); j++ {
		if toks[j].Space >= lex.LineBreak {
			lineStart = toks[j].Start
			firstLineOfBlock = toks[j].Space == lex.Paragraph || j == 0 && start == 0
		}
		end := j // last token of a sentence that would end here
		boundary := false
		if isFinal(text, toks[j]) && !d.abbreviationDot(j) {
			// Swallow closing quotes and brackets glued to the mark.
			for end+1 < len(toks) && toks[end+1].Space == lex.NoSpace && isCloser(text, toks[end+1]) {
				end++
			}
			k := end + 1
			boundary = k == len(toks) || toks[k].Space >= lex.LineBreak ||
				toks[k].Space == lex.Blank && startsSentence(text, toks[k])
		}
		if !boundary && end+1 < len(toks) {
			switch toks[end+1].Space {
			case lex.Paragraph:
				boundary = true
			case lex.LineBreak:
				// A final mark before the break has been handled above:
				// here it is a title or an initial (Gen., J.), which in
				// wrapped text ends no sentence.
				boundary = !d.wrapped(end+1, toks[end].End-lineStart, firstLineOfBlock)
			}
		}
		if boundary || end+1 == len(toks) {
			d.Sentences = append(d.Sentences, Sentence{
				Start: toks[first].Start, End: toks[end].End,
				FirstToken: first, EndToken: end + 1,
			})
			first = end + 1
			j = end
		}
	}
}

// wrapped reports whether the line break before token k continues a
// sentence, the line before it being n bytes long: the line is long and the
// text goes on like wrapped prose — in lower case, on another long line, on
// a line that ends a sentence, or within a paragraph of three or more lines.
// A long headline over a short dateline ("April 23, 2024") is not wrapped.
func (d *Document) wrapped(k, n int, firstLineOfBlock bool) bool {
	if n < wrapWidth {
		return false
	}
	if !firstLineOfBlock || lex.ShapeOf(d.TokenText(k)) == lex.Lower {
		return true
	}
	// Look at the next line: its length and what follows it.
	toks := d.Tokens
	last := k
	for last+1 < len(toks) && toks[last+1].Space < lex.LineBreak {
		last++
	}
	if toks[last].End-toks[k].Start >= wrapWidth || isFinal(d.Text, toks[last]) || isCloser(d.Text, toks[last]) {
		return true
	}
	return last+1 < len(toks) && toks[last+1].Space == lex.LineBreak
}

// SentenceOf returns the index of the sentence holding token i.
func (d *Document) SentenceOf(i int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.Sentences[mid].EndToken <= i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// TokenText returns the text of token i.
func (d *Document) TokenText(i int) string {
	return d.Text[d.Tokens[i].Start:d.Tokens[i].End]
}

func isFinal(text string, t Token) bool {
	if t.Kind != lex.Punct {
		return false
	}
	switch text[t.Start:t.End] {
	case ".", "!", "?", "…":
		return true
	}
	return false
}

func isCloser(text string, t Token) bool {
	if t.Kind != lex.Punct {
		return false
	}
	switch text[t.Start:t.End] {
	case `"`, "'", "”", "’", ")", "]", "»":
		return true
	}
	return false
}

// startsSentence reports whether t can open a sentence: a capital letter, a
// digit, or an opening quote or bracket.
func startsSentence(text string, t Token) bool {
	c := text[t.Start]
	switch {
	case 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	case 'a' <= c && c <= 'z':
		return false
	}
	s := text[t.Start:t.End]
	switch s {
	case `"`, "'", "“", "‘", "(", "[", "«", "—", "–", "-":
		return true
	}
	return t.Kind != lex.Punct && lex.ShapeOf(s) != lex.Lower
}

// abbreviationDot reports whether token j, a final mark, is the dot of a
// title or initial (Dr., Gen., No. 10, J.) rather than a sentence end.
func (d *Document) abbreviationDot(j int) bool {
	if j == 0 || d.TokenText(j) != "." || d.Tokens[j].Space != lex.NoSpace {
		return false
	}
	prev := d.TokenText(j - 1)
	if d.Tokens[j-1].Kind == lex.Word && len(prev) == 1 && 'A' <= prev[0] && prev[0] <= 'Z' {
		return true // an initial: J. Smith
	}
	if prev == "No" || prev == "no" {
		// "No. 10" but not "the answer was no."
		return j+1 < len(d.Tokens) && d.Tokens[j+1].Kind != lex.Punct && '0' <= d.Text[d.Tokens[j+1].Start] && d.Text[d.Tokens[j+1].Start] <= '9'
	}
	return titles[prev]
}

// titles are words abbreviated with a dot that do not end a sentence.
var titles = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true, "Lt": true,
	"Col": true, "Maj": true, "Capt": true, "Sgt": true, "Adm": true, "Cmdr": true, "Brig": true,
	"Gov": true, "Sen": true, "Rep": true, "Rev": true, "Hon": true, "Pres": true, "Amb": true,
	"St": true, "Mt": true, "Ft": true, "Jr": true, "Sr": true, "Inc": true, "Ltd": true,
	"Corp": true, "Co": true, "vs": true, "Jan": true, "Feb": true, "Mar": true, "Apr": true,
	"Jun": true, "Jul": true, "Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true,
	"Dec": true, "approx": true, "est": true, "Fig": true, "Vol": true, "Art": true,
}
