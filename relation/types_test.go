package relation_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/geopol/geopol/relation"
)

// typeTable is RELATIONS.md's table of types, written out: name, label,
// symmetry, PLOVER type and mode, default CAMEO code, QuadClass and the
// Goldstein value of that code (CAMEO 1.1b3).
var typeTable = []struct {
	typ       relation.Type
	name      string
	label     string
	symmetric bool
	plover    string
	mode      string
	cameo     string
	root      string
	quad      relation.QuadClass
	goldstein float64
}{
	{relation.Negotiate, "negotiate", "negotiates with", true, "CONSULT", "", "046", "04", relation.VerbalCooperation, 7.0},
	{relation.Meet, "meet", "meets", true, "CONSULT", "", "040", "04", relation.VerbalCooperation, 1.0},
	{relation.Visit, "visit", "visits", false, "CONSULT", "visit", "042", "04", relation.VerbalCooperation, 1.9},
	{relation.SignAgreement, "sign_agreement", "signs an agreement with", true, "SUPPORT", "diplomatic", "057", "05", relation.VerbalCooperation, 8.0},
	{relation.Cooperate, "cooperate", "cooperates with", true, "COOPERATE", "", "050", "05", relation.VerbalCooperation, 3.5},
	{relation.ProvideAid, "provide_aid", "provides aid to", false, "AID", "", "070", "07", relation.MaterialCooperation, 7.0},
	{relation.Support, "support", "supports", false, "SUPPORT", "", "051", "05", relation.VerbalCooperation, 3.4},
	{relation.Mediate, "mediate", "mediates for", false, "CONSULT", "third-party", "045", "04", relation.VerbalCooperation, 5.0},
	{relation.Request, "request", "calls on", false, "REQUEST", "", "020", "02", relation.VerbalCooperation, 3.0},
	{relation.Accuse, "accuse", "accuses", false, "ACCUSE", "", "112", "11", relation.VerbalConflict, -2.0},
	{relation.Reject, "reject", "rejects", false, "REJECT", "", "120", "12", relation.VerbalConflict, -4.0},
	{relation.Threaten, "threaten", "threatens", false, "THREATEN", "", "130", "13", relation.VerbalConflict, -4.4},
	{relation.Sanction, "sanction", "sanctions", false, "SANCTION", "", "160", "16", relation.MaterialConflict, -4.0},
	{relation.Mobilize, "mobilize", "mobilises against", false, "MOBILIZE", "", "150", "15", relation.MaterialConflict, -7.2},
	{relation.Coerce, "coerce", "coerces", false, "COERCE", "", "170", "17", relation.MaterialConflict, -7.0},
	{relation.Attack, "attack", "attacks", false, "ASSAULT", "", "190", "19", relation.MaterialConflict, -10.0},
	{relation.Ceasefire, "ceasefire", "agrees a ceasefire with", true, "RETREAT", "ceasefire", "0871", "08", relation.MaterialCooperation, 9.0},
	{relation.Concede, "concede", "makes a concession to", false, "CONCEDE", "", "080", "08", relation.MaterialCooperation, 5.0},
}

func TestTypeTable(t *testing.T) {
	types := relation.Types()
	if len(types) != len(typeTable) {
		t.Fatalf("Types() has %d types, want %d", len(types), len(typeTable))
	}
	for i, w := range typeTable {
		t.Run(w.name, func(t *testing.T) {
			typ := w.typ
			if types[i] != typ {
				t.Errorf("Types()[%d] = %v, want %v (the order of RELATIONS.md)", i, types[i], typ)
			}
			if got := typ.String(); got != w.name {
				t.Errorf("String() = %q, want %q", got, w.name)
			}
			if got, ok := relation.ParseType(w.name); !ok || got != typ {
				t.Errorf("ParseType(%q) = %v, %v", w.name, got, ok)
			}
			if got := typ.Label(); got != w.label {
				t.Errorf("Label() = %q, want %q", got, w.label)
			}
			if got := typ.Symmetric(); got != w.symmetric {
				t.Errorf("Symmetric() = %v, want %v", got, w.symmetric)
			}
			if got := typ.PLOVER(); got != w.plover {
				t.Errorf("PLOVER() = %q, want %q", got, w.plover)
			}
			if got := typ.PLOVERMode(); got != w.mode {
				t.Errorf("PLOVERMode() = %q, want %q", got, w.mode)
			}
			if got := typ.CAMEO(); got != w.cameo {
				t.Errorf("CAMEO() = %q, want %q", got, w.cameo)
			}
			if got := typ.CAMEORoot(); got != w.root {
				t.Errorf("CAMEORoot() = %q, want %q", got, w.root)
			}
			if got := typ.QuadClass(); got != w.quad {
				t.Errorf("QuadClass() = %v, want %v", got, w.quad)
			}
			if got := typ.Goldstein(); got != w.goldstein {
				t.Errorf("Goldstein() = %v, want %v", got, w.goldstein)
			}
			b, err := typ.MarshalText()
			if err != nil || string(b) != w.name {
				t.Errorf("MarshalText() = %q, %v", b, err)
			}
			var back relation.Type
			if err := back.UnmarshalText(b); err != nil || back != typ {
				t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
			}
			j, err := json.Marshal(map[string]relation.Type{"t": typ})
			if err != nil || string(j) != `{"t":"`+w.name+`"}` {
				t.Errorf("json.Marshal = %s, %v", j, err)
			}
		})
	}
}

