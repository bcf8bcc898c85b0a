import { reasons } from 'virtual:reason-catalog';
import { describe, expect, it } from 'vitest';
import { reasonLinks, verdictOf } from './finding';

describe('reasonLinks', () => {
  it('points only at reason pages that exist', () => {
    const slugs = new Set(reasons.map((r) => r.slug));
    for (const slug of Object.keys(reasonLinks)) expect(slugs, slug).toContain(slug);
  });
});

describe('verdictOf', () => {
  const f = (severity: 'error' | 'warning' | 'note' | 'ok') => ({
    code: 'x',
    severity,
    message: 'x',
    reason: 'invalid-certificate-information' as const,
  });
  it('fails on any error, warns on any warning, passes otherwise', () => {
    expect(verdictOf([f('ok'), f('error'), f('warning')])).toBe('fail');
    expect(verdictOf([f('ok'), f('warning')])).toBe('warn');
    expect(verdictOf([f('ok'), f('note')])).toBe('pass');
    expect(verdictOf([])).toBe('pass');
  });
});
