package date

import (
	"time"
	"unicode"
	"unicode/utf8"
)

// kind is what a word means to this package.
type kind uint8

const (
	kNone        kind = iota
	kMonth            // January … December; val is the month
	kMonthAbbr        // Jan, Feb, Sept …; val is the month
	kWeekday          // Monday … Sunday; val is the time.Weekday
	kWeekdayAbbr      // Mon, Tue, Wed …; only before a full date
	kRel              // yesterday, today, tomorrow; val is -1, 0, +1
	kShift            // last, this, next; val is -1, 0, +1
	kEdge             // earlier, later, early, late
	kUnit             // week, month, year; val is the Granularity
	kPrep             // in, since, by …: makes a bare month or year a date
	kHoliday          // Good, Black, Cyber …: "Good Friday" is no date
	kEvery            // every, each: "every Monday" is no date
	kThe              // the: "the last week" is no calendar week
)

// casing is the letter case of an ASCII word.
type casing uint8

const (
	lower casing = iota // monday
	title               // Monday
	upper               // MONDAY
	mixed               // McMonday, mONDAY
)

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isUpper(c byte) bool  { return 'A' <= c && c <= 'Z' }
func isAlnum(c byte) bool  { return isLetter(c) || isDigit(c) }

// letters returns the end of the run of ASCII letters at s[i:].
func letters(s string, i int) int {
	for i < len(s) && isLetter(s[i]) {
		i++
	}
	return i
}

// caseOf returns the casing of a non-empty ASCII word.
func caseOf(w string) casing {
	if !isUpper(w[0]) {
		for i := 1; i < len(w); i++ {
			if isUpper(w[i]) {
				return mixed
			}
		}
		return lower
	}
	if len(w) == 1 {
		return title
	}
	c := title
	if isUpper(w[1]) {
		c = upper
	}
	for i := 2; i < len(w); i++ {
		if isUpper(w[i]) != (c == upper) {
			return mixed
		}
	}
	return c
}

// classify returns the kind of the ASCII word w and its value. Month and
// weekday names count only capitalised or in capitals ("May", "MAY", not
// "may"); every other kind in any casing but mixed.
func classify(w string) (kind, int) {
	if len(w) < 2 || len(w) > 9 {
		return kNone, 0
	}
	c := caseOf(w)
	if c == mixed {
		return kNone, 0
	}
	var b [9]byte
	for i := 0; i < len(w); i++ {
		ch := w[i]
		if isUpper(ch) {
			ch += 'a' - 'A'
		}
		b[i] = ch
	}
	k, v := lookup(string(b[:len(w)]))
	if c == lower && (k == kMonth || k == kMonthAbbr || k == kWeekday || k == kWeekdayAbbr || k == kHoliday) {
		return kNone, 0
	}
	return k, v
}

// lookup classifies a lower-case word.
func lookup(w string) (kind, int) {
	switch w {
	case "january":
		return kMonth, 1
	case "february":
		return kMonth, 2
	case "march":
		return kMonth, 3
	case "april":
		return kMonth, 4
	case "may":
		return kMonth, 5
	case "june":
		return kMonth, 6
	case "july":
		return kMonth, 7
	case "august":
		return kMonth, 8
	case "september":
		return kMonth, 9
	case "october":
		return kMonth, 10
	case "november":
		return kMonth, 11
	case "december":
		return kMonth, 12
	case "jan":
		return kMonthAbbr, 1
	case "feb":
		return kMonthAbbr, 2
	case "mar":
		return kMonthAbbr, 3
	case "apr":
		return kMonthAbbr, 4
	case "jun":
		return kMonthAbbr, 6
	case "jul":
		return kMonthAbbr, 7
	case "aug":
		return kMonthAbbr, 8
	case "sep", "sept":
		return kMonthAbbr, 9
	case "oct":
		return kMonthAbbr, 10
	case "nov":
		return kMonthAbbr, 11
	case "dec":
		return kMonthAbbr, 12
	case "sunday":
		return kWeekday, 0
	case "monday":
		return kWeekday, 1
	case "tuesday":
		return kWeekday, 2
	case "wednesday":
		return kWeekday, 3
	case "thursday":
		return kWeekday, 4
	case "friday":
		return kWeekday, 5
	case "saturday":
		return kWeekday, 6
	case "sun":
		return kWeekdayAbbr, 0
	case "mon":
		return kWeekdayAbbr, 1
	case "tue", "tues":
		return kWeekdayAbbr, 2
	case "wed":
		return kWeekdayAbbr, 3
	case "thu", "thur", "thurs":
		return kWeekdayAbbr, 4
	case "fri":
		return kWeekdayAbbr, 5
	case "sat":
		return kWeekdayAbbr, 6
	case "yesterday":
		return kRel, -1
	case "today":
		return kRel, 0
	case "tomorrow":
		return kRel, 1
	case "last":
		return kShift, -1
	case "this":
		return kShift, 0
	case "next":
		return kShift, 1
	case "earlier", "later", "early", "late":
		return kEdge, 0
	case "week":
		return kUnit, int(Week)
	case "month":
		return kUnit, int(Month)
	case "year":
		return kUnit, int(Year)
	case "in", "since", "by", "until", "till", "before", "after", "during", "from", "through", "between", "of":
		return kPrep, 0
	case "good", "black", "bloody", "cyber", "super", "ash", "holy", "easter", "palm", "maundy", "whit", "shrove", "fat", "giving":
		return kHoliday, 0
	case "every", "each":
		return kEvery, 0
	case "the":
		return kThe, 0
	}
	return kNone, 0
}

