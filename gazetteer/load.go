package gazetteer

import (
	"io"
	"strings"

	"github.com/geopol/geopol/internal/yamlx"
	"gopkg.in/yaml.v3"
)

// Source is one gazetteer file: its name (used in error messages) and its
// YAML text.
type Source = yamlx.Source

// ReadFile reads a gazetteer source from a file.
func ReadFile(path string) (Source, error) { return yamlx.ReadFile(pkg, path) }

// ReadSource reads a gazetteer source from r, reading at most limit bytes
// (DefaultMaxSourceBytes when limit <= 0); a longer source is refused with
// ErrTooLarge rather than read whole into memory.
func ReadSource(name string, r io.Reader, limit int) (Source, error) {
	if limit <= 0 {
		limit = DefaultMaxSourceBytes
	}
	return yamlx.ReadSource(pkg, name, r, limit, ErrTooLarge, "Options.MaxSourceBytes")
}

// rawEntry is an entry as one source states it, with where each part stands.
type rawEntry struct {
	Entry
	at      yamlx.Pos            // the entry's mapping
	given   map[string]bool      // fields present in the source
	placed  map[string]yamlx.Pos // each listed name (any list) and where it stands
	replace bool                 // replace an entry of an earlier layer whole
	remove  bool                 // delete an entry of an earlier layer
}

// entryFields are the keys an entry may have, in documentation order.
var entryFields = []string{
	"id", "kind", "name", "aliases", "abbreviations", "demonyms", "capitals", "seats",
	"prefixes", "shared", "cues", "codes", "members", "existed", "replace", "remove",
}

var (
	codeFields       = []string{"iso2", "iso3", "numeric", "cameo"}
	memberFields     = []string{"id", "joined", "left"}
	yearsFields      = []string{"from", "to"}
	documentFields   = []string{"entries"}
	minYear, maxYear = 1000, 2100
)

// parser decodes one source into raw entries.
type parser struct {
	yamlx.Decoder
}

// parseSource decodes src, collecting its problems in errs.
func parseSource(src Source, errs *ErrorList) (entries []*rawEntry) {
	p := &parser{yamlx.Decoder{Pkg: pkg, File: src.Name, Errs: errs}}
	root := p.Root(src.Data, "write a mapping with an `entries:` list")
	if root == nil {
		return nil
	}
	var list *yaml.Node
	p.Fields(root, documentFields, func(_ string, v *yaml.Node) { list = v })
	if list == nil {
		p.Errorf(root, "no `entries:` list; put the entries under `entries:`")
		return nil
	}
	if !p.IsList("entries", list) {
		return nil
	}
	for _, n := range list.Content {
		if e := p.entry(n); e != nil {
			entries = append(entries, e)
		}
	}
	return entries
}

func (p *parser) entry(n *yaml.Node) *rawEntry {
	if n.Kind != yaml.MappingNode {
		p.Errorf(n, "an entry must be a mapping with id, kind and name, not %s", yamlx.Kind(n))
		return nil
	}
	e := &rawEntry{at: p.At(n), given: map[string]bool{}, placed: map[string]yamlx.Pos{}}
	p.Fields(n, entryFields, func(key string, v *yaml.Node) {
		e.given[key] = true
		switch key {
		case "id":
			e.ID = p.Scalar(key, v)
		case "kind":
			s := p.Scalar(key, v)
			if s != "" && !contains(kinds, Kind(s)) {
				p.Errorf(v, "unknown kind %q; use one of %s", s, kindList())
			}
			e.Kind = Kind(s)
		case "name":
			if e.Name = p.Scalar(key, v); e.Name != "" {
				e.placed[e.Name] = p.At(v)
			}
		case "aliases":
			e.Aliases = p.names(e, key, v)
		case "abbreviations":
			e.Abbreviations = p.names(e, key, v)
		case "demonyms":
			e.Demonyms = p.names(e, key, v)
		case "capitals":
			e.Capitals = p.names(e, key, v)
		case "seats":
			e.Seats = p.names(e, key, v)
		case "prefixes":
			e.Prefixes = p.names(e, key, v)
		case "shared":
			e.Shared = p.Strings(key, v, nil)
		case "cues":
			e.Cues = p.Strings(key, v, nil)
		case "codes":
			p.codes(&e.Codes, v)
		case "members":
			e.Members = p.members(v)
		case "existed":
			e.Existed = p.years(v)
		case "replace":
			e.replace = p.Bool(key, v)
		case "remove":
			e.remove = p.Bool(key, v)
		}
	})
	if !e.given["id"] || e.ID == "" {
		p.Errorf(n, "entry has no id; add `id:` (ISO alpha-3 for a country or territory, a slug for a location)")
		return nil
	}
	return e
}

