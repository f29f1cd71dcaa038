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
