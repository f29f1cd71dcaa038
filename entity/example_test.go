package entity_test

import (
	"fmt"
	"log"

	"github.com/geopol/geopol/entity"
	"github.com/geopol/geopol/gazetteer"
)

func Example() {
	g, err := gazetteer.Default()
	if err != nil {
		log.Fatal(err)
	}
	tagger := entity.NewTagger(g) // build once, share between goroutines

	doc := entity.NewDocument("The European Union (EU) opened talks with Japan’s government. Tokyo welcomed the EU-Japan deal.")
	for _, m := range tagger.Tag(doc) {
		fmt.Printf("%d %d %d %s %s %s %q\n", m.Start, m.End, m.Sentence, m.Kind, m.ID, m.Form, m.Text)
	}
	// Output:
	// 4 18 0 bloc EU name "European Union"
	// 20 22 0 bloc EU abbreviation "EU"
	// 42 47 0 country JPN name "Japan"
	// 64 69 1 country JPN capital "Tokyo"
	// 83 85 1 bloc EU abbreviation "EU"
	// 86 91 1 country JPN name "Japan"
}

func ExampleGroup() {
	g, err := gazetteer.Default()
	if err != nil {
		log.Fatal(err)
	}
	tagger := entity.NewTagger(g)

	doc := entity.NewDocument("Beijing criticised the pact. China said Tokyo and Brussels were wrong. Japan disagreed.")
	for _, e := range entity.Group(tagger.Tag(doc)) {
		fmt.Printf("%s (%s, %s):", e.ID, e.Kind, e.Name)
		for _, m := range e.Mentions {
			fmt.Printf(" %s[%d]", m.Text, m.Sentence)
		}
		fmt.Println()
	}
	// Output:
	// CHN (country, China): Beijing[0] China[1]
	// JPN (country, Japan): Tokyo[1] Japan[2]
	// EU (bloc, European Union): Brussels[1]
}

// A long text read block by block: offsets are into the whole text, and
// only one block's tokens are held at a time.
func ExampleDocument_ResetNext() {
	g, err := gazetteer.Default()
	if err != nil {
		log.Fatal(err)
	}
	tagger := entity.NewTagger(g)
	text := "Japan and China held talks.\nKenya hosted Uganda.\nEgypt thanked Sudan.\nIndia met Nepal.\n\nPeru thanked Chile.\n"
	var doc entity.Document
	for start := 0; start < len(text); {
		end := doc.ResetNext(text, start, 10) // blocks of about 10 bytes, for the example
		fmt.Printf("block [%d,%d): %d sentences:", start, end, len(doc.Sentences))
		for _, m := range tagger.Tag(&doc) {
			fmt.Printf(" %s@%d", m.ID, m.Start)
		}
		fmt.Println()
		start = end
	}
	// Output:
	// block [0,27): 1 sentences: JPN@0 CHN@10
	// block [27,48): 1 sentences: KEN@28 UGA@41
	// block [48,86): 2 sentences: EGY@49 SDN@63 IND@70 NPL@80
	// block [86,108): 1 sentences: PER@88 CHL@101
}