// names reads a list of names and records where each stands.
func (p *parser) names(e *rawEntry, key string, v *yaml.Node) []string {
	return p.Strings(key, v, func(s string, n *yaml.Node) {
		if _, ok := e.placed[s]; !ok {
			e.placed[s] = p.At(n)
		}
	})
}

func (p *parser) codes(c *Codes, v *yaml.Node) {
	if v.Kind != yaml.MappingNode {
		p.Errorf(v, "codes must be a mapping such as {iso2: JP, iso3: JPN, numeric: \"392\", cameo: JPN}")
		return
	}
	p.Fields(v, codeFields, func(key string, v *yaml.Node) {
		s, ok := p.ScalarOK(key, v)
		if !ok {
			return // reported; its form is not checked as well
		}
		switch key {
		case "iso2":
			if !isUpperCode(s, 2) {
				p.Errorf(v, "iso2 must be two capital letters, not %q", s)
			}
			c.ISO2 = s
		case "iso3":
			if !isUpperCode(s, 3) {
				p.Errorf(v, "iso3 must be three capital letters, not %q", s)
			}
			c.ISO3 = s
		case "numeric":
			if len(s) != 3 || strings.Trim(s, "0123456789") != "" {
				p.Errorf(v, "numeric must be three digits in quotes, such as \"392\", not %q", s)
			}
			c.Numeric = s
		case "cameo":
			if !isUpperCode(s, 3) {
				p.Errorf(v, "cameo must be a three-letter actor code, not %q", s)
			}
			c.CAMEO = s
		}
	})
}

func (p *parser) members(v *yaml.Node) []Membership {
	if !p.IsList("members", v) {
		return nil
	}
	var out []Membership
	for _, item := range v.Content {
		switch item.Kind {
		case yaml.ScalarNode:
			out = append(out, Membership{ID: strings.TrimSpace(item.Value)})
		case yaml.MappingNode:
			var m Membership
			p.Fields(item, memberFields, func(key string, v *yaml.Node) {
				switch key {
				case "id":
					m.ID = p.Scalar(key, v)
				case "joined":
					m.Joined = p.year(v)
				case "left":
					m.Left = p.year(v)
				}
			})
			if m.ID == "" {
				p.Errorf(item, "member has no id; write {id: FRA, joined: 1958}")
				continue
			}
			if m.Joined != 0 && m.Left != 0 && m.Left < m.Joined {
				p.Errorf(item, "member %s left (%d) before it joined (%d); check the years", m.ID, m.Left, m.Joined)
			}
			out = append(out, m)
		default:
			p.Errorf(item, "a member is an id or {id: FRA, joined: 1958}, not %s", yamlx.Kind(item))
		}
	}
	return out
}

func (p *parser) years(v *yaml.Node) *Years {
	if v.Kind != yaml.MappingNode {
		p.Errorf(v, "existed must be a mapping such as {from: 1922, to: 1991}")
		return nil
	}
	var y Years
	p.Fields(v, yearsFields, func(key string, v *yaml.Node) {
		if key == "from" {
			y.From = p.year(v)
		} else {
			y.To = p.year(v)
		}
	})
	if y.From != 0 && y.To != 0 && y.To < y.From {
		p.Errorf(v, "existed ends (%d) before it starts (%d); check the years", y.To, y.From)
	}
	return &y
}

func (p *parser) year(v *yaml.Node) int {
	return p.Int("year", v, minYear, maxYear)
}

func isUpperCode(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func kindList() string {
	s := make([]string, len(kinds))
	for i, k := range kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

func contains[T comparable](list []T, x T) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}
