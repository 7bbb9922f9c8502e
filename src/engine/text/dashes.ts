/**
 * The dashes that set off an aside or join two names: hyphen-minus, en dash and em dash. Whether one sets off an
 * aside ("One reader - all are anonymous - wrote") or joins ("Hartsfield–Jackson") depends on the spaces around it,
 * which each reader checks itself.
 */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
