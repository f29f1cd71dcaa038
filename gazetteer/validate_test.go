package gazetteer

import (
	"errors"
	"testing"
)

// Errors found when the merged entries are checked together.
func TestValidateErrors(t *testing.T) {
	checkErrors(t, []errCase{
		{
			name: "missing kind",
			src:  "entries:\n  - id: JPN\n    name: Japan\n",
			want: "gazetteer: t.yaml:2:5: entry \"JPN\" has no kind; add `kind:` (one of country, territory, bloc, organization, location, shield)",
		},
		{
			name: "missing name",
			src:  "entries:\n  - id: JPN\n    kind: country\n",
			want: "gazetteer: t.yaml:2:5: entry \"JPN\" has no name; add `name:`",
		},
		{
			name: "empty name",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: \"\"\n",
			want: "gazetteer: t.yaml:2:5: entry \"JPN\" has no name; add `name:`",
		},
		{
			name: "name without letters",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: Japan\n    aliases: [\"\u200b\"]\n",
			want: `gazetteer: t.yaml:5:15: name "\u200b" of JPN has no letters or digits to match; remove it`,
		},
		{
			name: "duplicate id in one source",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: Japan\n  - id: JPN\n    kind: country\n    name: Nippon\n",
			want: `gazetteer: t.yaml:5:5: duplicate id "JPN" (first at t.yaml:2:5); merge the two entries into one`,
		},
		{
			name: "one name claimed by two entries",
			src:  "entries:\n  - id: COD\n    kind: country\n    name: DR Congo\n    aliases: [Congo]\n  - id: COG\n    kind: country\n    name: Republic of the Congo\n    aliases: [Congo]\n",
			want: "gazetteer: t.yaml:9:15: name \"Congo\" is claimed by both COD (t.yaml:5:15) and COG; list it under `shared` in one of them to let the article decide, or remove one",
		},
		{
			name: "claimed names fold accents",
			src:  "entries:\n  - {id: TUR, kind: country, name: Türkiye}\n  - {id: XTR, kind: location, name: Turkiye}\n",
			want: "gazetteer: t.yaml:3:37: name \"Turkiye\" is claimed by both TUR (t.yaml:2:36) and XTR; list it under `shared` in one of them to let the article decide, or remove one",
		},
		{
			name: "claimed across forms",
			src:  "entries:\n  - {id: GEO, kind: country, name: Georgia}\n  - {id: us-ga, kind: location, name: State of Georgia, aliases: [Georgia]}\n",
			want: "gazetteer: t.yaml:3:67: name \"Georgia\" is claimed by both GEO (t.yaml:2:36) and us-ga; list it under `shared` in one of them to let the article decide, or remove one",
		},
		{
			name: "shared name owned by no entry",
			src:  "entries:\n  - id: COG\n    kind: country\n    name: Republic of the Congo\n    shared: [Congo]\n",
			want: `gazetteer: t.yaml:2:5: shared name "Congo" of COG is owned by no other entry; list it under aliases instead`,
		},
		{
			name: "member that is no entry",
			src:  "entries:\n  - id: EU\n    kind: bloc\n    name: European Union\n    members: [FRA]\n",
			want: `gazetteer: t.yaml:2:5: member "FRA" of EU is no entry of the gazetteer; add an entry with that id or fix the id`,
		},
		{
			name: "membership cycle",
			src:  "entries:\n  - id: A\n    kind: bloc\n    name: Alpha\n    members: [B]\n  - id: B\n    kind: bloc\n    name: Beta\n    members: [C]\n  - id: C\n    kind: bloc\n    name: Gamma\n    members: [A]\n",
			want: `gazetteer: t.yaml:2:5: membership cycle A → B → C → A; an entry cannot contain itself`,
		},
		{
			name: "member of itself",
			src:  "entries:\n  - {id: A, kind: bloc, name: Alpha, members: [A]}\n",
			want: `gazetteer: t.yaml:2:5: membership cycle A → A; an entry cannot contain itself`,
		},
		{
			name: "remove of an unknown id",
			src:  "entries:\n  - id: JPN\n    remove: true\n",
			want: `gazetteer: t.yaml:2:5: remove: no entry with id "JPN" to remove`,
		},
		{
			name: "several problems, sorted",
			src:  "entries:\n  - {id: B, kind: bloc, name: Beta, members: [X]}\n  - {id: A, name: Alpha}\n",
			want: "gazetteer: t.yaml:2:5: member \"X\" of B is no entry of the gazetteer; add an entry with that id or fix the id\n" +
				"gazetteer: t.yaml:3:5: entry \"A\" has no kind; add `kind:` (one of country, territory, bloc, organization, location, shield)",
		},
	})
}

// Ids must be unique within a source, but a later source may reuse one.
func TestDuplicateAcrossSources(t *testing.T) {
	g, err := load(
		"entries:\n  - {id: JPN, kind: country, name: Japan}\n",
		"entries:\n  - {id: JPN, aliases: [Nippon]}\n",
	)
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := g.Entry("JPN"); len(e.Aliases) != 1 {
		t.Errorf("JPN aliases = %q", e.Aliases)
	}
}

// A name listed twice by one entry, or in two of its lists, is no conflict.
func TestNameRepeatedInOneEntry(t *testing.T) {
	_, err := load("entries:\n  - {id: KOR, kind: country, name: Korea, aliases: [Korea], demonyms: [Korean], cues: [Korea]}\n")
	if err != nil {
		t.Fatal(err)
	}
}

// A shared name's owner reads first; the sharer follows.
func TestSharedValid(t *testing.T) {
	g, err := load("entries:\n" +
		"  - {id: COD, kind: country, name: DR Congo, aliases: [Congo], demonyms: [Congolese]}\n" +
		"  - {id: COG, kind: country, name: Republic of the Congo, shared: [Congo, Congolese], cues: [Brazzaville]}\n")
	if err != nil {
		t.Fatal(err)
	}
	hits := scan(g.Matcher(), "Congolese troops in Congo")
	if len(hits) != 2 || hits[0].String() != "0 9 COD/demonym COG/demonym" || hits[1].String() != "20 25 COD/alias COG/alias" {
		t.Errorf("got %v", hits)
	}
}

// A bloc may hold a bloc; the check is for cycles, not depth.
func TestNestedBlocs(t *testing.T) {
	g, err := load("entries:\n" +
		"  - {id: FRA, kind: country, name: France}\n" +
		"  - {id: EU, kind: bloc, name: European Union, members: [{id: FRA, joined: 1958}]}\n" +
		"  - {id: G20, kind: bloc, name: Group of Twenty, members: [EU, {id: FRA, joined: 1999, left: 2000}]}\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := g.MembersIn("G20", 2010); len(got) != 1 || got[0] != "EU" {
		t.Errorf("MembersIn(G20, 2010) = %q; want [EU]", got)
	}
	if got := g.MembersIn("G20", 0); len(got) != 2 {
		t.Errorf("MembersIn(G20, 0) = %q; want both", got)
	}
	if got := g.MembersIn("NOPE", 0); got != nil {
		t.Errorf("MembersIn(NOPE) = %q; want nil", got)
	}
}

func TestErrorFormat(t *testing.T) {
	for _, tc := range []struct {
		err  *Error
		want string
	}{
		{&Error{Pkg: "gazetteer", File: "w.yaml", Line: 12, Column: 5, Msg: "bad"}, "gazetteer: w.yaml:12:5: bad"},
		{&Error{Pkg: "gazetteer", File: "w.yaml", Msg: "empty file"}, "gazetteer: w.yaml: empty file"},
		{&Error{Pkg: "gazetteer", Msg: "odd"}, "gazetteer: odd"},
	} {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("got %q; want %q", got, tc.want)
		}
	}
	var err error = ErrorList{{Pkg: "gazetteer", File: "a", Line: 1, Column: 1, Msg: "x"}}
	var e *Error
	if !errors.As(err, &e) || e.Msg != "x" {
		t.Errorf("errors.As on a one-error list failed")
	}
}
