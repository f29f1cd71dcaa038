package relation

import (
	"encoding/json"
	"fmt"
)

// Type is a relation type of RELATIONS.md.
type Type uint8

// The relation types. The zero Type is invalid.
const (
	Negotiate Type = iota + 1
	Meet
	Visit
	SignAgreement
	Cooperate
	ProvideAid
	Support
	Mediate
	Request
	Accuse
	Reject
	Threaten
	Sanction
	Mobilize
	Coerce
	Attack
	Ceasefire
	Concede
)

// QuadClass is the four-way grouping of CAMEO events that GDELT reports.
type QuadClass uint8

// The QuadClasses.
const (
	VerbalCooperation   QuadClass = 1
	MaterialCooperation QuadClass = 2
	VerbalConflict      QuadClass = 3
	MaterialConflict    QuadClass = 4
)

// typeInfo is what a Type knows about itself.
type typeInfo struct {
	name      string // the JSON and lexicon name: negotiate
	label     string // how it reads: negotiates with
	symmetric bool   // no direction
	plover    string // PLOVER event type
	mode      string // PLOVER mode, where one applies
	cameo     string // default CAMEO event code
	quad      QuadClass
	goldstein float64 // Goldstein scale value of the default CAMEO code
}

// types is indexed by Type. CAMEO codes and Goldstein values follow the CAMEO
// 1.1b3 codebook; PLOVER types and modes follow the PLOVER specification as
// RELATIONS.md maps them.
var types = [...]typeInfo{
	Negotiate:     {"negotiate", "negotiates with", true, "CONSULT", "", "046", VerbalCooperation, 7.0},
	Meet:          {"meet", "meets", true, "CONSULT", "", "040", VerbalCooperation, 1.0},
	Visit:         {"visit", "visits", false, "CONSULT", "visit", "042", VerbalCooperation, 1.9},
	SignAgreement: {"sign_agreement", "signs an agreement with", true, "SUPPORT", "diplomatic", "057", VerbalCooperation, 8.0},
	Cooperate:     {"cooperate", "cooperates with", true, "COOPERATE", "", "050", VerbalCooperation, 3.5},
	ProvideAid:    {"provide_aid", "provides aid to", false, "AID", "", "070", MaterialCooperation, 7.0},
	Support:       {"support", "supports", false, "SUPPORT", "", "051", VerbalCooperation, 3.4},
	Mediate:       {"mediate", "mediates for", false, "CONSULT", "third-party", "045", VerbalCooperation, 5.0},
	Request:       {"request", "calls on", false, "REQUEST", "", "020", VerbalCooperation, 3.0},
	Accuse:        {"accuse", "accuses", false, "ACCUSE", "", "112", VerbalConflict, -2.0},
	Reject:        {"reject", "rejects", false, "REJECT", "", "120", VerbalConflict, -4.0},
	Threaten:      {"threaten", "threatens", false, "THREATEN", "", "130", VerbalConflict, -4.4},
	Sanction:      {"sanction", "sanctions", false, "SANCTION", "", "160", MaterialConflict, -4.0},
	Mobilize:      {"mobilize", "mobilises against", false, "MOBILIZE", "", "150", MaterialConflict, -7.2},
	Coerce:        {"coerce", "coerces", false, "COERCE", "", "170", MaterialConflict, -7.0},
	Attack:        {"attack", "attacks", false, "ASSAULT", "", "190", MaterialConflict, -10.0},
	Ceasefire:     {"ceasefire", "agrees a ceasefire with", true, "RETREAT", "ceasefire", "0871", MaterialCooperation, 9.0},
	Concede:       {"concede", "makes a concession to", false, "CONCEDE", "", "080", MaterialCooperation, 5.0},
}

// Types returns every valid Type in the order of RELATIONS.md.
func Types() []Type {
	out := make([]Type, 0, len(types)-1)
	for t := Negotiate; t <= Concede; t++ {
		out = append(out, t)
	}
	return out
}

// ParseType returns the Type named s ("negotiate", "sign_agreement").
func ParseType(s string) (Type, bool) {
	for t := Negotiate; t <= Concede; t++ {
		if types[t].name == s {
			return t, true
		}
	}
	return 0, false
}

func (t Type) info() typeInfo {
	if t < Negotiate || t > Concede {
		return typeInfo{name: fmt.Sprintf("Type(%d)", t)}
	}
	return types[t]
}

// String returns the type's name as JSON and the lexicon write it.
func (t Type) String() string { return t.info().name }

// Label returns how the type reads between two actors ("negotiates with").
func (t Type) Label() string { return t.info().label }

// Symmetric reports whether the type has no direction.
func (t Type) Symmetric() bool { return t.info().symmetric }

// PLOVER returns the PLOVER event type (CONSULT, ASSAULT, ...).
func (t Type) PLOVER() string { return t.info().plover }

// PLOVERMode returns the PLOVER mode where the type implies one ("visit",
// "ceasefire", "third-party"), or "".
func (t Type) PLOVERMode() string { return t.info().mode }

// CAMEO returns the type's default CAMEO event code. A relation may carry a
// more specific code (072 for military aid) chosen by its trigger.
func (t Type) CAMEO() string { return t.info().cameo }

// CAMEORoot returns the two-digit CAMEO root of the default code.
func (t Type) CAMEORoot() string { return CAMEORoot(t.CAMEO()) }

// QuadClass returns the type's GDELT QuadClass.
func (t Type) QuadClass() QuadClass { return t.info().quad }

// Goldstein returns the Goldstein scale value of the default CAMEO code.
func (t Type) Goldstein() float64 { return t.info().goldstein }

// CAMEORoot returns the two-digit root of a CAMEO event code ("072" → "07").
func CAMEORoot(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// MarshalText writes the type's name.
func (t Type) MarshalText() ([]byte, error) {
	if t < Negotiate || t > Concede {
		return nil, fmt.Errorf("relation: invalid type %d", t)
	}
	return []byte(t.String()), nil
}

// UnmarshalText reads a type's name.
func (t *Type) UnmarshalText(b []byte) error {
	v, ok := ParseType(string(b))
	if !ok {
		return fmt.Errorf("relation: unknown relation type %q", b)
	}
	*t = v
	return nil
}

var _ json.Marshaler = Modality(0)

// Modality says whether a relation happened or is intended.
type Modality uint8

// The modalities.
const (
	Asserted Modality = iota // it happened or is happening
	Intended                 // will, plans to, agreed to, decided to, vowed to
)

// String returns "asserted" or "intended".
func (m Modality) String() string {
	if m == Intended {
		return "intended"
	}
	return "asserted"
}

// MarshalJSON writes the modality as a string.
func (m Modality) MarshalJSON() ([]byte, error) { return json.Marshal(m.String()) }
