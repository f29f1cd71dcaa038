package date

import (
	"time"
	"unicode"
	"unicode/utf8"
)

// Find returns the date expressions in text[start:end], typically one
// sentence, resolved against anchor, the article's date. Offsets are into
// text. Find returns nil, without allocating, if there are none.
//
// Only anchor's calendar day counts: its clock time is dropped and its
// year, month and day are read in its own location. Out-of-range start and
// end are clamped to the text; start >= end finds nothing.
//
// See the package documentation for the expressions and how they resolve.
func Find(text string, start, end int, anchor time.Time) []Date {
	return AppendFind(nil, text, start, end, anchor)
}

// AppendFind is like [Find] but appends the dates to dst and returns the
// extended slice, so that a caller looping over sentences can reuse one
// buffer.
func AppendFind(dst []Date, text string, start, end int, anchor time.Time) []Date {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	if start >= end {
		return dst
	}
	f := finder{s: text[:end], lo: start, anchor: anchor}
	s := f.s
	inWord := false // s[i-1] is a letter or digit
	for i := start; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			inWord = unicode.IsLetter(r) || unicode.IsDigit(r)
			i += n
			continue
		}
		if !isAlnum(c) {
			inWord = false
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isAlnum(s[j]) {
			j++
		}
		// The fast path: only a word that starts with a digit or could be
		// a month, weekday or cue word by its first letter and length is
		// looked at further.
		if !inWord && mayStart(c, j-i) {
			if d, ok := f.at(i); ok {
				dst = append(dst, d)
				i, f.lo = d.End, d.End
				inWord = !endsWord(s, i)
				continue
			}
		}
		i, inWord = j, true
	}
	return dst
}

// mayStart reports whether an ASCII word of n letters and digits that
// starts with c may start a date: a day or year (at most four digits, or
// "21st"), or a word with the first letter and length of a month, weekday
// or cue word.
func mayStart(c byte, n int) bool {
	switch {
	case isDigit(c):
		return n <= 4
	case n > 9:
		return false
	case isUpper(c):
		return upperStarts[c-'A']&(1<<n) != 0
	case 'a' <= c && c <= 'z':
		return lowerStarts[c-'a']&(1<<n) != 0
	}
	return false
}

// lowerStarts and upperStarts hold, for each first letter, a bit for each
// length of a word that may start a date: cue words in lower case, and
// cue words, months and weekdays capitalised. They are built once and
// never written.
var lowerStarts, upperStarts = startTables()

func startTables() (lo, up [26]uint16) {
	cues := []string{"yesterday", "today", "tomorrow", "last", "this", "next", "earlier", "later", "early", "late"}
	names := []string{
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	}
	for _, w := range cues {
		lo[w[0]-'a'] |= 1 << len(w)
		up[w[0]-'a'] |= 1 << len(w)
	}
	for _, w := range names {
		up[w[0]-'a'] |= 1 << len(w)
	}
	return lo, up
}

// finder holds the state of one call of [AppendFind].
type finder struct {
	s      string    // the text up to the end of the searched span
	lo     int       // no look-behind before lo: span start or last date's end
	anchor time.Time // as given
	day    time.Time // anchor as midnight UTC, once computed
}

// a returns the anchor day, computing it on first use so that a sentence
// without dates costs no calendar arithmetic.
func (f *finder) a() time.Time {
	if f.day.IsZero() {
		f.day = midnight(f.anchor)
	}
	return f.day
}

func (f *finder) date(start, end int, g Granularity, t time.Time) (Date, bool) {
	return Date{Time: t, Granularity: g, Text: f.s[start:end], Start: start, End: end}, true
}

// at tries to read a date at the word start s[i].
func (f *finder) at(i int) (Date, bool) {
	s := f.s
	if isDigit(s[i]) {
		return f.number(i)
	}
	j := letters(s, i)
	if !endsWord(s, j) {
		return Date{}, false
	}
	k, v := classify(s[i:j])
	switch k {
	case kMonth, kMonthAbbr:
		return f.month(i, j, k, v)
	case kWeekday, kWeekdayAbbr:
		return f.weekday(i, j, k, v)
	case kRel:
		if f.capitalOK(i) {
			return f.date(i, j, Day, f.a().AddDate(0, 0, v))
		}
	case kShift:
		if f.capitalOK(i) {
			return f.shift(i, j, v)
		}
	case kEdge:
		if f.capitalOK(i) {
			return f.edge(i, j)
		}
	}
	return Date{}, false
}

