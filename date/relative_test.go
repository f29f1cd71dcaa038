package date

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// wed is the anchor of most cases: Wednesday, February 21, 2024.
var wed = time.Date(2024, 2, 21, 0, 0, 0, 0, time.UTC)

// dateLine formats a Date as "start end granularity period text".
func dateLine(d Date) string {
	return fmt.Sprintf("%d %d %s %s %s", d.Start, d.End, d.Granularity, d, d.Text)
}

func TestFind(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		anchor time.Time
		want   []string
	}{
		{"on Monday", "The EU decided on Monday to open talks.", wed, []string{
			"18 24 day 2024-02-19 Monday",
		}},
		{"weekday of the anchor", "Ministers met on Wednesday in Brussels.", wed, []string{
			"17 26 day 2024-02-21 Wednesday",
		}},
		{"weekday after the anchor day", "Markets closed on Friday.", wed, []string{
			"18 24 day 2024-02-16 Friday",
		}},
		{"possessive", "Monday's meeting ended; Tuesday’s vote followed.", wed, []string{
			"0 6 day 2024-02-19 Monday",
			"24 31 day 2024-02-20 Tuesday",
		}},
		{"weekday in capitals", "TOKYO AND BRUSSELS SIGN PACT ON MONDAY", wed, []string{
			"32 38 day 2024-02-19 MONDAY",
		}},
		{"last weekday", "It happened last Monday and last Wednesday.", wed, []string{
			"12 23 day 2024-02-19 last Monday",
			"28 42 day 2024-02-14 last Wednesday",
		}},
		{"next weekday", "Talks resume next Monday and next Wednesday.", wed, []string{
			"13 24 day 2024-02-26 next Monday",
			"29 43 day 2024-02-28 next Wednesday",
		}},
		{"this weekday", "They meet this Monday and this Friday.", wed, []string{
			"10 21 day 2024-02-19 this Monday",
			"26 37 day 2024-02-23 this Friday",
		}},
		{"weekday and date", "The vote, held on Monday, February 19, was close.", wed, []string{
			"18 37 day 2024-02-19 Monday, February 19",
		}},
		{"holidays are no dates", "The Good Friday Agreement, Black Friday sales and Super Tuesday.", wed, []string{}},
		{"recurring weekday", "Talks are held every Monday and each Friday.", wed, []string{}},
		{"plural and lower case weekday", "Mondays are quiet; monday was a typo.", wed, []string{}},
		{"the last Monday", "It falls on the last Monday.", wed, []string{}},
		{"yesterday today tomorrow", "He left yesterday, speaks today and flies tomorrow.", wed, []string{
			"8 17 day 2024-02-20 yesterday",
			"26 31 day 2024-02-21 today",
			"42 50 day 2024-02-22 tomorrow",
		}},
		{"Today at sentence start", "Today, ministers met.", wed, []string{
			"0 5 day 2024-02-21 Today",
		}},
		{"Today in a name", "Russia Today said, and USA Today and India Today agreed.", wed, []string{}},
		{"earlier today", "The minister said earlier today that talks would go on.", wed, []string{
			"18 31 day 2024-02-21 earlier today",
		}},
		{"weeks", "Last week was calm, this week is tense and next week looks worse.", wed, []string{
			"0 9 week 2024-W07 Last week",
			"20 29 week 2024-W08 this week",
			"43 52 week 2024-W09 next week",
		}},
		{"later this week", "A vote is due later this week.", wed, []string{
			"14 29 week 2024-W08 later this week",
		}},
		{"the last week", "Over the last week and the next week prices rose.", wed, []string{}},
		{"months", "Prices rose last month, this month and will next month.", wed, []string{
			"12 22 month 2024-01 last month",
			"24 34 month 2024-02 this month",
			"44 54 month 2024-03 next month",
		}},
		{"earlier this month", "The pact was signed earlier this month.", wed, []string{
			"20 38 month 2024-02 earlier this month",
		}},
		{"since last month", "Fighting has raged since last month.", wed, []string{
			"25 35 month 2024-01 last month",
		}},
		{"last July", "At their summit in Brussels last July, they agreed.", wed, []string{
			"28 37 month 2023-07 last July",
		}},
		{"next July and this July", "Elections are due next July or this July.", wed, []string{
			"18 27 month 2024-07 next July",
			"31 40 month 2024-07 this July",
		}},
		{"bare months", "It began in January, grew in April and eased in May.", wed, []string{
			"12 19 month 2024-01 January",
			"29 34 month 2024-04 April",
			"48 51 month 2023-05 May",
		}},
		{"month modifiers", "Talks began in early January and ended mid-March.", wed, []string{
			"15 28 month 2024-01 early January",
			"39 48 month 2024-03 mid-March",
		}},
		{"since May", "Prices have risen since May and until December.", wed, []string{
			"24 27 month 2023-05 May",
			"38 46 month 2023-12 December",
		}},
		{"Theresa May", "Theresa May said she may march.", wed, []string{}},
		{"a protest march", "A protest march in march drew crowds.", wed, []string{}},
		{"March organisers", "March organisers said the route was set.", wed, []string{}},
		{"March 16 at sentence start", "March 16 was the deadline.", wed, []string{
			"0 8 day 2024-03-16 March 16",
		}},
		{"month and year", "In March 2021 and mid-February 2023 things changed.", wed, []string{
			"3 13 month 2021-03 March 2021",
			"18 35 month 2023-02 mid-February 2023",
		}},
		{"years", "Last year was bad, this year is better and next year may be best.", wed, []string{
			"0 9 year 2023 Last year",
			"19 28 year 2024 this year",
			"43 52 year 2025 next year",
		}},
		{"late last year", "The accord, signed late last year, holds.", wed, []string{
			"19 33 year 2023 late last year",
		}},
		{"year after preposition", "In 2021 and since 2014, and by 2030, before 1990.", wed, []string{
			"3 7 year 2021 2021",
			"18 22 year 2014 2014",
			"31 35 year 2030 2030",
			"44 48 year 1990 1990",
		}},
		{"year modifiers", "Growth slowed in early 2021 and mid-2023.", wed, []string{
			"17 27 year 2021 early 2021",
			"32 40 year 2023 mid-2023",
		}},
		{"bare years are no dates", "The 2024 election drew 2021 people in 2,021 places in 20210.", wed, []string{}},
		{"month and day", "On February 20, Feb. 20, Feb 20 and March 16th.", wed, []string{
			"3 14 day 2024-02-20 February 20",
			"16 23 day 2024-02-20 Feb. 20",
			"25 31 day 2024-02-20 Feb 20",
			"36 46 day 2024-03-16 March 16th",
		}},
		{"day and month", "On 20 February, 21st of February and 5 May.", wed, []string{
			"3 14 day 2024-02-20 20 February",
			"16 32 day 2024-02-21 21st of February",
			"37 42 day 2024-05-05 5 May",
		}},
		{"full dates", "On February 20, 2023, on 20 Feb 2023 and on 2023-02-20.", wed, []string{
			"3 20 day 2023-02-20 February 20, 2023",
			"25 36 day 2023-02-20 20 Feb 2023",
			"44 54 day 2023-02-20 2023-02-20",
		}},
		{"full date without comma", "It was signed on March 3 2022 in Kyiv.", wed, []string{
			"17 29 day 2022-03-03 March 3 2022",
		}},
		{"abbreviation with weekday", "Signed Wed 21 Feb 2024.", wed, []string{
			"7 22 day 2024-02-21 Wed 21 Feb 2024",
		}},
		{"September from February", "The last vote was on September 3.", wed, []string{
			"21 32 day 2023-09-03 September 3",
		}},
		{"ISO timestamp", "Updated 2024-02-21T09:30:00Z.", wed, []string{
			"8 18 day 2024-02-21 2024-02-21",
		}},
		{"invalid dates", "February 30, 2024-13-01, 2024-02-30 and 32 March.", wed, []string{}},
		{"slash dates", "It was signed on 21/02/2024 and 02/21/2024.", wed, []string{}},
		{"numbers that go on", "May 5,000 troops and March 3.5 percent, Feb 21:30.", wed, []string{}},
		{"curly quotes", "“Today we act,” he said on ‘Monday’.", wed, []string{
			"3 8 day 2024-02-21 Today",
			"34 40 day 2024-02-19 Monday",
		}},
		{"non-ASCII before", "Côte d’Ivoire voted on Monday; Türkiye on Tuesday.", wed, []string{
			"26 32 day 2024-02-19 Monday",
			"46 53 day 2024-02-20 Tuesday",
		}},
		{"non-ASCII letter after", "Mondayé Mayé 2024é", wed, []string{}},

		// Anchors other than February 21, 2024.
		{"last July from July", "It began last July.", time.Date(2024, 7, 15, 0, 0, 0, 0, time.UTC), []string{
			"9 18 month 2023-07 last July",
		}},
		{"last July from August", "It began last July.", time.Date(2024, 8, 2, 0, 0, 0, 0, time.UTC), []string{
			"9 18 month 2024-07 last July",
		}},
		{"next July from July", "It ends next July.", time.Date(2024, 7, 15, 0, 0, 0, 0, time.UTC), []string{
			"8 17 month 2025-07 next July",
		}},
		{"January from December", "Talks resume in January, on January 5.", time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC), []string{
			"16 23 month 2025-01 January",
			"28 37 day 2025-01-05 January 5",
		}},
		{"December from January", "It began in December, on December 28.", time.Date(2025, 1, 3, 0, 0, 0, 0, time.UTC), []string{
			"12 20 month 2024-12 December",
			"25 36 day 2024-12-28 December 28",
		}},
		{"weeks across a year", "Last week and next week.", time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), []string{
			"0 9 week 2024-W52 Last week",
			"14 23 week 2025-W02 next week",
		}},
		{"February 29 in a leap year", "It was on February 29.", time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC), []string{
			"10 21 day 2024-02-29 February 29",
		}},
		{"February 29 in another year", "It was on February 29.", time.Date(2023, 3, 10, 0, 0, 0, 0, time.UTC), []string{}},
		{"anchor clock and zone dropped", "It was yesterday.", time.Date(2024, 2, 21, 23, 30, 0, 0, time.FixedZone("JST", 9*3600)), []string{
			"7 16 day 2024-02-20 yesterday",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range Find(tt.text, 0, len(tt.text), tt.anchor) {
				got = append(got, dateLine(d))
				if tt.text[d.Start:d.End] != d.Text {
					t.Errorf("text[%d:%d] = %q, Text %q", d.Start, d.End, tt.text[d.Start:d.End], d.Text)
				}
			}
			if g, w := strings.Join(got, "\n"), strings.Join(tt.want, "\n"); g != w {
				t.Errorf("Find(%q)\nmismatch (-want +got):\n-%s\n+%s", tt.text, strings.ReplaceAll(w, "\n", "\n-"), strings.ReplaceAll(g, "\n", "\n+"))
			}
		})
	}
}

