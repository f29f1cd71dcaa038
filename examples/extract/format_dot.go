package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/geopol/geopol/relation"
)

// dotFormat writes the relation network of the whole run for Graphviz
// (dot -Tsvg): one node per actor entity mentioned, labelled with its name,
// and one edge per distinct (subject, type, object, negated), labelled with
// the type and, when several sentences support it, their count. Symmetric
// types have no arrowhead (dir=none), negated relations are dashed and
// colours follow the type's QuadClass. Nodes and edges are sorted, so the
// same inputs always give the same file.
type dotFormat struct {
	nodes map[string]dotNode
	edges map[relation.Key]int // sentences supporting each edge
}

type dotNode struct{ name, kind string }

func newDotFormat() *dotFormat {
	return &dotFormat{nodes: map[string]dotNode{}, edges: map[relation.Key]int{}}
}

// quadColours are the edge colours by QuadClass: greens and blues for
// cooperation, orange and red for conflict.
var quadColours = map[relation.QuadClass]string{
	relation.VerbalCooperation:   "#2e7d32",
	relation.MaterialCooperation: "#1565c0",
	relation.VerbalConflict:      "#ef6c00",
	relation.MaterialConflict:    "#c62828",
}

func (f *dotFormat) begin(io.Writer, bool) error { return nil }

func (f *dotFormat) article(_ io.Writer, r *result) error {
	for _, e := range r.article.Entities {
		if _, seen := f.nodes[e.ID]; !seen && e.Kind.IsActor() {
			f.nodes[e.ID] = dotNode{name: e.Name, kind: string(e.Kind)}
		}
	}
	for i := range r.article.Relations {
		f.edges[r.article.Relations[i].Key()]++
	}
	return nil
}

func (f *dotFormat) end(w io.Writer) error {
	var b strings.Builder
	b.WriteString("// The relation network read by geopol. Render with: dot -Tsvg -o network.svg\n")
	b.WriteString("digraph geopol {\n")
	b.WriteString("  graph [rankdir=LR, overlap=false, fontname=\"Helvetica\"];\n")
	b.WriteString("  node [shape=ellipse, fontname=\"Helvetica\"];\n")
	b.WriteString("  edge [fontname=\"Helvetica\", fontsize=10];\n")

	ids := make([]string, 0, len(f.nodes))
	for id := range f.nodes {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		n := f.nodes[id]
		shape := ""
		if n.kind == "bloc" || n.kind == "organization" {
			shape = ", shape=box"
		}
		fmt.Fprintf(&b, "  %s [label=%s%s];\n", dotQuote(id), dotQuote(n.name), shape)
	}

	keys := make([]relation.Key, 0, len(f.edges))
	for k := range f.edges {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y relation.Key) int {
		return cmp.Or(cmp.Compare(x.Subject, y.Subject), cmp.Compare(x.Object, y.Object),
			cmp.Compare(x.Type, y.Type), cmpBool(x.Negated, y.Negated))
	})
	for _, k := range keys {
		label := k.Type.String()
		if n := f.edges[k]; n > 1 {
			label = fmt.Sprintf("%s ×%d", label, n)
		}
		if k.Negated {
			label = "not " + label
		}
		colour := quadColours[k.Type.QuadClass()]
		fmt.Fprintf(&b, "  %s -> %s [label=%s, color=%q, fontcolor=%q", dotQuote(k.Subject), dotQuote(k.Object),
			dotQuote(label), colour, colour)
		if k.Type.Symmetric() {
			b.WriteString(", dir=none")
		}
		if k.Negated {
			b.WriteString(", style=dashed")
		}
		b.WriteString("];\n")
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}

var dotReplacer = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")

// dotQuote writes s as a DOT quoted string.
func dotQuote(s string) string { return `"` + dotReplacer.Replace(s) + `"` }
