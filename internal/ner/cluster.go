package ner

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// Word clusters: a cheap distributional clustering in place of Brown
// clusters, with a runtime bounded by the vocabulary size.
//
//  1. Vocabulary: lower-cased words seen at least clusterMinCount times,
//     at most clusterVocab of them; contexts: the clusterContexts most
//     frequent words, separately as left and right neighbour.
//  2. Each word's context counts are square-rooted (Hellinger), projected
//     to clusterDim dimensions with a fixed random Gaussian matrix and
//     normalised to unit length.
//  3. Spherical k-means (fixed seed, clusterIters rounds) into
//     clusterCoarse clusters, then within each into clusterFine, giving a
//     two-level id coarse*16+fine.
const (
	clusterMinCount = 4
	clusterVocab    = 80_000
	clusterContexts = 1500
	clusterDim      = 96
	clusterCoarse   = 128
	clusterFine     = 16
	clusterIters    = 12
)

// Clusters learns word clusters from unlabelled sentences and returns the
// cluster id (< 4096) of each lower-cased word it clustered.
func Clusters(text [][]string, log io.Writer) map[string]int {
	start := time.Now()
	count := map[string]int{}
	lower := make([][]string, len(text))
	for i, s := range text {
		lower[i] = make([]string, len(s))
		for j, w := range s {
			lw := strings.ToLower(w)
			lower[i][j] = lw
			count[lw]++
		}
	}
	words := make([]string, 0, len(count))
	for w, n := range count {
		if n >= clusterMinCount {
			words = append(words, w)
		}
	}
	slices.SortFunc(words, func(a, b string) int { return cmp.Or(cmp.Compare(count[b], count[a]), strings.Compare(a, b)) })
	if len(words) > clusterVocab {
		words = words[:clusterVocab]
	}
	vocab := make(map[string]int, len(words))
	for i, w := range words {
		vocab[w] = i
	}
	nctx := min(clusterContexts, len(words))
	// context counts: left contexts 0..nctx, right nctx+1..2nctx+1 (last of each = other / boundary)
	ctx := make([]map[int32]float32, len(words))
	for i := range ctx {
		ctx[i] = map[int32]float32{}
	}
	cid := func(w string) int32 {
		if i, ok := vocab[w]; ok && i < nctx {
			return int32(i)
		}
		return int32(nctx)
	}
	for _, s := range lower {
		for j, w := range s {
			i, ok := vocab[w]
			if !ok {
				continue
			}
			l, r := int32(nctx), int32(nctx)
			if j > 0 {
				l = cid(s[j-1])
			}
			if j+1 < len(s) {
				r = cid(s[j+1])
			}
			ctx[i][l]++
			ctx[i][int32(nctx+1)+r]++
		}
	}
	// random projection
	rng := rand.New(rand.NewPCG(1, 2))
	proj := make([]float32, (2*nctx+2)*clusterDim)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	vec := make([]float32, len(words)*clusterDim)
	for i, c := range ctx {
		v := vec[i*clusterDim : (i+1)*clusterDim]
		keys := make([]int32, 0, len(c))
		for k := range c {
			keys = append(keys, k)
		}
		slices.Sort(keys) // fixed summation order: deterministic floats
		for _, k := range keys {
			x := float32(math.Sqrt(float64(c[k])))
			p := proj[int(k)*clusterDim:][:clusterDim]
			for d := range v {
				v[d] += x * p[d]
			}
		}
		normalize(v)
	}
	all := make([]int, len(words))
	for i := range all {
		all[i] = i
	}
	coarse := kmeans(vec, all, clusterCoarse, rng)
	out := make(map[string]int, len(words))
	for c := range clusterCoarse {
		var members []int
		for i, a := range coarse {
			if a == c {
				members = append(members, i)
			}
		}
		fine := kmeans(vec, members, clusterFine, rng)
		for j, i := range members {
			out[words[i]] = c*clusterFine + fine[j]
		}
	}
	if log != nil {
		fmt.Fprintf(log, "clusters: %d words into %d×%d (%s)\n", len(words), clusterCoarse, clusterFine, time.Since(start).Round(time.Millisecond))
	}
	return out
}

func normalize(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for d := range v {
		v[d] *= inv
	}
}

// kmeans clusters the vectors of items (rows of vec) into k groups by
// cosine similarity and returns each item's group.
func kmeans(vec []float32, items []int, k int, rng *rand.Rand) []int {
	assign := make([]int, len(items))
	if len(items) <= k {
		for i := range assign {
			assign[i] = i
		}
		return assign
	}
	const D = clusterDim
	cent := make([]float32, k*D)
	// seeds: items spread over the frequency order, a deterministic start
	for c := range k {
		i := items[(c*len(items))/k+rng.IntN(max(1, len(items)/k))]
		copy(cent[c*D:(c+1)*D], vec[i*D:(i+1)*D])
	}
	for range clusterIters {
		for j, i := range items {
			v := vec[i*D : (i+1)*D]
			best, bs := 0, float32(-2)
			for c := range k {
				cv := cent[c*D : (c+1)*D]
				var s float32
				for d := range v {
					s += v[d] * cv[d]
				}
				if s > bs {
					best, bs = c, s
				}
			}
			assign[j] = best
		}
		clear(cent)
		for j, i := range items {
			c := assign[j]
			cv := cent[c*D : (c+1)*D]
			for d, x := range vec[i*D : (i+1)*D] {
				cv[d] += x
			}
		}
		for c := range k {
			normalize(cent[c*D : (c+1)*D])
		}
	}
	return assign
}
