package lex

import (
	"fmt"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

var kindNames = [...]string{Word: "Word", Number: "Number", Abbrev: "Abbrev", Punct: "Punct"}

var spaceNames = [...]string{NoSpace: "NoSpace", Blank: "Blank", LineBreak: "LineBreak", Paragraph: "Paragraph"}

// tokenLines renders tokens as "start end kind space text".
func tokenLines(text string, toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = fmt.Sprintf("%d %d %s %s %q", t.Start, t.End, kindNames[t.Kind], spaceNames[t.Space], text[t.Start:t.End])
	}
	return out
}

func TestScan(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"whitespace only", " \t\r\n\n ", nil},
		{"words", "Japan and China", []string{
			`0 5 Word NoSpace "Japan"`,
			`6 9 Word Blank "and"`,
			`10 15 Word Blank "China"`,
		}},
		{"leading space", "  Japan", []string{
			`2 7 Word Blank "Japan"`,
		}},
		{"numbers", "3.5 and 1,000 and 1,000.5", []string{
			`0 3 Number NoSpace "3.5"`,
			`4 7 Word Blank "and"`,
			`8 13 Number Blank "1,000"`,
			`14 17 Word Blank "and"`,
			`18 25 Number Blank "1,000.5"`,
		}},
		{"number before a final dot", "2024. It rose 3.5.", []string{
			`0 4 Word NoSpace "2024"`,
			`4 5 Punct NoSpace "."`,
			`6 8 Word Blank "It"`,
			`9 13 Word Blank "rose"`,
			`14 17 Number Blank "3.5"`,
			`17 18 Punct NoSpace "."`,
		}},
		{"number then comma and space", "1, 2", []string{
			`0 1 Word NoSpace "1"`,
			`1 2 Punct NoSpace ","`,
			`3 4 Word Blank "2"`,
		}},
		{"alphanumeric", "3rd G7 G20", []string{
			`0 3 Word NoSpace "3rd"`,
			`4 6 Word Blank "G7"`,
			`7 10 Word Blank "G20"`,
		}},
		{"dotted abbreviations", "U.S. D.C. U.S.A. e.g.", []string{
			`0 4 Abbrev NoSpace "U.S."`,
			`5 9 Abbrev Blank "D.C."`,
			`10 16 Abbrev Blank "U.S.A."`,
			`17 21 Abbrev Blank "e.g."`,
		}},
		{"abbreviation then hyphen", "U.S.-led", []string{
			`0 4 Abbrev NoSpace "U.S."`,
			`4 5 Punct NoSpace "-"`,
			`5 8 Word NoSpace "led"`,
		}},
		{"abbreviation glued to a word", "U.S.Army", []string{
			`0 4 Abbrev NoSpace "U.S."`,
			`4 8 Word NoSpace "Army"`,
		}},
		{"abbreviation without final dot", "U.S", []string{
			`0 3 Abbrev NoSpace "U.S"`,
		}},
		{"initial is no abbreviation", "J. Smith", []string{
			`0 1 Word NoSpace "J"`,
			`1 2 Punct NoSpace "."`,
			`3 8 Word Blank "Smith"`,
		}},
		{"straight apostrophe", "China's", []string{
			`0 5 Word NoSpace "China"`,
			`5 6 Punct NoSpace "'"`,
			`6 7 Word NoSpace "s"`,
		}},
		{"curly apostrophe", "Japan’s", []string{
			`0 5 Word NoSpace "Japan"`,
			`5 8 Punct NoSpace "’"`,
			`8 9 Word NoSpace "s"`,
		}},
		{"plural possessive", "Islands' fleet", []string{
			`0 7 Word NoSpace "Islands"`,
			`7 8 Punct NoSpace "'"`,
			`9 14 Word Blank "fleet"`,
		}},
		{"hyphen", "EU-Japan", []string{
			`0 2 Word NoSpace "EU"`,
			`2 3 Punct NoSpace "-"`,
			`3 8 Word NoSpace "Japan"`,
		}},
		{"en dash", "India–Pakistan", []string{
			`0 5 Word NoSpace "India"`,
			`5 8 Punct NoSpace "–"`,
			`8 16 Word NoSpace "Pakistan"`,
		}},
		{"accented word", "Côte d’Ivoire", []string{
			`0 5 Word NoSpace "Côte"`,
			`6 7 Word Blank "d"`,
			`7 10 Punct NoSpace "’"`,
			`10 16 Word NoSpace "Ivoire"`,
		}},
		{"combining accent stays in the word", "Co\u0302te", []string{
			"0 6 Word NoSpace \"Co\u0302te\"",
		}},
		{"invalid UTF-8", "a\xffb\xc3", []string{
			`0 1 Word NoSpace "a"`,
			`2 3 Word Blank "b"`,
		}},
		{"invalid byte inside a word", "Ja\x80pan", []string{
			`0 2 Word NoSpace "Ja"`,
			`3 6 Word Blank "pan"`,
		}},
		{"NUL bytes", "a\x00b\x00\x00", []string{
			`0 1 Word NoSpace "a"`,
			`2 3 Word Blank "b"`,
		}},
		{"BOM", "\ufeffJapan", []string{
			`3 8 Word Blank "Japan"`,
		}},
		{"no-break and zero-width space", "a\u00a0b\u200bc", []string{
			`0 1 Word NoSpace "a"`,
			`3 4 Word Blank "b"`,
			`7 8 Word Blank "c"`,
		}},
		{"line and paragraph breaks", "Japan\nChina\n\nKorea\n \n\nIndia", []string{
			`0 5 Word NoSpace "Japan"`,
			`6 11 Word LineBreak "China"`,
			`13 18 Word Paragraph "Korea"`,
			`22 27 Word Paragraph "India"`,
		}},
		{"CRLF", "Japan\r\nChina\r\n\r\nKorea\rIndia", []string{
			`0 5 Word NoSpace "Japan"`,
			`7 12 Word LineBreak "China"`,
			`16 21 Word Paragraph "Korea"`,
			`22 27 Word Blank "India"`,
		}},
		{"unicode line separator", "a\u2028b\u2029\u2029c", []string{
			`0 1 Word NoSpace "a"`,
			`4 5 Word LineBreak "b"`,
			`11 12 Word Paragraph "c"`,
		}},
		{"punctuation", `“Yes,” he said (again)…`, []string{
			`0 3 Punct NoSpace "“"`,
			`3 6 Word NoSpace "Yes"`,
			`6 7 Punct NoSpace ","`,
			`7 10 Punct NoSpace "”"`,
			`11 13 Word Blank "he"`,
			`14 18 Word Blank "said"`,
			`19 20 Punct Blank "("`,
			`20 25 Word NoSpace "again"`,
			`25 26 Punct NoSpace ")"`,
			`26 29 Punct NoSpace "…"`,
		}},
		{"non-Latin script", "Россия и 中国", []string{
			`0 12 Word NoSpace "Россия"`,
			`13 15 Word Blank "и"`,
			`16 22 Word Blank "中国"`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Scan(nil, tt.text)
			got := tokenLines(tt.text, toks)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Scan(%q):\n got %q\nwant %q", tt.text, got, tt.want)
			}
			checkTokens(t, tt.text, toks)
		})
	}
}

