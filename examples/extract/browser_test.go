//go:build unix

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"html"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// browserTimeout bounds one headless Chromium run.
const browserTimeout = 60 * time.Second

// findChromium returns the Chromium to run: $GEOPOL_CHROMIUM, or else the
// first of chromium, chromium-browser and google-chrome on PATH.
func findChromium() (string, bool) {
	if p := os.Getenv("GEOPOL_CHROMIUM"); p != "" {
		return p, true
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, true
		}
	}
	return "", false
}

// browserCheck is what testdata/browser/check.js reports of the page.
type browserCheck struct {
	Marks []struct {
		ID, Entity, Cls, Text string
	}
	Relations []struct {
		ID, Cls  string
		Args     []browserLink
		Evidence *browserLink
	}
	Links     int
	Broken    []string
	Resources int
}

// browserLink is an in-page link as the browser followed it.
type browserLink struct {
	Href       string
	Resolved   bool
	InText     bool
	Tag, Cls   string
	Text       string
	Background string
}

// TestHTMLInBrowser renders the HTML view of the sample article in headless
// Chromium and checks, in the DOM the browser built, that every mention the
// library finds is highlighted with its text and entity, that every
// relation is listed, and that every in-page link (relation arguments,
// evidence sentences, the entity table) lands on its element, the evidence
// sentence highlighted as the target. It is skipped when no Chromium is
// found, unless GEOPOL_REQUIRE_BROWSER is set (.ci/run installs Debian's
// Chromium and sets it).
func TestHTMLInBrowser(t *testing.T) {
	chromium, ok := findChromium()
	if !ok {
		if os.Getenv("GEOPOL_REQUIRE_BROWSER") != "" {
			t.Fatal("GEOPOL_REQUIRE_BROWSER is set but no chromium, chromium-browser or google-chrome is on PATH and GEOPOL_CHROMIUM is unset")
		}
		t.Skip("no chromium, chromium-browser or google-chrome on PATH and GEOPOL_CHROMIUM unset: " +
			"the browser check of the HTML view is SKIPPED (apt-get install chromium)")
	}

	path := filepath.Join(repoRoot, sampleFile)
	code, page, stderr := runExtract(t, nil, "-format", "html", path)
	if code != 0 || stderr != "" {
		t.Fatalf("extract -format html: exit %d, stderr:\n%s", code, stderr)
	}
	script, err := os.ReadFile("testdata/browser/check.js")
	if err != nil {
		t.Fatal(err)
	}
	i := strings.LastIndex(page, "</body>")
	if i < 0 {
		t.Fatal("HTML view has no </body>")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "view.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	checked := page[:i] + "<script>\n" + string(script) + "</script>\n" + page[i:]
	checkPath := filepath.Join(dir, "check.html")
	if err := os.WriteFile(checkPath, []byte(checked), 0o644); err != nil {
		t.Fatal(err)
	}

	dom, err := dumpDOM(t, chromium, checkPath)
	if err != nil {
		t.Fatal(err)
	}
	got := parseBrowserCheck(t, dom)

	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a := newTestExtractor(t).Extract(path, string(text))
	if len(a.Mentions) == 0 || len(a.Relations) == 0 {
		t.Fatalf("the sample has %d mentions and %d relations; the check needs some of each", len(a.Mentions), len(a.Relations))
	}

	// Every mention, highlighted, in text order.
	if len(got.Marks) != len(a.Mentions) {
		t.Errorf("browser shows %d mention highlights, the library finds %d mentions", len(got.Marks), len(a.Mentions))
	}
	for i, bad := 0, 0; i < min(len(got.Marks), len(a.Mentions)) && bad < 5; i++ {
		g, m := got.Marks[i], a.Mentions[i]
		if g.Text != m.Text || g.Entity != m.ID || g.Cls != "m-"+string(m.Kind) {
			t.Errorf("highlight %d (%s) is %q %s %s, want mention %q %s m-%s",
				i+1, g.ID, g.Text, g.Entity, g.Cls, m.Text, m.ID, m.Kind)
			bad++ // the first few are enough: one missing shifts the rest
		}
	}

	// Every relation, with its arguments and its evidence sentence.
	if len(got.Relations) != len(a.Relations) {
		t.Errorf("browser shows %d relations, the library finds %d", len(got.Relations), len(a.Relations))
	}
	for i := range min(len(got.Relations), len(a.Relations)) {
		g, rel := got.Relations[i], a.Relations[i]
		ev := g.Evidence
		switch want := string(text[rel.Evidence.Start:rel.Evidence.End]); {
		case ev == nil:
			t.Errorf("relation %s has no evidence link", g.ID)
		case !ev.Resolved:
			t.Errorf("relation %s: evidence link %s lands nowhere", g.ID, ev.Href)
		case !ev.InText || ev.Tag != "span" || ev.Cls != "ev":
			t.Errorf("relation %s: evidence link %s lands on <%s class=%q>, not a sentence of the text", g.ID, ev.Href, ev.Tag, ev.Cls)
		case ev.Text != want:
			t.Errorf("relation %s: evidence link %s lands on %q, want sentence %d %q", g.ID, ev.Href, ev.Text, rel.Sentence, want)
		case ev.Background == "" || ev.Background == "rgba(0, 0, 0, 0)":
			t.Errorf("relation %s: evidence sentence %s is not highlighted as the target (background %q)", g.ID, ev.Href, ev.Background)
		}
		wantArgs := []string{rel.Subject.Mention.Text, rel.Object.Mention.Text}
		if len(g.Args) != len(wantArgs) {
			t.Errorf("relation %s has %d argument links, want %d", g.ID, len(g.Args), len(wantArgs))
			continue
		}
		for j, arg := range g.Args {
			if !arg.Resolved || !arg.InText || arg.Tag != "mark" || arg.Text != wantArgs[j] {
				t.Errorf("relation %s: argument link %s lands on <%s> %q (resolved %v, in text %v), want the mention %q",
					g.ID, arg.Href, arg.Tag, arg.Text, arg.Resolved, arg.InText, wantArgs[j])
			}
		}
	}

	// Every in-page link anywhere on the page lands, and nothing is fetched.
	if len(got.Broken) > 0 {
		t.Errorf("%d of %d in-page links land nowhere: %v", len(got.Broken), got.Links, got.Broken)
	}
	if got.Resources != 0 {
		t.Errorf("the page fetched %d resources; it should be self-contained", got.Resources)
	}
	t.Logf("in %s: %d highlights, %d relations, %d links followed", filepath.Base(chromium), len(got.Marks), len(got.Relations), got.Links)
}

// dumpDOM runs headless Chromium on the page and returns the DOM it built,
// after the page's scripts ran. The run is bounded by browserTimeout; on
// timeout Chromium's whole process group is killed.
func dumpDOM(t *testing.T, chromium, page string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), browserTimeout)
	defer cancel()
	profile := t.TempDir()
	u := url.URL{Scheme: "file", Path: page}
	cmd := exec.CommandContext(ctx, chromium,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir="+profile,
		"--virtual-time-budget=5000", "--dump-dom", u.String())
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	// Chromium starts helper processes; put them in one group and kill the
	// group, so that none outlives the test.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	err := cmd.Run()
	if ctx.Err() != nil {
		return "", errors.New("chromium did not finish within " + browserTimeout.String() + "; stderr:\n" + stderr.String())
	}
	if err != nil {
		return "", errors.New("chromium: " + err.Error() + "; stderr:\n" + stderr.String())
	}
	if stdout.Len() == 0 {
		return "", errors.New("chromium printed no DOM; stderr:\n" + stderr.String())
	}
	return stdout.String(), nil
}

// parseBrowserCheck reads check.js's report from the dumped DOM.
func parseBrowserCheck(t *testing.T, dom string) *browserCheck {
	t.Helper()
	const open = `<pre id="check">`
	i := strings.LastIndex(dom, open) // the report is the body's last element
	if i < 0 {
		t.Fatalf("no %s in the DOM Chromium dumped: check.js did not run\n%.2000s", open, dom)
	}
	rest := dom[i+len(open):]
	j := strings.Index(rest, "</pre>")
	if j < 0 {
		t.Fatalf("unterminated %s in the DOM Chromium dumped", open)
	}
	var c browserCheck
	if err := json.Unmarshal([]byte(html.UnescapeString(rest[:j])), &c); err != nil {
		t.Fatalf("check.js report: %v\n%s", err, rest[:j])
	}
	return &c
}
