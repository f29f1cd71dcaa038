package main

import (
	"strings"
	"testing"
)

// TestRun runs the example and checks that the invented world is found
// with and without the default world, and that the real country in the
// story is found only with it.
func TestRun(t *testing.T) {
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	over, alone, ok := strings.Cut(b.String(), "== world.yaml alone")
	if !ok {
		t.Fatalf("no second section:\n%s", b.String())
	}
	for name, out := range map[string]string{"over the default": over, "alone": alone} {
		for _, want := range []string{
			"\n  VLD ", "\n  OST ", "\n  KRI ", "\n  NCP ", "\n  strait-of-halden ",
			`"Kerrick Isles"@`, `"Port Selwyn"@`, `"Valdorian"@`, `(demonym)`, `"NCP"@`,
			"VLD negotiate OST", "KRI accuse OST",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: output lacks %q:\n%s", name, want, out)
			}
		}
	}
	if !strings.Contains(over, "\n  JPN ") {
		t.Errorf("over the default: Japanese not read as JPN:\n%s", over)
	}
	if strings.Contains(alone, "JPN") {
		t.Errorf("alone: JPN found without the default world:\n%s", alone)
	}
}
