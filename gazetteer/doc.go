// Package gazetteer knows the names of geopolitical entities: states,
// territories, blocs, international organisations, the places whose names
// contain or resemble a state's (South China Sea, New Mexico), and the
// bodies whose names merely contain one (Qatar Airways). It loads them from
// YAML, checks them, and compiles a [Matcher] that finds the names in
// tokenized text by longest match.
//
// The shortest useful program loads the embedded default world, which
// holds every UN member state and the entities of geopol's ENTITIES.md:
//
//	g, err := gazetteer.Default()
//	if err != nil {
//		log.Fatal(err)
//	}
//	jpn, _ := g.Entry("JPN")
//	fmt.Println(jpn.Name, jpn.Codes.ISO2) // Japan JP
//
// # Format
//
// A gazetteer file is a YAML mapping with one key, entries, holding a list
// of entries. Each entry names one entity (testdata/sample.yaml is a
// commented example):
//
//	entries:
//	  - id: JPN                 # required: ISO 3166-1 alpha-3 for a country or territory
//	    kind: country           # required: country | territory | bloc | organization | location | shield
//	    name: Japan             # required: the canonical name (form "name")
//	    aliases: [Nippon]       # other names (form "alias")
//	    abbreviations: []       # EU, DRC (form "abbreviation")
//	    demonyms: [Japanese]    # Japanese, Americans (form "demonym")
//	    capitals: [Tokyo]       # capital cities (form "capital")
//	    seats: [Kantei]         # seats of government standing for it (form "seat")
//	    prefixes: []            # combining forms valid only before a dash: Sino (Sino-Japanese)
//	    shared: []              # names another entry owns that may also mean this one
//	    cues: []                # words that, in an article, point to this entry
//	    codes: {iso2: JP, iso3: JPN, numeric: "392", cameo: JPN}
//
//	  - id: EU                  # blocs and organisations list their members
//	    kind: bloc
//	    name: European Union
//	    abbreviations: [EU]
//	    seats: [Brussels]
//	    members:
//	      - {id: FRA, joined: 1958}
//	      - {id: GBR, joined: 1973, left: 2020}   # a member that left
//
//	  - id: SUN                 # dissolved states give the years they existed
//	    kind: country
//	    name: Soviet Union
//	    existed: {from: 1922, to: 1991}
//
//	  - id: south-china-sea     # locations: a lower-case slug
//	    kind: location
//	    name: South China Sea
//
//	  - id: shield-qatar-airways  # shields: "shield-" and a slug
//	    kind: shield
//	    name: Qatar Airways
//
// A shield is no entity: it exists so that longest match swallows the
// state's name inside it. A location is an entity but not an actor (see
// [Kind.IsActor]). YAML aliases (&a, *a) are refused, so that a small file
// cannot expand into a large one.
//
// # Loading and layering
//
// [New] loads the sources of its [Options] in order on top of the default
// world (or of nothing, with Options.NoDefault). Within one source an id is
// unique. An entry whose id an earlier layer already has changes that entry:
//
//   - by default it extends it: its lists are appended, and its kind, name,
//     codes and years are set where given;
//   - with replace: true it replaces the entry whole;
//   - with remove: true (and only the id) it deletes the entry.
//
// For example, a user file that teaches the default world a nickname:
//
//	entries:
//	  - id: JPN
//	    aliases: [Land of the Rising Sun]
//
// [ReadFile] and [ReadSource] read a source; ReadSource and New refuse a
// source over Options.MaxSourceBytes with [ErrTooLarge].
//
// # Matching
//
// A [Matcher] reads text as tokens of the internal tokenizer (the
// [Token] type, shared with the entity package), so a name and its
// occurrence are always cut the same way. [Matcher.Longest] returns the
// longest name starting at a token:
//
//   - Longest match wins: "South China Sea" is one location and holds no
//     mention of China; "Qatar Airways" is a shield and holds no Qatar.
//   - Case is exact, except that an ALL-CAPS text token matches any
//     spelling (headlines: JAPAN), a capitalised text token matches a
//     lower-case name word (Republic Of The Congo), and a capitalised token
//     matches an all-caps abbreviation of four or more letters (Nato,
//     Opec). So "turkey", "us" and "Us" match nothing while "Turkey",
//     "TURKEY", "US" and "U.S." do.
//   - Accents, curly apostrophes and dashes are folded on both sides:
//     Türkiye = Turkiye, Côte d’Ivoire = Côte d'Ivoire.
//   - A name may span one line break, never a blank line.
//   - A prefix matches only when a dash follows it with no space: the Sino
//     of "Sino-Japanese", not a bare "Sino".
//
// Where the text spells a name in the exact case of one of its spellings,
// that spelling's form is reported (NATO the abbreviation, Nato the alias).
//
// A name belongs to one entry. Another entry that the name may also mean
// lists it under shared: "Congo" belongs to the Democratic Republic of the
// Congo (COD), and the Republic of the Congo (COG) shares it. A [Match]
// then has several [Candidate] readings, the owner first; the caller picks
// a later one when the article's cues ([Entry.Cues]; Brazzaville for COG)
// point to it and not to the owner. The entity package counts cues as
// whole words written as in the entry; [Matcher.Cue] matches them by the
// name rules instead, for callers that want case and accent folding.
//
// # Errors
//
// New reports every problem of every source at once, as an [ErrorList]
// sorted by position. Each [Error] says where and what to do:
//
//	gazetteer: world.yaml:12:5: unknown field "alias"; did you mean "aliases"?
//
// Find them with errors.As, or range over the list. Besides YAML syntax and
// unknown fields, New checks that every entry has an id, a known kind and a
// name; that ids are unique within a source; that no name is claimed by
// two entries unless one lists it as shared, and that a shared name has an
// owner; that codes have their ISO shape; that years lie between 1000 and
// 2100 and come in order; that members are entries; and that no
// membership forms a cycle. New never panics on bad input.
//
// # Concurrency
//
// A [Gazetteer] and its [Matcher] are immutable once New returns and safe
// for concurrent use; per-call scratch lives in the call. Building the
// default world takes some tens of milliseconds, so build it once and
// share it. Entries returned by a Gazetteer are shared too: treat them and
// their slices as read-only.
package gazetteer
