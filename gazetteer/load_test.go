package gazetteer

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// load builds a gazetteer from inline YAML sources named t.yaml, u.yaml, ...
// without the default world.
func load(srcs ...string) (*Gazetteer, error) {
	return New(Options{NoDefault: true, Sources: sources(srcs...)})
}

func sources(srcs ...string) []Source {
	out := make([]Source, len(srcs))
	for i, s := range srcs {
		out[i] = Source{Name: string(rune('t'+i)) + ".yaml", Data: []byte(s)}
	}
	return out
}

// errCase is one broken source and the exact error New must return.
type errCase struct {
	name string
	src  string
	want string
}

// checkErrors runs New on each case and compares the whole error text.
func checkErrors(t *testing.T, cases []errCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g, err := load(tc.src)
			if err == nil {
				t.Fatalf("New succeeded (%d entries); want error\n%s", g.Len(), tc.want)
			}
			if g != nil {
				t.Errorf("New returned a gazetteer with its error")
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("error mismatch\ngot:  %s\nwant: %s", got, tc.want)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("errors.As(%T, *Error) = false", err)
			}
			if e.Pkg != "gazetteer" || e.File != "t.yaml" {
				t.Errorf("first error is from %q in %q; want gazetteer, t.yaml", e.Pkg, e.File)
			}
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("errors.As(%T, ErrorList) = false", err)
			}
		})
	}
}

