package main

import (
	"fmt"
	"html"
	"io"
	"slices"
	"strings"

	"github.com/geopol/geopol/relation"
)

// htmlFormat writes one self-contained HTML5 page for the whole run: for
// each article its text with every mention marked by kind
// (<mark class="m-country" data-id="JPN" id="m-3">), and its relations,
// each with its codes and a link to its evidence sentence, which is
// highlighted in the text (<span class="ev" id="ev-2">). Ids are numbered
// across the page, so they are unique however many articles it holds. The
// page needs no external resource.
//
// The text shown is the input as read, so for HTML input it is the page's
// source, escaped, with the mentions marked where they stand in it.
type htmlFormat struct {
	mentions  int // ids given so far: m-1, m-2, ...
	evidences int // ev-1, ev-2, ...
	relations int // r-1, r-2, ...
}

const htmlHead = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>geopol: entities and relations</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 56em; padding: 0 1em; color: #222; }
.text { white-space: pre-wrap; background: #fafafa; border: 1px solid #ddd; padding: 1em; }
mark { border-radius: 3px; padding: 0 1px; }
.m-country { background: #bbdefb; } .m-territory { background: #d1c4e9; }
.m-bloc { background: #c8e6c9; } .m-organization { background: #ffe0b2; }
.m-location { background: #eeeeee; }
.ev { text-decoration: underline dotted #999; }
.ev:target { background: #fff59d; }
.codes { color: #555; font-size: 90%; }
.q1 { color: #2e7d32; } .q2 { color: #1565c0; } .q3 { color: #ef6c00; } .q4 { color: #c62828; }
table { border-collapse: collapse; } td, th { padding: 0 .8em 0 0; text-align: left; }
</style>
</head>
<body>
<h1>geopol: entities and relations</h1>
<p class="legend">Mentions: <mark class="m-country">country</mark> <mark class="m-territory">territory</mark> <mark class="m-bloc">bloc</mark> <mark class="m-organization">organization</mark> <mark class="m-location">location</mark>.
Relations: <span class="q1">verbal cooperation</span>, <span class="q2">material cooperation</span>, <span class="q3">verbal conflict</span>, <span class="q4">material conflict</span>.
Each relation links to the sentence that supports it.</p>
`

func (f *htmlFormat) begin(w io.Writer, _ bool) error {
	_, err := io.WriteString(w, htmlHead)
	return err
}

func (f *htmlFormat) end(w io.Writer) error {
	_, err := io.WriteString(w, "</body>\n</html>\n")
	return err
}

// htmlTag is a tag to open or close at an offset of the text.
type htmlTag struct {
	at   int
	open bool
	rank int // at one offset: closing mentions, then evidence, then opening evidence, then mentions
	tag  string
}

func (f *htmlFormat) article(w io.Writer, r *result) error {
	a := r.article
	var b strings.Builder
	fmt.Fprintf(&b, "<section class=\"article\">\n<h2>%s</h2>\n<p>%s, %s.</p>\n", esc(r.source),
		plural(len(a.Entities), "entity", "entities"), plural(len(a.Relations), "relation", "relations"))

	// Ids: one per mention (by its start offset, which is unique) and one
	// per sentence that supports a relation.
	mentionID := map[int]string{}
	var tags []htmlTag
	for _, m := range a.Mentions {
		f.mentions++
		id := fmt.Sprintf("m-%d", f.mentions)
		mentionID[m.Start] = id
		tags = append(tags,
			htmlTag{m.Start, true, 3, fmt.Sprintf(`<mark class="m-%s" data-id="%s" id="%s" title="%s · %s · %s">`,
				m.Kind, esc(m.ID), id, esc(m.ID), m.Kind, m.Form)},
			htmlTag{m.End, false, 0, "</mark>"})
	}
	evidenceID := map[int]string{} // by sentence
	for _, rel := range a.Relations {
		if _, ok := evidenceID[rel.Sentence]; ok {
			continue
		}
		f.evidences++
		id := fmt.Sprintf("ev-%d", f.evidences)
		evidenceID[rel.Sentence] = id
		tags = append(tags,
			htmlTag{rel.Evidence.Start, true, 2, fmt.Sprintf(`<span class="ev" id="%s">`, id)},
			htmlTag{rel.Evidence.End, false, 1, "</span>"})
	}
	// Sentences and mentions never cross (a mention lies within its
	// sentence), so sorting the tags by offset and rank nests them.
	slices.SortStableFunc(tags, func(x, y htmlTag) int {
		if x.at != y.at {
			return x.at - y.at
		}
		return x.rank - y.rank
	})
	b.WriteString(`<div class="text">`)
	pos := 0
	for _, t := range tags {
		b.WriteString(esc(r.text[pos:t.at]))
		b.WriteString(t.tag)
		pos = t.at
	}
	b.WriteString(esc(r.text[pos:]))
	b.WriteString("</div>\n")

	if len(a.Relations) > 0 {
		b.WriteString("<h3>Relations</h3>\n<ol class=\"relations\">\n")
		for i := range a.Relations {
			rel := &a.Relations[i]
			f.relations++
			q := rel.Type.QuadClass()
			fmt.Fprintf(&b, `<li id="r-%d" class="q%d">%s —%s→ %s`, f.relations, q,
				argLink(rel.Subject, mentionID), esc(rel.Type.Label()), argLink(rel.Object, mentionID))
			code := cameo(rel)
			fmt.Fprintf(&b, ` <span class="codes">[%s · CAMEO %s (root %s) · QuadClass %d · Goldstein %.1f · PLOVER %s · %s`,
				rel.Type, code, relation.CAMEORoot(code), q, rel.Type.Goldstein(), esc(plover(rel)), rel.Modality)
			if rel.Negated {
				b.WriteString(" · negated")
			}
			fmt.Fprintf(&b, "]</span> «%s» <a href=\"#%s\">sentence %d</a></li>\n",
				esc(oneLine(rel.Trigger.Text)), evidenceID[rel.Sentence], rel.Sentence)
		}
		b.WriteString("</ol>\n")
	}

	if len(a.Entities) > 0 {
		b.WriteString("<h3>Entities</h3>\n<table class=\"entities\">\n<tr><th>id</th><th>kind</th><th>name</th><th>mentions</th></tr>\n")
		for _, e := range a.Entities {
			fmt.Fprintf(&b, "<tr><td>%s</td><td><mark class=\"m-%s\">%s</mark></td><td>%s</td><td>",
				esc(e.ID), e.Kind, e.Kind, esc(e.Name))
			for j, m := range e.Mentions {
				if j > 0 {
					b.WriteString(" ")
				}
				fmt.Fprintf(&b, `<a href="#%s">%d</a>`, mentionID[m.Start], j+1)
			}
			b.WriteString("</td></tr>\n")
		}
		b.WriteString("</table>\n")
	}
	b.WriteString("</section>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// argLink is a relation argument's name linked to the mention that filled
// the role.
func argLink(arg relation.Argument, mentionID map[int]string) string {
	name := esc(argName(arg))
	id, ok := mentionID[arg.Mention.Start]
	if !ok {
		return name
	}
	return fmt.Sprintf(`<a href="#%s">%s</a>`, id, name)
}

// esc escapes s for HTML text or a quoted attribute, replacing invalid
// UTF-8 so that the page stays valid.
func esc(s string) string {
	return html.EscapeString(strings.ToValidUTF8(s, "\uFFFD"))
}
