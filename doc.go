// Package geopol reads news articles and returns the geopolitical entities
// in them (countries, territories, blocs, international organisations) and
// the relations between them (who negotiates with, signs with, aids,
// sanctions, threatens, attacks whom), as typed Go values with exact byte
// offsets into the article and CAMEO and PLOVER codes.
//
// The work is done in packages of one stage each:
// [github.com/geopol/geopol/gazetteer] knows names,
// [github.com/geopol/geopol/entity] finds mentions,
// [github.com/geopol/geopol/relation] reads relations and
// [github.com/geopol/geopol/date] reads dates. This package ties them
// together:
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
// # Offsets
//
// Every mention, trigger, evidence span and date carries byte offsets into
// the text exactly as it was given (UTF-8, end exclusive):
// text[Start:End] == Text always holds, also across curly quotes, accents,
// line breaks and invalid UTF-8, which is skipped like whitespace.
//
// # Dates
//
// [Extractor.Extract] reads the article's date from a dateline or a date on
// its first lines; [Extractor.ExtractDated] takes it from the caller. Each
// relation is then dated by the date words of its sentence ("on Monday" →
// the Monday before the article's date), or else by the article's date,
// and says which in DateBasis.
//
// # Output
//
// An [Article] marshals to the JSON document of the project's OUTPUT.md.
// The examples/extract program writes it, and text, JSON Lines, TSV (one
// GDELT-style row per relation), Graphviz DOT and a self-contained HTML
// view.
//
// # Speed and concurrency
//
// An [Extractor] is immutable and safe for concurrent use: build one and
// share it. Only sentences that mention two actors are read for relations.
// A pipeline that reads many articles can reuse one [Article] with
// [Extractor.ExtractInto] to allocate little per article.
//
// # Long texts
//
// Text is read a block of whole lines at a time, each ending at a blank
// line or a line that ends a sentence, where the reading starts afresh, so
// blocks change no result. An [Article] keeps the text's sentences,
// mentions, entities and relations but not its tokens; even so, an Article
// of dense news holds about 8.5 times its text's size.
// [Extractor.Stream] hands over each block's results as it reads them and
// keeps none: a 100 MB text is read with a peak heap of about 1.2 times
// its size, the text included (examples/memory measures both ways).
package geopol
