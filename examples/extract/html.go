package main

// Reading HTML input.
//
// geopol reads plain text. For an HTML file, htmlToText builds a plain-text
// view of it — markup, comments, scripts and styles dropped, character
// references (&amp; &#8217; &eacute;) decoded, runs of white space collapsed
// as a browser does, and block elements (p, div, h1, li, br ...) turned into
// line breaks so that paragraphs and headlines still end sentences — and
// records, for each byte of the view, the span of the original bytes it came
// from. Extraction runs on the view; remapArticle then moves every offset of
// the result back into the original file, so that offsets in the output are
// always offsets into the bytes that were read.
//
// The Text of a mention or trigger is the original bytes [Start:End] when
// those equal the decoded text, which is the usual case. Where the span holds
// a character reference or markup ("China&#8217;s", "Ja<b>pan</b>") the Text
// is the decoded view text ("China’s", "Japan") instead, so that it always
// reads as the article does.

import (
	"html"
	"strings"

	"github.com/geopol/geopol"
	"github.com/geopol/geopol/date"
	"github.com/geopol/geopol/entity"
	"github.com/geopol/geopol/relation"
)

// htmlText is the plain-text view of an HTML document with its offset map.
type htmlText struct {
	Text string // the view
	// from[i] and to[i] are the original span [from[i], to[i]) that view
	// byte i was decoded from: one byte for plain text, the whole reference
	// for a decoded character reference, the whole tag for a line break
	// standing for one, the whole white-space run for a collapsed space.
	from, to []int
	origLen  int
}

// Span maps the view span [start, end) to the original span it was decoded
// from. An empty span maps to an empty span at the corresponding place.
func (h *htmlText) Span(start, end int) (int, int) {
	if start >= len(h.from) {
		return h.origLen, h.origLen
	}
	s := h.from[start]
	if end <= start {
		return s, s
	}
	return s, h.to[end-1]
}

// rawTextElements are elements whose content is not text to read.
var rawTextElements = []string{"script", "style", "noscript", "template", "textarea", "svg", "math"}

// blockElements end a paragraph: they become a blank line in the view.
var blockElements = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "caption": true,
	"dd": true, "details": true, "dialog": true, "div": true, "dl": true, "dt": true,
	"fieldset": true, "figcaption": true, "figure": true, "footer": true, "form": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "header": true,
	"hgroup": true, "hr": true, "li": true, "main": true, "nav": true, "ol": true, "p": true,
	"pre": true, "section": true, "summary": true, "table": true, "td": true, "th": true,
	"title": true, "tr": true, "ul": true, "body": true, "head": true, "html": true,
}

// htmlToText builds the plain-text view of src.
func htmlToText(src string) *htmlText {
	h := &htmlText{origLen: len(src)}
	var b strings.Builder
	b.Grow(len(src))
	// emit appends s to the view, every byte coming from src[from:to].
	emit := func(s string, from, to int) {
		b.WriteString(s)
		for range len(s) {
			h.from = append(h.from, from)
			h.to = append(h.to, to)
		}
	}
	// pending is the separator owed to the view before the next text:
	// "" none, " " a collapsed space, "\n" a line break, "\n\n" a blank
	// line. It is written only once more text follows, so the view neither
	// starts nor ends with white space nor stacks blank lines.
	pending, pFrom, pTo := "", 0, 0
	owe := func(sep string, from, to int) {
		if b.Len() == 0 || len(sep) <= len(pending) {
			return
		}
		if pending == "" {
			pFrom = from
		}
		pending, pTo = sep, to
	}
	text := func(s string, from, to int) {
		if pending != "" {
			emit(pending, pFrom, pTo)
			pending = ""
		}
		emit(s, from, to)
	}

	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '<':
			end, name, closing := scanMarkup(src, i)
			if end < 0 { // a '<' that opens no markup is text
				text("<", i, i+1)
				i++
				continue
			}
			if !closing {
				for _, raw := range rawTextElements {
					if name == raw {
						end = skipRawText(src, end, name)
						break
					}
				}
			}
			switch {
			case name == "br":
				owe("\n", i, end)
			case blockElements[name]:
				owe("\n\n", i, end)
			}
			i = end
		case c == '&':
			n, dec := decodeReference(src[i:])
			if n == 0 {
				text("&", i, i+1)
				i++
				continue
			}
			text(dec, i, i+n)
			i += n
		case isHTMLSpace(c):
			j := i + 1
			for j < len(src) && isHTMLSpace(src[j]) {
				j++
			}
			owe(" ", i, j)
			i = j
		default:
			j := i + 1
			for j < len(src) && src[j] != '<' && src[j] != '&' && !isHTMLSpace(src[j]) {
				j++
			}
			if pending != "" {
				emit(pending, pFrom, pTo)
				pending = ""
			}
			// Plain bytes map one to one.
			for k := i; k < j; k++ {
				h.from = append(h.from, k)
				h.to = append(h.to, k+1)
			}
			b.WriteString(src[i:j])
			i = j
		}
	}
	h.Text = b.String()
	return h
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// scanMarkup reads the markup starting at src[i] == '<': a tag, an end tag,
// a comment, a doctype or a processing instruction. It returns the offset
// after it and, for tags, the lower-case element name and whether it is an
// end tag. end is -1 when the '<' opens no markup ("a < b").
func scanMarkup(src string, i int) (end int, name string, closing bool) {
	rest := src[i+1:]
	switch {
	case strings.HasPrefix(rest, "!--"):
		if k := strings.Index(src[i+4:], "-->"); k >= 0 {
			return i + 4 + k + 3, "", false
		}
		return len(src), "", false
	case strings.HasPrefix(rest, "!") || strings.HasPrefix(rest, "?"):
		if k := strings.IndexByte(rest, '>'); k >= 0 {
			return i + 1 + k + 1, "", false
		}
		return len(src), "", false
	case strings.HasPrefix(rest, "/"):
		closing = true
		rest = rest[1:]
	}
	if rest == "" || !isASCIILetter(rest[0]) {
		return -1, "", false
	}
	n := 0
	for n < len(rest) && !isHTMLSpace(rest[n]) && rest[n] != '>' && rest[n] != '/' {
		n++
	}
	name = strings.ToLower(rest[:n])
	// Find the closing '>', skipping quoted attribute values.
	j := len(src) - len(rest) + n
	var quote byte
	for ; j < len(src); j++ {
		switch c := src[j]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j + 1, name, closing
		}
	}
	return len(src), name, closing
}

