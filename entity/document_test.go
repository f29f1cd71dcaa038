package entity

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// sentenceLines renders doc's sentences as "start end text", newlines in
// text written as \n.
func sentenceLines(doc *Document) []string {
	out := make([]string, len(doc.Sentences))
	for i, s := range doc.Sentences {
		out[i] = fmt.Sprintf("%d %d %s", s.Start, s.End, escape(doc.Text[s.Start:s.End]))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		gap  string // a known gap: the test is skipped while the result is wrong
	}{
		{"empty", "", nil, ""},
		{"whitespace only", " \t\r\n\n \u00a0\n", nil, ""},
		{"NUL and invalid bytes only", "\x00\xff\xfe", nil, ""},
		{"short headline", "Japan, EU seal defence pact\nTokyo and Brussels signed a pact on Friday.", []string{
			"0 27 Japan, EU seal defence pact",
			"28 71 Tokyo and Brussels signed a pact on Friday.",
		}, ""},
		{"headline, dateline and body", "EU, Japan seal pact\nFebruary 21, 2024\n\nThe European Union decided on Monday.", []string{
			"0 19 EU, Japan seal pact",
			"20 37 February 21, 2024",
			"39 76 The European Union decided on Monday.",
		}, ""},
		{"dotted abbreviation ends none", "Sanctions by the U.S. Treasury took effect. Iran protested.", []string{
			"0 43 Sanctions by the U.S. Treasury took effect.",
			"44 59 Iran protested.",
		}, ""},
		{"titles end none", "Dr. Smith met Gen. Lee in Seoul. They talked.", []string{
			"0 32 Dr. Smith met Gen. Lee in Seoul.",
			"33 45 They talked.",
		}, ""},
		{"No. 10", "He works at No. 10 Downing Street. She does not.", []string{
			"0 34 He works at No. 10 Downing Street.",
			"35 48 She does not.",
		}, ""},
		{"no at the end of a sentence", "The answer was no. Talks ended.", []string{
			"0 18 The answer was no.",
			"19 31 Talks ended.",
		}, ""},
		{"decimal number", "Growth was 3.5 percent. Prices rose 3.5. Rates held.", []string{
			"0 23 Growth was 3.5 percent.",
			"24 40 Prices rose 3.5.",
			"41 52 Rates held.",
		}, ""},
		{"initial", "J. Smith met officials. They agreed.", []string{
			"0 23 J. Smith met officials.",
			"24 36 They agreed.",
		}, ""},
		{"lower case after a dot", "Talks ended at 5 p.m. on Friday. and resumed.", []string{
			"0 45 Talks ended at 5 p.m. on Friday. and resumed.",
		}, ""},
		{"question and exclamation", "Will Japan join? It may! Nobody knows… Wait.", []string{
			"0 16 Will Japan join?",
			"17 24 It may!",
			"25 40 Nobody knows…",
			"41 46 Wait.",
		}, ""},
		{"closing quote after a period", "He said \"We agree.\" Then he left.", []string{
			"0 19 He said \"We agree.\"",
			"20 33 Then he left.",
		}, ""},
		{"curly closing quote", "He said “We agree.” Then he left.", []string{
			"0 23 He said “We agree.”",
			"24 37 Then he left.",
		}, ""},
		{"closing bracket", "Talks resumed (in Doha.) Qatar mediated.", []string{
			"0 24 Talks resumed (in Doha.)",
			"25 40 Qatar mediated.",
		}, ""},
		{"opening quote starts a sentence", "Talks ended. “We failed,” he said.", []string{
			"0 12 Talks ended.",
			"13 38 “We failed,” he said.",
		}, ""},
		{"blank lines", "Japan agreed\n\nChina objected\n\n\n\nKorea waited", []string{
			"0 12 Japan agreed",
			"14 28 China objected",
			"32 44 Korea waited",
		}, ""},
		{"blank line with spaces", "Japan agreed\n  \t\nChina objected", []string{
			"0 12 Japan agreed",
			"17 31 China objected",
		}, ""},
		{"wrapped paragraph", "Freight rates for containers shipped from Asia to the east coast of the United\nStates rose 4% in the week, an industry index showed, the third straight\nweekly gain. Ships bound for the Atlantic seaboard have been sent around the\nCape of Good Hope since late last year.\n", []string{
			"0 164 Freight rates for containers shipped from Asia to the east coast of the United\\nStates rose 4% in the week, an industry index showed, the third straight\\nweekly gain.",
			"165 268 Ships bound for the Atlantic seaboard have been sent around the\\nCape of Good Hope since late last year.",
		}, ""},
		{"short lines", "Reuters\nTokyo\n1 min read\nJapan agreed to talks", []string{
			"0 7 Reuters",
			"8 13 Tokyo",
			"14 24 1 min read",
			"25 46 Japan agreed to talks",
		}, ""},
		{"line break after a final mark", "Japan agreed.\nChina objected.", []string{
			"0 13 Japan agreed.",
			"14 29 China objected.",
		}, ""},
		{"Windows line endings", "Japan, EU seal pact\r\nTokyo signed it.\r\n\r\nChina objected.\r\n", []string{
			"0 19 Japan, EU seal pact",
			"21 37 Tokyo signed it.",
			"41 56 China objected.",
		}, ""},
		{"wrapped with Windows line endings", "Freight rates for containers shipped from Asia to the east coast of the United\r\nStates rose 4% in the week.\r\n", []string{
			"0 107 Freight rates for containers shipped from Asia to the east coast of the United\\r\\nStates rose 4% in the week.",
		}, ""},
		{"no final mark", "Japan agreed", []string{
			"0 12 Japan agreed",
		}, ""},
		{"punctuation only", "...", []string{
			"0 3 ...",
		}, ""},
		{"invalid UTF-8 and NUL", "Japan\xffagreed.\x00 China objected.", []string{
			"0 13 Japan\xffagreed.",
			"15 30 China objected.",
		}, ""},
		{"BOM", "\ufeffJapan agreed. China objected.", []string{
			"3 16 Japan agreed.",
			"17 32 China objected.",
		}, ""},
		{"title at the end of a wrapped line", "Officials in Seoul said the talks with the visiting delegation led by Gen.\nLee Jong-sup would resume on Monday. Talks ended.", []string{
			"0 111 Officials in Seoul said the talks with the visiting delegation led by Gen.\\nLee Jong-sup would resume on Monday.",
			"112 124 Talks ended.",
		}, ""},
		{"initial at the end of a wrapped line", "Officials in Seoul said the talks with the visiting delegation led by J.\nSmith would resume on Monday.", []string{
			"0 102 Officials in Seoul said the talks with the visiting delegation led by J.\\nSmith would resume on Monday.",
		}, ""},
		{"title at the end of a short line", "Led by Gen.\nLee Jong-sup", []string{
			"0 11 Led by Gen.",
			"12 24 Lee Jong-sup",
		}, ""},
		{"long headline and dateline", "Congo, Rwanda set new peace talks; Korea and Canada open minerals negotiations\nJune 12, 2024\n\nThe talks begin.", []string{
			"0 78 Congo, Rwanda set new peace talks; Korea and Canada open minerals negotiations",
			"79 92 June 12, 2024",
			"94 110 The talks begin.",
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := NewDocument(tt.text)
			checkSentences(t, doc)
			got := sentenceLines(doc)
			if slices.Equal(got, tt.want) {
				if tt.gap != "" {
					t.Logf("known gap %q no longer shows: remove it from the table", tt.gap)
				}
				return
			}
			if tt.gap != "" {
				t.Skipf("known gap: %s:\n got %q\nwant %q", tt.gap, got, tt.want)
			}
			t.Errorf("NewDocument(%q) sentences:\n got %q\nwant %q", tt.text, got, tt.want)
		})
	}
}

