package lex

import (
	"unicode"
	"unicode/utf8"
)

// AppendFold appends s folded for matching: accents removed (Türkiye →
// Turkiye, Côte → Cote), curly apostrophes made straight, every dash made
// '-', and, when lower is set, letters lower-cased. Case is otherwise kept,
// so that the caller can still tell "Turkey" from "turkey".
func AppendFold(dst []byte, s string, lower bool) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if lower && 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case '\u2019', '\u2018', '\u02bc', '\u2032', '`', '\u00b4':
			dst = append(dst, '\'')
			continue
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
			dst = append(dst, '-')
			continue
		case 'ß':
			dst = append(dst, 's', 's')
			continue
		}
		if b := baseLetter(r); b != 0 {
			if lower && 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			dst = append(dst, b)
			continue
		}
		if unicode.IsMark(r) {
			continue // combining accents of decomposed text
		}
		if lower {
			r = unicode.ToLower(r)
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// FoldLower returns s folded and lower-cased as AppendFold(nil, s, true)
// would, but returns s itself, without allocating, when s is ASCII with no
// upper-case letter and no backquote (which folds to an apostrophe): the
// common case of running text.
func FoldLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || c == '`' {
			return string(AppendFold(make([]byte, 0, len(s)+2), s, true))
		}
	}
	return s
}

// baseLetter maps a Latin letter with a diacritic to its ASCII base letter, or
// returns 0. It covers Latin-1 Supplement and Latin Extended-A, which hold the
// accented letters of country and place names written in English news.
func baseLetter(r rune) byte {
	if r < 0xC0 || r > 0x17F {
		return 0
	}
	return latinBase[r-0xC0]
}

// latinBase holds the base letters of U+00C0..U+017F (0 where none).
var latinBase = [...]byte{
	// U+00C0
	'A', 'A', 'A', 'A', 'A', 'A', 'A', 'C', 'E', 'E', 'E', 'E', 'I', 'I', 'I', 'I',
	'D', 'N', 'O', 'O', 'O', 'O', 'O', 0, 'O', 'U', 'U', 'U', 'U', 'Y', 0, 0,
	'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
	'd', 'n', 'o', 'o', 'o', 'o', 'o', 0, 'o', 'u', 'u', 'u', 'u', 'y', 0, 'y',
	// U+0100
	'A', 'a', 'A', 'a', 'A', 'a', 'C', 'c', 'C', 'c', 'C', 'c', 'C', 'c', 'D', 'd',
	'D', 'd', 'E', 'e', 'E', 'e', 'E', 'e', 'E', 'e', 'E', 'e', 'G', 'g', 'G', 'g',
	'G', 'g', 'G', 'g', 'H', 'h', 'H', 'h', 'I', 'i', 'I', 'i', 'I', 'i', 'I', 'i',
	'I', 'i', 0, 0, 'J', 'j', 'K', 'k', 'k', 'L', 'l', 'L', 'l', 'L', 'l', 'L',
	'l', 'L', 'l', 'N', 'n', 'N', 'n', 'N', 'n', 'n', 0, 0, 'O', 'o', 'O', 'o',
	'O', 'o', 0, 0, 'R', 'r', 'R', 'r', 'R', 'r', 'S', 's', 'S', 's', 'S', 's',
	'S', 's', 'T', 't', 'T', 't', 'T', 't', 'U', 'u', 'U', 'u', 'U', 'u', 'U', 'u',
	'U', 'u', 'U', 'u', 'W', 'w', 'Y', 'y', 'Y', 'Z', 'z', 'Z', 'z', 'Z', 'z', 's',
}

// Shape is the letter case of a token, as far as matching cares.
type Shape uint8

const (
	Lower Shape = iota + 1 // every letter lower case: of, the, turkey
	Title                  // first letter upper case, some later letter lower: Japan, McDonald
	Upper                  // every letter upper case, at least one letter: EU, JAPAN
	Other                  // no letters (digits, punctuation) or first letter lower with later upper: eBay
)

// ShapeOf reports the letter case of s.
func ShapeOf(s string) Shape {
	first, upper, lower := 0, 0, 0 // first: 1 upper, 2 lower
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
			if first == 0 {
				first = 1
			}
		case unicode.IsLower(r):
			lower++
			if first == 0 {
				first = 2
			}
		}
	}
	switch {
	case upper == 0 && lower == 0:
		return Other
	case upper == 0:
		return Lower
	case lower == 0:
		return Upper
	case first == 1:
		return Title
	}
	return Other
}
