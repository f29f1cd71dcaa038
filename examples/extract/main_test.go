package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geopol/geopol"
	"github.com/geopol/geopol/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// repoRoot is the module root, relative to this package.
const repoRoot = "../.."

const sampleFile = "testdata/articles/eu-japan-security.txt" // relative to repoRoot

// runExtract runs the program and returns its exit status, stdout and
// stderr.
func runExtract(t *testing.T, stdin io.Reader, args ...string) (int, string, string) {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var stdout, stderr bytes.Buffer
	code := run(args, stdin, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// TestGolden runs every format on the sample article from the module root,
// so that the source name reads as OUTPUT.md gives it, and compares the
// output with testdata/golden/eu-japan.FORMAT.
func TestGolden(t *testing.T) {
	dir, err := filepath.Abs("testdata/golden")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(repoRoot)
	for _, format := range formatNames() {
		t.Run(format, func(t *testing.T) {
			code, got, stderr := runExtract(t, nil, "-format", format, sampleFile)
			if code != 0 || stderr != "" {
				t.Fatalf("exit %d, stderr:\n%s", code, stderr)
			}
			golden.Check(t, filepath.Join(dir, "eu-japan."+format), got, *update)
		})
	}
}

// TestJSONMatchesLibrary checks that -format json is the library's own
// document for the article.
func TestJSONMatchesLibrary(t *testing.T) {
	t.Chdir(repoRoot)
	code, got, _ := runExtract(t, nil, "-format", "json", sampleFile)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	text, err := os.ReadFile(sampleFile)
	if err != nil {
		t.Fatal(err)
	}
	want, err := json.Marshal(newTestExtractor(t).Extract(sampleFile, string(text)))
	if err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, []byte(got)); err != nil {
		t.Fatal(err)
	}
	if compact.String() != string(want) {
		t.Errorf("json output differs from Article.MarshalJSON:\n got %s\nwant %s", compact.String(), want)
	}
}

func newTestExtractor(t *testing.T) *geopol.Extractor {
	t.Helper()
	x, err := geopol.New(geopol.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestNoArgument runs on the sample article.
func TestNoArgument(t *testing.T) {
	code, got, stderr := runExtract(t, nil, "-format", "jsonl")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var doc struct{ Source string }
	if err := json.Unmarshal([]byte(got), &doc); err != nil || doc.Source != "sample" {
		t.Errorf("source %q, err %v; want sample", doc.Source, err)
	}
}

// TestStdin reads "-" and gives what reading the file gives, but for the
// source name.
func TestStdin(t *testing.T) {
	t.Chdir(repoRoot)
	text, err := os.ReadFile(sampleFile)
	if err != nil {
		t.Fatal(err)
	}
	code, fromStdin, stderr := runExtract(t, bytes.NewReader(text), "-format", "tsv", "-")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	_, fromFile, _ := runExtract(t, nil, "-format", "tsv", sampleFile)
	if strings.Count(fromStdin, "\n") < 3 {
		t.Fatalf("stdin gave no relations:\n%s", fromStdin)
	}
	if got := strings.ReplaceAll(fromStdin, "\nstdin\t", "\n"+sampleFile+"\t"); got != fromFile {
		t.Errorf("stdin output differs from file output:\n%s", golden.Diff(fromFile, got))
	}
}

// TestWorkers checks that a directory run gives the same output, in sorted
// input order, however many workers read it.
func TestWorkers(t *testing.T) {
	dir := filepath.Join(repoRoot, "testdata/articles")
	for _, format := range formatNames() {
		t.Run(format, func(t *testing.T) {
			code1, out1, err1 := runExtract(t, nil, "-format", format, "-workers", "1", dir)
			code4, out4, _ := runExtract(t, nil, "-format", format, "-workers", "4", dir)
			if code1 != 0 || code4 != 0 {
				t.Fatalf("exit %d and %d, stderr:\n%s", code1, code4, err1)
			}
			if out1 != out4 {
				t.Errorf("-workers 1 and -workers 4 differ:\n%s", golden.Diff(out1, out4))
			}
			if !strings.Contains(err1, "extract: 8 articles") {
				t.Errorf("no summary on stderr: %q", err1)
			}
		})
	}
	// Inputs come in sorted order.
	_, out, _ := runExtract(t, nil, "-format", "jsonl", dir)
	var sources []string
	for line := range strings.Lines(out) {
		var doc struct{ Source string }
		if err := json.Unmarshal([]byte(line), &doc); err != nil {
			t.Fatal(err)
		}
		sources = append(sources, doc.Source)
	}
	if len(sources) != 8 {
		t.Fatalf("got %d documents, want 8", len(sources))
	}
	for i := 1; i < len(sources); i++ {
		if sources[i-1] >= sources[i] {
			t.Errorf("inputs out of order: %s before %s", sources[i-1], sources[i])
		}
	}
}

// TestJSONArray: one file gives an object, several inputs or a directory
// an array.
func TestJSONArray(t *testing.T) {
	file := filepath.Join(repoRoot, sampleFile)
	for _, tc := range []struct {
		name  string
		args  []string
		array int // -1: an object
	}{
		{"one file", []string{file}, -1},
		{"two files", []string{file, file}, 2},
		{"directory", []string{filepath.Join(repoRoot, "testdata/articles")}, 8},
		{"missing only", []string{filepath.Join(t.TempDir(), "none")}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, out, _ := runExtract(t, nil, append([]string{"-format", "json"}, tc.args...)...)
			if tc.array < 0 {
				var doc map[string]any
				if err := json.Unmarshal([]byte(out), &doc); err != nil {
					t.Fatalf("not one object: %v\n%s", err, out)
				}
				return
			}
			if tc.array == 0 && out == "" {
				return // a single input that failed writes nothing
			}
			var docs []map[string]any
			if err := json.Unmarshal([]byte(out), &docs); err != nil {
				t.Fatalf("not an array: %v\n%s", err, out)
			}
			if len(docs) != tc.array {
				t.Errorf("got %d documents, want %d", len(docs), tc.array)
			}
		})
	}
}

// TestExitStatus: bad flags exit 2 before reading anything; a missing file
// exits 1, named on stderr, and the other inputs are still processed.
func TestExitStatus(t *testing.T) {
	file := filepath.Join(repoRoot, sampleFile)
	missing := filepath.Join(t.TempDir(), "missing.txt")
	badGaz := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(badGaz, []byte("entries:\n  - id: XX\n    kind: planet\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name       string
		args       []string
		code       int
		stdout     bool   // some output expected
		stderrWant string // in stderr
	}{
		{"ok", []string{file}, 0, true, ""},
		{"unknown flag", []string{"-nope", file}, 2, false, "usage: extract"},
		{"unknown format", []string{"-format", "xml", file}, 2, false, `unknown format "xml"`},
		{"zero workers", []string{"-workers", "0", file}, 2, false, "-workers must be at least 1"},
		{"missing gazetteer", []string{"-gazetteer", missing, file}, 2, false, "missing.txt"},
		{"bad gazetteer", []string{"-gazetteer", badGaz, file}, 2, false, "bad.yaml"},
		{"missing file", []string{missing, file}, 1, true, "missing.txt"},
		{"bad date", []string{"-date", "21/02/2024", file}, 2, false, "-date wants a date"},
		{"help", []string{"-h"}, 0, false, "usage: extract"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := runExtract(t, nil, append([]string{"-format", "tsv"}, tc.args...)...)
			if code != tc.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tc.code, stderr)
			}
			if !strings.Contains(stderr, tc.stderrWant) {
				t.Errorf("stderr %q does not contain %q", stderr, tc.stderrWant)
			}
			if got := strings.Count(out, "\n") > 1; got != tc.stdout {
				t.Errorf("relations written: %v, want %v\n%s", got, tc.stdout, out)
			}
		})
	}
}

