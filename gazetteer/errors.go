package gazetteer

import (
	"errors"

	"github.com/geopol/geopol/internal/yamlx"
)

// ErrTooLarge is returned for a source larger than Options.MaxSourceBytes.
var ErrTooLarge = errors.New("gazetteer: source too large")

// Error is one problem in a gazetteer source, with its position. Its message
// reads "gazetteer: file:line:col: what is wrong; what to do".
type Error = yamlx.Error

// ErrorList is every problem New found, sorted by position. Find each with
// errors.As or by ranging over the list.
type ErrorList = yamlx.ErrorList

const pkg = "gazetteer"
