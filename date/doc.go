// Package date finds an article's date and resolves relative dates ("on
// Monday", "last July", "next week") in its sentences against it, with
// exact byte offsets into the text.
//
// The shortest useful program reads the date of an article and the dates
// of one of its sentences:
//
//	art, ok := date.Article(text)
//	if !ok {
//		return // no date: relative dates cannot be resolved
//	}
//	for _, d := range date.Find(text, s.Start, s.End, art.Time) {
//		fmt.Println(d.Start, d.End, d.Granularity, d, d.Text)
//	}
//
// Every [Date] is a half-open byte span [Start, End) of the searched text,
// with text[Start:End] == Text, and the period it names: Time, the first
// day of the period at midnight UTC, and a [Granularity] ([Day], [Week],
// [Month] or [Year]). [Date.Until] gives the end of the period.
//
// # Article dates
//
// [Article] reads the first eight non-empty lines of an article. It takes
// a date that starts a line ("February 21, 2024", "Updated: 2024-02-21"),
// else the first full date anywhere on those lines, else a wire dateline
// without a year ("TOKYO, Feb 21 (Reuters) -") if a year stands alone on
// those lines. It knows these forms, with or without a weekday before
// them ("Wednesday, February 21, 2024", "Wed 21 Feb 2024"):
//
//	February 21, 2024   Feb. 21, 2024   Feb 21, 2024   February 21st, 2024
//	21 February 2024    21 Feb 2024     21st of February 2024
//	2024-02-21          2024-02-21T09:30:00Z
//
// Slash dates (02/03/2024) are skipped: day and month order is a guess. A
// caller who knows the year from elsewhere, such as a feed's timestamp,
// can resolve a yearless dateline with [Find] instead.
//
// # Expressions
//
// [Find] and [AppendFind] read these expressions in a span of text,
// typically one sentence. The span of a date covers the expression and
// not the preposition before it: "on Monday" gives "Monday", "since last
// month" gives "last month", "in 2021" gives "2021".
//
//	Monday, on Monday, Monday's meeting        day
//	last Monday, this Monday, next Monday      day
//	yesterday, today, tomorrow, earlier today  day
//	February 20, Feb. 20, 20 February, March 16th, Monday, February 19
//	                                           day
//	February 20, 2023, 20 Feb 2023, 2023-02-20 day
//	last week, this week, next week, later this week
//	                                           week
//	last month, this month, next month, earlier this month
//	                                           month
//	last July, this July, next July            month
//	in January, since May, until March, early January, mid-March
//	                                           month
//	February 2023, mid-February 2023           month
//	last year, this year, next year, late last year
//	                                           year
//	in 2021, since 2014, by 2030, early 2021, mid-2023
//	                                           year
//
// A modifier (earlier, later, early, late, mid-) is part of the span but
// not of the period: "earlier this month" is the whole month.
//
// # Resolution
//
// Only the anchor's calendar day counts. Weeks are ISO weeks, Monday to
// Sunday, and a week's Time is its Monday.
//
//   - A weekday alone ("on Monday", "Monday's meeting") is the latest such
//     day on or before the anchor: news reports what happened, so from
//     Wednesday, February 21, 2024, "Monday" is February 19 and
//     "Wednesday" the anchor itself. Announcements of what will happen
//     ("talks will resume on Friday") therefore resolve a week early; the
//     caller that knows the tense can add seven days.
//   - "last Monday" is the latest Monday strictly before the anchor,
//     "next Monday" the first strictly after it, and "this Monday" the
//     Monday of the anchor's week.
//   - "last week", "this week" and "next week" are the week before, of and
//     after the anchor; so for months and years.
//   - "last July" is the latest July before the anchor's month: from any
//     day in July 2024 it is July 2023, from August 2024 it is July 2024.
//     "next July" is the first July after the anchor's month and "this
//     July" July of the anchor's year.
//   - A month alone ("in January", "early March") is the one nearest the
//     anchor in the window from nine months before to two months after it,
//     leaning to the past as news does: from February 2024, "in April" is
//     April 2024, "in May" May 2023 and, from December 2024, "in January"
//     January 2025.
//   - A month and day without a year ("February 20", "20 February") take
//     the anchor's year, or the year before if the date would be more than
//     six months after the anchor, or the year after if more than six
//     months before it: from February 21, 2024, "September 3" is 2023 and,
//     from December 20, 2024, "January 5" is 2025. February 29 in a year
//     without one is no date.
//   - A written year wins: "February 20, 2023" and "in 2021" need no
//     anchor.
//
// # What is not a date
//
// Month and weekday names count only capitalised or in capitals: "may"
// and "a protest march" are no months, while "March 16" at the start of a
// sentence is. A month name alone needs a cue before it, a preposition
// (in, since, by, until, till, before, after, during, from, through,
// between, of) or a modifier, so that "Theresa May" and "March organisers
// said" are no dates; a month followed by a day or a year needs none. A
// bare year likewise needs a preposition or modifier ("in 2021"), so that
// "the 2024 election" and "2021 people" are no years.
//
// A capitalised "Today", "Last" or "Next" after a capitalised word is part
// of a name ("Russia Today", "USA Today"). Weekdays after Good, Black,
// Bloody, Cyber, Super, Ash, Holy, Easter, Palm, Maundy, Whit, Shrove, Fat
// or Giving ("Good Friday Agreement", "Super Tuesday") are names or
// holidays, and after "every" or "each" they recur. "the last week" and
// "over the next year" are spans of time, not calendar periods. Numbers
// that go on ("May 5,000", "March 3.5") are no days.
//
// Not read: durations and counts ("two weeks ago", "a year earlier"),
// weekends, quarters and seasons, numeric dates other than ISO 8601.
//
// # Performance
//
// Find scans bytes and looks further only at words that start with a
// digit or a capital letter or are one of a few cue words (yesterday,
// today, tomorrow, last, this, next, earlier, later, early, late). It uses
// no regular expressions and does not allocate unless it finds a date;
// [AppendFind] lets a caller reuse one slice for all sentences. Find and
// Article keep no state between calls and are safe for concurrent use.
package date
