package relation_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/geopol/geopol/relation"
)

func FuzzExtract(f *testing.F) {
	for _, path := range articlePaths(f) {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	for _, g := range append(append([]caseGroup{}, typeCases...), ruleCases...) {
		for _, c := range g.cases {
			f.Add(c.text)
		}
	}
	for _, s := range []string{
		"", " ", "Japan", "EU-Japan-China-Korea talks", "Japan and Japan met.", "refused to to to sign Japan China",
		"Japan , , and China", "Japan and China?", "JAPAN CHINA TALKS", "Japan\x00China\xffsigned",
		"Japan's China's Korea's sanctions by by by India", "… Japan — China – Korea -- talks",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, ms, rels := extract(t, text)
		checkRelations(t, text, doc.Sentences, ms, rels)
		_, _, again := extract(t, text)
		if fmt.Sprint(rels) != fmt.Sprint(again) {
			t.Errorf("same input, different output:\n%v\n%v", rels, again)
		}
	})
}

func FuzzLoadLexicon(f *testing.F) {
	data, err := os.ReadFile("lexicon.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	for _, s := range []string{
		"", "triggers:", "triggers: []", "triggers:\n  - type: meet\n    verbs: [greet]\n",
		"triggers:\n  - type: meet\n    verbs: [\"...\"]\n", "triggers:\n  - type: meet\n    nouns: [\"a ... ...\"]\n",
		"a: &a [*a]", "triggers: &x\n  - *x\n", "irregular:\n  go: [went]\n", "markers:\n  negation: [\"\"]\n",
		"topics:\n  x: [~]\n", "triggers:\n  - type: meet\n    phrases: [\"|\", \"...\"]\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := relation.LoadLexicon(relation.LexiconOptions{NoDefault: true, Sources: []relation.Source{{Name: "fuzz.yaml", Data: data}}})
		if err != nil {
			return
		}
		// A lexicon that loads must also read text.
		doc, ms, _ := extract(t, "Japan met China and signed a deal with Korea. The EU urged Russia to talk.")
		rels := relation.NewExtractor(l).Extract(doc, ms)
		checkRelations(t, doc.Text, doc.Sentences, ms, rels)
	})
}
