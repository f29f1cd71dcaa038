package date

import (
	"flag"
	"github.com/geopol/geopol/internal/golden"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestArticle(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // dateLine of the result, "" for none
	}{
		{"long month", "EU to open talks with Japan\nFebruary 21, 2024\n\nThe EU decided.", "28 45 day 2024-02-21 February 21, 2024"},
		{"abbreviation with dot", "Headline\nFeb. 21, 2024\n", "9 22 day 2024-02-21 Feb. 21, 2024"},
		{"abbreviation", "Headline\nFeb 21, 2024 4:05 AM GMT+9\n", "9 21 day 2024-02-21 Feb 21, 2024"},
		{"day first", "Headline\n21 February 2024\n", "9 25 day 2024-02-21 21 February 2024"},
		{"day first abbreviation", "Headline\n21 Feb 2024\n", "9 20 day 2024-02-21 21 Feb 2024"},
		{"ISO", "Headline\n2024-02-21\n", "9 19 day 2024-02-21 2024-02-21"},
		{"ISO timestamp", "Headline\n2024-02-21T09:30:00Z\n", "9 19 day 2024-02-21 2024-02-21"},
		{"weekday", "Headline\nWednesday, February 21, 2024\n", "9 37 day 2024-02-21 Wednesday, February 21, 2024"},
		{"weekday abbreviation", "Headline\nWed 21 Feb 2024 10:00 GMT\n", "9 24 day 2024-02-21 Wed 21 Feb 2024"},
		{"capitals", "HEADLINE\nFEBRUARY 21, 2024\n", "9 26 day 2024-02-21 FEBRUARY 21, 2024"},
		{"ordinal", "Headline\nFebruary 21st, 2024\n", "9 28 day 2024-02-21 February 21st, 2024"},
		{"label", "Headline\nUpdated: February 21, 2024\n", "18 35 day 2024-02-21 February 21, 2024"},
		{"last updated on", "Headline\n  Last updated on 21 Feb 2024\n", "27 38 day 2024-02-21 21 Feb 2024"},
		{"line start wins over headline", "Ukraine marks February 20, 2014 killings\nFebruary 21, 2024\n", "41 58 day 2024-02-21 February 21, 2024"},
		{"date inside a line", "Headline\nBy Jane Doe | February 21, 2024\n", "23 40 day 2024-02-21 February 21, 2024"},
		{"dateline with year", "Headline\n\nTOKYO, Feb 21, 2024 (Reuters) - Japan said.", "17 29 day 2024-02-21 Feb 21, 2024"},
		{"dateline without year", "Headline\n\nTOKYO, Feb 21 (Reuters) - Japan said.\n© 2024 Reuters", "17 23 day 2024-02-21 Feb 21"},
		{"dateline with country", "Headline\nKYIV, Ukraine, Feb. 21 — Russia struck.\nCopyright 2024", "24 31 day 2024-02-21 Feb. 21"},
		{"dateline without any year", "Headline\n\nTOKYO, Feb 21 (Reuters) - Japan said.", ""},
		{"no dateline without dash", "Headline\n\nTOKYO, Feb 21 Japan said.\n© 2024 Reuters", ""},
		{"slash dates skipped", "Headline\n21/02/2024\n", ""},
		{"month and year only", "Headline\nFebruary 2024\n", ""},
		{"invalid day", "Headline\nFebruary 30, 2024\n", ""},
		{"beyond eight lines", "1\n2\n3\n4\n5\n6\n7\n8\nFebruary 21, 2024\n", ""},
		{"blank lines not counted", "1\n\n2\n\n3\n\n4\n\n5\n\n6\n\n7\n\nFebruary 21, 2024\n", "21 38 day 2024-02-21 February 21, 2024"},
		{"CRLF", "Headline\r\nFebruary 21, 2024\r\n", "10 27 day 2024-02-21 February 21, 2024"},
		{"empty", "", ""},
		{"no date", "Headline\nBody text without a date.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := Article(tt.text)
			got := ""
			if ok {
				got = dateLine(d)
				if tt.text[d.Start:d.End] != d.Text {
					t.Errorf("text[%d:%d] = %q, Text %q", d.Start, d.End, tt.text[d.Start:d.End], d.Text)
				}
			}
			if got != tt.want {
				t.Errorf("Article(%q)\nmismatch (-want +got):\n-%s\n+%s", tt.text, tt.want, got)
			}
		})
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// articlesDir holds the shared test articles.
const articlesDir = "../testdata/articles"

// TestGolden reads the date of each shared test article and the dates in
// each of its lines, and compares them with testdata/NAME.dates: first the
// article date, then one line per date, "start end granularity period
// text".
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(articlesDir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no articles in %s: %v", articlesDir, err)
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := goldenDates(string(data))
			golden.Check(t, filepath.Join("testdata", name+".dates"), got, *update)
		})
	}
}

func goldenDates(text string) string {
	var b strings.Builder
	art, ok := Article(text)
	if !ok {
		b.WriteString("article: none\n")
		return b.String()
	}
	b.WriteString("article: " + dateLine(art) + "\n")
	var ds []Date
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text) - i
		}
		ds = AppendFind(ds, text, i, i+j, art.Time)
		i += j + 1
	}
	for _, d := range ds {
		b.WriteString(strings.ReplaceAll(dateLine(d), "\n", `\n`) + "\n")
	}
	return b.String()
}
