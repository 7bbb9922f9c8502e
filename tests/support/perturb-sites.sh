#!/usr/bin/env bash
# perturb-sites.sh TREE LABEL: with the engine of TREE, every keyed set scored (score.mjs attributed F1, wrong, null, junk actors) on its
# original texts and on the texts with site sentences inserted (tests/support/perturb-sites.ts). Slow (~2 min);
# not run by npm test. Needs /work/keys and /work/shared (the keyed sets).
T=$1; L=$2; P=$(cd "$(dirname "$0")" && pwd); S=/work/shared; K=/work/keys; M=/work/main/tests/fixtures; O=/tmp/perturb-sites-$L
cd "$T" || exit 1
run() { # name gold files...
  local n=$1 g=$2; shift 2
  mkdir -p "$O/$n"
  node_modules/.bin/node --no-warnings "$P/perturb-sites-files.ts" "$O/$n" "$@"
  local row=""
  for variant in orig pert; do
    if [ $variant = orig ]; then files=("$@"); else files=("$O/$n"/*.txt); fi
    npm run -s digest -- analyze "${files[@]}" --json > "$O/$n.$variant.json" 2>/dev/null
    local v; v=$(node $S/gold/score.mjs --gold "$g" --pred "$O/$n.$variant.json" --verbose)
    local f; f=$(echo "$v" | sed -n 's/^attributed_f1: //p')
    local w; w=$(echo "$v" | grep -c 'given to "')
    local z; z=$(echo "$v" | grep -c 'given to null')
    local j; j=$(echo "$v" | sed -n 's/^junk_actors: //p')
    row="$row | $f | $w | $z | $j"
  done
  local extra; extra=$(python3 "$P/perturb-new-actors.py" "$O/$n.orig.json" "$O/$n.pert.json")
  echo "| $n | $L$row | $extra |"
}
echo "| set | label | F1 orig | wrong | null | junk | F1 perturbed | wrong | null | junk | new actors (first ones) |"
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
