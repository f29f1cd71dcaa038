package relation

import (
	"encoding/json"

	"github.com/geopol/geopol/date"
	"github.com/geopol/geopol/entity"
)

// Span is a byte span [Start, End) of a document's text and, where it is
// short enough to be worth carrying, the text itself.
type Span struct {
	Text       string `json:"text,omitempty"`
	Start, End int
}

// Argument is an entity filling a role of a relation, and the mention that
// filled it.
type Argument struct {
	ID      string
	Mention entity.Mention
}

// Relation is one relation read from one sentence: Subject —Type→ Object.
// For symmetric types the order of Subject and Object is the order of the
// text and carries no meaning.
type Relation struct {
	Type     Type
	Subject  Argument
	Object   Argument
	Negated  bool     // the sentence says it did not happen
	Modality Modality // asserted or intended
	Trigger  Span     // the words that signal it
	Sentence int      // index of the sentence
	Evidence Span     // the sentence's span
	Topics   []string // what it is about: military, maritime, ...
	CAMEO    string   // CAMEO event code (the type's, or a more specific one)
	PLOVER   string   // PLOVER event type (AGREE for promised cooperation)

	// Date is when the relation took or takes place, where known: the
	// date its sentence names ("on Monday" → the Monday before the
	// article's date), with DateBasis "sentence", or else the article's
	// date, with DateBasis "article". The Extractor leaves both empty; the
	// geopol facade fills them from the article's date.
	Date      *date.Date
	DateBasis string
}

// Key is what identifies a relation within an article for scoring: symmetric
// types have their pair in ID order.
type Key struct {
	Subject, Object string
	Type            Type
	Negated         bool
}

// Key returns the relation's scoring key.
func (r *Relation) Key() Key {
	s, o := r.Subject.ID, r.Object.ID
	if r.Type.Symmetric() && o < s {
		s, o = o, s
	}
	return Key{Subject: s, Object: o, Type: r.Type, Negated: r.Negated}
}

type spanJSON struct {
	Text  string `json:"text,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type evidenceJSON struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// relationJSON is the JSON form of OUTPUT.md, with added fields after the
// documented ones.
type relationJSON struct {
	Type           Type         `json:"type"`
	Subject        string       `json:"subject"`
	Object         string       `json:"object"`
	Negated        bool         `json:"negated"`
	Modality       Modality     `json:"modality"`
	Trigger        spanJSON     `json:"trigger"`
	Sentence       int          `json:"sentence"`
	Evidence       evidenceJSON `json:"evidence"`
	PLOVER         string       `json:"plover"`
	CAMEO          string       `json:"cameo"`
	Topics         []string     `json:"topics"`
	SubjectMention spanJSON     `json:"subject_mention"`
	ObjectMention  spanJSON     `json:"object_mention"`
	QuadClass      QuadClass    `json:"quad_class"`
	Goldstein      float64      `json:"goldstein"`
	Date           string       `json:"date,omitempty"`
	DateBasis      string       `json:"date_basis,omitempty"`
	DateText       *spanJSON    `json:"date_text,omitempty"`
}

// MarshalJSON writes the relation as OUTPUT.md gives it, followed by the
// mentions that filled the roles, the QuadClass, the Goldstein value and,
// where known, the date ("2024-02-19", "2024-W09", "2023-07"), its basis
// and the words it came from.
func (r Relation) MarshalJSON() ([]byte, error) {
	topics := r.Topics
	if topics == nil {
		topics = []string{}
	}
	var dateText *spanJSON
	var dateStr string
	if r.Date != nil {
		dateStr = r.Date.String()
		if r.DateBasis == "sentence" {
			dateText = &spanJSON{r.Date.Text, r.Date.Start, r.Date.End}
		}
	}
	return json.Marshal(relationJSON{
		Date: dateStr, DateBasis: r.DateBasis, DateText: dateText,
		Type: r.Type, Subject: r.Subject.ID, Object: r.Object.ID,
		Negated: r.Negated, Modality: r.Modality,
		Trigger:  spanJSON{r.Trigger.Text, r.Trigger.Start, r.Trigger.End},
		Sentence: r.Sentence,
		Evidence: evidenceJSON{r.Evidence.Start, r.Evidence.End},
		PLOVER:   r.PLOVER, CAMEO: r.CAMEO, Topics: topics,
		SubjectMention: mentionSpan(r.Subject.Mention),
		ObjectMention:  mentionSpan(r.Object.Mention),
		QuadClass:      r.Type.QuadClass(),
		Goldstein:      r.Type.Goldstein(),
	})
}

func mentionSpan(m entity.Mention) spanJSON {
	return spanJSON{Text: m.Text, Start: m.Start, End: m.End}
}
