// Global setup and teardown: start a fresh request log, and after the run print what the
// guard in e2e/test.ts saw across every test, so the figures can be quoted.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { privacyLog } from './test';

export default function globalSetup() {
  rmSync(privacyLog, { force: true });
  return () => {
    if (!existsSync(privacyLog)) return;
    const rows = readFileSync(privacyLog, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(
        (line) => JSON.parse(line) as { requests: number; crossOrigin: number; problems: number },
      );
    const sum = (key: keyof (typeof rows)[number]) =>
      rows.reduce((total, row) => total + row[key], 0);
    console.log(
      `Privacy guard: ${rows.length} tests, ${sum('requests')} requests observed, ` +
        `${sum('crossOrigin')} to another origin, ${sum('problems')} problems (non-GET, CSP, errors).`,
    );
  };
}