// capitalOK reports whether a cue word at s[i] may start a date: always in
// lower case, and capitalised only if the word before it is not, so that
// "Today" starts a sentence but "Russia Today" and "USA Today" are names.
func (f *finder) capitalOK(i int) bool {
	if !isUpper(f.s[i]) {
		return true
	}
	ws, _, ok := prevWord(f.s, f.lo, i)
	return !ok || !isUpper(f.s[ws])
}

// mid reports whether "mid-" is written just before s[i].
func (f *finder) mid(i int) bool {
	if i-4 < f.lo || f.s[i-1] != '-' || !startsWord(f.s, f.lo, i-4) {
		return false
	}
	w := f.s[i-4 : i-1]
	return w == "mid" || w == "Mid" || w == "MID"
}

// abs resolves a calendar date parsed at s[start:].
func (f *finder) abs(start int, a abs) (Date, bool) {
	switch {
	case a.day == 0:
		if f.mid(start) {
			start -= 4
		}
		return f.date(start, a.end, Month, day(a.year, a.month, 1))
	case a.year != 0:
		return f.date(start, a.end, Day, day(a.year, a.month, a.day))
	}
	t, ok := f.yearless(a.month, a.day)
	if !ok {
		return Date{}, false
	}
	return f.date(start, a.end, Day, t)
}

// yearless gives a month and day the year that puts it nearest the anchor:
// the anchor's year, or the year before if that is more than six months
// after the anchor, or the year after if more than six months before. It
// fails for February 29 in a year without one.
func (f *finder) yearless(m time.Month, d int) (time.Time, bool) {
	a := f.a()
	y := a.Year()
	c := day(y, m, min(d, daysIn(y, m)))
	if c.After(a.AddDate(0, 6, 0)) {
		y--
	} else if c.Before(a.AddDate(0, -6, 0)) {
		y++
	}
	if d > daysIn(y, m) {
		return time.Time{}, false
	}
	return day(y, m, d), true
}

// How a month name without a year resolves.
const (
	monthLast = -1 // last July: the latest July before the anchor's month
	monthThis = 0  // this July: July of the anchor's year
	monthNext = 1  // next July: the first July after the anchor's month
	monthBare = 2  // in July: from nine months before to two months after
)

func (f *finder) monthOf(m time.Month, mode int) time.Time {
	a := f.a()
	d := int(m) - int(a.Month())
	switch mode {
	case monthLast:
		if d >= 0 {
			d -= 12
		}
	case monthNext:
		if d <= 0 {
			d += 12
		}
	case monthBare:
		if d > 2 {
			d -= 12
		} else if d < -9 {
			d += 12
		}
	}
	return day(a.Year(), a.Month()+time.Month(d), 1)
}

// How a weekday name resolves.
const (
	weekdayPlain = 2 // Monday: the latest Monday on or before the anchor
)

func (f *finder) weekdayOf(wd, mode int) time.Time {
	a := f.a()
	aw := int(a.Weekday())
	var delta int
	switch mode {
	case -1: // last Monday: strictly before the anchor
		delta = -((aw-wd+6)%7 + 1)
	case 1: // next Monday: strictly after the anchor
		delta = (wd-aw+6)%7 + 1
	case 0: // this Monday: in the anchor's ISO week
		delta = (wd+6)%7 - (aw+6)%7
	default:
		delta = -((aw - wd + 7) % 7)
	}
	return a.AddDate(0, 0, delta)
}

// month reads a date at a month name s[i:j].
func (f *finder) month(i, j int, k kind, v int) (Date, bool) {
	if a, ok := parseAbs(f.s, i); ok {
		return f.abs(i, a)
	}
	if k != kMonth {
		return Date{}, false
	}
	// A bare month name needs a cue: "mid-March" or a preposition ("in
	// March", "since May"), so that "Theresa May" and "March organisers"
	// are no dates. "last March" and "early March" are read at the cue.
	start := i
	if f.mid(i) {
		start -= 4
	} else if pk, _, _ := prevKind(f.s, f.lo, i); pk != kPrep {
		return Date{}, false
	}
	return f.date(start, j, Month, f.monthOf(time.Month(v), monthBare))
}

