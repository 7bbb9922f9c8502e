/**
 * Whether `npm run` has printed its script banner (`> news-digest@0.1.0 digest …`) on this process's standard output.
 * npm 11 prints it on stdout unless it runs silent (`npm run -s`) or in JSON mode; npm tells the script both through
 * its environment, so `analyze --json` can say why a file it writes to stdout would not be JSON alone.
 *
 * @example
 * npmBannerOnStdout({ npm_command: 'run' }) // => true
 * npmBannerOnStdout({ npm_command: 'run', npm_config_loglevel: 'silent' }) // => false
 * npmBannerOnStdout({ npm_command: 'exec' }) // => false (npx prints no banner)
 */
export function npmBannerOnStdout(env: Readonly<Record<string, string | undefined>>): boolean {
  const viaRun = env.npm_command === 'run' || env.npm_command === 'run-script';
  return viaRun && env.npm_config_loglevel !== 'silent' && env.npm_config_json !== 'true';
}

/** The hint printed on stderr when the banner went to stdout ahead of a JSON document. */
export const NPM_BANNER_HINT =
  'note: npm printed its script banner on standard output above this JSON; for JSON alone run `npm run -s digest -- analyze … --json`, `npx digest analyze … --json`, or add `--out FILE`';
