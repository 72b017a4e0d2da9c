package ner

import (
	"syscall"
	"unsafe"
)

// adviseHuge asks Linux to back the memory of w with huge pages. Tagging
// reads rows all over a table of about 5 MB: with 4 KB pages most reads
// also miss the TLB. It is a hint; errors are ignored. Call it before w is
// written, so that the pages are huge from their first use.
func adviseHuge(w [][rowWords]uint64) {
	const huge = 2 << 20
	if len(w)*rowWords*8 < 2*huge {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Pointer(&w[0])), len(w)*rowWords*8)
	off := (huge - int(uintptr(unsafe.Pointer(&b[0]))%huge)) % huge
	n := (len(b) - off) / huge * huge
	_ = syscall.Madvise(b[off:off+n], 14 /* MADV_HUGEPAGE */)
}
