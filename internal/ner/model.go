package ner

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"sync"
)

// FormatVersion is the version of the binary model format and of the
// feature templates; a model of another version does not load.
const FormatVersion = 1

var magic = [8]byte{'W', 'L', 'T', 'N', 'E', 'R', '\r', '\n'}

// ErrFormat is returned (wrapped) by [Load] for data that is not a model of
// this version.
var ErrFormat = errors.New("ner: not a valid model")

// Model is a trained tagger. It is immutable and safe for concurrent use.
type Model struct {
	rowBits int
	index   []uint32 // row (top rowBits of a feature key) -> 1+weight row, 0 = none
	weights []int16  // NumLabels per row
	lexKeys []uint64 // sorted hashes of lower-cased words
	lexVals []uint32 // lexicon entries, see lex* constants
	rows    []uint32 // sorted row numbers, kept for encoding
}

//go:embed data/model.bin
var embedded []byte

// Default returns the embedded German model, decoded on first use. It
// panics if the embedded model is corrupt, which is a build defect.
var Default = sync.OnceValue(func() *Model {
	m, err := Load(bytes.NewReader(embedded))
	if err != nil {
		panic("ner: embedded model is corrupt: " + err.Error())
	}
	return m
})

// scratch is per-call working memory of Tag.
type scratch struct {
	toks  []token
	buf   []byte
	feats []uint64
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Tag labels the words of one sentence. out is reused when it has room.
// Tag does not allocate once out and its internal scratch have grown to the
// sentence length.
func (m *Model) Tag(words []string, out []Label) []Label {
	out = out[:0]
	if len(words) == 0 {
		return out
	}
	s := scratchPool.Get().(*scratch)
	s.toks = m.prepare(s.toks, words, &s.buf)
	prev, prev2 := O, O
	var sc [NumLabels]int32
	for i := range words {
		sc = [NumLabels]int32{}
		s.feats = staticFeatures(s.feats[:0], s.toks, i)
		s.feats = historyFeatures(s.feats, s.toks, i, prev, prev2)
		shift := 64 - m.rowBits
		for _, f := range s.feats {
			r := m.index[f>>shift]
			if r == 0 {
				continue
			}
			w := m.weights[int(r-1)*NumLabels : int(r)*NumLabels : int(r)*NumLabels]
			for l := range sc {
				sc[l] += int32(w[l])
			}
		}
		best := O
		for l := Label(1); l < NumLabels; l++ {
			if sc[l] > sc[best] && allowed(prev, l) {
				best = l
			}
		}
		out = append(out, best)
		prev2, prev = prev, best
	}
	scratchPool.Put(s)
	return out
}

// prepare fills the token values of words.
func (m *Model) prepare(toks []token, words []string, buf *[]byte) []token {
	if cap(toks) < len(words) {
		toks = make([]token, len(words))
	}
	toks = toks[:len(words)]
	for i, w := range words {
		*buf = m.fillToken(&toks[i], w, *buf)
	}
	return toks
}

// Load decodes a model written by [Model.WriteTo].
func Load(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("ner: reading model: %w", err)
	}
	return decode(data)
}

func decode(data []byte) (*Model, error) {
	bad := func(msg string) error { return fmt.Errorf("%w: %s", ErrFormat, msg) }
	if len(data) < len(magic)+4*6 {
		return nil, bad("too short")
	}
	if !bytes.Equal(data[:len(magic)], magic[:]) {
		return nil, bad("bad magic")
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, bad("checksum mismatch")
	}
	p := body[len(magic):]
	u32 := func() uint32 { v := binary.LittleEndian.Uint32(p); p = p[4:]; return v }
	version, nl, rowBits, nRows, nLex := u32(), u32(), u32(), u32(), u32()
	if version != FormatVersion {
		return nil, bad(fmt.Sprintf("version %d, want %d", version, FormatVersion))
	}
	if nl != NumLabels {
		return nil, bad(fmt.Sprintf("%d labels, want %d", nl, NumLabels))
	}
	if rowBits < 8 || rowBits > 26 {
		return nil, bad("row bits out of range")
	}
	need := uint64(nRows)*4 + uint64(nRows)*NumLabels*2 + uint64(nLex)*12
	if uint64(len(p)) != need {
		return nil, bad("size does not match header")
	}
	m := &Model{rowBits: int(rowBits)}
	m.index = make([]uint32, 1<<rowBits)
	m.rows = make([]uint32, nRows)
	for i := range m.rows {
		row := u32()
		if row >= 1<<rowBits || (i > 0 && row <= m.rows[i-1]) {
			return nil, bad("rows not sorted or out of range")
		}
		m.rows[i] = row
		m.index[row] = uint32(i + 1)
	}
	m.weights = make([]int16, int(nRows)*NumLabels)
	for i := range m.weights {
		m.weights[i] = int16(binary.LittleEndian.Uint16(p[2*i:]))
	}
	p = p[2*len(m.weights):]
	m.lexKeys = make([]uint64, nLex)
	for i := range m.lexKeys {
		m.lexKeys[i] = binary.LittleEndian.Uint64(p[8*i:])
		if i > 0 && m.lexKeys[i] <= m.lexKeys[i-1] {
			return nil, bad("lexicon not sorted")
		}
	}
	p = p[8*nLex:]
	m.lexVals = make([]uint32, nLex)
	for i := range m.lexVals {
		m.lexVals[i] = binary.LittleEndian.Uint32(p[4*i:])
	}
	return m, nil
}

// WriteTo writes m in the binary model format.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	b.Write(magic[:])
	le := binary.LittleEndian
	b.Write(le.AppendUint32(nil, FormatVersion))
	b.Write(le.AppendUint32(nil, NumLabels))
	b.Write(le.AppendUint32(nil, uint32(m.rowBits)))
	b.Write(le.AppendUint32(nil, uint32(len(m.rows))))
	b.Write(le.AppendUint32(nil, uint32(len(m.lexKeys))))
	buf := make([]byte, 0, 8*len(m.weights)+8)
	for _, r := range m.rows {
		buf = le.AppendUint32(buf, r)
	}
	for _, v := range m.weights {
		buf = le.AppendUint16(buf, uint16(v))
	}
	for _, k := range m.lexKeys {
		buf = le.AppendUint64(buf, k)
	}
	for _, v := range m.lexVals {
		buf = le.AppendUint32(buf, v)
	}
	b.Write(buf)
	b.Write(le.AppendUint32(nil, crc32.ChecksumIEEE(b.Bytes())))
	n, err := w.Write(b.Bytes())
	return int64(n), err
}

// Stats describes a model's size.
type Stats struct {
	Rows, LexiconWords, RowBits int
}

// Stats returns the number of weight rows and lexicon words of m.
func (m *Model) Stats() Stats {
	return Stats{Rows: len(m.rows), LexiconWords: len(m.lexKeys), RowBits: m.rowBits}
}