func TestScanAppends(t *testing.T) {
	dst := Scan(nil, "Japan")
	dst = Scan(dst, "EU")
	if len(dst) != 2 || dst[0] != (Token{0, 5, Word, NoSpace}) || dst[1] != (Token{0, 2, Word, NoSpace}) {
		t.Errorf("Scan does not append: %v", dst)
	}
	buf := make([]Token, 0, 16)
	if n := testing.AllocsPerRun(100, func() { buf = Scan(buf[:0], "The U.S.-led coalition, Japan’s 3.5% rise.") }); n != 0 {
		t.Errorf("Scan with a large enough buffer allocates %v times", n)
	}
}

func TestAppendFold(t *testing.T) {
	tests := []struct {
		in    string
		lower bool
		want  string
	}{
		{"Türkiye", true, "turkiye"},
		{"Türkiye", false, "Turkiye"},
		{"TÜRKİYE", true, "turkiye"},
		{"Côte d’Ivoire", false, "Cote d'Ivoire"},
		{"Côte d’Ivoire", true, "cote d'ivoire"},
		{"Co\u0302te", false, "Cote"}, // decomposed accent
		{"Japan’s", false, "Japan's"},
		{"‘quoted’", false, "'quoted'"},
		{"India–Pakistan", false, "India-Pakistan"},
		{"a—b‑c−d", false, "a-b-c-d"},
		{"Élysée", true, "elysee"},
		{"Straße", false, "Strasse"},
		{"São Tomé and Príncipe", false, "Sao Tome and Principe"},
		{"Łódź", true, "lodz"},
		{"EU", true, "eu"},
		{"EU", false, "EU"},
		{"Россия", true, "россия"},
		{"", true, ""},
	}
	for _, tt := range tests {
		if got := string(AppendFold(nil, tt.in, tt.lower)); got != tt.want {
			t.Errorf("AppendFold(%q, %v) = %q, want %q", tt.in, tt.lower, got, tt.want)
		}
	}
	if got := string(AppendFold([]byte("x:"), "Japan", true)); got != "x:japan" {
		t.Errorf("AppendFold does not append: %q", got)
	}
}

