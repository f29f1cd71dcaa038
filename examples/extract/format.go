package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/geopol/geopol/entity"
	"github.com/geopol/geopol/gazetteer"
	"github.com/geopol/geopol/relation"
)

// A formatter writes the results of a run in one output format. begin is
// called once before the first article (many is false when the run has a
// single input named on the command line), article once per input that
// was read, in input order, and end once at the end.
type formatter interface {
	begin(w io.Writer, many bool) error
	article(w io.Writer, r *result) error
	end(w io.Writer) error
}

// A streamer is a formatter that can write an input's relations as they
// are read, block by block, with no need of the whole article: run reads a
// single plain-text input for it with geopol.Extractor.Stream, so that a
// text of any size takes the memory of the text and one block. relations
// is called once per block, in text order, between begin and end.
type streamer interface {
	formatter
	relations(w io.Writer, source string, rels []relation.Relation) error
}

// formats are the output formats by name, each a constructor so that a run
// gets fresh state.
var formats = map[string]func() formatter{
	"text":  func() formatter { return &textFormat{} },
	"json":  func() formatter { return &jsonFormat{} },
	"jsonl": func() formatter { return &jsonFormat{lines: true} },
	"tsv":   func() formatter { return &tsvFormat{} },
	"dot":   func() formatter { return newDotFormat() },
	"html":  func() formatter { return &htmlFormat{} },
}

// formatNames returns the format names in the order the usage gives them.
func formatNames() []string {
	return []string{"text", "json", "jsonl", "tsv", "dot", "html"}
}

// newFormatter returns the formatter called name, or nil.
func newFormatter(name string) formatter {
	if f, ok := formats[name]; ok {
		return f()
	}
	return nil
}

// textFormat is the default output, for a person: per article a header,
// its entities and its relations.
type textFormat struct{ n int }

func (f *textFormat) begin(io.Writer, bool) error { return nil }
func (f *textFormat) end(io.Writer) error         { return nil }

func (f *textFormat) article(w io.Writer, r *result) error {
	a := r.article
	if f.n > 0 {
		fmt.Fprintln(w)
	}
	f.n++
	fmt.Fprintf(w, "== %s: %d bytes, %s, %s\n", r.source, len(r.text),
		plural(len(a.Entities), "entity", "entities"), plural(len(a.Relations), "relation", "relations"))

	if len(a.Entities) > 0 {
		fmt.Fprintln(w, "\nEntities:")
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, e := range a.Entities {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", e.ID, e.Kind, oneLine(e.Name),
				plural(len(e.Mentions), "mention", "mentions"), forms(e.Mentions))
		}
		tw.Flush()
	}
	if len(a.Relations) > 0 {
		fmt.Fprintln(w, "\nRelations:")
		for i := range a.Relations {
			fmt.Fprintf(w, "  %s\n", relationLine(&a.Relations[i]))
		}
	}
	return nil
}

// relationLine writes a relation as a sentence with its codes:
//
//	Japan —negotiates with→ European Union  [negotiate, CAMEO 046, intended]  «engage in negotiations» (sentence 1)
func relationLine(r *relation.Relation) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s —%s→ %s  [%s, CAMEO %s, %s", argName(r.Subject), r.Type.Label(), argName(r.Object),
		r.Type, cameo(r), r.Modality)
	if r.Negated {
		b.WriteString(", negated")
	}
	fmt.Fprintf(&b, "]  «%s» (sentence %d)", oneLine(r.Trigger.Text), r.Sentence)
	return b.String()
}

// argName is the canonical name of a relation's argument.
func argName(a relation.Argument) string {
	if a.Mention.Entry != nil {
		return oneLine(a.Mention.Entry.Name)
	}
	return a.ID
}

// cameo is the relation's CAMEO code: its own, or its type's default.
func cameo(r *relation.Relation) string {
	if r.CAMEO != "" {
		return r.CAMEO
	}
	return r.Type.CAMEO()
}

// forms lists the distinct texts of mentions in order of first use, with
// their count and, unless it is the name itself, their form:
// "European Union, EU ×6 (abbreviation), Brussels ×2 (seat)".
func forms(ms []entity.Mention) string {
	type form struct {
		text string
		form gazetteer.Form
		n    int
	}
	var fs []form
	for _, m := range ms {
		t := oneLine(m.Text)
		i := slices.IndexFunc(fs, func(f form) bool { return f.text == t && f.form == m.Form })
		if i < 0 {
			fs = append(fs, form{text: t, form: m.Form})
			i = len(fs) - 1
		}
		fs[i].n++
	}
	parts := make([]string, len(fs))
	for i, f := range fs {
		s := f.text
		if f.n > 1 {
			s += fmt.Sprintf(" ×%d", f.n)
		}
		if f.form != gazetteer.FormName {
			s += " (" + string(f.form) + ")"
		}
		parts[i] = s
	}
	return strings.Join(parts, ", ")
}

// oneLine folds runs of white space (a name broken over two lines) into
// one space.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// plover is the relation's PLOVER event type: its own, or its type's.
func plover(r *relation.Relation) string {
	if r.PLOVER != "" {
		return r.PLOVER
	}
	return r.Type.PLOVER()
}
