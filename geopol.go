package geopol

import (
	_ "embed"
	"encoding/json"

	"github.com/geopol/geopol/entity"
	"github.com/geopol/geopol/gazetteer"
	"github.com/geopol/geopol/relation"
)

//go:embed testdata/articles/eu-japan-security.txt
var sampleArticle string

// SampleArticle returns a short wire-style article written for geopol (the
// EU–Japan security accord story), for demos and first runs.
func SampleArticle() string { return sampleArticle }

// Options configures New. The zero value uses the embedded default world
// gazetteer and relation lexicon.
type Options struct {
	// Gazetteer is the gazetteer to tag with; nil loads gazetteer.Default.
	Gazetteer *gazetteer.Gazetteer
	// Lexicon is the relation lexicon; nil loads relation.DefaultLexicon.
	Lexicon *relation.Lexicon
}

// Extractor runs the whole pipeline: text → document → mentions →
// relations. It is immutable and safe for concurrent use; build one and
// share it.
type Extractor struct {
	gaz      *gazetteer.Gazetteer
	tagger   *entity.Tagger
	relation *relation.Extractor
}

// New builds an extractor. It fails only when a default data set does not
// load, which the package's tests rule out.
func New(opts Options) (*Extractor, error) {
	g := opts.Gazetteer
	if g == nil {
		var err error
		if g, err = gazetteer.Default(); err != nil {
			return nil, err
		}
	}
	l := opts.Lexicon
	if l == nil {
		var err error
		if l, err = relation.DefaultLexicon(); err != nil {
			return nil, err
		}
	}
	return &Extractor{gaz: g, tagger: entity.NewTagger(g), relation: relation.NewExtractor(l)}, nil
}

// Gazetteer returns the extractor's gazetteer.
func (x *Extractor) Gazetteer() *gazetteer.Gazetteer { return x.gaz }

// Article is what geopol reads from one text.
type Article struct {
	Source    string              // where the text came from, for the reader
	Document  *entity.Document    // the text, its tokens and sentences
	Mentions  []entity.Mention    // every mention, in text order
	Entities  []entity.Entity     // the entities, in order of first mention
	Relations []relation.Relation // one per sentence that supports it, in text order
}

// Extract reads text. Any string is accepted: empty text gives an empty
// article, invalid UTF-8 is skipped like whitespace (offsets stay offsets
// into text), and no input makes it panic.
func (x *Extractor) Extract(source, text string) *Article {
	doc := entity.NewDocument(text)
	mentions := x.tagger.Tag(doc)
	return &Article{
		Source:    source,
		Document:  doc,
		Mentions:  mentions,
		Entities:  entity.Group(mentions),
		Relations: x.relation.Extract(doc, mentions),
	}
}

type mentionJSON struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	Form     string `json:"form"`
}

type entityJSON struct {
	ID       string        `json:"id"`
	Kind     string        `json:"kind"`
	Name     string        `json:"name"`
	Mentions []mentionJSON `json:"mentions"`
}

type articleJSON struct {
	Source    string              `json:"source"`
	Entities  []entityJSON        `json:"entities"`
	Relations []relation.Relation `json:"relations"`
}

// MarshalJSON writes the article as OUTPUT.md's JSON document.
func (a *Article) MarshalJSON() ([]byte, error) {
	out := articleJSON{Source: a.Source, Entities: []entityJSON{}, Relations: a.Relations}
	if out.Relations == nil {
		out.Relations = []relation.Relation{}
	}
	for _, e := range a.Entities {
		ej := entityJSON{ID: e.ID, Kind: string(e.Kind), Name: e.Name}
		for _, m := range e.Mentions {
			ej.Mentions = append(ej.Mentions, mentionJSON{m.Text, m.Start, m.End, m.Sentence, string(m.Form)})
		}
		out.Entities = append(out.Entities, ej)
	}
	return json.Marshal(out)
}
