# perturb-new-actors.py ORIG.json PERT.json: how many actors the perturbed texts have that the original texts lack
# (per article, by name), and which; used by perturb-sites.sh.
import json, sys
orig, pert = (json.load(open(p))['articles'] for p in sys.argv[1:3])
key = lambda a: (a.get('file') or '').split('/')[-1]
before = {key(a): {x['name'] for x in a['actors']} for a in orig}
new = [n for a in pert for n in sorted({x['name'] for x in a['actors']} - before.get(key(a), set()))]
print(len(new), '; '.join(new[:6]))
