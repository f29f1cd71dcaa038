package relation_test

import (
	"fmt"
	"log"

	"github.com/geopol/geopol/entity"
	"github.com/geopol/geopol/gazetteer"
	"github.com/geopol/geopol/relation"
)

func Example() {
	g, err := gazetteer.Default()
	if err != nil {
		log.Fatal(err)
	}
	lexicon, err := relation.DefaultLexicon()
	if err != nil {
		log.Fatal(err)
	}
	tagger := entity.NewTagger(g)
	x := relation.NewExtractor(lexicon)

	doc := entity.NewDocument("Egypt will negotiate with Ethiopia over the dam. Canada did not expel any Iranian diplomats.")
	for _, r := range x.Extract(doc, tagger.Tag(doc)) {
		fmt.Println(r.Subject.ID, r.Type, r.Object.ID, r.Modality, "negated:", r.Negated, "trigger:", r.Trigger.Text, "CAMEO", r.CAMEO)
	}
	// Output:
	// EGY negotiate ETH intended negated: false trigger: negotiate CAMEO 046
	// CAN sanction IRN asserted negated: true trigger: expel CAMEO 166
}

func ExampleLoadLexicon() {
	user := relation.Source{Name: "mine.yaml", Data: []byte(`
triggers:
  - type: support
    verbs: [applaud]
    objects: [direct]
`)}
	lexicon, err := relation.LoadLexicon(relation.LexiconOptions{Sources: []relation.Source{user}})
	if err != nil {
		log.Fatal(err)
	}
	g, err := gazetteer.Default()
	if err != nil {
		log.Fatal(err)
	}
	doc := entity.NewDocument("Kenya applauded Ghana's election.")
	for _, r := range relation.NewExtractor(lexicon).Extract(doc, entity.NewTagger(g).Tag(doc)) {
		fmt.Println(r.Subject.ID, r.Type, r.Object.ID)
	}

	// A mistake is reported with its place.
	_, err = relation.LoadLexicon(relation.LexiconOptions{Sources: []relation.Source{{Name: "mine.yaml", Data: []byte("triggers:\n  - type: suport\n    verbs: [applaud]\n")}}})
	fmt.Println(err)
	// Output:
	// KEN support GHA
	// relation: mine.yaml:2:11: unknown relation type "suport"; did you mean "support"?
}

func ExampleType() {
	for _, t := range []relation.Type{relation.Negotiate, relation.ProvideAid, relation.Attack, relation.Ceasefire} {
		fmt.Printf("%-12s %-24q symmetric=%-5t PLOVER=%-8s CAMEO=%s root=%s quad=%d goldstein=%.1f\n",
			t, t.Label(), t.Symmetric(), t.PLOVER(), t.CAMEO(), t.CAMEORoot(), t.QuadClass(), t.Goldstein())
	}
	// Output:
	// negotiate    "negotiates with"        symmetric=true  PLOVER=CONSULT  CAMEO=046 root=04 quad=1 goldstein=7.0
	// provide_aid  "provides aid to"        symmetric=false PLOVER=AID      CAMEO=070 root=07 quad=2 goldstein=7.0
	// attack       "attacks"                symmetric=false PLOVER=ASSAULT  CAMEO=190 root=19 quad=4 goldstein=-10.0
	// ceasefire    "agrees a ceasefire with" symmetric=true  PLOVER=RETREAT  CAMEO=0871 root=08 quad=2 goldstein=9.0
}