// TestFindSpan checks that Find reads only text[start:end], reports
// offsets into text and clamps a span out of range.
func TestFindSpan(t *testing.T) {
	text := "It rose last week. On Monday, prices fell. In 2021 too."
	tests := []struct {
		name       string
		start, end int
		want       []string
	}{
		{"whole", 0, len(text), []string{"8 17 week 2024-W07 last week", "22 28 day 2024-02-19 Monday", "46 50 year 2021 2021"}},
		{"second sentence", 19, 42, []string{"22 28 day 2024-02-19 Monday"}},
		{"cut after last", 0, 12, nil},
		{"cut before week", 13, 30, []string{"22 28 day 2024-02-19 Monday"}},
		{"preposition outside", 46, len(text), nil},
		{"clamped", -5, 1000, []string{"8 17 week 2024-W07 last week", "22 28 day 2024-02-19 Monday", "46 50 year 2021 2021"}},
		{"empty", 30, 30, nil},
		{"reversed", 30, 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range Find(text, tt.start, tt.end, wed) {
				got = append(got, dateLine(d))
			}
			if g, w := strings.Join(got, "\n"), strings.Join(tt.want, "\n"); g != w {
				t.Errorf("Find(text, %d, %d)\nmismatch (-want +got):\n-%s\n+%s", tt.start, tt.end, w, g)
			}
		})
	}
}

