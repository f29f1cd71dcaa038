package entity

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// mentionLines renders mentions as "start end kind id form text", newlines in
// text written as \n.
func mentionLines(ms []Mention) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = fmt.Sprintf("%d %d %s %s %s %s", m.Start, m.End, m.Kind, m.ID, m.Form, escape(m.Text))
	}
	return out
}

// TestTagHardCases has a case for each hard case of ENTITIES.md, positive
// and negative. A case with a gap is one the tagger or the default gazetteer
// still gets wrong: it keeps the right answer and is skipped while wrong.
func TestTagHardCases(t *testing.T) {
	tg := testTagger(t)
	tests := []struct {
		name string
		text string
		want []string
		gap  string
	}{
		{name: "South China Sea", text: "Tensions rose in the South China Sea.", want: []string{
			"21 36 location south-china-sea name South China Sea",
		}},
		{name: "British Columbia", text: "Ports in British Columbia were busy.", want: []string{
			"9 25 location british-columbia name British Columbia",
		}},
		{name: "New Mexico", text: "A wholesaler in New Mexico said so.", want: []string{
			"16 26 location new-mexico name New Mexico",
		}},
		{name: "Papua New Guinea", text: "Flights to Papua New Guinea resumed.", want: []string{
			"11 27 country PNG name Papua New Guinea",
		}},
		{name: "Guinea-Bissau", text: "A route to Guinea-Bissau opened.", want: []string{
			"11 24 country GNB name Guinea-Bissau",
		}},
		{name: "South Sudan", text: "Aid reached South Sudan.", want: []string{
			"12 23 country SSD name South Sudan",
		}},
		{name: "American Samoa", text: "The government of American Samoa said so.", want: []string{
			"18 32 territory ASM name American Samoa",
		}},
		{name: "Dominican Republic", text: "Voters in the Dominican Republic went to the polls.", want: []string{
			"14 32 country DOM name Dominican Republic",
		}},
		{name: "Niger Delta", text: "Output in the Niger Delta fell.", want: []string{
			"14 25 location niger-delta name Niger Delta",
		}},
		{name: "Gulf of Guinea and Guinea", text: "Pirates in the Gulf of Guinea attacked a ship bound for Guinea.", want: []string{
			"15 29 location gulf-of-guinea name Gulf of Guinea",
			"56 62 country GIN name Guinea",
		}},
		{name: "Mexico City", text: "Mexico City and Mexico.", want: []string{
			"0 11 country MEX capital Mexico City",
			"16 22 country MEX name Mexico",
		}},
		{name: "shield Qatar Airways", text: "The Qatar Airways said so.", want: nil},
		{name: "shield Russia Today", text: "The Russia Today said so.", want: nil},
		{name: "shield Voice of America", text: "The Voice of America said so.", want: nil},
		{name: "shield India Today", text: "The India Today said so.", want: nil},
		{name: "shield Air China", text: "The Air China said so.", want: nil},
		{name: "shield Bank of Japan", text: "The Bank of Japan said so.", want: nil},
		{name: "shield with possessive", text: "Qatar Airways' flights and the Bank of Japan's rate.", want: nil},
		{name: "shield in capitals", text: "BANK OF JAPAN HOLDS RATES", want: nil},
		{name: "shield beside its country", text: "Qatar Airways flew to Qatar.", want: []string{
			"22 27 country QAT name Qatar",
		}},
		{name: "possessive", text: "China's navy sailed.", want: []string{
			"0 5 country CHN name China",
		}},
		{name: "curly possessive", text: "Japan’s government agreed.", want: []string{
			"0 5 country JPN name Japan",
		}},
		{name: "plural possessive", text: "The Solomon Islands' fisheries ministry said so.", want: []string{
			"4 19 country SLB name Solomon Islands",
		}},
		{name: "curly plural possessive", text: "The Solomon Islands’ tuna exports rose.", want: []string{
			"4 19 country SLB name Solomon Islands",
		}},
		{name: "abbreviation possessive", text: "The U.S.'s allies and the EU’s plan.", want: []string{
			"4 8 country USA abbreviation U.S.",
			"26 28 bloc EU abbreviation EU",
		}},
		{name: "EU-Japan", text: "The first round of EU-Japan talks.", want: []string{
			"19 21 bloc EU abbreviation EU",
			"22 27 country JPN name Japan",
		}},
		{name: "India–Pakistan", text: "Tickets for the India–Pakistan match sold out.", want: []string{
			"16 21 country IND name India",
			"24 32 country PAK name Pakistan",
		}},
		{name: "U.S.-led", text: "The U.S.-led naval coalition.", want: []string{
			"4 8 country USA abbreviation U.S.",
		}},
		{name: "Sino-Japanese", text: "Sino-Japanese trade fell.", want: []string{
			"0 4 country CHN alias Sino",
			"5 13 country JPN demonym Japanese",
		}},
		{name: "Sino alone", text: "Sino Biopharmaceutical shares rose.", want: nil},
		{name: "Indo-Pacific", text: "A free and open Indo-Pacific.", want: []string{
			"16 28 location indo-pacific name Indo-Pacific",
		}},
		{name: "Indo- alone", text: "Indo-European languages.", want: nil},
		{name: "country-based", text: "A Chad-based group and Japanese-made cars.", want: []string{
			"2 6 country TCD name Chad",
			"23 31 country JPN demonym Japanese",
		}},
		{name: "lower-case turkey", text: "Prices of turkey rose.", want: nil},
		{name: "lower-case chad", text: "Prices of chad rose.", want: nil},
		{name: "lower-case jordan", text: "Prices of jordan rose.", want: nil},
		{name: "lower-case guinea", text: "Prices of guinea rose.", want: nil},
		{name: "lower-case china", text: "Prices of china rose.", want: nil},
		{name: "us pronoun", text: "Nobody warned us about it.", want: nil},
		{name: "Us pronoun", text: "Us and them.", want: nil},
		{name: "US", text: "Gas from the US arrived.", want: []string{
			"13 15 country USA abbreviation US",
		}},
		{name: "U.S.", text: "In the U.S., sales rose.", want: []string{
			"7 11 country USA abbreviation U.S.",
		}},
		{name: "U.S. at a sentence end", text: "They flew to the U.S.", want: []string{
			"17 21 country USA abbreviation U.S.",
		}},
		{name: "capitalised country words", text: "Chad, Jordan, Guinea and Turkey signed.", want: []string{
			"0 4 country TCD name Chad",
			"6 12 country JOR name Jordan",
			"14 20 country GIN name Guinea",
			"25 31 country TUR alias Turkey",
		}},
		{name: "all-caps headline", text: "JAPAN, EU SEAL DEFENCE PACT", want: []string{
			"0 5 country JPN name JAPAN",
			"7 9 bloc EU abbreviation EU",
		}},
		{name: "capitalised abbreviation", text: "Nato and Opec met.", want: []string{
			"0 4 bloc NATO alias Nato",
			"9 13 bloc OPEC alias Opec",
		}},
		{name: "Türkiye", text: "Türkiye raised gas prices.", want: []string{
			"0 8 country TUR name Türkiye",
		}},
		{name: "Turkiye", text: "Turkiye raised gas prices.", want: []string{
			"0 7 country TUR name Turkiye",
		}},
		{name: "Côte d'Ivoire straight", text: "Côte d'Ivoire reported lower arrivals.", want: []string{
			"0 14 country CIV name Côte d'Ivoire",
		}},
		{name: "Côte d’Ivoire curly", text: "Côte d’Ivoire reported lower arrivals.", want: []string{
			"0 16 country CIV name Côte d’Ivoire",
		}},
		{name: "Cote d'Ivoire unaccented", text: "Cote d'Ivoire reported lower arrivals.", want: []string{
			"0 13 country CIV name Cote d'Ivoire",
		}},
		{name: "Côte decomposed", text: "Côte d'Ivoire reported lower arrivals.", want: []string{
			"0 15 country CIV name Côte d'Ivoire",
		}},
		{name: "line break inside a name", text: "Freight rates for containers shipped from Asia to the east coast of the United\nStates rose 4% in the week, an industry index showed.", want: []string{
			"72 85 country USA name United\\nStates",
		}},
		{name: "blank line between words", text: "United\n\nStates", want: nil},
		{name: "Congo alone", text: "Fighting in Congo continued.", want: []string{
			"12 17 country COD alias Congo",
		}},
		{name: "Congo with Brazzaville", text: "Fighting in Congo continued. Brazzaville said so.", want: []string{
			"12 17 country COG alias Congo",
			"29 40 country COG capital Brazzaville",
		}},
		{name: "Congo with Kinshasa", text: "Fighting in Congo continued. Kinshasa said so.", want: []string{
			"12 17 country COD alias Congo",
			"29 37 country COD capital Kinshasa",
		}},
		{name: "Congo with DRC", text: "The DRC said fighting in Congo continued.", want: []string{
			"4 7 country COD abbreviation DRC",
			"25 30 country COD alias Congo",
		}},
		{name: "Congolese with Brazzaville", text: "Congolese troops. Brazzaville said.", want: []string{
			"0 9 country COG demonym Congolese",
			"18 29 country COG capital Brazzaville",
		}},
		{name: "Korea alone", text: "Korea and Canada opened talks.", want: []string{
			"0 5 country KOR alias Korea",
			"10 16 country CAN name Canada",
		}},
		{name: "Korea with Seoul", text: "Korea opened talks, Seoul said.", want: []string{
			"0 5 country KOR alias Korea",
			"20 25 country KOR capital Seoul",
		}},
		{name: "Korea with Pyongyang", text: "Korea tested missiles, Pyongyang said.", want: []string{
			"0 5 country PRK alias Korea",
			"23 32 country PRK capital Pyongyang",
		}},
		{name: "Korea after North Korea", text: "North Korea tested missiles. Korea is isolated.", want: []string{
			"0 11 country PRK name North Korea",
			"29 34 country PRK alias Korea",
		}},
		{name: "Georgia alone", text: "Georgia applied to join the EU.", want: []string{
			"0 7 country GEO name Georgia",
			"28 30 bloc EU abbreviation EU",
		}},
		{name: "Georgia with Tbilisi", text: "Georgia applied to join, Tbilisi said.", want: []string{
			"0 7 country GEO name Georgia",
			"25 32 country GEO capital Tbilisi",
		}},
		{name: "Georgia with Atlanta", text: "Georgia held primaries. Atlanta voted.", want: []string{
			"0 7 location georgia-us-state name Georgia",
		}},
		{name: "Georgia in a US state list", text: "Voters in Georgia, Alabama and Florida went to the polls.", want: []string{
			"10 17 location georgia-us-state name Georgia",
		}},
		{name: "Michael Jordan", text: "Shoes worn by Michael Jordan sold for $2.2 million.", want: nil},
		{name: "Jordan the country", text: "Jordan closed its border.", want: []string{
			"0 6 country JOR name Jordan",
		}},
		{name: "non-entities", text: "European, Western, Arab, African, Asian and Nordic investors.", want: nil},
		{name: "Latin American", text: "Latin American investors bought bonds.", want: nil},
		{name: "the West", text: "The West and the international community keep telling us.", want: nil},
		{name: "continents", text: "Europe, Asia-Pacific and Africa.", want: []string{
			"8 20 location asia-pacific name Asia-Pacific",
		}},
		{name: "name with its abbreviation", text: "The European Union (EU) decided.", want: []string{
			"4 18 bloc EU name European Union",
			"20 22 bloc EU abbreviation EU",
		}},
		{name: "organisation with its abbreviation", text: "The World Food Programme (WFP) said so.", want: []string{
			"4 24 organization WFP name World Food Programme",
			"26 29 organization WFP abbreviation WFP",
		}},
		{name: "alias forms", text: "Holland, Burma, Ivory Coast, Britain and the UK.", want: []string{
			"0 7 country NLD alias Holland",
			"9 14 country MMR alias Burma",
			"16 27 country CIV alias Ivory Coast",
			"29 36 country GBR alias Britain",
			"45 47 country GBR abbreviation UK",
		}},
		{name: "capitals and seats", text: "Tokyo, the Kremlin, the White House and Brussels.", want: []string{
			"0 5 country JPN capital Tokyo",
			"11 18 country RUS seat Kremlin",
			"24 35 country USA seat White House",
			"40 48 bloc EU seat Brussels",
		}},
		{name: "article not in the mention", text: "the United States and the Philippines", want: []string{
			"4 17 country USA name United States",
			"26 37 country PHL name Philippines",
		}},
		{name: "dissolved state", text: "The Soviet Union and East Germany.", want: []string{
			"4 16 country SUN name Soviet Union",
			"21 33 country DDR name East Germany",
		}},
		{name: "territory", text: "Hong Kong and Greenland.", want: []string{
			"0 9 territory HKG name Hong Kong",
			"14 23 territory GRL name Greenland",
		}},
		{name: "organ", text: "The U.N. Security Council met.", want: []string{
			"4 25 organization UNSC alias U.N. Security Council",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := NewDocument(tt.text)
			ms := tg.Tag(doc)
			checkMentions(t, doc, ms)
			got := mentionLines(ms)
			if slices.Equal(got, tt.want) {
				if tt.gap != "" {
					t.Logf("known gap %q no longer shows: remove it from the table", tt.gap)
				}
				return
			}
			if tt.gap != "" {
				t.Skipf("known gap: %s:\n got %q\nwant %q", tt.gap, got, tt.want)
			}
			t.Errorf("Tag(%q):\n got %q\nwant %q", tt.text, got, tt.want)
		})
	}
}

