package golden

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDiff(t *testing.T) {
	for _, tc := range []struct{ want, got, diff string }{
		{"a\nb\n", "a\nb\n", ""},
		{"a\nb\nc\n", "a\nc\n", "  a\n- b\n  c\n"},
		{"a\n", "a\nb\n", "  a\n+ b\n"},
		{"", "x\n", "+ x\n"},
	} {
		if d := Diff(tc.want, tc.got); d != tc.diff {
			t.Errorf("Diff(%q, %q) = %q, want %q", tc.want, tc.got, d, tc.diff)
		}
	}
}

func TestCheckUpdate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "x.golden")
	CheckLines(t, path, []string{"one", "two"}, true)
	b, err := os.ReadFile(path)
	if err != nil || string(b) != "one\ntwo\n" {
		t.Fatalf("wrote %q, %v", b, err)
	}
	CheckLines(t, path, []string{"one", "two"}, false)
}
