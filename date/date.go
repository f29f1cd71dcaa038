package date

import (
	"fmt"
	"time"
)

// Granularity is the size of the period a [Date] names.
type Granularity uint8

// The granularities, from finest to coarsest. The zero Granularity is not
// one of them; every Date this package returns has one of these.
const (
	Day   Granularity = iota + 1 // one calendar day: "Monday", "February 20"
	Week                         // an ISO week, Monday to Sunday: "next week"
	Month                        // a calendar month: "last July", "in January"
	Year                         // a calendar year: "in 2021", "last year"
)

// String returns "day", "week", "month" or "year".
func (g Granularity) String() string {
	switch g {
	case Day:
		return "day"
	case Week:
		return "week"
	case Month:
		return "month"
	case Year:
		return "year"
	}
	return fmt.Sprintf("Granularity(%d)", uint8(g))
}

// A Date is a date expression found in a text and the period it names.
//
// Time is the first day of the period at midnight UTC: the day itself, the
// Monday of the week, the first of the month or January 1. Text is the
// expression as written and Start, End its half-open byte span in the
// searched text, so that text[Start:End] == Text. Text shares the memory
// of the searched text; it is not a copy.
type Date struct {
	Time        time.Time
	Granularity Granularity
	Text        string
	Start, End  int
}

// String formats the period: "2024-02-19" for a day, "2024-W09" for an ISO
// week, "2023-07" for a month and "2023" for a year.
func (d Date) String() string {
	switch d.Granularity {
	case Week:
		y, w := d.Time.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case Month:
		return d.Time.Format("2006-01")
	case Year:
		return d.Time.Format("2006")
	}
	return d.Time.Format("2006-01-02")
}

// Until returns the first day after the period: Time plus one day, week,
// month or year. [Time, Until) is the period as a half-open interval.
func (d Date) Until() time.Time {
	switch d.Granularity {
	case Week:
		return d.Time.AddDate(0, 0, 7)
	case Month:
		return d.Time.AddDate(0, 1, 0)
	case Year:
		return d.Time.AddDate(1, 0, 0)
	}
	return d.Time.AddDate(0, 0, 1)
}

// midnight returns t's calendar day, in t's location, as midnight UTC.
func midnight(t time.Time) time.Time {
	y, m, d := t.Date()
	return day(y, m, d)
}

// day returns midnight UTC of the day; out-of-range values normalise as in
// [time.Date].
func day(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// daysIn returns the number of days of month m in year y.
func daysIn(y int, m time.Month) int {
	return day(y, m+1, 0).Day()
}

// weekStart returns the Monday of t's ISO week.
func weekStart(t time.Time) time.Time {
	return t.AddDate(0, 0, -(int(t.Weekday())+6)%7)
}
