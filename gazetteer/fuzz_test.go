package gazetteer

import (
	"os"
	"testing"
)

// FuzzNew feeds arbitrary bytes to New as the only source. New must not
// panic, must return exactly one of a gazetteer and an error, and a
// gazetteer it returns must be consistent and usable.
func FuzzNew(f *testing.F) {
	if sample, err := os.ReadFile("testdata/sample.yaml"); err == nil {
		f.Add(sample)
	}
	for _, s := range []string{
		"",
		"entries: []\n",
		"entries:\n  - {id: JPN, kind: country, name: Japan, aliases: [Nippon], codes: {iso2: JP, iso3: JPN, numeric: \"392\"}}\n",
		"entries:\n  - {id: COD, kind: country, name: DR Congo, aliases: [Congo]}\n  - {id: COG, kind: country, name: Republic of the Congo, shared: [Congo], cues: [Brazzaville]}\n",
		"entries:\n  - {id: CHN, kind: country, name: China, prefixes: [Sino]}\n",
		"entries:\n  - {id: A, kind: bloc, name: A, members: [B]}\n  - {id: B, kind: bloc, name: B, members: [{id: A, joined: 1990, left: 1980}]}\n",
		"entries:\n  - id: JPN\n    kind: country\n    name: &n Japan\n    aliases: [*n]\n",
		"entries:\n  - id: JPN\n   kind: country\n",
		"entries: &a [*a]\n",
		"entries:\n  - {id: X, remove: true}\n  - {id: X, replace: true}\n",
		"entries:\n  - {id: X, kind: location, name: \"\\u200b\"}\n",
		"\xff\xfe\x00entries",
		"[[[[[[[[[[",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := New(Options{NoDefault: true, Sources: []Source{{Name: "f.yaml", Data: data}}})
		if (g == nil) == (err == nil) {
			t.Fatalf("New returned gazetteer %v and error %v", g != nil, err)
		}
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		n := 0
		for e := range g.All() {
			n++
			if got, ok := g.Entry(e.ID); !ok || got != e {
				t.Fatalf("Entry(%q) does not return the entry All yields", e.ID)
			}
			if e.Name == "" || e.Kind == "" {
				t.Fatalf("entry %q without name or kind", e.ID)
			}
			for _, m := range e.Members {
				if _, ok := g.Entry(m.ID); !ok {
					t.Fatalf("member %q of %q is no entry", m.ID, e.ID)
				}
			}
			scan(g.Matcher(), e.Name)
		}
		if n != g.Len() {
			t.Fatalf("All yields %d entries; Len is %d", n, g.Len())
		}
		// The matcher stays in bounds and in order over any text.
		text := string(data)
		last := 0
		for _, h := range scan(g.Matcher(), text) {
			if h.start < last || h.end > len(text) || h.start >= h.end || len(h.ids) == 0 {
				t.Fatalf("match %v out of bounds or order (previous end %d)", h, last)
			}
			last = h.end
		}
	})
}
