package relation

import (
	"slices"
	"testing"
)

func TestInflect(t *testing.T) {
	irregular := map[string][]string{"meet": {"met"}, "hold": {"held"}}
	cases := []struct {
		verb string
		want []string // forms that must be among the inflections
		not  []string // forms that must not
	}{
		{"sign", []string{"sign", "signs", "signed", "signing"}, nil},
		{"ban", []string{"ban", "bans", "banned", "banning"}, []string{"baned"}},
		{"open", []string{"open", "opens", "opened", "opening"}, []string{"openned", "openning"}},
		{"visit", []string{"visits", "visited", "visiting"}, []string{"visitted"}},
		{"meet", []string{"meet", "meets", "met", "meeting"}, []string{"meeted"}},
		{"hold", []string{"holds", "held", "holding"}, []string{"holded"}},
		{"try", []string{"try", "tries", "tried", "trying"}, []string{"trys", "tryed"}},
		{"stop", []string{"stops", "stopped", "stopping"}, nil},
		{"plan", []string{"plans", "planned", "planning"}, nil},
		{"seize", []string{"seizes", "seized", "seizing"}, []string{"seizeed"}},
		{"ratify", []string{"ratifies", "ratified", "ratifying"}, nil},
		{"push", []string{"pushes", "pushed", "pushing"}, nil},
		{"veto", []string{"vetoes", "vetoed", "vetoing"}, nil},
		{"play", []string{"plays", "played", "playing"}, []string{"plaies", "plaied"}},
		{"agree", []string{"agrees", "agreed", "agreeing"}, nil},
		{"tie", []string{"ties", "tied", "tying"}, nil},
		{"back|support", []string{"backs", "backed", "supports", "supported"}, nil},
	}
	for _, c := range cases {
		got := inflect(c.verb, irregular)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("inflect(%q) = %q, missing %q", c.verb, got, w)
			}
		}
		for _, w := range c.not {
			if slices.Contains(got, w) {
				t.Errorf("inflect(%q) = %q, has %q", c.verb, got, w)
			}
		}
	}
}

func TestPastForms(t *testing.T) {
	irregular := map[string][]string{"meet": {"met"}}
	for verb, want := range map[string][]string{
		"sign": {"signed"}, "meet": {"met"}, "ban": {"banned"}, "try": {"tried"}, "open": {"opened"},
		"sign|ink": {"signed", "inked"},
	} {
		if got := pastForms(verb, irregular); !slices.Equal(got, want) {
			t.Errorf("pastForms(%q) = %q, want %q", verb, got, want)
		}
	}
}

// TestDefaultIrregular checks that the default lexicon's irregular table
// reaches the triggers: "met", "held", "struck" and "sent" are matched.
func TestDefaultIrregular(t *testing.T) {
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"met", "held", "struck", "sent", "expelled", "banned", "signed"} {
		var buf []byte
		if _, info, ok := l.table.lookup(w, &buf); !ok || len(info.phrases) == 0 {
			t.Errorf("no trigger phrase starts with %q", w)
		}
	}
}

func TestSplitWords(t *testing.T) {
	cases := map[string][]string{
		"sign ... agreement":          {"sign", "", "agreement"},
		"negotiations|talks":          {"negotiations|talks"},
		"Re-Establish ties":           {"re", "-", "establish", "ties"},
		"  call   on  ":               {"call", "on"},
		"memorandum of understanding": {"memorandum", "of", "understanding"},
	}
	for in, want := range cases {
		if got := splitWords(in); !slices.Equal(got, want) {
			t.Errorf("splitWords(%q) = %q, want %q", in, got, want)
		}
	}
}
