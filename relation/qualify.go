package relation

import ()

// windowStart is where the words that qualify a trigger (not, will,
// refused to) are looked for: from the start of its clause.
func (s *sentence) windowStart(h *hit) int { return s.clauseStart(h.first) }

// hypothetical reports whether the trigger is a mere possibility: a
// question, or could/might/if/whether before it in its clause.
func (s *sentence) hypothetical(h *hit) bool {
	if s.question {
		return true
	}
	_, _, ok := s.markerIn(mHypothetical, s.windowStart(h), h.first)
	return ok
}

// negated reports whether a negation stands close before the trigger
// ("did not sign"). A negation further away ("doesn't need mediators to
// normalize relations") negates another verb: distant reports it, and the
// trigger is then no assertion at all.
func (s *sentence) negated(h *hit, subjectEnd int) (negated, distant bool) {
	from := s.windowStart(h)
	if subjectEnd > from && subjectEnd <= h.first {
		from = subjectEnd
	}
	// The marker must stand close: "did not sign", "has no plans to meet",
	// but not "doesn't need mediators to normalize relations".
	for i := from; i < h.first; {
		start, end, ok := s.markerIn(mNegation, i, h.first)
		if !ok {
			return false, distant
		}
		if h.first-end <= maxNegationGap {
			return true, false
		}
		distant = true
		i = start + 1
	}
	return false, distant
}

// failed reports whether a failure marker stands right before the trigger
// in its clause, after the subject, with at most two words between:
// "failed to reach an agreement".
func (s *sentence) failed(h *hit, subjectEnd int) bool {
	from := max(s.windowStart(h), h.first-maxNegationGap-MaxTriggerWords)
	if subjectEnd > from && subjectEnd <= h.first {
		from = subjectEnd
	}
	for i := from; i < h.first; {
		start, end, ok := s.markerIn(mFailure, i, h.first)
		if !ok {
			return false
		}
		if h.first-end <= maxNegationGap {
			return true
		}
		i = start + 1
	}
	return false
}

// maxNounIntentGap is how many words may stand between "to" and a noun
// trigger whose intention it marks: "agreed to hold a new round of talks".
const maxNounIntentGap = 6

// maxNegationGap is how many words may stand between a negation and its
// trigger.
const maxNegationGap = 2

// modality is Intended when an intention marker stands before the trigger
// in its clause; a marker ending in "to" (plans to, agreed to) must stand
// right before it, with at most one word between.
func (s *sentence) modality(h *hit, subjectEnd int) Modality {
	from := s.windowStart(h)
	if subjectEnd > from && subjectEnd <= h.first {
		from = subjectEnd
	}
	for i := from; i < h.first; {
		start, end, ok := s.markerIn(mIntention, i, h.first)
		if !ok {
			break
		}
		// "agreed to elevate ties"; for a noun, the verb of "to" may
		// stand between: "agreed to hold a new round of talks". The "to"
		// of a negation or a failure ("failed to reach an agreement")
		// intends nothing.
		if (s.w(end-1) != "to" || h.first-end <= 1 || !h.p.verb && h.first-end <= maxNounIntentGap) &&
			!s.endsMarker(mNegation, start, end) && !s.endsMarker(mFailure, start, end) {
			return Intended
		}
		i = start + 1
	}
	return Asserted
}

// endsMarker reports whether a marker of list m ends at end and starts
// before start: the words [start, end) are its tail.
func (s *sentence) endsMarker(m markerList, start, end int) bool {
	// Markers are short: look back as far as the longest trigger phrase.
	for from := max(s.first, start-MaxTriggerWords); from < start; from++ {
		if a, b, ok := s.markerIn(m, from, end); ok && a < start && b == end {
			return true
		}
	}
	return false
}

func (s *sentence) topics(t *Trigger) []string {
	bits := s.topicBits | t.topicBits
	if len(t.extraTopics) == 0 {
		return s.lex.topicList(bits)
	}
	// Topics a user trigger names but no topic list holds come last.
	out := append([]string(nil), s.lex.topicList(bits)...)
	for _, tp := range t.extraTopics {
		if !contains(out, tp) {
			out = append(out, tp)
		}
	}
	return out
}

// cameo returns the relation's CAMEO code: the trigger's own, else for aid
// the kind of aid the sentence names, else the type's default.
func (s *sentence) cameo(t *Trigger, r reading, topics []string) string {
	if r.refused {
		return Reject.CAMEO()
	}
	if t.CAMEO != "" {
		return t.CAMEO
	}
	if r.typ == ProvideAid {
		switch {
		case contains(topics, "military"):
			return "072"
		case contains(topics, "humanitarian"):
			return "073"
		case contains(topics, "economic"):
			return "071"
		}
	}
	return r.typ.CAMEO()
}
