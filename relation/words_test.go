package relation

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestCodeWordsInTable keeps sentence.w honest: a token that is not in the
// word table keeps its own text, so every word the reader compares tokens
// with must be in the table. This parses the reader's source and checks
// each word-like string literal (except suffixes given to hasSuffix).
func TestCodeWordsInTable(t *testing.T) {
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	wordLike := regexp.MustCompile(`^[a-z&,.;:!?'"“”()\[\]»…/—-]{1,14}$`)
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "lexicon.go" || name == "types.go" || name == "relation.go" {
			continue // loaders and tables, not the reader's comparisons
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		suffixArgs := map[*ast.BasicLit]bool{}
		for _, imp := range f.Imports {
			suffixArgs[imp.Path] = true // import paths are no words
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "hasSuffix" && len(call.Args) == 2 {
					if lit, ok := call.Args[1].(*ast.BasicLit); ok {
						suffixArgs[lit] = true
					}
				}
			}
			return true
		})
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING || suffixArgs[lit] {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || !wordLike.MatchString(s) || notTokenWords[s] {
				return true
			}
			checked++
			var buf []byte
			if _, _, ok := l.table.lookup(s, &buf); !ok {
				t.Errorf("%s: %q is compared with tokens but is not in the word table: add it to codeWords", fset.Position(lit.Pos()), s)
			}
			return true
		})
	}
	if checked < 50 {
		t.Errorf("checked only %d literals: is the reader's source where the test looks?", checked)
	}
}

// notTokenWords are literals of the reader that are compared with lexicon
// settings, not with tokens: "direct" is an objects keyword.
var notTokenWords = map[string]bool{"direct": true}

// TestWordTableLookup checks case-insensitive lookup, folding of non-ASCII
// tokens, and misses.
func TestWordTableLookup(t *testing.T) {
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var buf []byte
	for _, tc := range []struct {
		text, key string
		ok        bool
	}{
		{"sanctions", "sanctions", true},
		{"Sanctions", "sanctions", true},
		{"SANCTIONS", "sanctions", true},
		{"The", "the", true},
		{"’", "'", true}, // curly apostrophe folds to straight
		{"–", "-", true}, // en dash folds to hyphen
		{"Japan", "", false},
		{"Côte", "", false},
		{"", "", false},
	} {
		key, _, ok := l.table.lookup(tc.text, &buf)
		if ok != tc.ok || key != tc.key {
			t.Errorf("lookup(%q) = %q, %v; want %q, %v", tc.text, key, ok, tc.key, tc.ok)
		}
	}
	if n := testing.AllocsPerRun(100, func() { l.table.lookup("Sanctions", &buf) }); n != 0 {
		t.Errorf("lookup allocates %v times", n)
	}
}
