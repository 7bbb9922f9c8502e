import { unified } from 'unified';
import remarkParse from 'remark-parse';
function time(label: string, f: () => unknown) { const t = performance.now(); f(); console.log(label, Math.round(performance.now() - t), 'ms'); }
for (const n of [250_000, 500_000, 1_000_000]) time('< ' + n, () => unified().use(remarkParse).parse('<'.repeat(n)));
for (const n of [250_000, 500_000, 1_000_000]) time('[ ' + n, () => unified().use(remarkParse).parse('['.repeat(n)));
for (const n of [250_000, 500_000, 1_000_000]) time('* ' + n, () => unified().use(remarkParse).parse('a*'.repeat(n/2)));
const lines = Array.from({ length: 100000 }, (_, i) => 'Short line ' + i).join('\n');
time('100k lines', () => unified().use(remarkParse).parse(lines));
