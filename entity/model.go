package entity

import (
	"fmt"
	"io"

	"github.com/wortlaut/wortlaut/internal/ner"
)

// LoadModel reads a model in wortlaut's binary format, as written by
// `wortlaut train`. Data that is not such a model yields an error.
func LoadModel(r io.Reader) (*Model, error) {
	m, err := ner.Load(r)
	if err != nil {
		return nil, fmt.Errorf("entity: load model: %w", err)
	}
	return &Model{m: m}, nil
}
