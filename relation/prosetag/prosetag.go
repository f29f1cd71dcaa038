// Package prosetag adapts the part-of-speech tagger of
// github.com/jdkato/prose/v2 to relation.POSTagger, so that an extractor
// can let prose decide between the verb and the noun reading of words
// such as "sanctions":
//
//	x := relation.NewExtractorWith(lexicon, relation.ExtractorOptions{POS: prosetag.New()})
//
// It lives apart from package relation so that only programs that ask for
// it load prose and its model (some 10 MB of weights, about a second to
// decode). Measured on the project's articles, prose's tags do not change
// the relations found and make relation reading several times slower: the
// library does not use it by default (see the project README).
package prosetag

import (
	"fmt"
	"strings"

	"github.com/jdkato/prose/v2"
)

// Tagger tags words with prose's averaged-perceptron tagger. Its model is
// loaded once, in New. It is safe for concurrent use.
type Tagger struct {
	model *prose.Model
}

// New loads prose's default English model.
func New() *Tagger {
	return &Tagger{model: prose.ModelFromData("geopol")}
}

// Tag returns one Penn Treebank tag per word, "" for a word prose's
// tokenizer splits differently. prose/v2 v2.0.0 shares one token among
// repeated words of a text, so a repeated word gets the tag of its last
// occurrence; and prose panics on some failures, which Tag turns into no
// tags at all.
func (t *Tagger) Tag(words []string) (tags []string) {
	tags = make([]string, len(words))
	defer func() {
		if r := recover(); r != nil {
			tags = make([]string, len(words)) // prose failed: no tags
		}
	}()
	doc, err := prose.NewDocument(strings.Join(words, " "), prose.UsingModel(t.model),
		prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return tags
	}
	// Align prose's tokens with the words: equal texts, in order.
	toks := doc.Tokens()
	j := 0
	for i, w := range words {
		for k := j; k < len(toks) && k < j+4; k++ {
			if toks[k].Text == w {
				tags[i], j = toks[k].Tag, k+1
				break
			}
		}
	}
	return tags
}

// String names the tagger and its model.
func (t *Tagger) String() string { return fmt.Sprintf("prose/v2 %s", t.model.Name) }
