import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';

describe('the Content-Security-Policy', () => {
  it('is the same in the page and in the shipped nginx headers', () => {
    const conf = readFileSync('deploy/security-headers.conf', 'utf8');
    const header = /add_header Content-Security-Policy "([^"]+)" always;/.exec(conf)?.[1];
    expect(header).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
  });

  it('lets nothing connect anywhere but the portal itself', () => {
    expect(contentSecurityPolicy).toContain("connect-src 'self'");
    expect(contentSecurityPolicy).toContain("default-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*/);
  });
});