// TestDateFlag dates relations by -date instead of the dateline: the
// sample's "on Monday" is the Monday before the date given.
func TestDateFlag(t *testing.T) {
	t.Chdir(repoRoot)
	for _, tc := range []struct {
		flag, monday string
	}{
		{"", "20240219"},           // the sample's dateline: February 21, 2024
		{"2024-03-06", "20240304"}, // a Wednesday: the Monday two days before
	} {
		args := []string{"-format", "tsv"}
		if tc.flag != "" {
			args = append(args, "-date", tc.flag)
		}
		code, out, stderr := runExtract(t, nil, append(args, sampleFile)...)
		if code != 0 {
			t.Fatalf("-date %q: exit %d: %s", tc.flag, code, stderr)
		}
		if !strings.Contains(out, "\t"+tc.monday+"\tsentence\t") {
			t.Errorf("-date %q: no relation dated %s by its sentence:\n%s", tc.flag, tc.monday, out)
		}
	}
}

// TestGazetteerFlag loads a gazetteer file over the default.
func TestGazetteerFlag(t *testing.T) {
	gaz := filepath.Join(t.TempDir(), "extra.yaml")
	yaml := "entries:\n  - id: VLD\n    kind: country\n    name: Valdoria\n    capitals: [Marenburg]\n"
	if err := os.WriteFile(gaz, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	text := "Valdoria accused Japan of violating its airspace, officials in Marenburg said."
	code, out, stderr := runExtract(t, strings.NewReader(text), "-gazetteer", gaz, "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"VLD", "Marenburg (capital)", "JPN", "Valdoria —accuses→ Japan"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestHTMLInput reads an HTML file: offsets are offsets into the file, and
// each mention's span of the file holds the mention.
func TestHTMLInput(t *testing.T) {
	page := `<!DOCTYPE html>
<html><head><title>EU and Japan open talks</title>
<style>p { color: red }</style><script>var Japan = "China";</script></head>
<body>
<h1>EU to open talks with Japan on security pact</h1>
<p class="lede">The European Union decided on Monday to open negotiations with
  <a href="/jp">Japan</a> on a security partnership, as China&#8217;s
  assertiveness grows &amp; Tokyo looks on.</p>
<!-- Russia is in a comment -->
<p>Beijing accused Tokyo of stirring up tensions.</p>
</body></html>
`
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runExtract(t, nil, "-format", "json", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc struct {
		Entities []struct {
			ID       string
			Mentions []struct {
				Text       string
				Start, End int
			}
		}
		Relations []struct {
			Type    string
			Subject string
			Object  string
			Trigger struct {
				Text       string
				Start, End int
			}
			Evidence struct{ Start, End int }
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	ids := map[string]int{}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			ids[e.ID]++
			if m.Start < 0 || m.End > len(page) || m.Start >= m.End {
				t.Fatalf("%s: span [%d,%d) out of the page", e.ID, m.Start, m.End)
			}
			if got := page[m.Start:m.End]; !strings.Contains(got, m.Text) {
				t.Errorf("%s: page[%d:%d] = %q, want %q", e.ID, m.Start, m.End, got, m.Text)
			}
		}
	}
	// EU ×2 (title, h1) + European Union; Japan in title, h1, p (not in
	// the script); China once; Tokyo twice; Beijing once; no Russia.
	if ids["EU"] != 3 || ids["JPN"] != 5 || ids["CHN"] != 2 || ids["RUS"] != 0 {
		t.Errorf("mention counts %v, want EU 3, JPN 5, CHN 2, no RUS", ids)
	}
	if len(doc.Relations) == 0 {
		t.Fatal("no relations")
	}
	for _, r := range doc.Relations {
		if got := page[r.Trigger.Start:r.Trigger.End]; got != r.Trigger.Text {
			t.Errorf("%s: trigger page[%d:%d] = %q, want %q", r.Type, r.Trigger.Start, r.Trigger.End, got, r.Trigger.Text)
		}
		ev := page[r.Evidence.Start:r.Evidence.End]
		if !strings.Contains(ev, r.Trigger.Text) {
			t.Errorf("%s: evidence %q lacks trigger %q", r.Type, ev, r.Trigger.Text)
		}
	}
	// China&#8217;s: the mention is China, the original bytes.
	if i := strings.Index(page, "China&#8217;s"); !strings.Contains(out, `"start": `+itoa(i)) {
		t.Errorf("no mention at the offset of China (%d)", i)
	}
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}

// TestHTMLOutput parses the html page for a directory run and checks that
// every mention is marked with its entity and kind, ids are unique, every
// link points to an element of the page, and every relation links to its
// evidence sentence, which is highlighted and holds its trigger.
func TestHTMLOutput(t *testing.T) {
	dir := filepath.Join(repoRoot, "testdata/articles")
	code, page, stderr := runExtract(t, nil, "-format", "html", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	p := parsePage(t, page)

	// The expected articles, from the library directly.
	x := newTestExtractor(t)
	inputs := listInputs([]string{dir})
	if len(p.sections) != len(inputs) {
		t.Fatalf("%d sections, want %d", len(p.sections), len(inputs))
	}
	for i, in := range inputs {
		text, err := os.ReadFile(in.path)
		if err != nil {
			t.Fatal(err)
		}
		a := x.Extract(in.name, string(text))
		s := p.sections[i]
		if s.title != in.name {
			t.Errorf("section %d is %q, want %q", i, s.title, in.name)
		}
		if s.text != string(text) {
			t.Errorf("%s: the text shown is not the article", in.name)
		}
		if len(s.marks) != len(a.Mentions) {
			t.Fatalf("%s: %d marks, want %d", in.name, len(s.marks), len(a.Mentions))
		}
		for j, m := range a.Mentions {
			mk := s.marks[j]
			if mk.dataID != m.ID || mk.class != "m-"+string(m.Kind) || mk.text != m.Text {
				t.Errorf("%s: mark %d is %+v, want %s %s %q", in.name, j, mk, m.ID, m.Kind, m.Text)
			}
		}
		if len(s.relations) != len(a.Relations) {
			t.Fatalf("%s: %d relations listed, want %d", in.name, len(s.relations), len(a.Relations))
		}
		for j, r := range a.Relations {
			li := s.relations[j]
			ev, ok := p.evidence[li.evidence]
			if !ok {
				t.Errorf("%s: relation %d links to %q, no evidence span", in.name, j, li.evidence)
				continue
			}
			if want := string(text[r.Evidence.Start:r.Evidence.End]); ev != want {
				t.Errorf("%s: relation %d: evidence %q, want %q", in.name, j, ev, want)
			}
			if !strings.Contains(li.text, r.Type.String()) || !strings.Contains(li.text, "CAMEO "+cameo(&r)) {
				t.Errorf("%s: relation %d reads %q: no type or CAMEO code", in.name, j, li.text)
			}
		}
	}
	for _, href := range p.hrefs {
		if !p.ids[strings.TrimPrefix(href, "#")] {
			t.Errorf("link %s points nowhere", href)
		}
	}
}

// page is what parsePage reads from the html output.
type page struct {
	ids      map[string]bool
	hrefs    []string
	evidence map[string]string // evidence id → its text
	sections []pageSection
}

type pageSection struct {
	title     string
	text      string // the text of div.text
	marks     []pageMark
	relations []pageRelation
}

type pageMark struct{ class, dataID, id, text string }

type pageRelation struct {
	text     string
	evidence string // the id its sentence link points to
}

// parsePage parses the page with encoding/xml in its lenient HTML mode
// (no dependency needed) and fails on duplicate ids or nested marks.
func parsePage(t *testing.T, src string) *page {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(src))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	p := &page{ids: map[string]bool{}, evidence: map[string]string{}}
	var (
		stack   []string // open element names
		inText  bool     // inside div.text
		inH2    bool
		mark    *pageMark
		evID    string
		li      *pageRelation
		doctype bool
	)
	attr := func(e xml.StartElement, name string) string {
		for _, a := range e.Attr {
			if a.Name.Local == name {
				return a.Value
			}
		}
		return ""
	}
	cur := func() *pageSection { return &p.sections[len(p.sections)-1] }
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("page does not parse: %v", err)
		}
		switch tok := tok.(type) {
		case xml.Directive:
			doctype = doctype || strings.EqualFold(string(tok), "DOCTYPE html")
		case xml.StartElement:
			name := tok.Name.Local
			stack = append(stack, name)
			if id := attr(tok, "id"); id != "" {
				if p.ids[id] {
					t.Errorf("duplicate id %q", id)
				}
				p.ids[id] = true
			}
			switch {
			case name == "section":
				p.sections = append(p.sections, pageSection{})
			case name == "h2":
				inH2 = true
			case name == "div" && attr(tok, "class") == "text":
				inText = true
			case name == "mark" && inText:
				if mark != nil {
					t.Errorf("mark %s inside mark %s", attr(tok, "id"), mark.id)
				}
				mark = &pageMark{class: attr(tok, "class"), dataID: attr(tok, "data-id"), id: attr(tok, "id")}
			case name == "span" && attr(tok, "class") == "ev":
				evID = attr(tok, "id")
			case name == "li" && len(p.sections) > 0:
				li = &pageRelation{}
			case name == "a":
				href := attr(tok, "href")
				p.hrefs = append(p.hrefs, href)
				if li != nil && strings.HasPrefix(href, "#ev-") {
					li.evidence = strings.TrimPrefix(href, "#")
				}
			}
		case xml.EndElement:
			name := tok.Name.Local
			if len(stack) == 0 || stack[len(stack)-1] != name {
				t.Fatalf("</%s> closes %v", name, stack)
			}
			stack = stack[:len(stack)-1]
			switch {
			case name == "h2":
				inH2 = false
			case name == "div" && inText:
				inText = false
			case name == "mark" && mark != nil:
				cur().marks = append(cur().marks, *mark)
				mark = nil
			case name == "span" && evID != "":
				evID = ""
			case name == "li" && li != nil:
				cur().relations = append(cur().relations, *li)
				li = nil
			}
		case xml.CharData:
			s := string(tok)
			if inH2 {
				cur().title += s
			}
			if inText {
				cur().text += s
			}
			if mark != nil {
				mark.text += s
			}
			if evID != "" {
				p.evidence[evID] += s
			}
			if li != nil {
				li.text += s
			}
		}
	}
	if !doctype {
		t.Error("no <!DOCTYPE html>")
	}
	if len(stack) != 0 {
		t.Errorf("unclosed elements %v", stack)
	}
	return p
}

// TestTSVStreamsOneInput reads one plain-text input of three blocks as
// TSV, which run streams block by block (runStream), and checks the rows
// against those of the whole article read by Extract and written by the
// TSV formatter; an HTML input and a missing file take the usual path.
func TestTSVStreamsOneInput(t *testing.T) {
	t.Chdir(repoRoot)
	sample, err := os.ReadFile(sampleFile)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for b.Len() < 3*geopol.DefaultBlockSize {
		b.Write(sample)
		b.WriteString("\n\n")
	}
	text := b.String()
	path := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, got, stderr := runExtract(t, nil, "-format", "tsv", path)
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	x, err := geopol.New(geopol.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var want strings.Builder
	f := tsvFormat{}
	if err := f.begin(&want, false); err != nil {
		t.Fatal(err)
	}
	if err := f.article(&want, &result{source: path, article: x.Extract(path, text)}); err != nil {
		t.Fatal(err)
	}
	if got != want.String() {
		t.Errorf("streamed TSV differs from the whole article's:\n%s", golden.Diff(want.String(), got))
	}
	if rows := strings.Count(got, "\n"); rows < 100 {
		t.Errorf("%d rows; want the relations of every copy of the sample", rows)
	}

	if code, _, stderr := runExtract(t, nil, "-format", "tsv", filepath.Join(t.TempDir(), "missing.txt")); code != exitFailed || !strings.Contains(stderr, "missing.txt") {
		t.Errorf("a missing file: exit %d, stderr %q; want %d and an error naming it", code, stderr, exitFailed)
	}
}