// skipRawText returns the offset after the end tag of the raw-text element
// name whose content starts at i, or len(src) if it is never closed.
func skipRawText(src string, i int, name string) int {
	// The end tag's name matches in any ASCII case, as browsers match it.
	// (strings.ToLower would not do: it rewrites invalid UTF-8, which
	// changes lengths, and so offsets.)
	for off := i; ; {
		k := strings.Index(src[off:], "</")
		if k < 0 {
			return len(src)
		}
		k += off + 2
		// The name must end there: "</scripts>" ends no script.
		if len(src)-k >= len(name) && equalFoldASCII(src[k:k+len(name)], name) &&
			(k+len(name) == len(src) || isHTMLSpace(src[k+len(name)]) || src[k+len(name)] == '/' || src[k+len(name)] == '>') {
			if j := strings.IndexByte(src[k:], '>'); j >= 0 {
				return k + j + 1
			}
			return len(src)
		}
		off = k
	}
}

// equalFoldASCII reports whether s equals lower, a lower-case ASCII
// string, with ASCII letters of s in either case.
func equalFoldASCII(s, lower string) bool {
	for i := 0; i < len(lower); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'f'
}

func isAlnum(c byte) bool { return isASCIILetter(c) || '0' <= c && c <= '9' }

// decodeReference decodes the character reference at the start of s
// (&amp; &#8217; &#x2019; and the legacy forms without ';' such as &amp).
// It returns how many bytes of s it used and the decoded text, or 0 when s
// starts with no reference.
func decodeReference(s string) (int, string) {
	n := 1
	digit := isAlnum // named: &eacute;
	if n < len(s) && s[n] == '#' {
		n++
		digit = func(c byte) bool { return '0' <= c && c <= '9' } // &#8217;
		if n < len(s) && (s[n] == 'x' || s[n] == 'X') {
			n++
			digit = isHexDigit // &#x2019;
		}
	}
	for n < len(s) && digit(s[n]) {
		n++
	}
	if n < len(s) && s[n] == ';' {
		n++
	}
	cand := s[:n]
	if n < 2 {
		return 0, ""
	}
	dec := html.UnescapeString(cand)
	if dec == cand {
		return 0, ""
	}
	// A legacy reference without ';' may be followed by letters that are
	// text ("&copy2024" is "©2024"): html.UnescapeString leaves them as
	// they were, at the end of dec. Give them back.
	k := 0
	for cand[1] != '#' && k < len(dec) && k < len(cand) && dec[len(dec)-1-k] == cand[len(cand)-1-k] && isAlnum(cand[len(cand)-1-k]) {
		k++
	}
	return n - k, dec[:len(dec)-k]
}

// remapArticle moves every offset of a (extracted from the view h.Text) into
// the original HTML src, and sets each Text as the package comment says.
func remapArticle(a *geopol.Article, h *htmlText, src string) {
	mention := func(m *entity.Mention) {
		view := h.Text[m.Start:m.End]
		m.Start, m.End = h.Span(m.Start, m.End)
		m.Text = pickText(src[m.Start:m.End], view)
	}
	for i := range a.Mentions {
		mention(&a.Mentions[i])
	}
	for i := range a.Entities {
		for j := range a.Entities[i].Mentions {
			mention(&a.Entities[i].Mentions[j])
		}
	}
	span := func(s *relation.Span) {
		view := h.Text[s.Start:s.End]
		s.Start, s.End = h.Span(s.Start, s.End)
		if s.Text != "" {
			s.Text = pickText(src[s.Start:s.End], view)
		}
	}
	// Dates: the article's dateline (when read from the text, it has
	// words) and each relation's own date words. Relations dated by the
	// article share its Date.
	dateSpan := func(d *date.Date) *date.Date {
		if d == nil || d.Text == "" {
			return d
		}
		c := *d
		view := h.Text[c.Start:c.End]
		c.Start, c.End = h.Span(c.Start, c.End)
		c.Text = pickText(src[c.Start:c.End], view)
		return &c
	}
	published := dateSpan(a.Date)
	for i := range a.Relations {
		r := &a.Relations[i]
		mention(&r.Subject.Mention)
		mention(&r.Object.Mention)
		span(&r.Trigger)
		span(&r.Evidence)
		if r.DateBasis == "sentence" {
			r.Date = dateSpan(r.Date)
		} else if r.Date != nil {
			r.Date = published
		}
	}
	a.Date = published
}

// pickText returns the original text where it reads as the view does, else
// the view text.
func pickText(orig, view string) string {
	if orig == view {
		return orig
	}
	return view
}
