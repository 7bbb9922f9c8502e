#!/usr/bin/env node
// Adds lock entries for platform-specific optional packages that the package registry reachable here does not
// serve (e.g. macOS or Windows builds of a native binding). npm records an optional dependency in
// package-lock.json only when it can fetch its metadata; without the entries `npm ci` reports the lock out of sync.
// Each entry carries the os/cpu read from the package name, so npm skips it on other platforms and never fetches it.
// Run after `npm install` changes the lock: `node .ci/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORMS = [
  [/(^|-)darwin(-|$)/, 'darwin'], [/(^|-)(win32|windows)(-|$)/, 'win32'], [/(^|-)linux(-|$)/, 'linux'],
  [/(^|-)android(-|$)/, 'android'], [/(^|-)freebsd(-|$)/, 'freebsd'], [/(^|-)openbsd(-|$)/, 'openbsd'],
  [/(^|-)sunos(-|$)/, 'sunos'], [/(^|-)aix(-|$)/, 'aix'],
];
const CPUS = [[/(^|-)(arm64|aarch64)(-|$)/, 'arm64'], [/(^|-)x64(-|$)/, 'x64'], [/(^|-)ia32(-|$)/, 'ia32'], [/(^|-)arm(-|$)/, 'arm'], [/(^|-)wasm32(-|$)/, 'wasm32'], [/(^|-)(riscv64)(-|$)/, 'riscv64'], [/(^|-)(ppc64)(-|$)/, 'ppc64'], [/(^|-)(s390x)(-|$)/, 's390x']];

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (packages[`${key}/node_modules/${dep}`] || packages[`node_modules/${dep}`]) continue;
    const base = dep.split('/').at(-1);
    const os = PLATFORMS.find(([re]) => re.test(base))?.[1];
    const cpu = CPUS.find(([re]) => re.test(base))?.[1];
    if (!os && !cpu) continue;
    packages[`node_modules/${dep}`] = { version, optional: true, ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entr${added === 1 ? 'y' : 'ies'}`);
