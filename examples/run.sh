#!/usr/bin/env bash
# Builds every example under examples/ and runs it on a fixture, checking that
# the output is sane. CI runs this (see .ci/run); run it from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT

fail() { echo "examples/run.sh: $*" >&2; exit 1; }

# expect NAME OUTPUT PATTERN...: every fixed-string PATTERN occurs in OUTPUT.
expect() {
  local name=$1 out=$2; shift 2
  for p in "$@"; do
    grep -qF -- "$p" <<<"$out" || fail "$name: output lacks \"$p\":
$out"
  done
}

for dir in examples/*/; do
  name=$(basename "$dir")
  [ -f "$dir/main.go" ] || continue
  echo "-- $name"
  go build -o "$bin/$name" "./$dir"
  case $name in
  dateline)
    out=$(printf 'München (dpa/lby) - Ein Brand hat am Morgen…\n\nBerlin ist schön.\n' | "$bin/dateline" -published 2024-03-10)
    expect "$name" "$out" '"München (dpa/lby) -"' "no dateline"
    ;;
  whosaidwhat)
    out=$("$bin/whosaidwhat" testdata/seed.txt)
    expect "$name" "$out" "1. Jack Ma" "Donald Trump (as „Trump“), direct" "cue: sagte" "„Wir hatten ein großartiges Treffen"
    out=$(printf '„Wir schaffen das“, sagte Angela Merkel in Berlin.\n' | "$bin/whosaidwhat")
    expect "$name" "$out" "1. Angela Merkel, direct, cue: sagte, bytes 3-19" "„Wir schaffen das“"
    out=$(printf 'Kein Zitat.' | "$bin/whosaidwhat" -)
    expect "$name" "$out" "no quotations"
    ;;
  pipeline)
    out=$("$bin/pipeline" -j 2 testdata/factcheck)
    expect "$name" "$out" $'testdata/factcheck/bahn.txt\tBERLIN (dpa) –' "Karin Wendt"
    jl=$(printf '{"id":"eins","text":"BERLIN (dpa) - „Ja“, sagte Olaf Scholz."}\nkaputt\n{"id":"drei","text":"Nichts."}\n' | "$bin/pipeline" -jsonl 2>/dev/null)
    [ "$(wc -l <<<"$jl")" -eq 3 ] || fail "pipeline: want 3 lines from 3 JSONL lines:
$jl"
    expect "$name" "$(head -1 <<<"$jl")" $'eins\tBERLIN (dpa) -'
    expect "$name" "$(tail -1 <<<"$jl")" $'drei\t-'
    ;;
  factcheck)
    out=$("$bin/factcheck" testdata/seed.txt testdata/factcheck/seed_claims.txt)
    expect "$name" "$out" "3: supported" "6: speaker-mismatch" "8: not-found"
    ;;
  *)
    # An example without a fixture here still has to build and must not
    # crash on the seed given as its argument and its input.
    "$bin/$name" testdata/seed.txt <testdata/seed.txt >/dev/null || fail "$name: exit status $? on the seed"
    ;;
  esac
done
echo "examples: ok"
