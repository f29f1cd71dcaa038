package prosetag_test

import (
	"strings"
	"testing"

	"github.com/geopol/geopol/relation/prosetag"
)

func TestTag(t *testing.T) {
	tg := prosetag.New()
	for _, tc := range []struct {
		sentence string
		word     int
		prefix   string
	}{
		{"The EU will sanction Iran over its nuclear programme .", 3, "VB"},
		{"EU sanctions on Iran were extended .", 1, "NN"},
		{"Japan and China held talks in Tokyo .", 4, "NN"},
	} {
		words := strings.Fields(tc.sentence)
		tags := tg.Tag(words)
		if len(tags) != len(words) {
			t.Fatalf("%q: %d tags for %d words", tc.sentence, len(tags), len(words))
		}
		if !strings.HasPrefix(tags[tc.word], tc.prefix) {
			t.Errorf("%q: %q tagged %q, want %s*", tc.sentence, words[tc.word], tags[tc.word], tc.prefix)
		}
	}
	// Words prose splits differently get no tag but keep the alignment.
	words := []string{"U.S.", "-", "led", "talks", "began", "."}
	if tags := tg.Tag(words); len(tags) != len(words) || tags[4] == "" {
		t.Errorf("%q: tags %q", words, tags)
	}
	if tags := tg.Tag(nil); len(tags) != 0 {
		t.Errorf("no words: %q", tags)
	}
}
