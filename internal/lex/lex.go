// Package lex splits text into tokens with byte offsets. It is the one
// tokenizer of geopol: the gazetteer splits its names with it and the entity
// package splits articles with it, so a name and its occurrence in a text are
// always cut the same way.
//
// A token is a word (letters, digits and combining marks), a number (digits
// with inner '.' or ','), a dotted abbreviation (U.S., U.N., D.C.), or a single
// punctuation or symbol rune. Apostrophes and dashes are tokens of their own,
// so that "China's" is China + ' + s and "EU-Japan" is EU + - + Japan.
// Whitespace separates tokens and is not a token. Bytes that are not valid
// UTF-8 are skipped like whitespace: offsets stay offsets into the input.
package lex

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Kind is what a token is made of.
type Kind uint8

const (
	Word   Kind = iota + 1 // letters, digits, marks: Japan, 2024, Côte
	Number                 // digits with inner separators: 3.5, 1,000
	Abbrev                 // dotted letters: U.S., U.N., D.C.
	Punct                  // one punctuation or symbol rune: . , ' ’ - – ( $
)

// Token is a half-open byte span [Start, End) of the text and its kind.
// Space records what separates it from the previous token.
type Token struct {
	Start, End int
	Kind       Kind
	Space      Space
}

// Space is the whitespace before a token.
type Space uint8

const (
	NoSpace   Space = iota // glued to the previous token (or first in text)
	Blank                  // spaces or tabs, no line break
	LineBreak              // exactly one line break
	Paragraph              // two or more line breaks (a blank line)
)

// Scan appends the tokens of text to dst and returns the extended slice.
func Scan(dst []Token, text string) []Token {
	// News text has a token every five to six bytes; grow once.
	if want := len(text)/5 + 8; cap(dst)-len(dst) < want {
		dst = slices.Grow(dst, want)
	}
	i := 0
	space := NoSpace
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case classDigit, classLetter:
				end, kind := scanWord(text, i)
				dst = append(dst, Token{Start: i, End: end, Kind: kind, Space: space})
				space = NoSpace
				i = end
			case classSpace:
				// Spaces, tabs, carriage returns, and control bytes (NUL
				// and friends), which separate tokens like spaces.
				if space == NoSpace {
					space = Blank
				}
				i++
			case classNewline:
				if space < LineBreak {
					space = LineBreak
				} else {
					space = Paragraph
				}
				i++
			default:
				dst = append(dst, Token{Start: i, End: i + 1, Kind: Punct, Space: space})
				space = NoSpace
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			// Invalid byte: skip it like a separator.
			if space == NoSpace {
				space = Blank
			}
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			if space < LineBreak {
				space = LineBreak
			} else {
				space = Paragraph
			}
		case unicode.IsSpace(r) || r == '\ufeff' || unicode.Is(unicode.Cf, r):
			// Non-breaking spaces, BOM and invisible format runes separate.
			if space == NoSpace {
				space = Blank
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			end, kind := scanWord(text, i)
			dst = append(dst, Token{Start: i, End: end, Kind: kind, Space: space})
			space = NoSpace
			i = end
			continue
		default:
			dst = append(dst, Token{Start: i, End: i + size, Kind: Punct, Space: space})
			space = NoSpace
		}
		i += size
	}
	return dst
}

// asciiClass classifies bytes for the scanner's fast path. Bytes from 0x80
// up (parts of multi-byte runes) are classPunct here and go to the slow
// path, which decodes the rune.
var asciiClass = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = classDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = classLetter
		t[c-'a'+'A'] = classLetter
	}
	for c := 0; c < ' '; c++ {
		t[c] = classSpace // control bytes separate tokens
	}
	t[' '], t[0x7f], t['\n'] = classSpace, classSpace, classNewline
	return t
}()

// The byte classes of asciiClass; zero is punctuation and symbols. Digits
// and letters are bits, so that a word's classes can be or-ed together.
const (
	classPunct   = 0
	classDigit   = 1
	classLetter  = 2
	classSpace   = 4
	classNewline = 8
)

func isASCIIAlnum(c byte) bool { return asciiClass[c]&(classDigit|classLetter) != 0 }

// wordRune reports whether r continues a word.
func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// scanWord scans the word, number or dotted abbreviation starting at i.
func scanWord(text string, i int) (end int, kind Kind) {
	start := i
	classes := uint8(0) // the classes seen, or-ed
	runes := 0
	for {
		// ASCII fast path: one table load and test per byte (the re-slice
		// lets the compiler drop the bounds checks).
		rest := text[i:]
		j := 0
		for j < len(rest) {
			class := asciiClass[rest[j]] & (classDigit | classLetter)
			if class == 0 {
				break
			}
			classes |= class
			j++
		}
		i += j
		if i >= len(text) || text[i] < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !wordRune(r) {
			break
		}
		classes |= classLetter
		runes++
		i += size
	}
	digits := classes == classDigit
	letters := i - start // bytes; a single letter is what matters below
	if runes > 0 {
		letters = 2
	}
	// Numbers: 3.5, 1,000, 2.5.1 — a separator between digits.
	if digits {
		kind = Word
		for i+1 < len(text) && (text[i] == '.' || text[i] == ',') && isDigit(text[i+1]) {
			j := i + 1
			for j < len(text) && isDigit(text[j]) {
				j++
			}
			i = j
			kind = Number
		}
		return i, kind
	}
	// Dotted abbreviations: one letter, a dot, one letter, ... (U.S., U.S.A., D.C.).
	if letters == 1 && i+1 < len(text) && text[i] == '.' && isASCIILetter(text[i+1]) {
		j := i
		n := 0
		for j+1 < len(text) && text[j] == '.' && isASCIILetter(text[j+1]) &&
			(j+2 >= len(text) || !isASCIIAlnum(text[j+2])) {
			j += 2
			n++
		}
		if n > 0 {
			if j < len(text) && text[j] == '.' {
				j++
			}
			return j, Abbrev
		}
	}
	return i, Word
}

func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
