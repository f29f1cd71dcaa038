// Package golden compares test output with golden files, the way the
// project's tests check whole articles: the expected output is a file
// under testdata that a reader can review in a diff, and `go test -update`
// rewrites it. Each test package declares its own -update flag and passes
// its value in.
package golden

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Glob returns the files matching pattern, sorted, and fails the test
// when there are none: a test over the project's sample articles must not
// pass by reading nothing.
func Glob(tb testing.TB, pattern string) []string {
	tb.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil {
		tb.Fatal(err)
	}
	if len(paths) == 0 {
		tb.Fatalf("no files match %s", pattern)
	}
	return paths // filepath.Glob sorts
}

// Check compares got with the golden file at path. With update set it
// writes got to the file instead (creating its directory). On a mismatch
// it reports "path mismatch (-want +got):" and a line diff.
func Check(tb testing.TB, path, got string, update bool) {
	tb.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run go test -update to create it)", err)
	}
	if d := Diff(string(want), got); d != "" {
		tb.Errorf("%s mismatch (-want +got):\n%s", path, d)
	}
}

// CheckLines is Check for output given as lines, written one a line.
func CheckLines(tb testing.TB, path string, got []string, update bool) {
	tb.Helper()
	text := strings.Join(got, "\n")
	if len(got) > 0 {
		text += "\n"
	}
	Check(tb, path, text, update)
}

// Diff returns a line diff of two texts: "-" for a line only in want, "+"
// for one only in got and " " for a common line, aligned on their longest
// common subsequence; "" when they are equal.
func Diff(want, got string) string {
	if want == got {
		return ""
	}
	return diffLines(splitLines(want), splitLines(got))
}

func splitLines(s string) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

func diffLines(want, got []string) string {
	if slices.Equal(want, got) {
		return ""
	}
	n, m := len(want), len(got)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if want[i] == got[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var b strings.Builder
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && want[i] == got[j]:
			b.WriteString("  " + want[i] + "\n")
			i, j = i+1, j+1
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			b.WriteString("+ " + got[j] + "\n")
			j++
		default:
			b.WriteString("- " + want[i] + "\n")
			i++
		}
	}
	return b.String()
}
