package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/geopol/geopol"
)

// input is one text to read: a file, standard input or the sample article.
// Reading is deferred to read, so that the workers read files in parallel.
type input struct {
	name string // the source name reported in the output
	path string // the file to read; "" with stdin or sample
	// stdin reads standard input; sample uses geopol.SampleArticle.
	stdin, sample bool
	// inDir is set for files found by walking a directory.
	inDir bool
	// err is a problem found while listing inputs (a directory that could
	// not be walked); the input then fails without being read.
	err error
}

// inputExts are the extensions a directory walk picks up.
var inputExts = []string{".txt", ".html", ".htm"}

// listInputs turns the command-line arguments into inputs, in order:
// "-" is standard input, a directory gives its *.txt and *.html files in
// sorted order, anything else is a file. No argument gives the sample.
func listInputs(args []string) []input {
	if len(args) == 0 {
		return []input{{name: "sample", sample: true}}
	}
	var out []input
	for _, arg := range args {
		if arg == "-" {
			out = append(out, input{name: "stdin", stdin: true})
			continue
		}
		info, err := os.Stat(arg)
		if err != nil || !info.IsDir() {
			// A missing or unreadable file fails when it is read, with
			// the error naming it.
			out = append(out, input{name: arg, path: arg})
			continue
		}
		out = append(out, walkDir(arg)...)
	}
	return out
}

// walkDir lists the inputs under dir in sorted path order. An error while
// walking becomes a failed input naming the path at fault.
func walkDir(dir string) []input {
	var out []input
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, input{name: path, err: err, inDir: true})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && slices.Contains(inputExts, strings.ToLower(filepath.Ext(path))) {
			out = append(out, input{name: path, path: path, inDir: true})
		}
		return nil
	})
	if err != nil {
		out = append(out, input{name: dir, err: err, inDir: true})
	}
	slices.SortStableFunc(out, func(a, b input) int { return strings.Compare(a.name, b.name) })
	return out
}

// read returns the input's text. Standard input is read at most once:
// reading "-" twice gives the empty text the second time. The text is
// read straight into a string, not into bytes converted after, which would
// hold a large input twice.
func (in input) read(stdin io.Reader) (string, error) {
	switch {
	case in.err != nil:
		return "", in.err
	case in.sample:
		return geopol.SampleArticle(), nil
	case in.stdin:
		return readString(stdin, 0)
	default:
		f, err := os.Open(in.path)
		if err != nil {
			return "", err
		}
		defer f.Close()
		size := 0
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
			size = int(info.Size())
		}
		return readString(f, size)
	}
}

// readString reads r to its end into a string, with room for size bytes
// made first.
func readString(r io.Reader, size int) (string, error) {
	var b strings.Builder
	b.Grow(size + 1) // +1: the read that finds the end
	_, err := io.Copy(&b, r)
	return b.String(), err
}

// isHTML reports whether the input is to be read as HTML: files named
// *.html or *.htm, and standard input that starts like an HTML document.
func (in input) isHTML(text string) bool {
	if in.path != "" {
		ext := strings.ToLower(filepath.Ext(in.path))
		return ext == ".html" || ext == ".htm"
	}
	if in.stdin {
		head := strings.ToLower(strings.TrimSpace(text[:min(len(text), 512)]))
		return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
	}
	return false
}

// inputError is a failure to read or extract one input.
type inputError struct {
	name string
	err  error
}

func (e *inputError) Error() string {
	// os errors already name the path; don't repeat it.
	if pe, ok := e.err.(*fs.PathError); ok && pe.Path == e.name {
		return pe.Error()
	}
	return fmt.Sprintf("%s: %v", e.name, e.err)
}
