package date_test

import (
	"fmt"

	"github.com/geopol/geopol/date"
)

func Example() {
	text := "EU to open talks with Japan on security pact\n" +
		"February 21, 2024\n\n" +
		"The EU decided on Monday to open talks. At their summit last July, the two pledged to meet again next week."

	art, ok := date.Article(text)
	if !ok {
		return
	}
	fmt.Println("article:", art, art.Time.Weekday())
	for _, d := range date.Find(text, 0, len(text), art.Time) {
		fmt.Printf("%d %d %s %s %q\n", d.Start, d.End, d.Granularity, d, d.Text)
	}
	// Output:
	// article: 2024-02-21 Wednesday
	// 45 62 day 2024-02-21 "February 21, 2024"
	// 82 88 day 2024-02-19 "Monday"
	// 120 129 month 2023-07 "last July"
	// 161 170 week 2024-W09 "next week"
}

func ExampleArticle() {
	d, ok := date.Article("Japan, EU seal pact\n\nTOKYO, Feb 21, 2024 (Reuters) - Japan and the EU signed a pact.")
	fmt.Println(ok, d.Start, d.End, d.Text, d.Time.Format("Mon Jan 2 2006"))
	// Output:
	// true 28 40 Feb 21, 2024 Wed Feb 21 2024
}

func ExampleFind() {
	text := "Prices have risen since last month. On March 16, in 2021 and earlier this week, they fell."
	art, _ := date.Article("February 21, 2024")
	for _, d := range date.Find(text, 36, len(text), art.Time) { // the second sentence
		fmt.Printf("%d %d %s %s (until %s) %q\n", d.Start, d.End, d.Granularity, d, d.Until().Format("2006-01-02"), d.Text)
	}
	// Output:
	// 39 47 day 2024-03-16 (until 2024-03-17) "March 16"
	// 52 56 year 2021 (until 2022-01-01) "2021"
	// 61 78 week 2024-W08 (until 2024-02-26) "earlier this week"
}

func ExampleAppendFind() {
	sentences := []string{"Talks began on Monday.", "Nothing here.", "They resume next month."}
	art, _ := date.Article("21 February 2024")
	var buf []date.Date
	for _, s := range sentences {
		buf = date.AppendFind(buf[:0], s, 0, len(s), art.Time) // one buffer for all sentences
		for _, d := range buf {
			fmt.Println(d.Text, "→", d)
		}
	}
	// Output:
	// Monday → 2024-02-19
	// next month → 2024-03
}
