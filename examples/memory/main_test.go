package main

import (
	"strings"
	"testing"
)

// TestRun runs the program on 1 MB and checks that it reports every figure
// for both ways of reading.
func TestRun(t *testing.T) {
	var b strings.Builder
	if err := run([]string{"-mb", "1", "-dir", "../../testdata/articles"}, &b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"input             1.0 MiB", "Stream\n", "Extract\n", "peak heap", "× input", "VmHWM", "TotalAlloc", "target          peak heap < 4× input", "retained"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	t.Log("\n" + out)
}

// TestRunLines runs the program on a text without blank lines.
func TestRunLines(t *testing.T) {
	var b strings.Builder
	if err := run([]string{"-mb", "0.5", "-lines", "-only", "stream", "-dir", "../../testdata/articles"}, &b); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); !strings.Contains(out, "one paragraph per line") || strings.Contains(out, "Extract") {
		t.Errorf("output does not describe a stream-only run on one paragraph per line:\n%s", out)
	}
}

func TestWithoutBlankLines(t *testing.T) {
	if got := withoutBlankLines("a\n\nb\n \r\nc\n\n"); got != "a\nb\nc" {
		t.Errorf("withoutBlankLines = %q; want %q", got, "a\nb\nc")
	}
}

func TestRunRefusesBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-mb", "0"}, {"-only", "both"}} {
		if err := run(args, &strings.Builder{}); err == nil {
			t.Errorf("run(%q) = nil; want an error", args)
		}
	}
}
