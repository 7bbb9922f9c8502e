#!/usr/bin/env bash
# perturb-figures.sh TREE LABEL [PERTURBATION]: score.mjs figures of every keyed set with the engine of TREE, on the
# texts as keyed and on the texts rewritten by src/cli/perturb-texts.ts (default join-paragraphs). Quote texts are
# unchanged by every rewrite, so the same gold files score both. One row per set and version:
#   | set | original/rewritten | quotes | attributed F1 | wrong | null |
# JSON in /tmp/pf-LABEL-{orig,PERTURBATION}-SET.json. Not run by `npm test` (minutes); tests/engine/perturb-texts.test.ts
# checks the rewrite itself.
T=$1; L=$2; P=${3:-join-paragraphs}; S=/work/shared; K=/work/keys; M=/work/main/tests/fixtures
PERTURB=$(cd "$(dirname "$0")/../.." && pwd)/src/cli/perturb-texts.ts
cd "$T" || exit 2
NODE=./node_modules/.bin/node
row() { # version set gold json
  local v; v=$(node $S/gold/score.mjs --gold "$3" --pred "$4" --verbose)
  local w; w=$(echo "$v" | grep -c 'given to "'); local z; z=$(echo "$v" | grep -c 'given to null')
  local f; f=$(echo "$v" | sed -n 's/^attributed_f1: //p'); local q; q=$(echo "$v" | sed -n 's/^gold_quotes: //p')
  echo "| $2 | $1 | $q | $f | $w | $z |"
}
run() { # name gold files...
  local n=$1 g=$2; shift 2
  local d=/tmp/pf-$L-$P-$n; rm -rf "$d"
  $NODE --no-warnings "$PERTURB" "$P" "$d" "$@"
  $NODE --no-warnings src/cli/main.ts analyze "$@" --json > /tmp/pf-$L-orig-$n.json 2>/dev/null
  $NODE --no-warnings src/cli/main.ts analyze "$d"/*.txt --json > /tmp/pf-$L-$P-$n.json 2>/dev/null
  row original "$n" "$g" /tmp/pf-$L-orig-$n.json
  row "$P" "$n" "$g" /tmp/pf-$L-$P-$n.json
}
run seeds $S/gold/seeds.gold.json $S/seeds/*.txt
run wikinews-dev $S/realnews/wikinews/wikinews.gold.json $S/realnews/wikinews/articles/*.txt
run bbc-dev-46 $K/bbc-dev.gold.json $K/bbc/dev/*.txt
run bbc-heldout-12 $K/bbc-heldout.gold.json $K/bbc/heldout/*.txt
run wikinews-extra-16 $K/wnx.gold.json $K/wikinews-extra/*.txt
run heldout2-bbc-41 $K/h2-bbc.gold.json $K/heldout2/bbc/*.txt
run heldout2-wikinews-14 $K/h2-wn.gold.json $K/heldout2/wikinews/*.txt
run engine-corpus $K/fx-engine-corpus.gold.json $M/engine-corpus/*.txt
run engine-heldout $K/fx-engine-heldout.gold.json $M/engine-heldout/*.txt
run engine-unseen-2 $K/fx-engine-unseen-2.gold.json $M/engine-unseen-2/*.txt
run heldout3-wikinews-30 $K/heldout3/h3-wn.gold.json $K/heldout3/wn/*.txt
run heldout3-globalvoices-12 $K/heldout3/h3-gv.gold.json $K/heldout3/pd/*.txt
run heldout4-wikinews-12 $K/heldout4/h4-wn.gold.json $K/heldout4/wn/*.txt
run heldout4-bbc-10 $K/heldout4/h4-bbc.gold.json $K/heldout4/bbc/*.txt
run heldout4-globalvoices-9 $K/heldout4/h4-gv.gold.json $K/heldout4/gv/*.txt
run heldout5-wikinews-8 $K/h5dev/h5-wn.gold.json $K/h5dev/wn/*.txt
run heldout5-bbc-10 $K/h5dev/h5-bbc.gold.json $K/h5dev/bbc/*.txt
run heldout5-conversation-7 $K/h5dev/h5-x3.gold.json $K/h5dev/x3/*.txt
