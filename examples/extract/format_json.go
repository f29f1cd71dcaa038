package main

import (
	"encoding/json"
	"io"
)

// jsonFormat writes OUTPUT.md's JSON document for each article (through
// geopol.Article's MarshalJSON). With lines set (jsonl) it writes one
// compact document per line; otherwise one indented document for a single
// input, or an indented array of them.
type jsonFormat struct {
	lines bool
	many  bool // write an array
	n     int  // documents written
}

func (f *jsonFormat) begin(_ io.Writer, many bool) error {
	f.many = many
	return nil
}

func (f *jsonFormat) article(w io.Writer, r *result) error {
	var (
		b   []byte
		err error
	)
	switch {
	case f.lines:
		b, err = json.Marshal(r.article)
	case f.many:
		b, err = json.MarshalIndent(r.article, "  ", "  ")
	default:
		b, err = json.MarshalIndent(r.article, "", "  ")
	}
	if err != nil {
		return err
	}
	var sep string
	switch {
	case f.lines || !f.many:
		b = append(b, '\n')
	case f.n == 0:
		sep = "[\n  "
	default:
		sep = ",\n  "
	}
	f.n++
	if _, err := io.WriteString(w, sep); err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

func (f *jsonFormat) end(w io.Writer) error {
	if f.lines || !f.many {
		return nil
	}
	var err error
	if f.n == 0 {
		_, err = io.WriteString(w, "[]\n")
	} else {
		_, err = io.WriteString(w, "\n]\n")
	}
	return err
}
