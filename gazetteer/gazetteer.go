package gazetteer

import (
	"embed"
	"fmt"
	"io/fs"
	"iter"
	"path"
	"slices"
	"strings"

	"github.com/geopol/geopol/internal/yamlx"
)

// defaultData is the default world gazetteer, one file per slice of the world.
//
//go:embed data/*.yaml
var defaultData embed.FS

// DefaultMaxSourceBytes is the largest source New accepts unless
// Options.MaxSourceBytes says otherwise. The default world is about 1 MB.
const DefaultMaxSourceBytes = 32 << 20

// Options configures New. The zero value loads the default world.
type Options struct {
	// NoDefault starts from an empty gazetteer instead of the embedded
	// default world.
	NoDefault bool

	// Sources are applied in order on top of the default (or of nothing).
	// An entry whose id an earlier layer already has extends that entry:
	// its lists are appended and its scalar fields and codes set where
	// given. With `replace: true` it replaces the earlier entry whole; with
	// `remove: true` it deletes it. Within one source, ids are unique.
	Sources []Source

	// MaxSourceBytes bounds the size of each source (DefaultMaxSourceBytes
	// when zero or negative).
	MaxSourceBytes int
}

// Gazetteer is a validated set of entries with its compiled matcher. It is
// immutable after New returns and safe for concurrent use.
type Gazetteer struct {
	entries []*Entry
	byID    map[string]*Entry
	matcher *Matcher
}

// Default returns the embedded default world gazetteer. Each call builds a
// new one (about 40 ms); build it once and share it.
func Default() (*Gazetteer, error) {
	return New(Options{})
}

// DefaultSources returns the files of the embedded default world, in the
// order they are loaded.
func DefaultSources() []Source {
	names, err := fs.Glob(defaultData, "data/*.yaml")
	if err != nil {
		panic(err) // the pattern is constant and valid
	}
	slices.Sort(names)
	out := make([]Source, 0, len(names))
	for _, name := range names {
		data, err := defaultData.ReadFile(name)
		if err != nil {
			panic(err) // embedded files are always readable
		}
		out = append(out, Source{Name: path.Join("gazetteer", name), Data: data})
	}
	return out
}

