package gazetteer

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/geopol/geopol/internal/lex"
)

// hit is one match as a test reads it: byte offsets into the text and the
// candidates as ID/form.
type hit struct {
	start, end int
	ids        []string
}

func (h hit) String() string {
	return fmt.Sprintf("%d %d %s", h.start, h.end, strings.Join(h.ids, " "))
}

// scan tokenizes text with lex.Scan and walks it left to right, taking the
// longest match at each token, as the entity package does.
func scan(m *Matcher, text string) []hit {
	toks := lex.Scan(nil, text)
	var out []hit
	for i := 0; i < len(toks); {
		mt, ok := m.Longest(text, toks, i, len(toks))
		if !ok {
			i++
			continue
		}
		h := hit{start: toks[mt.Start].Start, end: toks[mt.End-1].End}
		for _, c := range mt.Candidates {
			h.ids = append(h.ids, c.Entry.ID+"/"+string(c.Form))
		}
		out = append(out, h)
		i = mt.End
	}
	return out
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
	defaultErr  error
)

// defaultGazetteer builds the default world once per test binary.
func defaultGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	defaultOnce.Do(func() { defaultG, defaultErr = Default() })
	if defaultErr != nil {
		t.Fatalf("Default: %v", defaultErr)
	}
	return defaultG
}