// Errors found while decoding one source.
func TestLoadErrors(t *testing.T) {
	checkErrors(t, []errCase{
		{
			name: "unknown field with suggestion",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: Japan\n    alias: [Nippon]\n",
			want: `gazetteer: t.yaml:5:5: unknown field "alias"; did you mean "aliases"?`,
		},
		{
			name: "unknown field without suggestion",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: Japan\n    colours: [red]\n",
			want: `gazetteer: t.yaml:5:5: unknown field "colours"; known fields are id, kind, name, aliases, abbreviations, demonyms, capitals, seats, prefixes, shared, cues, codes, members, existed, replace, remove`,
		},
		{
			name: "unknown field in codes",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: Japan\n    codes: {iso: JP}\n",
			want: `gazetteer: t.yaml:5:13: unknown field "iso"; did you mean "iso2"?`,
		},
		{
			name: "unknown top-level field",
			src:  "entires:\n  - id: JPN\n",
			want: "gazetteer: t.yaml:1:1: unknown field \"entires\"; did you mean \"entries\"?\n" +
				"gazetteer: t.yaml:1:1: no `entries:` list; put the entries under `entries:`",
		},
		{
			name: "field given twice",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: Japan\n    name: Nippon\n",
			want: `gazetteer: t.yaml:5:5: field "name" given twice; keep one`,
		},
		{
			name: "missing id",
			src:  "entries:\n  - kind: country\n    name: Japan\n",
			want: "gazetteer: t.yaml:2:5: entry has no id; add `id:` (ISO alpha-3 for a country or territory, a slug for a location)",
		},
		{
			name: "empty id",
			src:  "entries:\n  - id: \"\"\n    kind: country\n    name: Japan\n",
			want: "gazetteer: t.yaml:2:5: entry has no id; add `id:` (ISO alpha-3 for a country or territory, a slug for a location)",
		},
		{
			name: "unknown kind",
			src:  "entries:\n  - id: JPN\n    kind: nation\n    name: Japan\n",
			want: `gazetteer: t.yaml:3:11: unknown kind "nation"; use one of country, territory, bloc, organization, location, shield`,
		},
		{
			name: "name is a list",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: [Japan]\n",
			want: `gazetteer: t.yaml:4:11: name must be a single value, not a list`,
		},
		{
			name: "aliases is a single value",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: Japan\n    aliases: Nippon\n",
			want: `gazetteer: t.yaml:5:14: aliases must be a list such as [A, B], not a single value ("Nippon")`,
		},
		{
			name: "entry is not a mapping",
			src:  "entries:\n  - JPN\n",
			want: `gazetteer: t.yaml:2:5: an entry must be a mapping with id, kind and name, not a single value ("JPN")`,
		},
		{
			name: "year not a number",
			src:  "entries:\n  - id: FRA\n    kind: country\n    name: France\n  - id: EU\n    kind: bloc\n    name: European Union\n    members:\n      - {id: FRA, joined: soon}\n",
			want: `gazetteer: t.yaml:9:27: bad year "soon"; write a whole number between 1000 and 2100`,
		},
		{
			name: "year out of range",
			src:  "entries:\n  - id: FRA\n    kind: country\n    name: France\n  - id: EU\n    kind: bloc\n    name: European Union\n    members:\n      - {id: FRA, joined: 3000}\n",
			want: `gazetteer: t.yaml:9:27: bad year "3000"; write a whole number between 1000 and 2100`,
		},
		{
			name: "existed year out of range",
			src:  "entries:\n  - id: SUN\n    kind: country\n    name: Soviet Union\n    existed: {from: 922, to: 1991}\n",
			want: `gazetteer: t.yaml:5:21: bad year "922"; write a whole number between 1000 and 2100`,
		},
		{
			name: "left before joined",
			src:  "entries:\n  - id: FRA\n    kind: country\n    name: France\n  - id: EU\n    kind: bloc\n    name: European Union\n    members:\n      - {id: FRA, joined: 1958, left: 1950}\n",
			want: `gazetteer: t.yaml:9:9: member FRA left (1950) before it joined (1958); check the years`,
		},
		{
			name: "existed ends before it starts",
			src:  "entries:\n  - id: SUN\n    kind: country\n    name: Soviet Union\n    existed: {from: 1991, to: 1922}\n",
			want: `gazetteer: t.yaml:5:14: existed ends (1922) before it starts (1991); check the years`,
		},
		{
			name: "member without id",
			src:  "entries:\n  - id: EU\n    kind: bloc\n    name: European Union\n    members:\n      - {joined: 1958}\n",
			want: `gazetteer: t.yaml:6:9: member has no id; write {id: FRA, joined: 1958}`,
		},
		{
			name: "YAML alias as a value",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: &n Japan\n  - id: NIP\n    kind: country\n    name: *n\n",
			want: `gazetteer: t.yaml:7:11: YAML aliases (*n) are not allowed here; write the value out`,
		},
		{
			name: "YAML alias in a list",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: &n Japan\n    aliases: [*n]\n",
			want: `gazetteer: t.yaml:5:15: aliases must be a single value, not a YAML alias`,
		},
		{
			name: "YAML alias as a member",
			src:  "entries:\n  - id: &f FRA\n    kind: country\n    name: France\n  - id: EU\n    kind: bloc\n    name: European Union\n    members: [*f]\n",
			want: `gazetteer: t.yaml:8:15: a member is an id or {id: FRA, joined: 1958}, not a YAML alias`,
		},
		{
			name: "YAML alias as the entries list",
			src:  "x: &l []\nentries: *l\n",
			want: "gazetteer: t.yaml:1:1: unknown field \"x\"; known fields are entries\n" +
				"gazetteer: t.yaml:1:1: no `entries:` list; put the entries under `entries:`\n" +
				"gazetteer: t.yaml:2:10: YAML aliases (*l) are not allowed here; write the value out",
		},
		// yaml.v3 reports a parser error at the 0-based line of the construct
		// it was parsing (here the flow list opened on line 5, the block
		// list opened on line 2); yamlx passes that number on.
		{
			name: "invalid YAML syntax",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: Japan\n    aliases: [Nippon\n",
			want: `gazetteer: t.yaml:4:1: invalid YAML: did not find expected ',' or ']'`,
		},
		{
			name: "invalid YAML indentation",
			src:  "entries:\n  - id: JPN\n   kind: country\n",
			want: `gazetteer: t.yaml:1:1: invalid YAML: did not find expected '-' indicator`,
		},
		{
			name: "entries is a mapping",
			src:  "entries:\n  id: JPN\n",
			want: `gazetteer: t.yaml:2:3: entries must be a list such as [A, B], not a mapping`,
		},
		{
			name: "entries is a single value",
			src:  "entries: JPN\n",
			want: `gazetteer: t.yaml:1:10: entries must be a list such as [A, B], not a single value ("JPN")`,
		},
		{
			name: "document is a list",
			src:  "- id: JPN\n",
			want: "gazetteer: t.yaml:1:1: expected a mapping, not a list; write a mapping with an `entries:` list",
		},
		{
			name: "empty source",
			src:  "",
			want: "gazetteer: t.yaml: empty file; write a mapping with an `entries:` list",
		},
		{
			name: "only comments",
			src:  "# nothing here\n",
			want: "gazetteer: t.yaml: empty file; write a mapping with an `entries:` list",
		},
		{
			name: "bad iso2",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: Japan\n    codes: {iso2: jp}\n",
			want: `gazetteer: t.yaml:5:19: iso2 must be two capital letters, not "jp"`,
		},
		{
			name: "bad iso3",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: Japan\n    codes: {iso3: JAPAN}\n",
			want: `gazetteer: t.yaml:5:19: iso3 must be three capital letters, not "JAPAN"`,
		},
		{
			name: "bad numeric",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: Japan\n    codes: {numeric: \"39\"}\n",
			want: `gazetteer: t.yaml:5:22: numeric must be three digits in quotes, such as "392", not "39"`,
		},
		{
			name: "numeric with a letter",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: Japan\n    codes: {numeric: 3a2}\n",
			want: `gazetteer: t.yaml:5:22: numeric must be three digits in quotes, such as "392", not "3a2"`,
		},
		{
			name: "bad cameo",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: Japan\n    codes: {cameo: J}\n",
			want: `gazetteer: t.yaml:5:20: cameo must be a three-letter actor code, not "J"`,
		},
		{
			name: "codes not a mapping",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: Japan\n    codes: JPN\n",
			want: `gazetteer: t.yaml:5:12: codes must be a mapping such as {iso2: JP, iso3: JPN, numeric: "392", cameo: JPN}`,
		},
		{
			name: "replace not a boolean",
			src:  "entries:\n  - id: JPN\n    kind: country\n    name: Japan\n    replace: yes\n",
			want: `gazetteer: t.yaml:5:14: replace must be true or false, not "yes"`,
		},
		{
			name: "every problem at once, sorted",
			src:  "entries:\n  - id: JPN\n    kind: nation\n    name: Japan\n    codes: {iso2: jp, iso3: JAPAN}\n  - kind: country\n",
			want: "gazetteer: t.yaml:3:11: unknown kind \"nation\"; use one of country, territory, bloc, organization, location, shield\n" +
				"gazetteer: t.yaml:5:19: iso2 must be two capital letters, not \"jp\"\n" +
				"gazetteer: t.yaml:5:29: iso3 must be three capital letters, not \"JAPAN\"\n" +
				"gazetteer: t.yaml:6:5: entry has no id; add `id:` (ISO alpha-3 for a country or territory, a slug for a location)",
		},
	})
}

func TestLoadEmptyList(t *testing.T) {
	for _, src := range []string{"entries:\n", "entries: []\n"} {
		g, err := load(src)
		if err != nil {
			t.Fatalf("New(%q): %v", src, err)
		}
		if g.Len() != 0 {
			t.Errorf("New(%q).Len() = %d; want 0", src, g.Len())
		}
	}
}

func TestErrorListLong(t *testing.T) {
	var b strings.Builder
	b.WriteString("entries:\n")
	for i := range 12 {
		fmt.Fprintf(&b, "  - {id: X%d, kind: nation, name: X}\n", i)
	}
	_, err := load(b.String())
	var list ErrorList
	if !errors.As(err, &list) || len(list) != 12 {
		t.Fatalf("got %v; want 12 errors", err)
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 11 || lines[10] != "(and 2 more errors)" {
		t.Errorf("long list reads\n%s\nwant 10 errors and \"(and 2 more errors)\"", err)
	}
	for i := 1; i < len(list); i++ {
		if list[i-1].Line > list[i].Line {
			t.Errorf("list not sorted by line: %d before %d", list[i-1].Line, list[i].Line)
		}
	}
}

// Errors in the second of two sources name that source.
func TestErrorNamesItsSource(t *testing.T) {
	_, err := load(
		"entries:\n  - {id: JPN, kind: country, name: Japan}\n",
		"entries:\n  - {id: JPN, alias: [Nippon]}\n",
	)
	want := `gazetteer: u.yaml:2:15: unknown field "alias"; did you mean "aliases"?`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

func TestReadSource(t *testing.T) {
	src, err := ReadSource("ok.yaml", strings.NewReader("0123456789"), 10)
	if err != nil || string(src.Data) != "0123456789" || src.Name != "ok.yaml" {
		t.Errorf("ReadSource at the limit = %+v, %v; want the whole source", src, err)
	}
	_, err = ReadSource("big.yaml", strings.NewReader("0123456789A"), 10)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("ReadSource over the limit: %v; want ErrTooLarge", err)
	}
	want := "gazetteer: source too large: big.yaml is over 10 bytes (raise Options.MaxSourceBytes)"
	if err.Error() != want {
		t.Errorf("got  %s\nwant %s", err, want)
	}
	// A reader that never ends is cut at the limit, not read whole.
	_, err = ReadSource("endless.yaml", endless{}, 1<<10)
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("ReadSource of an endless reader: %v; want ErrTooLarge", err)
	}
}

type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '#'
	}
	return len(p), nil
}

