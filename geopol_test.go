package geopol_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/geopol/geopol"
)

var extractor = func() *geopol.Extractor {
	x, err := geopol.New(geopol.Options{})
	if err != nil {
		panic(err)
	}
	return x
}()

// TestRelationDates pins how relations are dated: by their sentence's date
// words, else by the article's date.
func TestRelationDates(t *testing.T) {
	wed := time.Date(2024, 2, 21, 15, 30, 0, 0, time.FixedZone("JST", 9*3600)) // a Wednesday
	tests := []struct {
		name, text  string
		date, basis string // of the first relation
		dateText    string
	}{
		{"weekday in the past", "Japan and the EU held talks on Monday.", "2024-02-19", "sentence", "Monday"},
		{"weekday after will", "Japan and the EU will hold talks on Friday.", "2024-02-23", "sentence", "Friday"},
		{"weekday after a past decision", "The EU on Monday decided to open negotiations with Japan.", "2024-02-19", "sentence", "Monday"},
		{"month", "Japan and the EU signed a security pact last July.", "2023-07", "sentence", "last July"},
		{"next week", "Japan will sign a defence pact with the EU next week.", "2024-W09", "sentence", "next week"},
		{"no date words", "Japan signed a defence pact with the EU.", "2024-02-21", "article", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := extractor.ExtractDated("t", tt.text, wed)
			if len(a.Relations) == 0 {
				t.Fatalf("no relation in %q", tt.text)
			}
			r := a.Relations[0]
			if r.Date == nil {
				t.Fatalf("relation %v has no date", r.Type)
			}
			if got := r.Date.String(); got != tt.date || r.DateBasis != tt.basis {
				t.Errorf("date %s (%s), want %s (%s)", got, r.DateBasis, tt.date, tt.basis)
			}
			if tt.basis == "sentence" {
				if r.Date.Text != tt.dateText || tt.text[r.Date.Start:r.Date.End] != tt.dateText {
					t.Errorf("date words %q at [%d,%d), want %q", r.Date.Text, r.Date.Start, r.Date.End, tt.dateText)
				}
			}
		})
	}
}

// TestArticleDateFromDateline reads the date from a dateline, and leaves
// relations undated where there is none.
func TestArticleDateFromDateline(t *testing.T) {
	a := extractor.Extract("t", "EU and Japan open talks\nFebruary 21, 2024\n\nThe EU on Monday decided to open negotiations with Japan.\n")
	if a.Date == nil || a.Date.String() != "2024-02-21" {
		t.Fatalf("article date %v, want 2024-02-21", a.Date)
	}
	if r := a.Relations[len(a.Relations)-1]; r.Date == nil || r.Date.String() != "2024-02-19" {
		t.Errorf("relation date %v, want 2024-02-19", r.Date)
	}
	undated := extractor.Extract("t", "The EU on Monday decided to open negotiations with Japan.")
	if undated.Date != nil || undated.Relations[0].Date != nil {
		t.Errorf("undated article: date %v, relation date %v; want none", undated.Date, undated.Relations[0].Date)
	}
}

// TestJSONContract checks the document against OUTPUT.md's field names and
// the offset invariant.
func TestJSONContract(t *testing.T) {
	text := geopol.SampleArticle()
	a := extractor.Extract("sample", text)
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Source   string `json:"source"`
		Entities []struct {
			ID, Kind, Name string
			Mentions       []struct {
				Text       string
				Start, End int
				Sentence   int
				Form       string
			}
		}
		Relations []struct {
			Type, Subject, Object string
			Negated               *bool
			Modality              string
			Trigger               struct {
				Text       string
				Start, End int
			}
			Sentence int
			Evidence struct{ Start, End int }
			PLOVER   string `json:"plover"`
			CAMEO    string `json:"cameo"`
			Topics   []string
		}
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Source != "sample" || len(doc.Entities) == 0 || len(doc.Relations) == 0 {
		t.Fatalf("source %q, %d entities, %d relations", doc.Source, len(doc.Entities), len(doc.Relations))
	}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if text[m.Start:m.End] != m.Text || m.Form == "" {
				t.Errorf("%s mention %q at [%d,%d) form %q", e.ID, m.Text, m.Start, m.End, m.Form)
			}
		}
	}
	for _, r := range doc.Relations {
		if text[r.Trigger.Start:r.Trigger.End] != r.Trigger.Text || r.Negated == nil ||
			r.PLOVER == "" || r.CAMEO == "" || r.Topics == nil || r.Evidence.End <= r.Evidence.Start ||
			(r.Modality != "asserted" && r.Modality != "intended") {
			t.Errorf("relation %+v breaks the contract", r)
		}
	}
	if !strings.Contains(string(b), `"relations":[`) {
		t.Error("relations is not an array")
	}
}

// TestExtractIntoReuses checks that reading article after article into one
// Article gives what Extract gives for each.
func TestExtractIntoReuses(t *testing.T) {
	texts := []string{
		geopol.SampleArticle(),
		"Tokyo and Brussels signed the accord in Osaka.",
		"",
		"Beijing accused Manila of provoking a clash near the shoal. The G7 urged China to stop.",
		geopol.SampleArticle()[:500],
	}
	var a geopol.Article
	for i, text := range texts {
		extractor.ExtractInto(&a, "t", text)
		got, err := json.Marshal(&a)
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(extractor.Extract("t", text))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("text %d: ExtractInto gives\n%s\nExtract gives\n%s", i, got, want)
		}
	}
}