func TestInvalidType(t *testing.T) {
	for _, typ := range []relation.Type{0, relation.Concede + 1, 255} {
		if _, err := typ.MarshalText(); err == nil {
			t.Errorf("Type(%d).MarshalText: no error", typ)
		}
		if _, err := json.Marshal(typ); err == nil {
			t.Errorf("json.Marshal(Type(%d)): no error", typ)
		}
		if s := typ.String(); !strings.HasPrefix(s, "Type(") {
			t.Errorf("Type(%d).String() = %q, want Type(n)", typ, s)
		}
		if typ.Label() != "" || typ.PLOVER() != "" || typ.CAMEO() != "" || typ.Symmetric() || typ.QuadClass() != 0 || typ.Goldstein() != 0 {
			t.Errorf("Type(%d) has codes", typ)
		}
	}
	for _, s := range []string{"", "Negotiate", "sign", "sign-agreement", " meet", "Type(1)"} {
		if typ, ok := relation.ParseType(s); ok {
			t.Errorf("ParseType(%q) = %v, want not ok", s, typ)
		}
		var typ relation.Type
		err := typ.UnmarshalText([]byte(s))
		if err == nil {
			t.Errorf("UnmarshalText(%q): no error", s)
			continue
		}
		if want := "relation: unknown relation type " + `"` + s + `"`; err.Error() != want && s != " meet" {
			t.Errorf("UnmarshalText(%q) = %q, want %q", s, err, want)
		}
		if typ != 0 {
			t.Errorf("UnmarshalText(%q) changed the type to %v", s, typ)
		}
	}
	var typ relation.Type
	if err := json.Unmarshal([]byte(`"attack"`), &typ); err != nil || typ != relation.Attack {
		t.Errorf("json.Unmarshal(attack) = %v, %v", typ, err)
	}
}

func TestCAMEORoot(t *testing.T) {
	for code, want := range map[string]string{"072": "07", "0871": "08", "19": "19", "1": "1", "": ""} {
		if got := relation.CAMEORoot(code); got != want {
			t.Errorf("CAMEORoot(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestModality(t *testing.T) {
	for m, want := range map[relation.Modality]string{relation.Asserted: "asserted", relation.Intended: "intended"} {
		if m.String() != want {
			t.Errorf("%d.String() = %q, want %q", m, m.String(), want)
		}
		if b, err := json.Marshal(m); err != nil || string(b) != `"`+want+`"` {
			t.Errorf("json.Marshal(%s) = %s, %v", want, b, err)
		}
	}
}

// TestRelationJSON checks the JSON form of OUTPUT.md.
func TestRelationJSON(t *testing.T) {
	_, _, rels := extract(t, "Canada did not expel any Iranian diplomats.")
	if len(rels) != 1 {
		t.Fatalf("got %d relations, want 1", len(rels))
	}
	b, err := json.Marshal(rels[0])
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"type":"sanction","subject":"CAN","object":"IRN","negated":true,"modality":"asserted",` +
		`"trigger":{"text":"expel","start":15,"end":20},"sentence":0,"evidence":{"start":0,"end":43},` +
		`"plover":"SANCTION","cameo":"166","topics":["diplomatic"],` +
		`"subject_mention":{"text":"Canada","start":0,"end":6},"object_mention":{"text":"Iranian","start":25,"end":32},` +
		`"quad_class":4,"goldstein":-4}`
	if string(b) != want {
		t.Errorf("JSON\n got  %s\n want %s", b, want)
	}
}
