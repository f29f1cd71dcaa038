package gazetteer

import (
	"bufio"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The entities ENTITIES.md requires of the default gazetteer, with their kinds.
var (
	specCountries = strings.Fields(`USA GBR CHN JPN KOR PRK COD COG CIV TUR CZE MKD SWZ MMR PSE TWN XKX
		SUN YUG CSK DDR`)
	specTerritories = strings.Fields(`HKG MAC GRL PRI`)
	specBlocs       = strings.Fields(`EU NATO ASEAN AU G7 G20 BRICS QUAD AUKUS SCO GCC OPEC ECOWAS SADC EAC
		MERCOSUR CARICOM OAS APEC CIS IGAD ARAB_LEAGUE OIC CSTO EAEU PIF`)
	specOrganizations = strings.Fields(`UN UNSC IAEA WTO IMF WB WHO WFP UNHCR ICC ICJ OSCE COE OECD`)
	specLocations     = strings.Fields(`south-china-sea east-china-sea sea-of-japan taiwan-strait
		indo-pacific korean-peninsula persian-gulf gulf-of-mexico british-columbia new-mexico
		niger-delta kashmir west-bank gaza-strip crimea donbas`)
)

// specNames are names ENTITIES.md uses as examples, and the entry each
// must match whole in the default world.
var specNames = map[string]string{
	"Taiwan": "TWN", "Kosovo": "XKX", "Palestine": "PSE", "Soviet Union": "SUN",
	"Yugoslavia": "YUG", "Czechoslovakia": "CSK", "East Germany": "DDR",
	"Hong Kong": "HKG", "Macau": "MAC", "Greenland": "GRL", "Puerto Rico": "PRI",
	"South China Sea": "south-china-sea", "East China Sea": "east-china-sea",
	"Sea of Japan": "sea-of-japan", "Taiwan Strait": "taiwan-strait", "Indo-Pacific": "indo-pacific",
	"Korean Peninsula": "korean-peninsula", "Persian Gulf": "persian-gulf",
	"Gulf of Mexico": "gulf-of-mexico", "British Columbia": "british-columbia",
	"New Mexico": "new-mexico", "Niger Delta": "niger-delta", "Kashmir": "kashmir",
	"West Bank": "west-bank", "Gaza Strip": "gaza-strip", "Crimea": "crimea", "Donbas": "donbas",
	"Papua New Guinea": "PNG", "Guinea-Bissau": "GNB", "South Sudan": "SSD",
	"American Samoa": "ASM", "Dominican Republic": "DOM",
	"Qatar Airways": "shield-qatar-airways", "Russia Today": "", "Voice of America": "",
	"India Today": "", "Air China": "", "Bank of Japan": "",
	// Forms.
	"Japan": "JPN", "United States": "USA", "Türkiye": "TUR", "Côte d'Ivoire": "CIV",
	"European Union": "EU", "U.S.": "USA", "US": "USA", "USA": "USA", "America": "USA",
	"Britain": "GBR", "UK": "GBR", "Holland": "NLD", "Burma": "MMR", "Ivory Coast": "CIV",
	"Turkey": "TUR", "DPRK": "PRK", "North Korea": "PRK", "Czech Republic": "CZE",
	"Swaziland": "SWZ", "Macedonia": "MKD", "Russian Federation": "RUS",
	"EU": "EU", "NATO": "NATO", "ASEAN": "ASEAN", "UN": "UN", "UNSC": "UNSC", "DRC": "COD",
	"Japanese": "JPN", "American": "USA", "British": "GBR", "Chinese": "CHN", "Dutch": "NLD",
	"Iranian": "IRN", "Emirati": "ARE", "Congolese": "COD",
	"Tokyo": "JPN", "Beijing": "CHN", "Washington": "USA", "Moscow": "RUS", "Kabul": "AFG",
	"New Delhi": "IND", "Tehran": "IRN",
	"Kremlin": "RUS", "White House": "USA", "Pentagon": "USA", "State Department": "USA",
	"Downing Street": "GBR", "Whitehall": "GBR", "Élysée": "FRA", "Zhongnanhai": "CHN",
	"Brussels": "EU", "Quai d'Orsay": "FRA", "Congo": "COD", "Korea": "KOR", "Georgia": "GEO",
	"European Commission": "EU", "European Council": "EU", "European Parliament": "EU",
	"UN General Assembly": "UN", "UN Security Council": "UNSC", "OPEC+": "OPEC",
}

// specNonEntities must not match an actor (a location or shield is fine).
var specNonEntities = []string{"European", "Western", "Arab", "African", "Asian", "Latin American", "Nordic", "the West"}

// nonUN are the country entries that are not UN member states.
var nonUN = strings.Fields("PSE VAT TWN XKX SUN YUG CSK DDR SCG")

func TestDefaultLoads(t *testing.T) {
	g := defaultGazetteer(t)
	if g.Len() < 500 {
		t.Errorf("default world has %d entries", g.Len())
	}
	for _, src := range DefaultSources() {
		if !strings.HasPrefix(src.Name, "gazetteer/data/") || !strings.HasSuffix(src.Name, ".yaml") {
			t.Errorf("default source named %q", src.Name)
		}
	}
}

func TestDefaultSpecIDs(t *testing.T) {
	g := defaultGazetteer(t)
	for kind, ids := range map[Kind][]string{
		Country: specCountries, Territory: specTerritories, Bloc: specBlocs,
		Organization: specOrganizations, Location: specLocations,
	} {
		for _, id := range ids {
			e, ok := g.Entry(id)
			if !ok {
				t.Errorf("%s %s missing", kind, id)
				continue
			}
			if e.Kind != kind {
				t.Errorf("%s is a %s; want %s", id, e.Kind, kind)
			}
		}
	}
}

func TestDefaultSpecNames(t *testing.T) {
	g := defaultGazetteer(t)
	for name, id := range specNames {
		hits := scan(g.Matcher(), name)
		if len(hits) != 1 || hits[0].start != 0 || hits[0].end != len(name) {
			t.Errorf("%q matches %v; want one match of it whole", name, hits)
			continue
		}
		got, _, _ := strings.Cut(hits[0].ids[0], "/")
		if id == "" {
			if e, _ := g.Entry(got); e.Kind != Shield {
				t.Errorf("%q is %s; want a shield", name, got)
			}
		} else if got != id {
			t.Errorf("%q is %s; want %s", name, got, id)
		}
	}
	for _, name := range specNonEntities {
		for _, h := range scan(g.Matcher(), name) {
			id, _, _ := strings.Cut(h.ids[0], "/")
			if e, _ := g.Entry(id); e.Kind.IsActor() {
				t.Errorf("%q matches %v; want no actor", name, h)
			}
		}
	}
}

// The hard-coded lists above hold every ID of ENTITIES.md's tables.
func TestDefaultSpecListComplete(t *testing.T) {
	f, err := os.Open("../../shared/spec/ENTITIES.md")
	if err != nil {
		t.Skip("../../shared/spec/ENTITIES.md is absent:", err)
	}
	defer f.Close()
	code := regexp.MustCompile("`([^`]+)`")
	known := map[string]Kind{}
	for kind, ids := range map[Kind][]string{
		Country: specCountries, Territory: specTerritories, Bloc: specBlocs,
		Organization: specOrganizations, Location: specLocations,
	} {
		for _, id := range ids {
			known[id] = kind
		}
	}
	check := func(id string, kinds ...Kind) {
		if k, ok := known[id]; !ok || !slices.Contains(kinds, k) {
			t.Errorf("ENTITIES.md lists %s (%v); the test's lists do not", id, kinds)
		}
	}
	var section string
	found := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "Required bloc and organization IDs") {
			section = "blocs"
		}
		if strings.HasPrefix(line, "## ") {
			section = strings.TrimPrefix(line, "## ")
		}
		if !strings.HasPrefix(line, "|") || strings.HasPrefix(line, "|---") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		switch {
		case section == "Kinds and IDs" && len(cells) == 3:
			kind := Kind(strings.Trim(strings.TrimSpace(cells[0]), "`"))
			for _, m := range code.FindAllStringSubmatch(cells[2], -1) {
				id := m[1]
				switch kind {
				case Country, Territory:
					if isUpperCode(id, 3) {
						check(id, kind)
						found++
					}
				case Location:
					check(id, kind)
					found++
				}
			}
			// The place names in parentheses must be in specNames.
			if i, j := strings.Index(cells[1], "("), strings.LastIndex(cells[1], ")"); i >= 0 && j > i {
				for _, name := range strings.Split(cells[1][i+1:j], ",") {
					name = strings.TrimSpace(name)
					if _, ok := specNames[name]; !ok && kind != Country {
						t.Errorf("ENTITIES.md names %q as a %s; specNames lacks it", name, kind)
					}
				}
			}
		case section == "blocs" && len(cells) == 4:
			for _, c := range []string{cells[0], cells[2]} {
				if m := code.FindStringSubmatch(c); m != nil {
					check(m[1], Bloc, Organization)
					found++
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if found < 60 {
		t.Errorf("found only %d IDs in ENTITIES.md's tables; has the layout changed?", found)
	}
}

func TestDefaultUNMembers(t *testing.T) {
	g := defaultGazetteer(t)
	n := 0
	for e := range g.All() {
		if e.Kind == Country && e.Codes.Numeric != "" && !slices.Contains(nonUN, e.ID) {
			n++
		}
	}
	if n != 193 {
		t.Errorf("%d UN member states (countries with ISO numeric codes, less %v); want 193", n, nonUN)
	}
	for _, id := range nonUN {
		if e, ok := g.Entry(id); !ok || e.Kind != Country {
			t.Errorf("%s missing or not a country", id)
		}
	}
	for e := range g.All() {
		if e.Kind == Country && e.Codes.Numeric == "" && e.Existed == nil && e.ID != "XKX" {
			t.Errorf("country %s has no ISO numeric code and no years of existence", e.ID)
		}
	}
}

// readTSV reads a tab-separated table with a header, keyed by its first
// column, skipping the test when the file is absent.
func readTSV(t *testing.T, path string) (header []string, rows map[string][]string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skip(path, "is absent:", err)
	}
	rows = map[string][]string{}
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		f := strings.Split(line, "\t")
		if i == 0 {
			header = f
			continue
		}
		rows[f[0]] = f
	}
	return header, rows
}

func TestDefaultISOCodes(t *testing.T) {
	header, iso := readTSV(t, "../../shared/data/iso3166-1.tsv")
	if !slices.Equal(header[:3], []string{"alpha_3", "alpha_2", "numeric"}) {
		t.Fatalf("iso3166-1.tsv header %q", header)
	}
	_, withdrawn := readTSV(t, "../../shared/data/iso3166-3.tsv")
	g := defaultGazetteer(t)
	for e := range g.All() {
		c := e.Codes
		if c == (Codes{}) {
			if e.Kind == Country || e.Kind == Territory {
				t.Errorf("%s %s has no codes", e.Kind, e.ID)
			}
			continue
		}
		if (e.Kind == Country || e.Kind == Territory) && c.ISO3 != e.ID {
			t.Errorf("%s: iso3 %q; want the id", e.ID, c.ISO3)
		}
		if row, ok := iso[c.ISO3]; ok {
			if c.ISO2 != row[1] || c.Numeric != row[2] {
				t.Errorf("%s: codes %s/%s/%s; ISO 3166-1 has %s/%s/%s", e.ID, c.ISO2, c.ISO3, c.Numeric, row[1], row[0], row[2])
			}
			continue
		}
		// Withdrawn codes (SUN, YUG, ...) and Kosovo's user-assigned XKX.
		if row, ok := withdrawn[c.ISO3]; ok {
			if c.ISO2 != "" && c.ISO2 != row[1][:2] {
				t.Errorf("%s: iso2 %s; ISO 3166-3 has %s", e.ID, c.ISO2, row[1])
			}
			if c.Numeric != "" {
				t.Errorf("%s: numeric %s for a withdrawn code", e.ID, c.Numeric)
			}
			continue
		}
		if c.ISO3 != "XKX" {
			t.Errorf("%s: iso3 %q is in neither ISO 3166-1 nor 3166-3", e.ID, c.ISO3)
		}
	}
	for a3 := range iso {
		if e, ok := g.Entry(a3); !ok || e.Kind != Country && e.Kind != Territory {
			t.Errorf("ISO 3166-1 %s is no country or territory of the gazetteer", a3)
		}
	}
}

func TestDefaultMembers(t *testing.T) {
	g := defaultGazetteer(t)
	for e := range g.All() {
		if len(e.Members) > 0 && e.Kind != Bloc && e.Kind != Organization {
			t.Errorf("%s %s has members", e.Kind, e.ID)
		}
		seen := map[string]bool{}
		for _, m := range e.Members {
			me, ok := g.Entry(m.ID)
			if !ok {
				t.Errorf("%s: member %s is no entry", e.ID, m.ID)
				continue
			}
			if !me.Kind.IsActor() {
				t.Errorf("%s: member %s is a %s", e.ID, m.ID, me.Kind)
			}
			if seen[m.ID] && m.Joined == 0 {
				t.Errorf("%s lists %s twice", e.ID, m.ID)
			}
			seen[m.ID] = true
		}
	}
	for _, tc := range []struct {
		bloc string
		year int
		id   string
		want bool
	}{
		{"EU", 2024, "FRA", true},
		{"EU", 2024, "GBR", false},
		{"EU", 2010, "GBR", true},
		{"NATO", 2024, "FIN", true},
		{"NATO", 2020, "FIN", false},
		{"G20", 2024, "AU", true},
		{"ASEAN", 2024, "IDN", true},
	} {
		if got := slices.Contains(g.MembersIn(tc.bloc, tc.year), tc.id); got != tc.want {
			t.Errorf("%s in %s in %d = %v; want %v", tc.id, tc.bloc, tc.year, got, tc.want)
		}
	}
}

// Every default name is matched whole by its own spelling.
func TestDefaultNamesMatchThemselves(t *testing.T) {
	g := defaultGazetteer(t)
	m := g.Matcher()
	for e := range g.All() {
		e.names(func(name string, form Form) {
			if slices.Contains(e.Prefixes, name) || slices.Contains(e.Shared, name) {
				return
			}
			hits := scan(m, name)
			if len(hits) != 1 || hits[0].start != 0 || hits[0].end != len(name) {
				t.Errorf("%s %q matches %v; want it whole", e.ID, name, hits)
				return
			}
			if !slices.ContainsFunc(hits[0].ids, func(s string) bool { return strings.HasPrefix(s, e.ID+"/") }) {
				t.Errorf("%s %q matches %v", e.ID, name, hits[0])
			}
		})
	}
}

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDefaultNamesStartCapitalised keeps the matcher's fast path: when no
// name starts with a lower-case word, running text's lower-case words are
// skipped without a lookup (Matcher.MayStart). One lower-case name in the
// default halves tagging speed.
func TestDefaultNamesStartCapitalised(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if g.Matcher().names.lowerStart {
		for e := range g.All() {
			e.names(func(name string, _ Form) {
				if c := name[0]; 'a' <= c && c <= 'z' {
					t.Errorf("%s: name %q starts lower case", e.ID, name)
				}
			})
		}
	}
}
