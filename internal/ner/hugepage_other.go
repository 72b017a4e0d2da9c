//go:build !linux

package ner

// adviseHuge is a no-op where huge pages are not asked for; see the Linux
// version.
func adviseHuge([][rowWords]uint64) {}
