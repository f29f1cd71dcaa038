package entity

import (
	"os"
	"slices"
	"testing"
)

// FuzzTag checks the invariants of splitting and tagging on any text: no
// panic; tokens and sentences in bounds and in order; every mention inside
// its sentence with text[Start:End] == Text; the same output every time,
// whether the text is read whole or block by block (ResetNext).
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"",
		"Japan, EU seal pact\nTokyo and Brussels signed it. Beijing objected.",
		"the coast of the United\nStates rose 4% in the week, an industry index showed, the third",
		"China's Japan’s Solomon Islands' EU-Japan India–Pakistan U.S.-led Sino-Japanese Indo-Pacific",
		"Fighting in Congo. Brazzaville said. Korea, Pyongyang. Georgia, Atlanta.",
		"Qatar Airways, Bank of Japan, South China Sea, Papua New Guinea, Guinea-Bissau.",
		"Côte d’Ivoire Türkiye TÜRKİYE turkey us Us US U.S.",
		"The European Union (EU) decided.\r\n\r\nDr. Smith, No. 10, 3.5, J. Smith.",
		"a\xffb\x00c\ufeffd\u2028e",
		"Sino-", "U.S", "United\n\nStates", "“Yes.” (No.)",
	} {
		f.Add(s)
	}
	if paths, err := os.ReadDir(articlesDir); err == nil {
		for _, e := range paths {
			if data, err := os.ReadFile(articlesDir + "/" + e.Name()); err == nil && len(data) < 4096 {
				f.Add(string(data))
			}
		}
	}
	tg := testTagger(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc := NewDocument(text)
		checkTokenSpans(t, doc)
		checkSentences(t, doc)
		ms := tg.Tag(doc)
		checkMentions(t, doc, ms)

		// Same input, same output, also through a reused Document.
		again := NewDocument("Japan and China met. Korea did not.")
		again.Reset(text)
		if !slices.Equal(again.Tokens, doc.Tokens) || !slices.Equal(again.Sentences, doc.Sentences) {
			t.Fatalf("Reset gives other tokens or sentences than NewDocument")
		}
		if got := mentionLines(tg.Tag(again)); !slices.Equal(got, mentionLines(ms)) {
			t.Fatalf("second Tag differs:\n got %q\nwant %q", got, mentionLines(ms))
		}

		// Read block by block, it gives the same as read whole.
		for _, size := range []int{1, 17} {
			toks, sents, byRange, _ := readByBlocks(t, tg, text, size)
			if !slices.Equal(toks, doc.Tokens) || !slices.Equal(sents, doc.Sentences) || !slices.Equal(byRange, ms) {
				t.Fatalf("read in blocks of %d bytes, the text gives other tokens, sentences or mentions", size)
			}
		}
	})
}

// checkTokenSpans checks that the tokens of doc are non-empty, in bounds,
// ordered and non-overlapping.
func checkTokenSpans(t *testing.T, doc *Document) {
	t.Helper()
	prev := 0
	for i, tok := range doc.Tokens {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(doc.Text) {
			t.Fatalf("token %d [%d,%d) out of order, empty or out of bounds (previous end %d, len %d)", i, tok.Start, tok.End, prev, len(doc.Text))
		}
		prev = tok.End
	}
}