// TestLongest checks matches against the default world. Each want line is
// "start end id/form ..." with byte offsets into the text.
func TestLongest(t *testing.T) {
	m := defaultGazetteer(t).Matcher()
	for _, tc := range []struct {
		name string
		text string
		want []string
	}{
		// Longest match.
		{"sea swallows country", "tensions in the South China Sea rose", []string{"16 31 south-china-sea/name"}},
		{"no sea, country", "South China", []string{"6 11 CHN/name"}},
		{"east china sea", "the East China Sea", []string{"4 18 east-china-sea/name"}},
		{"papua new guinea", "Papua New Guinea", []string{"0 16 PNG/name"}},
		{"guinea-bissau", "Guinea-Bissau and Guinea", []string{"0 13 GNB/name", "18 24 GIN/name"}},
		{"indo-pacific", "the Indo-Pacific", []string{"4 16 indo-pacific/name"}},
		{"indo alone", "Indo-", nil},
		{"line of actual control", "along the Line of Actual Control with India", []string{"10 32 line-of-actual-control/name", "38 43 IND/name"}},
		{"indian ocean", "the Indian Ocean", []string{"4 16 indian-ocean/name"}},
		{"dam swallows demonym", "the Grand Ethiopian Renaissance Dam", []string{"4 35 grand-ethiopian-renaissance-dam/name"}},

		// Case.
		{"turkey the bird", "a turkey for Turkey and TURKEY", []string{"13 19 TUR/alias", "24 30 TUR/alias"}},
		{"us the pronoun", "us and Us and US and U.S. and u.s.", []string{"14 16 USA/abbreviation", "21 25 USA/abbreviation"}},
		{"nato", "Nato and NATO and nato", []string{"0 4 NATO/alias", "9 13 NATO/abbreviation"}},
		{"common words", "chad, jordan, china and guinea", nil},
		{"headline", "JAPAN AND CHINA", []string{"0 5 JPN/name", "10 15 CHN/name"}},
		{"capitalised function words", "Republic Of The Congo", []string{"0 21 COG/name"}},
		{"all-caps function words", "REPUBLIC OF THE CONGO", []string{"0 21 COG/name"}},

		// Accents and apostrophes.
		{"türkiye", "Türkiye and Turkiye", []string{"0 8 TUR/name", "13 20 TUR/name"}},
		{"côte d’ivoire", "Côte d’Ivoire, Côte d'Ivoire, Cote d'Ivoire", []string{"0 16 CIV/name", "18 32 CIV/name", "34 47 CIV/name"}},
		{"brasilia", "Brasília and Brasilia", []string{"0 9 BRA/capital", "14 22 BRA/capital"}},
		{"bogota", "Bogotá, Bogota", []string{"0 7 COL/capital", "9 15 COL/capital"}},
		{"curly possessive", "Japan’s", []string{"0 5 JPN/name"}},
		{"unicef curly", "the United Nations Children’s Fund", []string{"4 36 UNICEF/alias"}},

		// Line breaks.
		{"line break inside", "the United\nStates", []string{"4 17 USA/name"}},
		{"crlf inside", "the United\r\nStates", []string{"4 18 USA/name"}},
		{"blank line stops", "United\n\nStates", nil},
		{"blank crlf line stops", "South\r\n\r\nKorea", []string{"9 14 KOR/alias PRK/alias"}},

		// Prefixes.
		{"sino before dash", "Sino-Japanese", []string{"0 4 CHN/alias", "5 13 JPN/demonym"}},
		{"sino before en dash", "Sino–Japanese", []string{"0 4 CHN/alias", "7 15 JPN/demonym"}},
		{"sino spaced dash", "Sino - Japanese", []string{"7 15 JPN/demonym"}},
		{"sino alone", "Sino Japanese", []string{"5 13 JPN/demonym"}},
		{"sino at end", "Sino", nil},

		// Compounds.
		{"eu-japan", "EU-Japan", []string{"0 2 EU/abbreviation", "3 8 JPN/name"}},
		{"u.s.-led", "U.S.-led", []string{"0 4 USA/abbreviation"}},
		{"possessive", "China's", []string{"0 5 CHN/name"}},

		// Shields.
		{"qatar airways", "Qatar Airways flew to Qatar", []string{"0 13 shield-qatar-airways/name", "22 27 QAT/name"}},
		{"voice of america", "Voice of America", []string{"0 16 shield-voice-of-america/name"}},
		{"ukrainian news", "Ukrainian News reported", []string{"0 14 shield-ukrainian-news/name"}},
		{"armenian service", "RFE/RL's Armenian Service", []string{"9 25 shield-armenian-service/name"}},

		// Shared names: the owner first.
		{"congo", "Congo", []string{"0 5 COD/alias COG/alias"}},
		{"congolese", "Congolese", []string{"0 9 COD/demonym COG/demonym"}},
		{"korea", "Korea", []string{"0 5 KOR/alias PRK/alias"}},
		{"kinshasa", "Kinshasa", []string{"0 8 COD/capital"}},
		{"brazzaville", "Brazzaville", []string{"0 11 COG/capital"}},

		// News forms.
		{"s. korea", "S. Korea and N. Korea; S. Korean", []string{"0 8 KOR/alias", "13 21 PRK/alias", "23 32 KOR/demonym"}},
		{"g20", "the Group of 20, G-20, G20 and the Group of Seven", []string{"4 15 G20/alias", "17 21 G20/alias", "23 26 G20/abbreviation", "35 49 G7/name"}},
		{"capitals", "Addis Ababa, Yerevan, Baku, Rabat, Caracas, Hanoi, Kyiv, Cairo, Khartoum, New Delhi", []string{
			"0 11 ETH/capital", "13 20 ARM/capital", "22 26 AZE/capital", "28 33 MAR/capital", "35 42 VEN/capital",
			"44 49 VNM/capital", "51 55 UKR/capital", "57 62 EGY/capital", "64 72 SDN/capital", "74 83 IND/capital"}},
		{"demonyms", "Armenian Azerbaijani Moroccan Algerian Ethiopian Sudanese Egyptian Vietnamese Colombian Venezuelan Brazilian", []string{
			"0 8 ARM/demonym", "9 20 AZE/demonym", "21 29 MAR/demonym", "30 38 DZA/demonym", "39 48 ETH/demonym", "49 57 SDN/demonym",
			"58 66 EGY/demonym", "67 77 VNM/demonym", "78 87 COL/demonym", "88 98 VEN/demonym", "99 108 BRA/demonym"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, h := range scan(m, tc.text) {
				got = append(got, h.String())
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%q\ngot:  %q\nwant: %q", tc.text, got, tc.want)
			}
		})
	}
}

// Longest respects its end bound and reports nothing at or past it.
func TestLongestBounds(t *testing.T) {
	m := defaultGazetteer(t).Matcher()
	text := "South China Sea"
	toks := lex.Scan(nil, text)
	for _, tc := range []struct {
		i, end     int
		start, got int // want match tokens [start, got); got 0 for none
	}{
		{0, 3, 0, 3}, // South China Sea
		{0, 2, 0, 0}, // "South China" is no name, and the sea lies past end
		{1, 2, 1, 2}, // China
		{1, 3, 1, 2},
		{3, 3, 0, 0},
		{1, 1, 0, 0},
	} {
		mt, ok := m.Longest(text, toks, tc.i, tc.end)
		if ok != (tc.got != 0) || ok && (mt.Start != tc.start || mt.End != tc.got) {
			t.Errorf("Longest(%d, %d) = [%d, %d) %v; want [%d, %d)", tc.i, tc.end, mt.Start, mt.End, ok, tc.start, tc.got)
		}
	}
}

