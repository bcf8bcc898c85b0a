// The fixture generator must stop at once, naming the package to install, when a drawing tool is
// missing: a machine without them fails loudly instead of with ImageMagick's font error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const generate = (env: Record<string, string>) =>
  spawnSync(
    process.execPath,
    ['scripts/make-image-fixtures.mjs', mkdtempSync(join(tmpdir(), 'fx-'))],
    {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    },
  );

describe('make-image-fixtures without its tools', () => {
  it('names the font package when the font file is missing', () => {
    const run = generate({ TEST_FONT_FILE: '/nonexistent/font.ttf' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'the font /nonexistent/font.ttf (Debian package: fonts-wqy-zenhei',
    );
    expect(run.stderr).toContain('scripts/ensure-test-tools.sh');
  });

  it('names ImageMagick when convert is not on the PATH', () => {
    const run = generate({ PATH: '/nonexistent' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ImageMagick (Debian package: imagemagick)');
  });
});
