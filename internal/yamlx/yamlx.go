// Package yamlx decodes geopol's YAML data files (the gazetteer and the
// relation lexicon) from yaml.v3 node trees, so that every problem is
// reported with its file, line and column and a hint of what to do. It
// refuses YAML aliases, so a small file cannot expand into a large one.
package yamlx

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Error is one problem in a data file, with its position.
type Error struct {
	Pkg    string // the package reporting it: "gazetteer", "relation"
	File   string // source name, as given to the loader
	Line   int    // 1-based; 0 when the problem has no single place
	Column int    // 1-based
	Msg    string // what is wrong and what to do
}

// Error formats the error as "pkg: file:line:col: msg".
func (e *Error) Error() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s: %s:%d:%d: %s", e.Pkg, e.File, e.Line, e.Column, e.Msg)
	case e.File != "":
		return fmt.Sprintf("%s: %s: %s", e.Pkg, e.File, e.Msg)
	}
	return e.Pkg + ": " + e.Msg
}

// ErrorList is a list of errors sorted by position. Loaders return every
// problem they find, not just the first, so a file can be fixed in one go.
type ErrorList []*Error

// Error joins the errors, one per line; a long list ends with a count.
func (l ErrorList) Error() string {
	const show = 10
	var b strings.Builder
	for i, e := range l {
		if i == show {
			fmt.Fprintf(&b, "\n(and %d more errors)", len(l)-show)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap lets errors.As find each *Error.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// Add appends an error.
func (l *ErrorList) Add(pkg, file string, line, col int, format string, args ...any) {
	*l = append(*l, &Error{Pkg: pkg, File: file, Line: line, Column: col, Msg: fmt.Sprintf(format, args...)})
}

// Err sorts the list and returns it, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return l
}

// Source is one data file: its name (used in error messages) and its YAML
// text. The gazetteer and relation packages export it as their Source.
type Source struct {
	Name string
	Data []byte
}

// ReadFile reads a source from a file; errors are prefixed with pkg.
func ReadFile(pkg, path string) (Source, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Source{}, fmt.Errorf("%s: %w", pkg, err)
	}
	return Source{Name: path, Data: data}, nil
}

// ReadSource reads a source named name from r, at most limit bytes. A
// longer source is refused with tooLarge, wrapped with what to do, rather
// than read whole into memory.
func ReadSource(pkg, name string, r io.Reader, limit int, tooLarge error, raise string) (Source, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return Source{}, fmt.Errorf("%s: %s: %w", pkg, name, err)
	}
	if len(data) > limit {
		return Source{}, fmt.Errorf("%w: %s is over %d bytes (raise %s)", tooLarge, name, limit, raise)
	}
	return Source{Name: name, Data: data}, nil
}

// Pos is a place in a source.
type Pos struct {
	File      string
	Line, Col int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }

// Decoder walks the nodes of one source, collecting errors.
type Decoder struct {
	Pkg  string
	File string
	Errs *ErrorList
}

// At returns the position of n.
func (d *Decoder) At(n *yaml.Node) Pos { return Pos{d.File, n.Line, n.Column} }

// Errorf reports a problem at n.
func (d *Decoder) Errorf(n *yaml.Node, format string, args ...any) {
	d.Errs.Add(d.Pkg, d.File, n.Line, n.Column, format, args...)
}

// Root parses data and returns its top-level mapping, or nil after reporting
// why there is none. A panic inside the YAML library becomes an error.
func (d *Decoder) Root(data []byte, hint string) *yaml.Node {
	var doc yaml.Node
	if err := safeUnmarshal(data, &doc); err != nil {
		line, msg := errorLine(err)
		d.Errs.Add(d.Pkg, d.File, line, 1, "%s", msg)
		return nil
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		d.Errs.Add(d.Pkg, d.File, 0, 0, "empty file; %s", hint)
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		d.Errorf(root, "expected a mapping, not %s; %s", Kind(root), hint)
		return nil
	}
	return root
}

func safeUnmarshal(data []byte, n *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: the YAML parser failed on this input (%v); check the file's syntax", r)
		}
	}()
	return yaml.Unmarshal(data, n)
}

// errorLine pulls the line number out of a yaml.v3 error message.
func errorLine(err error) (int, string) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if i := strings.IndexByte(rest, ':'); i > 0 {
			if n, err := strconv.Atoi(rest[:i]); err == nil {
				return n, "invalid YAML: " + strings.TrimSpace(rest[i+1:])
			}
		}
	}
	return 0, "invalid YAML: " + msg
}