// endsWord reports whether a word may end at s[j]: the text ends there or
// holds neither an ASCII letter or digit nor a non-ASCII letter or digit.
func endsWord(s string, j int) bool {
	if j >= len(s) {
		return true
	}
	c := s[j]
	if c < utf8.RuneSelf {
		return !isAlnum(c)
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// startsWord reports whether a word may start at s[i], looking back no
// further than lo.
func startsWord(s string, lo, i int) bool {
	if i <= lo {
		return true
	}
	c := s[i-1]
	if c < utf8.RuneSelf {
		return !isAlnum(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[lo:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// space returns the width of the white space at s[j]: 1 for a blank, tab or
// line break, 2 for a no-break space, 0 for anything else.
func space(s string, j int) int {
	if j >= len(s) {
		return 0
	}
	switch s[j] {
	case ' ', '\t', '\n', '\r':
		return 1
	case 0xC2:
		if j+1 < len(s) && s[j+1] == 0xA0 {
			return 2
		}
	}
	return 0
}

// skipSpace returns the end of the white space at s[j:], which may hold at
// most one line break: a blank line separates, it does not join.
func skipSpace(s string, j int) int {
	nl := false
	for {
		n := space(s, j)
		if n == 0 {
			return j
		}
		if s[j] == '\n' {
			if nl {
				return j
			}
			nl = true
		}
		j += n
	}
}

// prevWord returns the span of the ASCII word before s[i], separated from
// it by white space only and starting at or after lo; ok is false if there
// is none.
func prevWord(s string, lo, i int) (ws, we int, ok bool) {
	j := i
	for j > lo {
		c := s[j-1]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			j--
		} else if c == 0xA0 && j-2 >= lo && s[j-2] == 0xC2 {
			j -= 2
		} else {
			break
		}
	}
	if j == i {
		return 0, 0, false
	}
	we = j
	for j > lo && isLetter(s[j-1]) {
		j--
	}
	if j == we || !startsWord(s, lo, j) {
		return 0, 0, false
	}
	return j, we, true
}

// prevKind returns the kind of the word before s[i] (see [prevWord]) and
// whether it is capitalised.
func prevKind(s string, lo, i int) (k kind, capital bool, ws int) {
	ws, we, ok := prevWord(s, lo, i)
	if !ok {
		return kNone, false, i
	}
	k, _ = classify(s[ws:we])
	return k, isUpper(s[ws]), ws
}

// digits reads up to max ASCII digits at s[i:] and returns their value and
// end.
func digits(s string, i, max int) (v, j int) {
	j = i
	for j < len(s) && j-i < max && isDigit(s[j]) {
		v = v*10 + int(s[j]-'0')
		j++
	}
	return v, j
}

// numberGoesOn reports whether the number ending at s[j] goes on: another
// digit, a letter, or a decimal point, thousands separator or colon
// followed by a digit ("5,000", "3.5", "5:30").
func numberGoesOn(s string, j int) bool {
	if !endsWord(s, j) {
		return true
	}
	if j+1 < len(s) && (s[j] == ',' || s[j] == '.' || s[j] == ':') && isDigit(s[j+1]) {
		return true
	}
	return false
}

// Years outside [minYear, maxYear] are not read as years.
const (
	minYear = 1700
	maxYear = 2199
)

// readYear reads a four-digit year at s[i:].
func readYear(s string, i int) (y, j int, ok bool) {
	y, j = digits(s, i, 4)
	if j-i != 4 || y < minYear || y > maxYear || numberGoesOn(s, j) {
		return 0, i, false
	}
	return y, j, true
}

// readDay reads a day of the month at s[i:]: one or two digits, 1 to 31,
// and an optional ordinal suffix ("21st").
func readDay(s string, i int) (d, j int, ok bool) {
	d, j = digits(s, i, 2)
	if j == i || d < 1 || d > 31 {
		return 0, i, false
	}
	if j+1 < len(s) {
		switch s[j : j+2] {
		case "st", "nd", "rd", "th":
			if endsWord(s, j+2) {
				j += 2
			}
		}
	}
	if numberGoesOn(s, j) {
		return 0, i, false
	}
	return d, j, true
}

// readYearAfter reads ", 2024", ",2024" or " 2024" after a day at s[j:].
func readYearAfter(s string, j int) (y, e int, ok bool) {
	k := j
	if k < len(s) && s[k] == ',' {
		k++
		k = skipSpace(s, k)
	} else if k = skipSpace(s, k); k == j {
		return 0, j, false
	}
	y, e, ok = readYear(s, k)
	if !ok {
		return 0, j, false
	}
	return y, e, true
}

// monthWord reads a month name or abbreviation, with the abbreviation's
// dot, at s[i:].
func monthWord(s string, i int) (m time.Month, j int, ok bool) {
	j = letters(s, i)
	if j == i || !endsWord(s, j) {
		return 0, i, false
	}
	k, v := classify(s[i:j])
	switch k {
	case kMonthAbbr:
		if j < len(s) && s[j] == '.' {
			j++
		}
	case kMonth:
	default:
		return 0, i, false
	}
	return time.Month(v), j, true
}

// abs is a calendar date read at a word start: a day with or without a
// year, or a month with a year (day 0).
type abs struct {
	end   int
	year  int // 0 if not written
	month time.Month
	day   int // 0 for a month and year
}

// valid reports whether the day exists: in its year, or in some year if
// none is written (February 29).
func (a abs) valid() bool {
	if a.day == 0 {
		return a.year != 0
	}
	y := a.year
	if y == 0 {
		y = 2000 // a leap year
	}
	return a.day <= daysIn(y, a.month)
}

// parseAbs reads a calendar date written at s[i:], where a word starts:
//
//	February 21, 2024   Feb. 21, 2024   Feb 21 2024   February 21st
//	21 February 2024    21 Feb. 2024    21st of February
//	2024-02-21          February 2024
//	Wednesday, February 21, 2024        Wed 21 Feb 2024
//
// A weekday only counts before a day ("Wednesday, February 21").
func parseAbs(s string, i int) (abs, bool) {
	if isDigit(s[i]) {
		return parseNumeric(s, i)
	}
	j := letters(s, i)
	if j == i || !endsWord(s, j) {
		return abs{}, false
	}
	k, v := classify(s[i:j])
	switch k {
	case kWeekday, kWeekdayAbbr:
		if k == kWeekdayAbbr && j < len(s) && s[j] == '.' {
			j++
		}
		if j < len(s) && s[j] == ',' {
			j++
		}
		n := skipSpace(s, j)
		if n == j || n == len(s) || isLetter(s[n]) && !isUpper(s[n]) {
			return abs{}, false
		}
		if !isDigit(s[n]) {
			if k, _ := classify(s[n:letters(s, n)]); k != kMonth && k != kMonthAbbr {
				return abs{}, false
			}
		}
		a, ok := parseAbs(s, n)
		if !ok || a.day == 0 {
			return abs{}, false
		}
		return a, true
	case kMonth, kMonthAbbr:
		if k == kMonthAbbr && j < len(s) && s[j] == '.' {
			j++
		}
		n := skipSpace(s, j)
		if n == j {
			return abs{}, false
		}
		if d, e, ok := readDay(s, n); ok {
			a := abs{end: e, month: time.Month(v), day: d}
			if y, e, ok := readYearAfter(s, e); ok {
				a.year, a.end = y, e
			}
			return a, a.valid()
		}
		if y, e, ok := readYear(s, n); ok {
			return abs{end: e, year: y, month: time.Month(v)}, true
		}
	}
	return abs{}, false
}

// parseNumeric reads "2024-02-21" or "21 February [2024]" at s[i:].
func parseNumeric(s string, i int) (abs, bool) {
	if y, j := digits(s, i, 4); j-i == 4 && j < len(s) && s[j] == '-' {
		m, k := digits(s, j+1, 2)
		if k-j != 3 || k >= len(s) || s[k] != '-' {
			return abs{}, false
		}
		d, e := digits(s, k+1, 2)
		if e-k != 3 || y < minYear || y > maxYear || m < 1 || m > 12 || d < 1 {
			return abs{}, false
		}
		switch {
		case e+1 < len(s) && s[e] == 'T' && isDigit(s[e+1]):
			// A timestamp: 2024-02-21T09:00:00Z.
		case numberGoesOn(s, e), e+1 < len(s) && s[e] == '-' && isDigit(s[e+1]):
			return abs{}, false
		}
		a := abs{end: e, year: y, month: time.Month(m), day: d}
		return a, a.valid()
	}
	d, j, ok := readDay(s, i)
	if !ok {
		return abs{}, false
	}
	n := skipSpace(s, j)
	if n == j {
		return abs{}, false
	}
	if n+2 < len(s) && s[n:n+2] == "of" && space(s, n+2) > 0 {
		n = skipSpace(s, n+2)
	}
	m, e, ok := monthWord(s, n)
	if !ok {
		return abs{}, false
	}
	a := abs{end: e, month: m, day: d}
	if y, e, ok := readYearAfter(s, e); ok {
		a.year, a.end = y, e
	}
	return a, a.valid()
}
