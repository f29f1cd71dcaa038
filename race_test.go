//go:build race

package geopol_test

// raceEnabled reports whether the race detector is on: it makes sync.Pool
// drop what it is given at random, so allocation counts mean nothing.
const raceEnabled = true