// Fields walks the keys of mapping m, reporting unknown keys (with a
// suggestion), repeated keys and YAML aliases, and calls f for the others.
func (d *Decoder) Fields(m *yaml.Node, known []string, f func(key string, v *yaml.Node)) {
	if m.Kind != yaml.MappingNode {
		d.Errorf(m, "expected a mapping with keys %s, not %s", strings.Join(known, ", "), Kind(m))
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.Errorf(k, "a key must be a plain word, not %s", Kind(k))
			continue
		}
		if v.Kind == yaml.AliasNode {
			d.Errorf(v, "YAML aliases (*%s) are not allowed here; write the value out", v.Value)
			continue
		}
		if !contains(known, k.Value) {
			if s := Suggest(k.Value, known); s != "" {
				d.Errorf(k, "unknown field %q; did you mean %q?", k.Value, s)
			} else {
				d.Errorf(k, "unknown field %q; known fields are %s", k.Value, strings.Join(known, ", "))
			}
			continue
		}
		if seen[k.Value] {
			d.Errorf(k, "field %q given twice; keep one", k.Value)
			continue
		}
		seen[k.Value] = true
		f(k.Value, v)
	}
}

// Scalar returns the single value v, reporting anything else.
func (d *Decoder) Scalar(key string, v *yaml.Node) string {
	s, _ := d.ScalarOK(key, v)
	return s
}

// ScalarOK is Scalar that also reports whether v was a single value, so
// that a caller checks the value's form only when there is one (and a
// list given for a code is one error, not two).
func (d *Decoder) ScalarOK(key string, v *yaml.Node) (string, bool) {
	if v.Kind != yaml.ScalarNode || IsNull(v) {
		d.Errorf(v, "%s must be a single value, not %s", key, Kind(v))
		return "", false
	}
	return strings.TrimSpace(v.Value), true
}

// Bool returns the boolean v.
func (d *Decoder) Bool(key string, v *yaml.Node) bool {
	switch s := d.Scalar(key, v); s {
	case "true":
		return true
	case "false", "":
		return false
	default:
		d.Errorf(v, "%s must be true or false, not %q", key, s)
		return false
	}
}

// Int returns the integer v, which must lie in [lo, hi].
func (d *Decoder) Int(key string, v *yaml.Node, lo, hi int) int {
	s := d.Scalar(key, v)
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		d.Errorf(v, "bad %s %q; write a whole number between %d and %d", key, s, lo, hi)
		return 0
	}
	return n
}

// IsList reports whether v is a list, reporting anything but a list or an
// empty value.
func (d *Decoder) IsList(key string, v *yaml.Node) bool {
	if v.Kind == yaml.SequenceNode {
		return true
	}
	if !IsNull(v) {
		d.Errorf(v, "%s must be a list such as [A, B], not %s", key, Kind(v))
	}
	return false
}

// Strings returns the list of single values v, calling at (if not nil) with
// each value's node.
func (d *Decoder) Strings(key string, v *yaml.Node, at func(s string, n *yaml.Node)) []string {
	if !d.IsList(key, v) {
		return nil
	}
	out := make([]string, 0, len(v.Content))
	for _, item := range v.Content {
		s := d.Scalar(key, item)
		if s == "" {
			if item.Kind == yaml.ScalarNode && !IsNull(item) {
				d.Errorf(item, "%s holds an empty value; remove it or write the value", key)
			}
			continue
		}
		out = append(out, s)
		if at != nil {
			at(s, item)
		}
	}
	return out
}

// IsNull reports whether n is an empty value.
func IsNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

// Kind names the kind of n for messages, with its article: "a mapping",
// "an empty value".
func Kind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "a YAML alias"
	case yaml.ScalarNode:
		if IsNull(n) {
			return "an empty value"
		}
		return fmt.Sprintf("a single value (%q)", n.Value)
	}
	return "a document"
}

func contains(list []string, x string) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}

// Suggest returns the known word closest to w when it is a likely typo:
// edit distance at most 2, or one word a prefix of the other.
func Suggest(w string, known []string) string {
	best, bestD := "", 3
	for _, k := range known {
		if len(w) >= 3 && (strings.HasPrefix(k, w) || strings.HasPrefix(w, k)) {
			return k
		}
		if d := editDistance(w, k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