// checkSentences checks that the sentences of doc partition its tokens in
// order, and that token and sentence spans agree.
func checkSentences(t *testing.T, doc *Document) {
	t.Helper()
	next := 0
	for i, s := range doc.Sentences {
		if s.FirstToken != next || s.EndToken <= s.FirstToken || s.EndToken > len(doc.Tokens) {
			t.Fatalf("sentence %d has tokens [%d,%d), want to start at %d (of %d tokens)", i, s.FirstToken, s.EndToken, next, len(doc.Tokens))
		}
		if s.Start != doc.Tokens[s.FirstToken].Start || s.End != doc.Tokens[s.EndToken-1].End {
			t.Errorf("sentence %d [%d,%d) does not span its tokens [%d,%d)", i, s.Start, s.End, s.FirstToken, s.EndToken)
		}
		for j := s.FirstToken; j < s.EndToken; j++ {
			if got := doc.SentenceOf(j); got != i {
				t.Errorf("SentenceOf(%d) = %d, want %d", j, got, i)
			}
		}
		next = s.EndToken
	}
	if next != len(doc.Tokens) {
		t.Errorf("sentences end at token %d of %d", next, len(doc.Tokens))
	}
}

func TestTokenText(t *testing.T) {
	doc := NewDocument("The U.S.-led talks, Japan’s 3.5% rise.")
	var got []string
	for i := range doc.Tokens {
		got = append(got, doc.TokenText(i))
	}
	want := []string{"The", "U.S.", "-", "led", "talks", ",", "Japan", "’", "s", "3.5", "%", "rise", "."}
	if !slices.Equal(got, want) {
		t.Errorf("tokens = %q, want %q", got, want)
	}
}

