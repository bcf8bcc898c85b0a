import { describe, expect, it } from 'vitest';
import { canConvert, checkIds, result, verdictOf, type CheckStatus } from './checks';

const all = (overrides: Partial<Record<(typeof checkIds)[number], CheckStatus>> = {}) =>
  checkIds.map((id) => result(id, overrides[id] ?? 'pass', { code: 'decode-ok' }));

describe('verdictOf', () => {
  it('fails on any fail, else warns on any warn, else passes; skips do not count', () => {
    expect(verdictOf(all())).toBe('pass');
    expect(verdictOf(all({ seal: 'skip', sharpness: 'skip' }))).toBe('pass');
    expect(verdictOf(all({ exposure: 'warn' }))).toBe('warn');
    expect(verdictOf(all({ exposure: 'warn', mirror: 'fail' }))).toBe('fail');
  });
});

describe('canConvert', () => {
  it('offers a copy only when format, name or size alone fail and the picture decodes', () => {
    expect(canConvert(all({ size: 'fail' }))).toBe(true);
    expect(canConvert(all({ format: 'fail', extension: 'skip', size: 'fail' }))).toBe(true);
    expect(canConvert(all({ extension: 'fail', exposure: 'warn' }))).toBe(true);
    expect(canConvert(all())).toBe(false);
    expect(canConvert(all({ size: 'fail', color: 'fail' }))).toBe(false);
    expect(canConvert(all({ size: 'fail', decode: 'warn' }))).toBe(false);
    expect(canConvert(all({ format: 'fail', decode: 'skip' }))).toBe(false);
  });
});