// weekday reads a date at a weekday name s[i:j].
func (f *finder) weekday(i, j int, k kind, v int) (Date, bool) {
	if a, ok := parseAbs(f.s, i); ok {
		return f.abs(i, a)
	}
	if k != kWeekday {
		return Date{}, false
	}
	switch pk, capital, _ := prevKind(f.s, f.lo, i); {
	case pk == kEvery, pk == kShift, pk == kHoliday && capital:
		// "every Monday" recurs; "the last Monday of May" was refused at
		// "last"; "Good Friday" and "Black Friday" are holidays or names.
		return Date{}, false
	}
	return f.date(i, j, Day, f.weekdayOf(v, weekdayPlain))
}

// shift reads "last", "this" or "next" at s[i:j] (v is -1, 0 or +1) and
// the week, month, year, weekday or month name after it.
func (f *finder) shift(i, j, v int) (Date, bool) {
	s := f.s
	if pk, _, _ := prevKind(s, f.lo, i); pk == kThe {
		return Date{}, false // "over the last year" is twelve months, not a calendar year
	}
	n := skipSpace(s, j)
	e := letters(s, n)
	if n == j || e == n || !endsWord(s, e) {
		return Date{}, false
	}
	k, w := classify(s[n:e])
	a := f.a()
	switch k {
	case kUnit:
		switch Granularity(w) {
		case Week:
			return f.date(i, e, Week, weekStart(a).AddDate(0, 0, 7*v))
		case Month:
			return f.date(i, e, Month, day(a.Year(), a.Month()+time.Month(v), 1))
		case Year:
			return f.date(i, e, Year, day(a.Year()+v, 1, 1))
		}
	case kWeekday:
		return f.date(i, e, Day, f.weekdayOf(w, v))
	case kMonth:
		return f.date(i, e, Month, f.monthOf(time.Month(w), v))
	}
	return Date{}, false
}

// edge reads "earlier", "later", "early" or "late" at s[i:j] and the date
// after it, and widens that date's span to start at s[i].
func (f *finder) edge(i, j int) (Date, bool) {
	s := f.s
	n := skipSpace(s, j)
	if n == j || n == len(s) {
		return Date{}, false
	}
	var d Date
	ok := false
	if isDigit(s[n]) {
		// early 2021
		if y, e, yes := readYear(s, n); yes {
			d, ok = f.date(n, e, Year, day(y, 1, 1))
		}
	} else if e := letters(s, n); e > n && endsWord(s, e) {
		switch k, v := classify(s[n:e]); k {
		case kShift:
			d, ok = f.shift(n, e, v) // earlier this month, late last year
		case kRel:
			d, ok = f.date(n, e, Day, f.a().AddDate(0, 0, v)) // earlier today
		case kWeekday:
			d, ok = f.weekday(n, e, k, v) // late Monday
		case kMonth:
			if a, yes := parseAbs(s, n); yes {
				if d, ok = f.abs(n, a); ok && a.day != 0 {
					return d, true // "early February 20": the day alone
				}
			} else {
				d, ok = f.date(n, e, Month, f.monthOf(time.Month(v), monthBare)) // early January
			}
		}
	}
	if !ok {
		return Date{}, false
	}
	d.Start, d.Text = i, s[i:d.End]
	return d, true
}

// number reads a date at the digit s[i]: "2024-02-21", "20 February" or a
// year after a preposition ("in 2021", "since 2014") or "mid-".
func (f *finder) number(i int) (Date, bool) {
	if a, ok := parseAbs(f.s, i); ok {
		return f.abs(i, a)
	}
	y, e, ok := readYear(f.s, i)
	if !ok {
		return Date{}, false
	}
	start := i
	if f.mid(i) {
		start -= 4
	} else if pk, _, _ := prevKind(f.s, f.lo, i); pk != kPrep {
		return Date{}, false
	}
	return f.date(start, e, Year, day(y, 1, 1))
}
