#!/usr/bin/env bash
# perturb-feature-figures.sh TREE LABEL MODE: the figures of /work/keys/all-figures.sh (attributed F1,
# precision, wrong, null per set) on the keyed development texts rewritten by perturb-feature-verbs.ts
# in MODE (present | wrote; "none" copies them unchanged). Not run by `npm test` (~2 min).
T=$1; L=$2; MODE=$3; S=/work/shared; K=/work/keys; M=/work/main/tests/fixtures
cd "$T"
OUT=/tmp/perturb-$L-$MODE
run() { # name gold files...
  local n=$1 g=$2; shift 2
  if [ "$MODE" = none ]; then mkdir -p $OUT/$n; cp "$@" $OUT/$n/; else
    node_modules/.bin/node --no-warnings tests/support/perturb-feature-verbs-run.ts $MODE $OUT/$n "$@"; fi
  npm run -s digest -- analyze $OUT/$n/*.txt --json > $OUT/$n.json 2>/dev/null
  local v; v=$(node $S/gold/score.mjs --gold "$g" --pred $OUT/$n.json --verbose)
  echo "$v" > $OUT/$n.verbose.txt
  local w; w=$(echo "$v" | grep -c 'given to "')
  local z; z=$(echo "$v" | grep -c 'given to null')
  echo "$v" | python3 -c "
import sys
d={}
for l in sys.stdin:
    if ': ' in l and not l.startswith(' '):
        k,x=l.strip().split(': ',1); d[k]=x
print(f\"| $n | $L-$MODE | {d['gold_quotes']} | {d['attributed_f1']} | {d['attributed_precision']} | $w | $z |\")"
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
