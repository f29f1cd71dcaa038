// Package score measures geopol against gold annotations (OUTPUT.md's gold
// format): entity, actor-pair and typed-relation precision, recall and F1,
// micro-averaged over articles.
package score

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/geopol/geopol"
	"github.com/geopol/geopol/relation"
)

// Gold is one article's gold annotation.
type Gold struct {
	Entities  []string       `json:"entities"`
	Relations []GoldRelation `json:"relations"`
}

// GoldRelation is one gold relation. Via "person" marks a role filled only
// through a person; such relations are left out of scoring.
type GoldRelation struct {
	S   string `json:"s"`
	T   string `json:"t"`
	O   string `json:"o"`
	Neg bool   `json:"neg"`
	Via string `json:"via,omitempty"`
}

// Case is an annotated article: NAME.txt beside NAME.gold.json.
type Case struct {
	Name string
	Text string
	Gold Gold
}

// LoadDir reads every NAME.txt with a NAME.gold.json in dir, sorted by name.
func LoadDir(dir string) ([]Case, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []Case
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".gold.json")
		text, err := os.ReadFile(filepath.Join(dir, name+".txt"))
		if err != nil {
			return nil, fmt.Errorf("score: %s has no text: %w", p, err)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var g Gold
		if err := json.Unmarshal(data, &g); err != nil {
			return nil, fmt.Errorf("score: %s: %w", p, err)
		}
		out = append(out, Case{Name: name, Text: string(text), Gold: g})
	}
	return out, nil
}

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// Add adds c2 to c.
func (c *Counts) Add(c2 Counts) { c.TP += c2.TP; c.FP += c2.FP; c.FN += c2.FN }

// Precision is TP / (TP + FP), 1 when nothing was predicted.
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is TP / (TP + FN), 1 when there was nothing to find.
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// String formats the counts as "P 0.950 R 0.900 F1 0.924 (tp 9 fp 1 fn 1)".
func (c Counts) String() string {
	return fmt.Sprintf("P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)", c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
}

// Item is one scored fact: an entity ID, a pair "A~B", or a relation
// "S type O" (with " negated" where it is).
type Item struct {
	Article string
	Key     string
	Type    string // relation type, for relations
	Sent    int    // the sentence of the first predicted support, or -1
	Text    string // that sentence, for -v
}

// Report is the result of scoring a set of articles.
type Report struct {
	Entities, Pairs, Typed Counts
	PerType                map[string]*Counts
	Misses, Extras         []Item // typed relations missed and extra
	EntityMisses           []Item
	EntityExtras           []Item
	Confusions             map[string]int // "gold→predicted" types for the same pair
}

// NewReport returns an empty report.
func NewReport() *Report {
	return &Report{PerType: map[string]*Counts{}, Confusions: map[string]int{}}
}

func relKey(s, t, o string, neg bool) string {
	if tt, ok := relation.ParseType(t); ok && tt.Symmetric() && o < s {
		s, o = o, s
	}
	k := s + " " + t + " " + o
	if neg {
		k += " negated"
	}
	return k
}

func pairKey(s, o string) string {
	if o < s {
		s, o = o, s
	}
	return s + "~" + o
}

// Add scores one article into the report.
func (r *Report) Add(c Case, a *geopol.Article) {
	// Entities: actor kinds only.
	gotE := map[string]bool{}
	for _, e := range a.Entities {
		if e.Kind.IsActor() {
			gotE[e.ID] = true
		}
	}
	wantE := map[string]bool{}
	for _, id := range c.Gold.Entities {
		wantE[id] = true
	}
	for id := range gotE {
		if wantE[id] {
			r.Entities.TP++
		} else {
			r.Entities.FP++
			r.EntityExtras = append(r.EntityExtras, Item{Article: c.Name, Key: id, Sent: -1})
		}
	}
	for id := range wantE {
		if !gotE[id] {
			r.Entities.FN++
			r.EntityMisses = append(r.EntityMisses, Item{Article: c.Name, Key: id, Sent: -1})
		}
	}

	// Relations: gold without via-person; predictions matching a
	// via-person gold relation are neither credited nor counted.
	wantR, ignoreR := map[string]string{}, map[string]bool{}
	wantP, ignoreP := map[string]bool{}, map[string]bool{}
	for _, g := range c.Gold.Relations {
		k := relKey(g.S, g.T, g.O, g.Neg)
		if g.Via == "person" {
			ignoreR[k] = true
			ignoreP[pairKey(g.S, g.O)] = true
			continue
		}
		wantR[k] = g.T
		wantP[pairKey(g.S, g.O)] = true
	}
	gotR := map[string]Item{}
	gotP := map[string]bool{}
	for _, rel := range a.Relations {
		k := relKey(rel.Subject.ID, rel.Type.String(), rel.Object.ID, rel.Negated)
		if _, ok := gotR[k]; !ok {
			st := a.Sentences[rel.Sentence]
			gotR[k] = Item{Article: c.Name, Key: k, Type: rel.Type.String(), Sent: rel.Sentence, Text: a.Text[st.Start:st.End]}
		}
		gotP[pairKey(rel.Subject.ID, rel.Object.ID)] = true
	}
	for k, it := range gotR {
		if _, ok := wantR[k]; ok {
			r.Typed.TP++
			r.perType(it.Type).TP++
			continue
		}
		if ignoreR[k] {
			continue
		}
		r.Typed.FP++
		r.perType(it.Type).FP++
		r.Extras = append(r.Extras, it)
	}
	for k, t := range wantR {
		if _, ok := gotR[k]; ok {
			continue
		}
		r.Typed.FN++
		r.perType(t).FN++
		r.Misses = append(r.Misses, Item{Article: c.Name, Key: k, Type: t, Sent: -1})
		// A confusion: the same pair predicted under another type.
		parts := strings.Fields(k)
		for gk, it := range gotR {
			gp := strings.Fields(gk)
			if pairKey(gp[0], gp[2]) == pairKey(parts[0], parts[2]) && it.Type != t {
				r.Confusions[t+"→"+it.Type]++
			}
		}
	}
	for k := range gotP {
		if wantP[k] {
			r.Pairs.TP++
		} else if !ignoreP[k] {
			r.Pairs.FP++
		}
	}
	for k := range wantP {
		if !gotP[k] {
			r.Pairs.FN++
		}
	}
	sortItems(r.Misses)
	sortItems(r.Extras)
	sortItems(r.EntityMisses)
	sortItems(r.EntityExtras)
}

func (r *Report) perType(t string) *Counts {
	c, ok := r.PerType[t]
	if !ok {
		c = &Counts{}
		r.PerType[t] = c
	}
	return c
}

func sortItems(items []Item) {
	sort.Slice(items, func(i, j int) bool {
		if items[i].Article != items[j].Article {
			return items[i].Article < items[j].Article
		}
		return items[i].Key < items[j].Key
	})
}
