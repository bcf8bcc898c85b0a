// The browser the tests and benchmarks drive: Debian's Chromium unless CHROMIUM_PATH names
// another, with the flags a closed, sandboxed machine needs (no GPU, no background traffic).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
