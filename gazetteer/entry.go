package gazetteer

// Kind is what sort of entity an entry names.
type Kind string

// The kinds of entry. Country, Territory, Bloc and Organization are actors;
// Location names a place that contains or resembles a country's name; Shield
// names a body (an airline, a broadcaster, a bank) whose name contains a
// country's and which is no mention of it: it only exists so that longest
// match swallows the country name inside it.
const (
	Country      Kind = "country"
	Territory    Kind = "territory"
	Bloc         Kind = "bloc"
	Organization Kind = "organization"
	Location     Kind = "location"
	Shield       Kind = "shield"
)

// kinds lists the valid kinds in the order the docs give them.
var kinds = []Kind{Country, Territory, Bloc, Organization, Location, Shield}

// IsActor reports whether entities of kind k can be parties to a relation.
func (k Kind) IsActor() bool {
	return k == Country || k == Territory || k == Bloc || k == Organization
}

// Form is how a mention names its entity.
type Form string

// The mention forms of ENTITIES.md. Prefixes (Sino- in Sino-Japanese) are
// reported as FormAlias.
const (
	FormName         Form = "name"
	FormAlias        Form = "alias"
	FormAbbreviation Form = "abbreviation"
	FormDemonym      Form = "demonym"
	FormCapital      Form = "capital"
	FormSeat         Form = "seat"
)

// Entry is one entity of the gazetteer. Entries returned by a Gazetteer are
// shared: treat them, and their slices, as read-only.
type Entry struct {
	ID            string       // canonical ID: ISO alpha-3, EU, south-china-sea
	Kind          Kind         // what it is
	Name          string       // canonical name
	Aliases       []string     // other names
	Abbreviations []string     // short forms, matched in exact case (EU, DRC)
	Demonyms      []string     // adjective and people forms (Japanese; American, Americans)
	Capitals      []string     // capital cities standing for the state
	Seats         []string     // seats of government standing for it (Kremlin, Brussels for the EU)
	Prefixes      []string     // combining forms valid only before a hyphen (Sino)
	Shared        []string     // names another entry owns that may also mean this one
	Cues          []string     // words that, in an article, point to this entry for a shared name
	Codes         Codes        // ISO 3166 and CAMEO codes
	Members       []Membership // for blocs and organisations: member entries
	Existed       *Years       // for dissolved states: the years they existed
}

// Codes are an entry's standard codes; any may be empty.
type Codes struct {
	ISO2    string // ISO 3166-1 alpha-2 (JP)
	ISO3    string // ISO 3166-1 alpha-3 (JPN)
	Numeric string // ISO 3166-1 numeric, three digits (392)
	CAMEO   string // CAMEO actor code (JPN; USR for the Soviet Union)
}

// Membership is an entry's membership of a bloc or organisation.
// Left is 0 for a current member; Joined is 0 where unknown.
type Membership struct {
	ID     string
	Joined int
	Left   int
}

// Years is a span of years, both ends included.
type Years struct {
	From, To int
}

// MemberIn reports whether m was a member at some point of year.
func (m Membership) MemberIn(year int) bool {
	return (m.Joined == 0 || m.Joined <= year) && (m.Left == 0 || year <= m.Left)
}

// names calls f for every name of e that the matcher looks for, with its form.
// Shared names are not included: they are found through their owner.
func (e *Entry) names(f func(name string, form Form)) {
	if e.Name != "" {
		f(e.Name, FormName)
	}
	for _, s := range e.Aliases {
		f(s, FormAlias)
	}
	for _, s := range e.Abbreviations {
		f(s, FormAbbreviation)
	}
	for _, s := range e.Demonyms {
		f(s, FormDemonym)
	}
	for _, s := range e.Capitals {
		f(s, FormCapital)
	}
	for _, s := range e.Seats {
		f(s, FormSeat)
	}
	for _, s := range e.Prefixes {
		f(s, FormAlias)
	}
}
