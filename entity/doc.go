// Package entity finds the mentions of geopolitical entities (countries,
// territories, blocs, international organisations and the places that look
// like them) in a text, with exact byte offsets into it.
//
// It is the second stage of geopol: [github.com/geopol/geopol/gazetteer]
// knows the names, this package finds them in a [Document], and
// [github.com/geopol/geopol/relation] reads relations between them.
//
// # Documents
//
// A [Document] is a text split into tokens and sentences. [NewDocument]
// builds one; [Document.Reset] re-splits a Document for another text and
// reuses its buffers, so that a loop over many articles allocates nothing
// once the buffers have grown. The text is never copied or changed: every
// token, sentence and mention is a half-open byte span [Start, End) of
// Document.Text, and Text[Start:End] is what was written, curly quotes,
// accents, line breaks and invalid UTF-8 included.
//
// A long text can be read block by block with [Document.ResetNext]: each
// block ends at a blank line or at a line that ends a sentence, where the
// text's reading starts afresh, so the blocks, put end to end, give the
// whole text's tokens and sentences (with offsets into the whole text),
// and only one block's tokens are held at a time.
//
// # Tokens and sentences
//
// A [Token] is a word (letters, digits and combining marks: Japan, Côte,
// 2024), a number with inner separators (3.5, 1,000), a dotted abbreviation
// (U.S., D.C.) or a single punctuation rune. Apostrophes and dashes are
// tokens of their own, so "China's" is China + ' + s and "EU-Japan" is
// EU + - + Japan. Each token records the whitespace before it: none, blanks,
// one line break or a blank line. Invalid UTF-8, NUL and other control bytes
// and the byte order mark separate tokens like spaces.
//
// A [Sentence] is a span of whole tokens; the sentences of a Document cover
// all its tokens in order. A sentence ends:
//
//   - at '.', '!', '?' or '…', with any closing quotes or brackets glued to
//     it, when the next token starts a sentence (a capital letter, a digit,
//     an opening quote or bracket after a space) or comes after a line
//     break;
//   - at a blank line, always;
//   - at a single line break after a short line (under 50 bytes: a
//     headline, a dateline, "1 min read"), and after a long line unless the
//     text goes on like wrapped prose (in lower case, on another long
//     line, on a line that ends a sentence, or within a paragraph of three
//     or more lines): there a name broken across lines ("United\nStates")
//     stays in one sentence, while a long headline over a dateline is two.
//
// A dot ends no sentence inside a dotted abbreviation (U.S.), a number
// (3.5), after a title (Dr., Gen., Mr.), after "No" before a number
// (No. 10) or after an initial (J. Smith). Text without a final mark is
// still one sentence; empty or blank text has none.
//
// # Mentions and forms
//
// A [Tagger] finds the names of a gazetteer in a Document. Each [Mention]
// is a span of the text with the [gazetteer.Entry] it names, the entry's ID
// and Kind, the index of its sentence and its form: how the text names the
// entity (name, alias, abbreviation, demonym, capital or seat; see
// [gazetteer.Form]). A mention covers the name and nothing around it: no
// article ("the United States" → "United States"), no possessive ending
// ("China's" → "China"), no trailing punctuation except the dots of the
// name ("U.S."). [Group] gathers mentions into one [Entity] per ID, in order
// of first mention.
//
// # Hard cases
//
// Names are matched token by token, by longest match within a sentence:
//
//   - Longest match wins: "South China Sea", "British Columbia", "Papua New
//     Guinea" and "Niger Delta" are one mention each, with no country inside.
//   - Companies, media and banks whose names contain a country ("Qatar
//     Airways", "Voice of America", "Bank of Japan") are gazetteer shields:
//     longest match swallows them and they are never reported.
//   - Possessives and compounds are split by the tokenizer, so "Japan’s",
//     "Solomon Islands'", "EU-Japan", "India–Pakistan" and "U.S.-led" give
//     mentions of their names. "Sino" counts as China only before a dash
//     ("Sino-Japanese"); "Indo-Pacific" is a location of its own.
//   - Case matters for words that are ordinary English: "turkey", "chad",
//     "china", "us" and "Us" match nothing, while "Turkey", "US" and "U.S."
//     do. ALL-CAPS text (headlines) matches any spelling: "JAPAN", "EU".
//   - Accents, apostrophes and dashes are folded before comparing, so
//     "Türkiye" and "Turkiye", "Côte d'Ivoire" and "Côte d’Ivoire" match.
//   - A name may span one line break (wrapped text) but not a blank line.
//   - A name several entries may mean (Congo, Korea, Georgia) goes to the
//     entry whose cue words (Kinshasa, Brazzaville, Pyongyang, Atlanta)
//     occur most often in the document as written, and to the entry that
//     owns the name when no other does better: bare "Congo" is the DR
//     Congo, bare "Korea" South Korea, "Georgia" the country. Only the cue
//     words of the entries in question are searched for, so a document
//     with a shared name ("Brussels": the EU and Belgium) costs little more.
//   - Words such as "European", "Western", "Arab" or "the West" are in no
//     entry and are not mentions.
//
// # Concurrency
//
// A Tagger is immutable after [NewTagger] and safe for concurrent use;
// build one per gazetteer and share it. A Document is not: give each
// goroutine its own.
//
// # Example
//
// The shortest useful program tags one text:
//
//	g, err := gazetteer.Default()
//	if err != nil {
//		log.Fatal(err)
//	}
//	tagger := entity.NewTagger(g)
//	doc := entity.NewDocument("Japan and the EU opened talks.")
//	for _, m := range tagger.Tag(doc) {
//		fmt.Println(m.Start, m.End, m.ID, m.Form, m.Text)
//	}
package entity
