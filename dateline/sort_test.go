package dateline

import (
	"slices"
	"testing"
)

func TestTablesSorted(t *testing.T) {
	check := func(name string, keys []string) {
		t.Helper()
		for i := 1; i < len(keys); i++ {
			if keys[i-1] >= keys[i] {
				t.Errorf("%s: %q before %q: keep the table sorted and unique", name, keys[i-1], keys[i])
			}
		}
		for _, k := range keys {
			var b foldBuf
			if f := fold(&b, k, 0, len(k)); string(f) != k {
				t.Errorf("%s: %q is not folded", name, k)
			}
		}
	}
	keysOf := func(n int, at func(int) string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = at(i)
		}
		return out
	}
	check("months", keysOf(len(months), func(i int) string { return months[i].key }))
	check("weekdays", keysOf(len(weekdays), func(i int) string { return weekdays[i].key }))
	check("agencies", keysOf(len(agencies), func(i int) string { return agencies[i].key }))
	check("states", keysOf(len(states), func(i int) string { return states[i].key }))
	for name, set := range map[string][]string{"notAgencies": notAgencies, "qualifiers": qualifiers, "stopWords": stopWords,
		"particles": particles, "abbreviations": abbreviations, "places": places, "notes": notes, "leadIns": leadIns} {
		check(name, slices.Clone(set))
	}
	for _, a := range agencies {
		for _, st := range states {
			if a.key == st.key {
				t.Errorf("%q is both an agency and a state", a.key)
			}
		}
	}
}
