#!/usr/bin/env bash
# perturb-pronoun-figures.sh TREE LABEL: score.mjs figures (F1 | wrong | null) of every keyed set, original and
# rewritten by tests/support/perturb-pronoun.ts ("Mr Brown said" → "he said" on a later mention), with the engine of TREE.
T=$1; L=$2; R=pronoun; S=/work/shared; K=/work/keys; M=/work/main/tests/fixtures
P=$(cd "$(dirname "$0")" && pwd); N="$P/../../node_modules/.bin/node"; [ -x "$N" ] || N="$T/node_modules/.bin/node"
cd "$T" || exit 2
W=/tmp/perturb-$L-$R; rm -rf "$W"; mkdir -p "$W"
fig() { # gold pred → "F1 wrong null"
  node "$S/gold/score.mjs" --gold "$1" --pred "$2" --verbose | python3 -c "
import sys
d={}; w=z=0
for l in sys.stdin:
    w+=('given to \"' in l); z+=('given to null' in l)
    if ': ' in l and not l.startswith(' '):
        k,x=l.strip().split(': ',1); d[k]=x
print(d.get('attributed_f1'), w, z)"
}
run() { # name gold files...
  local n=$1 g=$2; shift 2
  npm run -s digest -- analyze "$@" --json > "$W/$n.orig.json" 2>/dev/null
  "$N" --no-warnings "$P/perturb-pronoun.ts" "$W/$n" "$@" 2>>"$W/changed.log"
  npm run -s digest -- analyze "$W/$n"/*.txt --json > "$W/$n.pert.json" 2>/dev/null
  echo "| $n | $L | $R | $(fig "$g" "$W/$n.orig.json") | $(fig "$g" "$W/$n.pert.json") |"
}
echo "| set | label | rewrite | original F1 wrong null | rewritten F1 wrong null |"
run seeds $S/gold/seeds.gold.json $S/seeds/*.txt
run wikinews-dev $S/realnews/wikinews/wikinews.gold.json $S/realnews/wikinews/articles/*.txt
run bbc-dev-46 $K/bbc-dev.gold.json $K/bbc/dev/*.txt
run bbc-heldout-12 $K/bbc-heldout.gold.json $K/bbc/heldout/*.txt
run wikinews-extra-16 $K/wnx.gold.json $K/wikinews-extra/*.txt
run heldout2-bbc-41 $K/h2-bbc.gold.json $K/heldout2/bbc/*.txt
run heldout2-wikinews-14 $K/h2-wn.gold.json $K/heldout2/wikinews/*.txt
run heldout3-wikinews-30 $K/heldout3/h3-wn.gold.json $K/heldout3/wn/*.txt
run heldout3-globalvoices-12 $K/heldout3/h3-gv.gold.json $K/heldout3/pd/*.txt
run heldout4-wikinews-12 $K/heldout4/h4-wn.gold.json $K/heldout4/wn/*.txt
run heldout4-bbc-10 $K/heldout4/h4-bbc.gold.json $K/heldout4/bbc/*.txt
run heldout4-globalvoices-9 $K/heldout4/h4-gv.gold.json $K/heldout4/gv/*.txt
run heldout5-wikinews-8 $K/h5dev/h5-wn.gold.json $K/h5dev/wn/*.txt
run heldout5-bbc-10 $K/h5dev/h5-bbc.gold.json $K/h5dev/bbc/*.txt
run heldout5-conversation-7 $K/h5dev/h5-x3.gold.json $K/h5dev/x3/*.txt
run heldout6-wikinews-10 $K/h6dev/h6-wn.gold.json $K/h6dev/wn/*.txt
run heldout6-bbc-10 $K/h6dev/h6-bbc.gold.json $K/h6dev/bbc/*.txt
run heldout6-globalvoices-7 $K/h6dev/h6-gv.gold.json $K/h6dev/gv/*.txt
grep -o '[0-9]* paragraphs' "$W/changed.log" | awk '{s+=$1} END {print "paragraphs rewritten:", s}'
