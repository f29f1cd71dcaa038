package gazetteer_test

import (
	"errors"
	"fmt"
	"log"

	"github.com/geopol/geopol/gazetteer"
)

func Example() {
	g, err := gazetteer.Default()
	if err != nil {
		log.Fatal(err)
	}
	jpn, _ := g.Entry("JPN")
	fmt.Println(jpn.Name, jpn.Kind)
	fmt.Println(jpn.Codes.ISO2, jpn.Codes.ISO3, jpn.Codes.Numeric, jpn.Codes.CAMEO)
	// Output:
	// Japan country
	// JP JPN 392 JPN
}

func ExampleNew() {
	user := gazetteer.Source{Name: "user.yaml", Data: []byte(`
entries:
  - id: ruritania          # a new entry
    kind: location
    name: Ruritania
    aliases: [Kingdom of Ruritania]
  - id: JPN                # an existing id: extends Japan
    aliases: [Land of the Rising Sun]
`)}
	g, err := gazetteer.New(gazetteer.Options{Sources: []gazetteer.Source{user}})
	if err != nil {
		log.Fatal(err)
	}
	r, _ := g.Entry("ruritania")
	fmt.Println(r.Name, r.Kind, r.Aliases)
	jpn, _ := g.Entry("JPN")
	fmt.Println(jpn.Name, jpn.Aliases[len(jpn.Aliases)-1])
	// Output:
	// Ruritania location [Kingdom of Ruritania]
	// Japan Land of the Rising Sun
}

func ExampleNew_errors() {
	broken := gazetteer.Source{Name: "broken.yaml", Data: []byte(`entries:
  - id: ruritania
    kind: kingdom
    name: Ruritania
    alias: [Ruritanian Kingdom]
  - kind: location
    name: Graustark
`)}
	_, err := gazetteer.New(gazetteer.Options{NoDefault: true, Sources: []gazetteer.Source{broken}})
	var list gazetteer.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Println(e)
		}
	}
	// Output:
	// gazetteer: broken.yaml:3:11: unknown kind "kingdom"; use one of country, territory, bloc, organization, location, shield
	// gazetteer: broken.yaml:5:5: unknown field "alias"; did you mean "aliases"?
	// gazetteer: broken.yaml:6:5: entry has no id; add `id:` (ISO alpha-3 for a country or territory, a slug for a location)
}
