package relation

// read turns the sentence's triggers into relations and appends them. The
// relations from base on are those already read from earlier pieces of the
// same sentence: a relation is reported once per sentence.
func (s *sentence) read(dst []Relation, base int) []Relation {
	// Triggers in [blockedFrom, blockedTo) sit in an accusation's "of"
	// complement: "accused Pakistan of air strikes, ..." holds no attack.
	blockedFrom, blockedTo := s.end, s.end
	blockedClause := -1
	for hi := range s.hits {
		h := &s.hits[hi]
		if h.first >= blockedFrom && h.first < blockedTo && s.clauseOf(h.first) == blockedClause {
			continue
		}
		dst = s.readHit(dst, base, h)
		if r := s.lastRead; r.complement || r.framed && r.typ == Request {
			word := "of" // "accused Pakistan of air strikes"
			if r.typ == Request {
				word = "to" // "urged Serbia to recognise Kosovo"
			}
			if k := s.indexOf(word, r.objectEnd, s.end); k >= 0 {
				blockedFrom, blockedClause = k, s.clauseOf(h.first)
				if c := s.indexOf(",", k, s.end); c >= 0 {
					blockedTo = c
				} else {
					blockedTo = s.end
				}
			}
		}
	}
	dst = s.saidShould(dst, base)
	return dropAidPurpose(dst, base)
}

// readHit reads one trigger, trying each of its readings until one yields
// a frame, and appends its relations.
func (s *sentence) readHit(dst []Relation, base int, h *hit) []Relation {
	s.lastRead = reading{}
	s.readings = append(append(s.readings[:0], h.p), s.altsOf(h)...)
	readings := s.orderReadings(h, s.readings)
	for _, p := range readings {
		hh := *h
		hh.p, hh.past = p, s.isPast(p, h.first)
		n := len(dst)
		dst = s.readPhrase(dst, base, &hh)
		if len(dst) > n || s.lastRead.framed {
			break
		}
	}
	return dst
}

// readPhrase reads trigger h under one reading.
func (s *sentence) readPhrase(dst []Relation, base int, h *hit) []Relation {

	t := h.p.trigger
	// "refused to ..." is a refusal marker, not a reject trigger.
	if t.Type == Reject && s.w(h.end) == "to" {
		return dst
	}
	// A participle after a determiner is an adjective: "the detained
	// workers" is no detention.
	if h.past && s.isClass(h.first-1, determiner) {
		return dst
	}
	if s.hypothetical(h) {
		return dst
	}
	r := reading{typ: t.Type, objects: t.Objects}
	if _, _, ok := s.markerIn(mRefusal, s.windowStart(h), h.first); ok && t.Type != Reject {
		if !cooperative(t.Type) {
			return dst // refusing to act against a third party relates nobody
		}
		r.typ, r.refused = Reject, true
		// "refused to sign the statement of the SCO meeting".
		r.objects = append([]string{"direct", "of"}, t.Objects...)
	}
	pairs := s.roles(h, &r)
	if len(pairs) == 0 && t.Mutual {
		pairs = s.mutualPairs(dst[base:])
	}
	if len(pairs) == 0 {
		return dst
	}
	r.framed, r.complement = true, t.Complement
	s.lastRead = r
	s.last, s.hasLast = pairs[len(pairs)-1], true
	negated, distant := s.negated(h, r.subjectEnd)
	if distant {
		return dst
	}
	if !negated && r.typ != Request {
		// Failing to ask is still asking: "failed to convince Y to ...".
		negated = s.failed(h, r.subjectEnd)
	}
	modality := s.modality(h, r.subjectEnd)
	switch {
	case r.refused:
		modality = Asserted // a refusal is an act: "refused to sign" happened
	case t.Intended:
		modality = Intended
	}
	topics := s.topics(t)
	for _, p := range pairs {
		rel := Relation{
			Type:     r.typ,
			Subject:  Argument{ID: s.actors[p[0]].ID, Mention: *s.actors[p[0]]},
			Object:   Argument{ID: s.actors[p[1]].ID, Mention: *s.actors[p[1]]},
			Negated:  negated,
			Modality: modality,
			Trigger:  s.span(h.first, h.end),
			Sentence: s.index,
			Topics:   topics,
		}
		st := s.doc.Sentences[s.index]
		rel.Evidence = Span{Start: st.Start, End: st.End}
		rel.CAMEO = s.cameo(t, r, topics)
		rel.PLOVER = r.typ.PLOVER()
		if r.typ == Cooperate && modality == Intended {
			rel.PLOVER = "AGREE"
		}
		if rel.Subject.ID == rel.Object.ID || duplicate(dst[base:], &rel) {
			continue
		}
		dst = append(dst, rel)
	}
	return dst
}

// dropAidPurpose removes support(X, Y) where the sentence also has
// provide_aid(X, Y): "aid ... to support Ukraine" is one act of aid.
func dropAidPurpose(rels []Relation, base int) []Relation {
	out := rels[:base]
	for _, r := range rels[base:] {
		if r.Type == Support {
			aid := false
			for _, a := range rels[base:] {
				if a.Type == ProvideAid && a.Subject.ID == r.Subject.ID && a.Object.ID == r.Object.ID {
					aid = true
				}
			}
			if aid {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// reading is what role assignment decides for one trigger.
type reading struct {
	typ        Type
	objects    []string
	refused    bool
	subjectEnd int // token after the subject, or -1 when it follows the trigger
	objectEnd  int
	framed     bool // roles were found (even if every pair was dropped)
	complement bool // the trigger's "of ..." complement holds no relation
}

// cooperative reports whether refusing an act of type t is rejecting the
// other party ("refused to sign with Japan"), rather than refusing to act
// against a third party ("refused to condemn Russia").
func cooperative(t Type) bool {
	switch t {
	case Negotiate, Meet, Visit, SignAgreement, Cooperate, ProvideAid, Support, Mediate, Ceasefire, Concede, Request:
		return true
	}
	return false
}

func duplicate(rels []Relation, r *Relation) bool {
	k := r.Key()
	for i := range rels {
		if rels[i].Key() == k {
			return true
		}
	}
	return false
}

func (s *sentence) span(first, end int) Span {
	a, b := s.tok(first).Start, s.tok(end-1).End
	return Span{Text: s.doc.Text[a:b], Start: a, End: b}
}

func (s *sentence) indexOf(w string, from, to int) int {
	for i := max(from, s.first); i < to; i++ {
		if s.w(i) == w {
			return i
		}
	}
	return -1
}
