package date

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzFind checks the invariants of Find and Article on any text and span:
// no panic; every date inside the span, in order and not overlapping, with
// text[Start:End] == Text, a granularity and a period starting at midnight
// UTC; the article date a day whose span is in the text.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"",
		"The EU decided on Monday to open talks; at their summit last July they agreed.",
		"Wednesday, February 21, 2024 and 2024-02-21T09:00 and Feb. 2, 2023 and Sept 3.",
		"Russia Today said today that Theresa May may march in May. March 16 was fine.",
		"earlier this month, since last month, late last year, mid-March, mid-2023, in 2021",
		"TOKYO, Feb 21 (Reuters) - Japan said.\n© 2024 Reuters",
		"Côte d’Ivoire “Today” ‘Monday’ Mondayé\xff\x00 21st of February 2024-13-01 May 5,000",
		"last", "next ", "mid-", "21 ", "2024-02-", "Monday,", "February 29", "early",
	} {
		f.Add(s, 0, len(s), int64(1708473600))
	}
	if paths, err := filepath.Glob(filepath.Join(articlesDir, "*.txt")); err == nil {
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(string(data), 0, len(data), int64(1708473600))
			}
		}
	}
	f.Fuzz(func(t *testing.T, text string, start, end int, unix int64) {
		anchor := time.Unix(unix%(1<<40), 0).UTC()
		ds := Find(text, start, end, anchor)
		lo, hi := max(start, 0), min(end, len(text))
		prev := lo
		for _, d := range ds {
			if d.Start < prev || d.End > hi || d.Start >= d.End {
				t.Fatalf("Find(%q, %d, %d): span [%d, %d) out of order or bounds", text, start, end, d.Start, d.End)
			}
			prev = d.End
			checkDate(t, text, d)
		}
		if d, ok := Article(text); ok {
			if d.Start < 0 || d.End > len(text) || d.Start >= d.End || d.Granularity != Day {
				t.Fatalf("Article(%q): bad date %+v", text, d)
			}
			checkDate(t, text, d)
		}
	})
}

func checkDate(t *testing.T, text string, d Date) {
	t.Helper()
	if text[d.Start:d.End] != d.Text {
		t.Fatalf("text[%d:%d] = %q, Text %q", d.Start, d.End, text[d.Start:d.End], d.Text)
	}
	if d.Granularity < Day || d.Granularity > Year {
		t.Fatalf("%q: granularity %d", d.Text, d.Granularity)
	}
	if d.Time.Location() != time.UTC || !d.Time.Equal(midnight(d.Time)) {
		t.Fatalf("%q: time %v is not midnight UTC", d.Text, d.Time)
	}
}