func TestReadFile(t *testing.T) {
	src, err := ReadFile("testdata/sample.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if src.Name != "testdata/sample.yaml" || len(src.Data) == 0 {
		t.Errorf("ReadFile = %q, %d bytes", src.Name, len(src.Data))
	}
	if _, err := ReadFile("testdata/no-such-file.yaml"); err == nil || !strings.HasPrefix(err.Error(), "gazetteer: ") {
		t.Errorf("ReadFile of a missing file: %v; want a gazetteer: error", err)
	}
}

func TestNewTooLarge(t *testing.T) {
	_, err := New(Options{NoDefault: true, MaxSourceBytes: 8, Sources: sources("entries: []\n")})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("got %v; want ErrTooLarge", err)
	}
	want := "gazetteer: source too large: t.yaml is 12 bytes, over the limit of 8 (raise Options.MaxSourceBytes)"
	if err.Error() != want {
		t.Errorf("got  %s\nwant %s", err, want)
	}
}

// The commented sample parses and layers onto the default world.
func TestSampleOnDefault(t *testing.T) {
	src, err := ReadFile("testdata/sample.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g, err := New(Options{Sources: []Source{src}})
	if err != nil {
		t.Fatal(err)
	}
	jpn, _ := g.Entry("JPN")
	if !slices.Contains(jpn.Aliases, "Nippon") || !slices.Contains(jpn.Seats, "Kantei") {
		t.Errorf("JPN after the sample: aliases %q, seats %q; want Nippon and Kantei added", jpn.Aliases, jpn.Seats)
	}
}

func TestLayerExtend(t *testing.T) {
	g, err := New(Options{Sources: sources(
		"entries:\n  - id: JPN\n    aliases: [Land of the Rising Sun]\n    codes: {cameo: JAP}\n")})
	if err != nil {
		t.Fatal(err)
	}
	e, ok := g.Entry("JPN")
	if !ok {
		t.Fatal("JPN is gone")
	}
	if e.Name != "Japan" || e.Kind != Country || e.Codes.ISO2 != "JP" || e.Codes.Numeric != "392" {
		t.Errorf("extend lost fields: %+v", e)
	}
	if e.Codes.CAMEO != "JAP" {
		t.Errorf("extend did not set cameo: %q", e.Codes.CAMEO)
	}
	if !slices.Contains(e.Aliases, "Land of the Rising Sun") || !slices.Contains(e.Demonyms, "Japanese") {
		t.Errorf("extend: aliases %q, demonyms %q", e.Aliases, e.Demonyms)
	}
	if got := matchIDs(g, "the Land of the Rising Sun and Japan"); !slices.Equal(got, []string{"JPN", "JPN"}) {
		t.Errorf("matches after extend: %q", got)
	}
}

func TestLayerReplace(t *testing.T) {
	g, err := New(Options{Sources: sources(
		"entries:\n  - id: JPN\n    replace: true\n    kind: country\n    name: Nihon\n")})
	if err != nil {
		t.Fatal(err)
	}
	e, _ := g.Entry("JPN")
	if e.Name != "Nihon" || len(e.Aliases) != 0 || len(e.Demonyms) != 0 || e.Codes != (Codes{}) {
		t.Errorf("replace kept old fields: %+v", e)
	}
	if got := matchIDs(g, "Nihon, not Japan or Tokyo"); !slices.Equal(got, []string{"JPN"}) {
		t.Errorf("matches after replace: %q; want only Nihon", got)
	}
	if !slices.Contains(g.MembersIn("G7", 2020), "JPN") {
		t.Errorf("G7 members after replacing JPN: %q", g.MembersIn("G7", 2020))
	}
}

func TestLayerRemove(t *testing.T) {
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	g, err := New(Options{Sources: sources("entries:\n  - {id: shield-qatar-airways, remove: true}\n")})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := g.Entry("shield-qatar-airways"); ok {
		t.Error("removed entry still there")
	}
	if g.Len() != def.Len()-1 {
		t.Errorf("Len = %d; want %d", g.Len(), def.Len()-1)
	}
	if got := matchIDs(g, "Qatar Airways"); !slices.Equal(got, []string{"QAT"}) {
		t.Errorf("after removing the shield: %q; want QAT", got)
	}
	for e := range g.All() {
		if e.ID == "shield-qatar-airways" {
			t.Error("All still yields the removed entry")
		}
	}

	// Removing a state that blocs list leaves those members dangling.
	_, err = New(Options{Sources: sources("entries:\n  - {id: JPN, remove: true}\n")})
	if err == nil || !strings.Contains(err.Error(), `member "JPN" of G7 is no entry of the gazetteer`) {
		t.Errorf("removing JPN: %v; want dangling member errors", err)
	}
	// Removing an id no layer has is an error.
	_, err = New(Options{Sources: sources("entries:\n  - {id: ATLANTIS, remove: true}\n")})
	want := `gazetteer: t.yaml:2:5: remove: no entry with id "ATLANTIS" to remove`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

// Layers apply in order: a later source extends what an earlier one added.
func TestLayerOrder(t *testing.T) {
	g, err := load(
		"entries:\n  - {id: atlantis, kind: location, name: Atlantis}\n",
		"entries:\n  - {id: atlantis, aliases: [Lost City]}\n",
		"entries:\n  - {id: atlantis, name: Atlantide}\n",
	)
	if err != nil {
		t.Fatal(err)
	}
	e, _ := g.Entry("atlantis")
	if e.Name != "Atlantide" || !slices.Equal(e.Aliases, []string{"Lost City"}) || e.Kind != Location {
		t.Errorf("after three layers: %+v", e)
	}
}

// New returns an error, quickly and without panicking, on garbage.
func TestNewGarbage(t *testing.T) {
	bomb := "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
	for i := 'b'; i <= 'z'; i++ {
		bomb += fmt.Sprintf("%c: &%c [*%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c]\n", i, i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
	}
	entryBomb := "entries:\n  - &e {id: A, kind: country, name: A, aliases: [B]}\n"
	for i := range 20 {
		entryBomb += fmt.Sprintf("  - &e%d [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n", i)
	}
	binary := make([]byte, 4096)
	x := uint32(1)
	for i := range binary {
		x = x*1664525 + 1013904223
		binary[i] = byte(x >> 24)
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"binary", binary},
		{"NUL bytes", make([]byte, 1000)},
		{"invalid UTF-8", []byte("entries:\n  - {id: \xff\xfe, kind: country, name: \xc3}\n")},
		{"deep lists", []byte(strings.Repeat("[", 100000))},
		{"deep mappings", []byte(strings.Repeat("{a: ", 100000))},
		{"deep block mappings", []byte(nested(5000))},
		{"deep members", []byte("entries:\n  - {id: A, kind: bloc, name: A, members: " + strings.Repeat("[", 50000) + "}\n")},
		{"alias bomb", []byte(bomb)},
		{"alias bomb in entries", []byte(entryBomb)},
		{"recursive alias", []byte("entries: &a [*a]\n")},
		{"huge line", []byte("entries: [" + strings.Repeat("x", 1<<20) + "\n")},
		{"many errors", []byte("entries:\n" + strings.Repeat("  - {id: X, kind: y}\n", 5000))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			g, err := New(Options{NoDefault: true, Sources: []Source{{Name: "g.yaml", Data: tc.data}}})
			if err == nil {
				t.Errorf("New succeeded with %d entries; want an error", g.Len())
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("New took %v", d)
			}
		})
	}
}

func nested(depth int) string {
	var b strings.Builder
	for i := range depth {
		b.WriteString(strings.Repeat(" ", i))
		b.WriteString("a:\n")
	}
	return b.String()
}

// matchIDs returns the first candidate of every match in text, scanning
// left to right by longest match.
func matchIDs(g *Gazetteer, text string) []string {
	var ids []string
	for _, h := range scan(g.Matcher(), text) {
		id, _, _ := strings.Cut(h.ids[0], "/")
		ids = append(ids, id)
	}
	return ids
}