func TestTagSentenceIndex(t *testing.T) {
	tg := testTagger(t)
	doc := NewDocument("JAPAN, EU SEAL PACT\nTokyo and Brussels signed it. Beijing objected.")
	var got []string
	for _, m := range tg.Tag(doc) {
		got = append(got, fmt.Sprintf("%d %s", m.Sentence, m.Text))
	}
	want := []string{"0 JAPAN", "0 EU", "1 Tokyo", "1 Brussels", "2 Beijing"}
	if !slices.Equal(got, want) {
		t.Errorf("sentences of mentions = %q, want %q", got, want)
	}
}

// TestNameStopsAtSentence checks that a name never spans two sentences: a
// line break after a short line or a final mark ends the sentence, a blank
// line always does.
func TestNameStopsAtSentence(t *testing.T) {
	tg := testTagger(t)
	tests := []struct {
		text string
		want []string
	}{
		{"He came from the United.\nStates agreed.", nil},
		{"United\n\nStates", nil},
		{"Republic\nof Korea", []string{"12 17 country KOR alias Korea"}},
	}
	for _, tt := range tests {
		if got := mentionLines(tg.Tag(NewDocument(tt.text))); !slices.Equal(got, tt.want) {
			t.Errorf("Tag(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestAppendMentions(t *testing.T) {
	tg := testTagger(t)
	doc1 := NewDocument("Japan and Congo. Brazzaville said so.")
	doc2 := NewDocument("Congo and Korea.")
	ms := tg.AppendMentions(nil, doc1)
	n := len(ms)
	ms = tg.AppendMentions(ms, doc2)
	if got, want := mentionLines(ms[:n]), mentionLines(tg.Tag(doc1)); !slices.Equal(got, want) {
		t.Errorf("AppendMentions changed earlier mentions:\n got %q\nwant %q", got, want)
	}
	// The cues of doc1 (Brazzaville) must not leak into doc2.
	want := []string{"0 5 country COD alias Congo", "10 15 country KOR alias Korea"}
	if got := mentionLines(ms[n:]); !slices.Equal(got, want) {
		t.Errorf("AppendMentions(doc2):\n got %q\nwant %q", got, want)
	}
}

func TestTagEmpty(t *testing.T) {
	tg := testTagger(t)
	for _, text := range []string{"", " \n\n ", "\x00\xff", "...", "the and of"} {
		if ms := tg.Tag(NewDocument(text)); len(ms) != 0 {
			t.Errorf("Tag(%q) = %v, want none", text, mentionLines(ms))
		}
	}
}

func TestGroup(t *testing.T) {
	tg := testTagger(t)
	doc := NewDocument("Japan and the EU met. Tokyo and Brussels agreed. Japan’s plan.")
	ents := Group(tg.Tag(doc))
	var got []string
	for _, e := range ents {
		var texts []string
		for _, m := range e.Mentions {
			texts = append(texts, m.Text)
		}
		got = append(got, fmt.Sprintf("%s %s %s %q", e.ID, e.Kind, e.Name, texts))
	}
	want := []string{
		`JPN country Japan ["Japan" "Tokyo" "Japan"]`,
		`EU bloc European Union ["EU" "Brussels"]`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("Group = %q, want %q", got, want)
	}
	if Group(nil) != nil {
		t.Errorf("Group(nil) is not nil")
	}
}

// TestGrouper groups texts of few and of many entities (past the number
// at which a map is built) with one Grouper in turn, and checks that each
// result is what a fresh AppendGroups gives and that, once grown, the
// Grouper allocates nothing.
func TestGrouper(t *testing.T) {
	tg := testTagger(t)
	var many []string
	for _, name := range []string{"Japan", "China", "India", "France", "Germany", "Italy", "Spain", "Brazil", "Chile", "Peru",
		"Kenya", "Egypt", "Ghana", "Mali", "Chad", "Niger", "Iran", "Iraq", "Syria", "Jordan", "Oman", "Qatar", "Yemen", "Nepal",
		"Laos", "Cuba", "Haiti", "Fiji", "Samoa", "Tonga", "Russia", "Ukraine", "Poland", "Latvia", "Estonia", "Norway"} {
		many = append(many, name+" and China met.")
	}
	texts := []string{
		"Japan and the EU met. Tokyo and Brussels agreed. Japan’s plan.",
		strings.Join(many, " "),
		"",
		"China objected. India and China talked.",
		strings.Join(many[:5], " "),
	}
	var g Grouper
	var dst []Entity
	lines := func(ents []Entity) []string {
		var out []string
		for _, e := range ents {
			out = append(out, fmt.Sprintf("%s %s %s %q", e.ID, e.Kind, e.Name, mentionLines(e.Mentions)))
		}
		return out
	}
	for round := range 2 {
		for _, text := range texts {
			ms := tg.Tag(NewDocument(text))
			want := lines(AppendGroups(nil, ms))
			dst = g.AppendGroups(dst[:0], ms)
			if got := lines(dst); !slices.Equal(got, want) {
				t.Errorf("round %d, %.40q: Grouper gives\n%q\nwant\n%q", round, text, got, want)
			}
		}
	}
	if len(lines(AppendGroups(nil, tg.Tag(NewDocument(texts[1]))))) <= manyEntities {
		t.Fatalf("the text of many entities names %d or fewer: the map is not tried", manyEntities)
	}
	ms := tg.Tag(NewDocument(texts[1]))
	if n := testing.AllocsPerRun(20, func() { dst = g.AppendGroups(dst[:0], ms) }); n != 0 {
		t.Errorf("a grown Grouper allocates %v times per call; want 0", n)
	}
}

func TestTaggerGazetteer(t *testing.T) {
	tg := testTagger(t)
	if tg.Gazetteer() == nil {
		t.Fatal("Gazetteer() is nil")
	}
	if _, ok := tg.Gazetteer().Entry("JPN"); !ok {
		t.Error("Gazetteer() has no JPN")
	}
}