func TestAppendFindReuses(t *testing.T) {
	text := "On Monday and last week."
	buf := make([]Date, 0, 4)
	got := AppendFind(buf, text, 0, len(text), wed)
	if len(got) != 2 || &got[0] != &buf[:1][0] {
		t.Fatalf("AppendFind did not append into dst: %v", got)
	}
}

func TestFindAllocs(t *testing.T) {
	none := "Tokyo and Brussels signed a security and defence partnership, pledging to step up cooperation on maritime security."
	if n := testing.AllocsPerRun(100, func() { Find(none, 0, len(none), wed) }); n != 0 {
		t.Errorf("Find without dates: %v allocs, want 0", n)
	}
	some := "On Monday, February 19, and last week, in 2021, earlier this month."
	buf := make([]Date, 0, 8)
	if n := testing.AllocsPerRun(100, func() { buf = AppendFind(buf[:0], some, 0, len(some), wed) }); n != 0 {
		t.Errorf("AppendFind with room: %v allocs, want 0", n)
	}
}

func TestGranularity(t *testing.T) {
	tests := []struct {
		g    Granularity
		want string
		next time.Time
	}{
		{Day, "day", time.Date(2024, 2, 20, 0, 0, 0, 0, time.UTC)},
		{Week, "week", time.Date(2024, 2, 26, 0, 0, 0, 0, time.UTC)},
		{Month, "month", time.Date(2024, 3, 19, 0, 0, 0, 0, time.UTC)},
		{Year, "year", time.Date(2025, 2, 19, 0, 0, 0, 0, time.UTC)},
		{0, "Granularity(0)", time.Date(2024, 2, 20, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		if got := tt.g.String(); got != tt.want {
			t.Errorf("Granularity(%d).String() = %q, want %q", tt.g, got, tt.want)
		}
		d := Date{Time: time.Date(2024, 2, 19, 0, 0, 0, 0, time.UTC), Granularity: tt.g}
		if got := d.Until(); !got.Equal(tt.next) {
			t.Errorf("%s: Until() = %v, want %v", tt.want, got, tt.next)
		}
	}
}
