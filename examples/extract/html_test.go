package main

import (
	"strings"
	"testing"
)

func TestHTMLToText(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"plain", "Japan and China", "Japan and China"},
		{"inline tags", "<b>Japan</b> and <a href='x>y'>China</a>", "Japan and China"},
		{"blocks", "<h1>Title</h1><p>One.</p>\n<p>Two.</p>", "Title\n\nOne.\n\nTwo."},
		{"br", "line one<br>line two<br/>", "line one\nline two"},
		{"white space", "  Japan\n\t and   China  ", "Japan and China"},
		{"references", "China&#8217;s &amp; Japan&rsquo;s &eacute;lite &#x41;", "China’s & Japan’s élite A"},
		{"legacy reference", "&copy2024 &amp &notaref; & x", "©2024 & ¬aref; & x"}, // as browsers read it,
		{"script and style", "a<script>var x = '</p>';</script>b<style>p{}</style>c<SCRIPT>y</SCRIPT>d", "abcd"},
		{"comment", "a<!-- <p>China</p> -->b", "ab"},
		{"doctype", "<!DOCTYPE html><?xml x?>Japan", "Japan"},
		{"less than", "a < b <3", "a < b <3"},
		{"unclosed tag", "Japan <p class=", "Japan"},
		{"unclosed script", "Japan<script>China", "Japan"},
		// Invalid UTF-8 inside a script must not shift the search for its
		// end tag (a fuzzing find: it panicked).
		{"invalid UTF-8 in script", "a<sCript>\xda\xda\xda</sCript>b<script>\xff</SCRIPT >c", "abc"},
		{"end tag that only starts like one", "a<script></scripts>x</script>b", "ab"},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := htmlToText(tc.src)
			if h.Text != tc.want {
				t.Errorf("htmlToText(%q) = %q, want %q", tc.src, h.Text, tc.want)
			}
			checkMap(t, tc.src, h)
		})
	}
}

// checkMap checks the invariants of the offset map: one span per view
// byte, in bounds, in order, and plain bytes mapped to themselves.
func checkMap(t *testing.T, src string, h *htmlText) {
	t.Helper()
	if len(h.from) != len(h.Text) || len(h.to) != len(h.Text) {
		t.Fatalf("map has %d/%d entries for %d bytes", len(h.from), len(h.to), len(h.Text))
	}
	for i := range h.Text {
		if h.from[i] < 0 || h.from[i] >= h.to[i] || h.to[i] > len(src) {
			t.Fatalf("view byte %d maps to [%d,%d), outside %d bytes", i, h.from[i], h.to[i], len(src))
		}
		if i > 0 && (h.from[i] < h.from[i-1] || h.to[i] < h.to[i-1]) {
			t.Fatalf("view byte %d maps to [%d,%d), before byte %d's [%d,%d)", i, h.from[i], h.to[i], i-1, h.from[i-1], h.to[i-1])
		}
		if h.to[i]-h.from[i] == 1 && src[h.from[i]] != h.Text[i] && !isHTMLSpace(src[h.from[i]]) && src[h.from[i]] != '<' {
			t.Fatalf("view byte %d %q maps to %q", i, h.Text[i], src[h.from[i]])
		}
	}
}

func TestHTMLSpan(t *testing.T) {
	src := "<p>The <b>European Union</b> and China&#8217;s\n  navy.</p>"
	h := htmlToText(src)
	if want := "The European Union and China’s navy."; h.Text != want {
		t.Fatalf("view %q, want %q", h.Text, want)
	}
	for _, tc := range []struct {
		view     string // a substring of the view
		wantOrig string // the original span it maps to
	}{
		{"European Union", "European Union"},
		{"China", "China"},
		{"China’s", "China&#8217;s"},
		{"’", "&#8217;"},
		{"s navy", "s\n  navy"},
		{"The European", "The <b>European"},
		{"Union and", "Union</b> and"},
		{"navy.", "navy."},
	} {
		i := strings.Index(h.Text, tc.view)
		s, e := h.Span(i, i+len(tc.view))
		if got := src[s:e]; got != tc.wantOrig {
			t.Errorf("Span of %q = [%d,%d) %q, want %q", tc.view, s, e, got, tc.wantOrig)
		}
	}
	if s, e := h.Span(4, 4); s != e || s != strings.Index(src, "European") {
		t.Errorf("empty span at 4 = [%d,%d)", s, e)
	}
	if s, e := h.Span(len(h.Text), len(h.Text)); s != len(src) || e != len(src) {
		t.Errorf("empty span at the end = [%d,%d), want [%d,%d)", s, e, len(src), len(src))
	}
}

func TestDecodeReference(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"&amp;x", 5, "&"},
		{"&amp x", 4, "&"},
		{"&#8217;s", 7, "’"},
		{"&#8217s", 6, "’"},
		{"&#x2019;", 8, "’"},
		{"&#x35;", 6, "5"},
		{"&#53", 4, "5"},
		{"&copy2024", 5, "©"},
		{"&nosuch;", 0, ""},
		{"& x", 0, ""},
		{"&", 0, ""},
		{"&#;", 0, ""},
	} {
		n, got := decodeReference(tc.in)
		if n != tc.n || got != tc.want {
			t.Errorf("decodeReference(%q) = %d, %q; want %d, %q", tc.in, n, got, tc.n, tc.want)
		}
	}
}

func FuzzHTMLToText(f *testing.F) {
	for _, s := range []string{"<p>Japan &amp; China</p>", "a<script>b</script>c", "&#8217;&copy2024<br>x", "<!-- x", "<a href='>'>y</a>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		h := htmlToText(src)
		if len(h.from) != len(h.Text) || len(h.to) != len(h.Text) {
			t.Fatalf("map has %d/%d entries for %d bytes", len(h.from), len(h.to), len(h.Text))
		}
		for i := range h.Text {
			if h.from[i] < 0 || h.from[i] >= h.to[i] || h.to[i] > len(src) ||
				i > 0 && (h.from[i] < h.from[i-1] || h.to[i] < h.to[i-1]) {
				t.Fatalf("view byte %d maps to [%d,%d)", i, h.from[i], h.to[i])
			}
		}
	})
}