func TestShapeOf(t *testing.T) {
	tests := []struct {
		in   string
		want Shape
	}{
		{"japan", Lower},
		{"turkey", Lower},
		{"Japan", Title},
		{"McDonald", Title},
		{"Türkiye", Title},
		{"JAPAN", Upper},
		{"EU", Upper},
		{"U.S.", Upper},
		{"ÉLYSÉE", Upper},
		{"G7", Upper},
		{"eBay", Other},
		{"2024", Other},
		{"-", Other},
		{"", Other},
	}
	for _, tt := range tests {
		if got := ShapeOf(tt.in); got != tt.want {
			t.Errorf("ShapeOf(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// checkTokens checks the invariants of a scan: tokens non-empty, in bounds,
// ordered and non-overlapping, of a known kind, and no letter or digit
// outside every token.
func checkTokens(t *testing.T, text string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("token %d [%d,%d) out of order, empty or out of bounds (previous end %d, len %d)", i, tok.Start, tok.End, prev, len(text))
		}
		if tok.Kind < Word || tok.Kind > Punct {
			t.Errorf("token %d [%d,%d): kind %d", i, tok.Start, tok.End, tok.Kind)
		}
		if tok.Space > Paragraph {
			t.Errorf("token %d [%d,%d): space %d", i, tok.Start, tok.End, tok.Space)
		}
		if (tok.Space == NoSpace) != (tok.Start == prev) && i > 0 {
			t.Errorf("token %d [%d,%d): space %s but previous token ends at %d", i, tok.Start, tok.End, spaceNames[tok.Space], prev)
		}
		checkGap(t, text[prev:tok.Start])
		prev = tok.End
	}
	checkGap(t, text[prev:])
}

func checkGap(t *testing.T, gap string) {
	t.Helper()
	for _, r := range gap {
		if r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			t.Errorf("letter or digit %q in the gap %q between tokens", r, gap)
		}
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"", "Japan and China", "3.5 and 1,000", "U.S.-led", "D.C.", "U.S", "China's Japan’s",
		"EU-Japan India–Pakistan", "a\xffb\xc3", "a\x00b", "\ufeffJapan", "Japan\r\nChina\r\n\r\nKorea",
		"Co\u0302te", "\u0301x", "1.", "1.2.3,4", "a.b.c.d.", "…", "a\u2028b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := Scan(nil, text)
		checkTokens(t, text, toks)
		// Scanning is deterministic and appends.
		again := Scan(toks[:len(toks):len(toks)], text)
		if !slices.Equal(again[:len(toks)], toks) || !slices.Equal(again[len(toks):], toks) {
			t.Errorf("second Scan differs")
		}
	})
}
