package date

// headerLines is how many non-empty lines at the top of an article
// [Article] reads.
const headerLines = 8

// Article returns the date of an article: the publication date written on
// one of its first eight non-empty lines, or in the dateline at the start
// of its first paragraph. ok is false if there is none.
//
// The date must name a day with its year ("February 21, 2024", "21 Feb
// 2024", "2024-02-21", "Wednesday, February 21, 2024"); slash dates such as
// 02/03/2024 are skipped as ambiguous. Article prefers, in turn:
//
//  1. a date that starts a line, after an optional "Published", "Updated",
//     "Posted" or "Date" and a colon;
//  2. the first full date anywhere on those lines ("TOKYO, Feb 21, 2024
//     (Reuters) -", "By Jane Doe | February 21, 2024");
//  3. a dateline without a year ("TOKYO, Feb 21 (Reuters) -") if a year
//     stands alone elsewhere on those lines ("© 2024 Reuters"). Its Text is
//     then the month and day alone.
//
// The Date's Granularity is [Day] and its span is the date as written,
// weekday included.
func Article(text string) (Date, bool) {
	var lines [headerLines][2]int
	n := 0
	for i := 0; i < len(text) && n < len(lines); {
		j := i
		for j < len(text) && text[j] != '\n' {
			j++
		}
		if !blankLine(text[i:j]) {
			lines[n] = [2]int{i, j}
			n++
		}
		i = j + 1
	}
	header := lines[:n]

	for _, l := range header {
		s := text[:l[1]]
		p := skipPrefix(s, l[0])
		if p < len(s) && (isDigit(s[p]) || isUpper(s[p])) {
			if a, ok := parseAbs(s, p); ok && a.year != 0 && a.day != 0 {
				return articleDate(text, p, a), true
			}
		}
	}
	for _, l := range header {
		s := text[:l[1]]
		for p := l[0]; p < len(s); p++ {
			if (isDigit(s[p]) || isUpper(s[p])) && startsWord(s, l[0], p) {
				if a, ok := parseAbs(s, p); ok && a.year != 0 && a.day != 0 {
					return articleDate(text, p, a), true
				}
			}
		}
	}
	for _, l := range header {
		p, a, ok := dateline(text[:l[1]], l[0])
		if !ok {
			continue
		}
		for _, l := range header {
			if y, ok := headerYear(text[:l[1]], l[0]); ok {
				a.year = y
				if a.valid() {
					return articleDate(text, p, a), true
				}
			}
		}
		break
	}
	return Date{}, false
}

func articleDate(text string, p int, a abs) Date {
	return Date{
		Time:        day(a.year, a.month, a.day),
		Granularity: Day,
		Text:        text[p:a.end],
		Start:       p,
		End:         a.end,
	}
}

// blankLine reports whether a line holds only white space.
func blankLine(l string) bool {
	for i := 0; i < len(l); {
		n := space(l, i)
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

// skipPrefix skips white space and labels such as "Published:", "Last
// updated" or "Posted on" at the start of a line at s[i:].
func skipPrefix(s string, i int) int {
	i = skipSpace(s, i)
	for range 3 {
		j := letters(s, i)
		switch lowerASCII(s[i:j]) {
		case "published", "updated", "posted", "date", "dated", "first", "last", "on":
		default:
			return i
		}
		if j < len(s) && s[j] == ':' {
			j++
		}
		i = skipSpace(s, j)
	}
	return i
}

// lowerASCII returns w in lower case if it is a short ASCII word, else "".
func lowerASCII(w string) string {
	if len(w) == 0 || len(w) > 9 {
		return ""
	}
	var b [9]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b[:len(w)])
}

// dateline reads a wire dateline at the line s[i:]: a place in capitals, a
// comma, a month and day, an optional agency in brackets and a dash:
// "TOKYO, Feb 21 (Reuters) -", "KYIV, Ukraine, Feb. 21 —". It returns
// where the date starts.
func dateline(s string, i int) (int, abs, bool) {
	i = skipSpace(s, i)
	caps := 0
	p := i
	for p < len(s) && s[p] != ',' {
		c := s[p]
		switch {
		case isUpper(c):
			caps++
		case c == ' ' || c == '.' || c == '-' || c == '\'' || c >= 0x80:
		default:
			return 0, abs{}, false
		}
		p++
	}
	if caps < 2 || p == len(s) {
		return 0, abs{}, false
	}
	// Up to three more comma-separated parts ("Ukraine, ") before the date.
	for range 4 {
		p = skipSpace(s, p+1)
		if p < len(s) && isUpper(s[p]) {
			if a, ok := parseAbs(s, p); ok && a.day != 0 && datelineEnd(s, a.end) {
				return p, a, true
			}
		}
		for p < len(s) && s[p] != ',' {
			p++
		}
		if p == len(s) {
			break
		}
	}
	return 0, abs{}, false
}

// datelineEnd reports whether s[j:] goes on as a dateline after its date:
// an optional agency in brackets, then a hyphen or dash.
func datelineEnd(s string, j int) bool {
	j = skipSpace(s, j)
	if j < len(s) && s[j] == '(' {
		for j < len(s) && s[j] != ')' {
			j++
		}
		j = skipSpace(s, j+1)
	}
	switch {
	case j < len(s) && s[j] == '-':
		return true
	case j+3 <= len(s) && (s[j:j+3] == "–" || s[j:j+3] == "—"):
		return true
	}
	return false
}

// headerYear returns the first four-digit year standing alone on the line
// s[i:] ("© 2024 Reuters", "Updated 2024").
func headerYear(s string, i int) (int, bool) {
	lo := i
	for ; i < len(s); i++ {
		if isDigit(s[i]) && startsWord(s, lo, i) {
			if y, _, ok := readYear(s, i); ok {
				return y, true
			}
		}
	}
	return 0, false
}
