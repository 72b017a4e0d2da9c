#!/bin/bash
# Runs every benchmark of the README's performance table, in that order, and the
# batch timing (-j 1 against -j 2). About 7 minutes on 2 cores; run it on an idle machine.
cd "$(dirname "$0")/.."
export PATH="/usr/local/go/bin:$PATH"
echo "== $(date -u) $(git log --oneline | head -1)"; uptime
echo "== segment"; go test ./internal/text -run '^$' -bench 'Segment$' -count 3 -cpu 1 -benchmem | grep Bench
echo "== dateline"; go test ./dateline -run '^$' -bench 'Find' -count 3 -cpu 1 -benchmem | grep Bench
echo "== ner"; go test ./internal/ner -run '^$' -bench . -count 3 -cpu 1 -benchmem | grep Bench
echo "== entity"; go test ./entity -run '^$' -bench 'Recognize$|RecognizeWikinews|VersusProse|SegmentAndTag' -count 3 -cpu 1 -benchmem | grep Bench
echo "== quote"; go test ./quote -run '^$' -bench . -count 3 -cpu 1 -benchmem | grep Bench
echo "== extract 50MB"; go test ./cmd/wortlaut -run '^$' -bench Extract -benchtime 1x -count 3 -cpu 1,2 | grep -v "^ok\|^PASS\|^goos\|^goarch\|^pkg\|^cpu"
echo "== batch"
go build -o /tmp/wlbin ./cmd/wortlaut
go test ./cmd/wortlaut -run TestExtractBatch -write-batch /tmp/batch.jsonl >/dev/null
for j in 1 2 1 2 1 2; do /usr/bin/time -f "-j $j: %e s wall, %U s user, max RSS %M KB" /tmp/wlbin extract --jsonl -j $j /tmp/batch.jsonl > /tmp/out$j.jsonl; done 2>&1 | grep -- "-j"
cmp /tmp/out1.jsonl /tmp/out2.jsonl && echo "outputs identical"; wc -l < /tmp/out1.jsonl
echo "== done $(date -u)"