func TestReset(t *testing.T) {
	texts := []string{
		"Japan, EU seal defence pact\nTokyo and Brussels signed a pact on Friday. China objected.",
		"Short.",
		"",
		"Freight rates for containers shipped from Asia to the east coast of the United\nStates rose 4% in the week.\n\nDr. Smith agreed.",
	}
	doc := NewDocument("A long first text so that the buffers grow. It has two sentences and many tokens in all.")
	for _, text := range texts {
		doc.Reset(text)
		fresh := NewDocument(text)
		if doc.Text != fresh.Text || !slices.Equal(doc.Tokens, fresh.Tokens) || !slices.Equal(doc.Sentences, fresh.Sentences) {
			t.Errorf("Reset(%q) = %v %v, NewDocument = %v %v", text, doc.Tokens, doc.Sentences, fresh.Tokens, fresh.Sentences)
		}
	}
	// Reset reuses the buffers: re-splitting a text no longer than the
	// first one allocates nothing.
	text := texts[0]
	doc.Reset(text)
	toks, sents := &doc.Tokens[:1][0], &doc.Sentences[:1][0]
	if n := testing.AllocsPerRun(100, func() { doc.Reset(text) }); n != 0 {
		t.Errorf("Reset allocates %v times per call, want 0", n)
	}
	if &doc.Tokens[0] != toks || &doc.Sentences[0] != sents {
		t.Errorf("Reset did not reuse the token and sentence buffers")
	}
}

func TestSentenceOfPastEnd(t *testing.T) {
	doc := NewDocument("Japan agreed. China objected.")
	if got := doc.SentenceOf(len(doc.Tokens)); got != len(doc.Sentences) {
		t.Errorf("SentenceOf(len(Tokens)) = %d, want %d", got, len(doc.Sentences))
	}
}

// readByBlocks reads text block by block with ResetNext, each block at
// least size bytes, and returns the tokens, sentences and mentions with
// token and sentence indices counted from the start of text, as a
// Document of the whole text numbers them, and the number of blocks.
func readByBlocks(t *testing.T, tg *Tagger, text string, size int) ([]Token, []Sentence, []Mention, int) {
	t.Helper()
	var (
		toks   []Token
		sents  []Sentence
		ms     []Mention
		doc    Document
		blocks int
	)
	for start := 0; start < len(text); blocks++ {
		end := doc.ResetNext(text, start, size)
		if end <= start || end > len(text) {
			t.Fatalf("ResetNext(%d, %d) = %d: no progress, or past the text's %d bytes", start, size, end, len(text))
		}
		for _, tok := range doc.Tokens {
			if tok.Start < start || tok.End > end {
				t.Fatalf("block [%d,%d) holds token [%d,%d)", start, end, tok.Start, tok.End)
			}
		}
		for _, m := range tg.Tag(&doc) {
			m.Sentence += len(sents)
			m.FirstToken += len(toks)
			m.EndToken += len(toks)
			ms = append(ms, m)
		}
		for _, s := range doc.Sentences {
			s.FirstToken += len(toks)
			s.EndToken += len(toks)
			sents = append(sents, s)
		}
		toks = append(toks, doc.Tokens...)
		start = end
	}
	return toks, sents, ms, blocks
}

