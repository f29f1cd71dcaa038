package main

import (
	"io"
	"strconv"
	"strings"

	"github.com/geopol/geopol/relation"
)

// tsvFormat writes one row per relation, in the spirit of a GDELT event
// row, under a header line. Text fields have tab, line break, carriage
// return and backslash escaped as \t, \n, \r and \\.
//
// date is the relation's date as YYYYMMDD, GDELT's SQLDATE: the day its
// sentence names or, failing that, the article's date (for a week, month
// or year, its first day); empty when neither is known. date_basis says
// which ("sentence" or "article").
type tsvFormat struct{}

// tsvColumns is the header line.
var tsvColumns = []string{
	"source", "date", "date_basis",
	"subject_id", "subject_kind",
	"type", "cameo", "cameo_root", "quad_class", "goldstein", "plover",
	"object_id", "object_kind",
	"negated", "modality", "sentence",
	"trigger_start", "trigger_end", "evidence_start", "evidence_end",
	"trigger_text",
}

func (tsvFormat) begin(w io.Writer, _ bool) error {
	_, err := io.WriteString(w, strings.Join(tsvColumns, "\t")+"\n")
	return err
}

func (tsvFormat) end(io.Writer) error { return nil }

func (f tsvFormat) article(w io.Writer, r *result) error {
	return f.relations(w, r.source, r.article.Relations)
}

// relations writes the rows of rels, read from source. tsvFormat is a
// streamer: a single plain-text input is written block by block.
func (tsvFormat) relations(w io.Writer, source string, rels []relation.Relation) error {
	var b strings.Builder
	for i := range rels {
		rel := &rels[i]
		code := cameo(rel)
		row := []string{
			tsvEscape(source), sqlDate(rel), rel.DateBasis,
			rel.Subject.ID, string(rel.Subject.Mention.Kind),
			rel.Type.String(), code, relation.CAMEORoot(code),
			strconv.Itoa(int(rel.Type.QuadClass())),
			strconv.FormatFloat(rel.Type.Goldstein(), 'f', 1, 64),
			plover(rel),
			rel.Object.ID, string(rel.Object.Mention.Kind),
			strconv.FormatBool(rel.Negated), rel.Modality.String(), strconv.Itoa(rel.Sentence),
			strconv.Itoa(rel.Trigger.Start), strconv.Itoa(rel.Trigger.End),
			strconv.Itoa(rel.Evidence.Start), strconv.Itoa(rel.Evidence.End),
			tsvEscape(rel.Trigger.Text),
		}
		b.WriteString(strings.Join(row, "\t"))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

var tsvReplacer = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

// tsvEscape makes s safe for one TSV field.
func tsvEscape(s string) string { return tsvReplacer.Replace(s) }

// sqlDate formats a relation's date as GDELT's YYYYMMDD, or "".
func sqlDate(r *relation.Relation) string {
	if r.Date == nil {
		return ""
	}
	return r.Date.Time.Format("20060102")
}
