// Package geopol reads news articles and returns the geopolitical entities
// in them (countries, territories, blocs, international organisations) and
// the relations between them (who negotiates with, signs with, aids,
// sanctions, threatens, attacks whom), as typed Go values with exact byte
// offsets into the article and CAMEO and PLOVER codes.
//
// The work is done in three packages, one stage each:
// [github.com/geopol/geopol/gazetteer] knows names,
// [github.com/geopol/geopol/entity] finds mentions, and
// [github.com/geopol/geopol/relation] reads relations. This package ties
// them together:
//
//	x, err := geopol.New(geopol.Options{})
//	if err != nil {
//		log.Fatal(err)
//	}
//	a := x.Extract("wire.txt", text)
//	for _, r := range a.Relations {
//		fmt.Println(r.Subject.ID, r.Type.Label(), r.Object.ID)
//	}
//
// An [Article] marshals to the JSON document of the project's OUTPUT.md.
package geopol