// Every shared name of the default world reaches its sharer through the
// owner's match, after the owner.
func TestSharedCandidates(t *testing.T) {
	g := defaultGazetteer(t)
	m := g.Matcher()
	n := 0
	for e := range g.All() {
		for _, s := range e.Shared {
			n++
			toks := lex.Scan(nil, s)
			mt, ok := m.Longest(s, toks, 0, len(toks))
			if !ok || mt.End != len(toks) {
				t.Errorf("shared name %q of %s does not match whole", s, e.ID)
				continue
			}
			i := slices.IndexFunc(mt.Candidates, func(c Candidate) bool { return c.Entry == e })
			if i < 1 {
				t.Errorf("shared name %q: %s at candidate %d; want after the owner", s, e.ID, i)
			}
		}
	}
	if n == 0 {
		t.Error("the default world has no shared names")
	}
}

// Regression: a pattern kept by compile for a shared name stayed valid when
// its trie node later grew another spelling (CONGO beside Congo), so the
// sharer was lost.
func TestSharedAfterNodeGrows(t *testing.T) {
	g, err := load("entries:\n" +
		"  - {id: COD, kind: country, name: DR Congo, aliases: [Congo]}\n" +
		"  - {id: X, kind: location, name: CONGO}\n" +
		"  - {id: COG, kind: country, name: Republic of the Congo, shared: [Congo]}\n")
	if err != nil {
		t.Fatal(err)
	}
	hits := scan(g.Matcher(), "Congo and CONGO")
	want := []string{"0 5 COD/alias COG/alias", "10 15 X/name"}
	var got []string
	for _, h := range hits {
		got = append(got, h.String())
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q; want %q", got, want)
	}
}

func TestCue(t *testing.T) {
	m := defaultGazetteer(t).Matcher()
	for _, tc := range []struct {
		text, want string
	}{
		{"Brazzaville", "COG"},
		{"Kinshasa", "COD"},
		{"Pyongyang", "PRK"},
		{"Tokyo", ""},
	} {
		toks := lex.Scan(nil, tc.text)
		mt, ok := m.Cue(tc.text, toks, 0, len(toks))
		got := ""
		if ok {
			got = mt.Candidates[0].Entry.ID
		}
		if got != tc.want {
			t.Errorf("Cue(%q) = %q; want %q", tc.text, got, tc.want)
		}
	}
}

func TestMayStart(t *testing.T) {
	upper, err := load("entries:\n  - {id: JPN, kind: country, name: Japan}\n")
	if err != nil {
		t.Fatal(err)
	}
	lower, err := load("entries:\n  - {id: OPCW, kind: organization, name: OPCW, aliases: [chemical weapons watchdog]}\n")
	if err != nil {
		t.Fatal(err)
	}
	text := "Japan , said"
	toks := lex.Scan(nil, text)
	for _, tc := range []struct {
		g    *Gazetteer
		tok  int
		want bool
	}{
		{upper, 0, true},
		{upper, 1, false},
		{upper, 2, false}, // no name starts lower case: skip lower-case words
		{lower, 1, false},
		{lower, 2, true},
	} {
		if got := tc.g.Matcher().MayStart(text, toks[tc.tok]); got != tc.want {
			t.Errorf("MayStart(%q) = %v; want %v", text[toks[tc.tok].Start:toks[tc.tok].End], got, tc.want)
		}
	}
}

// The matcher is safe for concurrent use.
func TestMatcherConcurrent(t *testing.T) {
	m := defaultGazetteer(t).Matcher()
	text := "Sino-Japanese talks in the South China Sea; Congo and Türkiye."
	want := fmt.Sprint(scan(m, text))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 200 {
				if got := fmt.Sprint(scan(m, text)); got != want {
					t.Errorf("concurrent scan: %s; want %s", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

func BenchmarkLongest(b *testing.B) {
	m := defaultGazetteer(b).Matcher()
	text := strings.Repeat("Tensions between the United States and China rose in the South China Sea "+
		"as Japanese and Philippine officials met in Manila, NATO said on Tuesday.\n", 20)
	toks := lex.Scan(nil, text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for i := 0; i < len(toks); {
			if mt, ok := m.Longest(text, toks, i, len(toks)); ok {
				i = mt.End
			} else {
				i++
			}
		}
	}
}
