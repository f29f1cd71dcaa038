package geopol_test

import (
	"fmt"
	"log"

	"github.com/geopol/geopol"
)

func ExampleExtractor_Extract() {
	x, err := geopol.New(geopol.Options{}) // build once, share between goroutines
	if err != nil {
		log.Fatal(err)
	}
	a := x.Extract("wire", "Tokyo and Brussels signed the accord in Osaka. Beijing accused Manila of provoking a clash near the shoal.")
	for _, e := range a.Entities {
		fmt.Printf("%s %s %q\n", e.ID, e.Kind, e.Mentions[0].Text)
	}
	for _, r := range a.Relations {
		fmt.Printf("%s %s %s (CAMEO %s, %s)\n", r.Subject.ID, r.Type.Label(), r.Object.ID, r.CAMEO, r.PLOVER)
	}
	// Output:
	// JPN country "Tokyo"
	// EU bloc "Brussels"
	// CHN country "Beijing"
	// PHL country "Manila"
	// JPN signs an agreement with EU (CAMEO 057, SUPPORT)
	// CHN accuses PHL (CAMEO 112, ACCUSE)
}

// Stream reads a long text a block of paragraphs at a time: its memory is
// the text's and one block's, whatever the text's size. Offsets and
// sentence numbers count from the start of the whole text.
func ExampleExtractor_Stream() {
	x, err := geopol.New(geopol.Options{})
	if err != nil {
		log.Fatal(err)
	}
	text := "Japan and China held talks on Monday.\n\n" +
		"Brazzaville said Congo would sign the accord with Rwanda.\n\n" +
		"Russia sanctioned Estonia."
	err = x.Stream(text, geopol.StreamOptions{BlockSize: 1}, func(b *geopol.Block) error {
		for _, r := range b.Relations {
			fmt.Printf("sentence %d, bytes %d-%d: %s %s %s\n", r.Sentence, r.Trigger.Start, r.Trigger.End, r.Subject.ID, r.Type, r.Object.ID)
		}
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// sentence 0, bytes 16-26: JPN meet CHN
	// sentence 1, bytes 68-83: COG sign_agreement RWA
	// sentence 2, bytes 105-115: RUS sanction EST
}