// New loads, merges and validates the gazetteer that opts describe and
// compiles its matcher. Every problem found is returned at once as an
// ErrorList, each with file, line and column.
func New(opts Options) (*Gazetteer, error) {
	limit := opts.MaxSourceBytes
	if limit <= 0 {
		limit = DefaultMaxSourceBytes
	}
	var layers [][]Source
	if !opts.NoDefault {
		layers = append(layers, DefaultSources())
	}
	for _, src := range opts.Sources {
		if len(src.Data) > limit {
			return nil, fmt.Errorf("%w: %s is %d bytes, over the limit of %d (raise Options.MaxSourceBytes)",
				ErrTooLarge, src.Name, len(src.Data), limit)
		}
		layers = append(layers, []Source{src})
	}

	var errs ErrorList
	b := newBuilder(&errs)
	for _, layer := range layers {
		var raws []*rawEntry
		for _, src := range layer {
			raws = append(raws, parseSource(src, &errs)...)
		}
		b.applyLayer(raws)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	entries := b.validate()
	if err := errs.Err(); err != nil {
		return nil, err
	}
	g := &Gazetteer{entries: entries, byID: make(map[string]*Entry, len(entries))}
	for _, e := range entries {
		g.byID[e.ID] = e
	}
	g.matcher = compile(entries)
	return g, nil
}

// Entry returns the entry with the given id.
func (g *Gazetteer) Entry(id string) (*Entry, bool) {
	e, ok := g.byID[id]
	return e, ok
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// All iterates over the entries in load order.
func (g *Gazetteer) All() iter.Seq[*Entry] {
	return func(yield func(*Entry) bool) {
		for _, e := range g.entries {
			if !yield(e) {
				return
			}
		}
	}
}

// Matcher returns the compiled name matcher.
func (g *Gazetteer) Matcher() *Matcher { return g.matcher }

// MembersIn returns the ids of the members of bloc or organisation id in the
// given year (every member ever listed when year is 0).
func (g *Gazetteer) MembersIn(id string, year int) []string {
	e, ok := g.byID[id]
	if !ok {
		return nil
	}
	var out []string
	for _, m := range e.Members {
		if year == 0 || m.MemberIn(year) {
			out = append(out, m.ID)
		}
	}
	return out
}

// builder merges layers of raw entries.
type builder struct {
	errs  *ErrorList
	order []string
	byID  map[string]*rawEntry
}

func newBuilder(errs *ErrorList) *builder {
	return &builder{errs: errs, byID: map[string]*rawEntry{}}
}

// applyLayer merges one layer: ids must be unique within it; an id an earlier
// layer holds is extended, replaced or removed.
func (b *builder) applyLayer(raws []*rawEntry) {
	seen := map[string]*rawEntry{}
	for _, r := range raws {
		if first, ok := seen[r.ID]; ok {
			b.errs.Add(pkg, r.at.File, r.at.Line, r.at.Col,
				"duplicate id %q (first at %s); merge the two entries into one", r.ID, first.at)
			continue
		}
		seen[r.ID] = r
		old, exists := b.byID[r.ID]
		switch {
		case r.remove:
			if !exists {
				b.errs.Add(pkg, r.at.File, r.at.Line, r.at.Col, "remove: no entry with id %q to remove", r.ID)
				continue
			}
			delete(b.byID, r.ID)
			b.order = slices.DeleteFunc(b.order, func(id string) bool { return id == r.ID })
		case !exists:
			b.byID[r.ID] = r
			b.order = append(b.order, r.ID)
		case r.replace:
			b.byID[r.ID] = r
		default:
			extend(old, r)
		}
	}
}

// extend merges r into old: lists appended, scalars and codes set where given.
func extend(old, r *rawEntry) {
	if r.given["kind"] {
		old.Kind = r.Kind
	}
	if r.given["name"] {
		old.Name = r.Name
	}
	old.Aliases = append(old.Aliases, r.Aliases...)
	old.Abbreviations = append(old.Abbreviations, r.Abbreviations...)
	old.Demonyms = append(old.Demonyms, r.Demonyms...)
	old.Capitals = append(old.Capitals, r.Capitals...)
	old.Seats = append(old.Seats, r.Seats...)
	old.Prefixes = append(old.Prefixes, r.Prefixes...)
	old.Shared = append(old.Shared, r.Shared...)
	old.Cues = append(old.Cues, r.Cues...)
	old.Members = append(old.Members, r.Members...)
	if r.Existed != nil {
		old.Existed = r.Existed
	}
	for _, c := range []struct {
		dst *string
		src string
	}{
		{&old.Codes.ISO2, r.Codes.ISO2}, {&old.Codes.ISO3, r.Codes.ISO3},
		{&old.Codes.Numeric, r.Codes.Numeric}, {&old.Codes.CAMEO, r.Codes.CAMEO},
	} {
		if c.src != "" {
			*c.dst = c.src
		}
	}
	for name, p := range r.placed {
		if _, ok := old.placed[name]; !ok {
			old.placed[name] = p
		}
	}
}

// claim is one entry's claim on a name.
type claim struct {
	entry *rawEntry
	at    yamlx.Pos
}

// validate checks the merged entries and returns them in load order.
func (b *builder) validate() []*Entry {
	raws := make([]*rawEntry, 0, len(b.order))
	for _, id := range b.order {
		raws = append(raws, b.byID[id])
	}
	owners := map[string]claim{} // folded name → first entry claiming it
	for _, r := range raws {
		if r.Kind == "" {
			b.errs.Add(pkg, r.at.File, r.at.Line, r.at.Col, "entry %q has no kind; add `kind:` (one of %s)", r.ID, kindList())
		}
		if r.Name == "" {
			b.errs.Add(pkg, r.at.File, r.at.Line, r.at.Col, "entry %q has no name; add `name:`", r.ID)
		}
		shared := map[string]bool{}
		for _, s := range r.Shared {
			shared[nameKey(s)] = true
		}
		mine := map[string]bool{}
		r.names(func(name string, _ Form) {
			key := nameKey(name)
			at := r.namePos(name)
			if key == "" {
				b.errs.Add(pkg, at.File, at.Line, at.Col, "name %q of %s has no letters or digits to match; remove it", name, r.ID)
				return
			}
			if mine[key] || shared[key] {
				mine[key] = true
				return
			}
			mine[key] = true
			if first, ok := owners[key]; ok && first.entry != r {
				b.errs.Add(pkg, at.File, at.Line, at.Col,
					"name %q is claimed by both %s (%s) and %s; list it under `shared` in one of them to let the article decide, or remove one",
					name, first.entry.ID, first.at, r.ID)
				return
			}
			owners[key] = claim{r, at}
		})
	}
	for _, r := range raws {
		for _, s := range r.Shared {
			if _, ok := owners[nameKey(s)]; !ok {
				b.errs.Add(pkg, r.at.File, r.at.Line, r.at.Col,
					"shared name %q of %s is owned by no other entry; list it under aliases instead", s, r.ID)
			}
		}
		for _, m := range r.Members {
			if _, ok := b.byID[m.ID]; !ok {
				b.errs.Add(pkg, r.at.File, r.at.Line, r.at.Col,
					"member %q of %s is no entry of the gazetteer; add an entry with that id or fix the id", m.ID, r.ID)
			}
		}
	}
	b.checkCycles(raws)
	out := make([]*Entry, len(raws))
	for i, r := range raws {
		e := r.Entry
		out[i] = &e
	}
	return out
}

// checkCycles reports membership cycles (A is a member of B, B of A).
func (b *builder) checkCycles(raws []*rawEntry) {
	const (
		unvisited = iota
		visiting
		done
	)
	state := map[string]int{}
	var path []string
	var visit func(r *rawEntry) bool
	visit = func(r *rawEntry) bool {
		switch state[r.ID] {
		case visiting:
			i := slices.Index(path, r.ID)
			cycle := append(slices.Clone(path[i:]), r.ID)
			b.errs.Add(pkg, r.at.File, r.at.Line, r.at.Col,
				"membership cycle %s; an entry cannot contain itself", strings.Join(cycle, " → "))
			return false
		case done:
			return true
		}
		state[r.ID] = visiting
		path = append(path, r.ID)
		for _, m := range r.Members {
			if c, ok := b.byID[m.ID]; ok && !visit(c) {
				return false
			}
		}
		path = path[:len(path)-1]
		state[r.ID] = done
		return true
	}
	for _, r := range raws {
		if state[r.ID] == unvisited && !visit(r) {
			return // one cycle report is enough
		}
	}
}

// namePos returns where name stands in the entry's sources.
func (r *rawEntry) namePos(name string) yamlx.Pos {
	if p, ok := r.placed[name]; ok {
		return p
	}
	return r.at
}
