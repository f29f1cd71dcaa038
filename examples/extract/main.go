// Command extract reads news articles and prints the geopolitical entities
// and relations geopol finds in them.
//
//	go run ./examples/extract [flags] [FILE | DIR | - ...]
//
// With no argument it reads the sample article (geopol.SampleArticle). "-"
// reads standard input, a FILE is read as text (as HTML when it is named
// *.html or *.htm) and a DIR is walked for *.txt and *.html files, which are
// read in sorted order on -workers goroutines; the output keeps that order.
//
// Flags:
//
//	-format text|json|jsonl|tsv|dot|html
//	        text (default): per article its entities and relations, for a person
//	        json: OUTPUT.md's document; one object for one input, an array for several
//	        jsonl: one document per input per line
//	        tsv: one row per relation, GDELT-style, under a header line
//	        dot: the relation network of all inputs, for Graphviz
//	        html: one self-contained page with the mentions highlighted
//	-gazetteer FILE
//	        a YAML gazetteer loaded over the default world (repeatable)
//	-workers N
//	        inputs read at once (default: the number of CPUs)
//
// For HTML input the text is read from a plain-text view of the page (see
// html.go), but every offset reported is an offset into the file's bytes.
//
// With -format tsv and a single plain-text input, the input is read block
// by block (geopol.Extractor.Stream) and each block's rows are written as
// it is read, so that a text of any size takes the memory of the text and
// one block: on 100 MB of news, a peak resident set of 2.1 times the input
// in one run, most of it garbage the collector frees as it goes. The other
// formats need the whole article (entities come first) and hold it.
//
// Errors with one input are reported on standard error and the others are
// still processed. The exit status is 0 when every input was read, 1 when
// any failed and 2 for bad flags or a gazetteer that does not load. Runs of
// several inputs end with a summary on standard error.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
