import { describe, expect, it } from 'vitest';
import { messageText } from '../shared/finding';
import { toHalfWidth } from '../shared/half-width';
import en from './i18n/en';
import { normalizeNumber } from './normalize-number';

describe('normalizeNumber', () => {
  it('leaves a clean number alone and reports nothing', () => {
    expect(normalizeNumber('11010519491231002X')).toEqual({
      value: '11010519491231002X',
      typed: '11010519491231002X',
      changes: [],
    });
  });
  it('removes spaces, ideographic spaces, line breaks and invisible characters', () => {
    const n = normalizeNumber(' 110105 1949\u30001231\n002X\u200B');
    expect(n.value).toBe('11010519491231002X');
    expect(n.changes.map((c) => [c.code, c.count])).toEqual([
      ['spaces', 4],
      ['invisible', 1],
    ]);
  });
  it('turns full-width characters into half-width ones', () => {
    const n = normalizeNumber('１１０１０５１９４９１２３１００２Ｘ');
    expect(n.value).toBe('11010519491231002X');
    expect(n.changes).toEqual([
      { code: 'full-width', count: 18, example: { from: '１', to: '1' } },
    ]);
    expect(messageText(en.changes, n.changes[0]!)).toBe(
      'Changed 18 full-width characters to ordinary half-width ones (１ → 1). Switch your keyboard to half-width when you type the number.',
    );
  });
  it('upper-cases, but remembers what was typed', () => {
    const n = normalizeNumber('91110000600037341l');
    expect(n.value).toBe('91110000600037341L');
    expect(n.typed).toBe('91110000600037341l');
    expect(n.changes).toEqual([expect.objectContaining({ code: 'lower-case', count: 1 })]);
  });
  it('maps full-width lower case in two steps', () => {
    expect(normalizeNumber('ｘ').value).toBe('X');
    expect(normalizeNumber('ｘ').changes.map((c) => c.code)).toEqual(['full-width', 'lower-case']);
  });
  it('converts full-width punctuation too', () => {
    expect(toHalfWidth('（１－１）')).toBe('(1-1)');
  });
});