func TestResetNext(t *testing.T) {
	tg := testTagger(t)
	oneSentencePerLine := strings.Repeat("Japan and China held talks on Monday.\nBeijing objected, officials said.\n", 20)
	wrapped := strings.Repeat("Freight rates for containers shipped from Asia to the east coast of the United\nStates rose 4% in the week, an industry index showed, the third rise in a row.\n", 10)
	wrappedMidLine := strings.Repeat("Freight rates for containers shipped from Asia to the east coast of the United\nStates rose 4% in the week, an industry index showed, the third rise in a\nrow. ", 10)
	tests := []struct {
		name string
		text string
		// minBlocks is the least number of blocks of 100 bytes the text
		// must be read in: the blocks must be short where they can be.
		minBlocks int
	}{
		{"paragraphs", "Japan, EU seal defence pact\nTokyo and Brussels signed a pact on Friday. China objected.\n\nBeijing said so.", 1},
		// The cue of the Republic of the Congo stands in another block
		// than the shared name: it counts all the same.
		{"cue in another block", "Fighting flared in Congo on Monday.\n\n\n\nOfficials in Brazzaville said the talks would resume.", 1},
		{"CRLF and spaces in blank lines", "Freight rates for containers shipped from Asia to the east coast of the United\nStates rose 4% in the week.\r\n \r\nDr. Smith agreed.\n\n", 1},
		{"leading blank lines, No. over a number", "\n\nA headline over a long line\n\nNo.\n\n10 Downing Street said Britain and France agreed.\n \t\n", 1},
		{"one sentence per line", oneSentencePerLine, 8},
		{"one sentence per CRLF line", strings.ReplaceAll(oneSentencePerLine, "\n", "\r\n"), 8},
		// Wrapped lines: a block ends only at a line that ends a sentence,
		// and where no line does, the block goes on.
		{"wrapped prose", wrapped, 5},
		{"wrapped prose, sentences ending mid-line", wrappedMidLine, 1},
		{"headlines and datelines", strings.Repeat("Japan, EU seal pact\nTOKYO, Feb 21 (Reuters)\nJapan and the EU signed it. Dr.\nSmith\nNo.\n10 said so.\n", 10), 5},
		{"one long line", strings.Repeat("Japan and China held talks. ", 40), 1},
		{"empty", "", 0},
		{"one line break", "\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			whole := NewDocument(tt.text)
			wantMs := tg.Tag(whole)
			for _, size := range []int{0, 1, 10, 40, 100, 1 << 20} {
				toks, sents, ms, blocks := readByBlocks(t, tg, tt.text, size)
				if !slices.Equal(toks, whole.Tokens) || !slices.Equal(sents, whole.Sentences) {
					t.Errorf("blocks of %d bytes:\ntokens %v\nsentences %v\nwant %v\n%v", size, toks, sents, whole.Tokens, whole.Sentences)
				}
				if !slices.Equal(ms, wantMs) {
					t.Errorf("blocks of %d bytes:\nmentions %v\nwant %v", size, mentionLines(ms), mentionLines(wantMs))
				}
				if size == 100 && blocks < tt.minBlocks {
					t.Errorf("blocks of %d bytes: read in %d blocks, want at least %d", size, blocks, tt.minBlocks)
				}
			}
		})
	}
}

func TestParagraphBreak(t *testing.T) {
	for _, tt := range []struct {
		text        string
		from, limit int // limit -1: the text's end
		want        int
	}{
		{"a\n\nb", 0, -1, 1},
		{"a\n\nb", 2, -1, -1}, // the second '\n' starts no blank line
		{"a\r\n\r\nb", 0, -1, 2},
		{"a\n \t\nb", 0, -1, 1},
		{"a\nb\nc", 0, -1, -1},
		{"a\n\n", 0, -1, 1},
		{"", 0, -1, -1},
		{"a\nb\n\nc", 0, 3, -1}, // the blank line starts at the limit
		{"a\nb\n\nc", 0, 4, 3},
	} {
		limit := tt.limit
		if limit < 0 {
			limit = len(tt.text)
		}
		if got := paragraphBreak(tt.text, tt.from, limit); got != tt.want {
			t.Errorf("paragraphBreak(%q, %d, %d) = %d, want %d", tt.text, tt.from, limit, got, tt.want)
		}
	}
}

// TestResetNextRandomLines reads texts made of random lines (long and
// short, ending sentences or not, titles, blank lines) block by block and
// checks that they give the whole text's tokens and sentences: the lines
// are what the sentence splitter looks ahead at, so this is where a block
// cut too close to its end would show.
func TestResetNextRandomLines(t *testing.T) {
	lines := []string{
		"A long headline line that is well over fifty bytes long here",
		"Short dateline",
		"TOKYO, Feb 21 (Reuters)",
		"Japan and China held talks.",
		"the talks went on and on in the capital for another week or",
		"No.",
		"10 Downing Street said so.",
		"Gen.",
		"“We agreed.”",
		"a line that is long and ends a sentence, as lines of prose do.",
		"",
	}
	tg := testTagger(t)
	rng := rand.New(rand.NewPCG(7, 11))
	for range 400 {
		var b strings.Builder
		for range 3 + rng.IntN(25) {
			b.WriteString(lines[rng.IntN(len(lines))])
			if rng.IntN(4) == 0 {
				b.WriteString("\r\n")
			} else {
				b.WriteString("\n")
			}
		}
		text := b.String()
		whole := NewDocument(text)
		for _, size := range []int{1, 7, 30, 80} {
			toks, sents, _, _ := readByBlocks(t, tg, text, size)
			if !slices.Equal(toks, whole.Tokens) || !slices.Equal(sents, whole.Sentences) {
				t.Fatalf("blocks of %d bytes give other tokens or sentences than the whole of:\n%q", size, text)
			}
		}
	}
}
