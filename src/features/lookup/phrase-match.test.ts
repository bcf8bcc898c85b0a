import { describe, expect, it } from 'vitest';
import { GAP_COST, matchPhrase, scratchRows, type PreparedPhrase } from './phrase-match';

const phrase = (keys: string[], weights = keys.map(() => 1)): PreparedPhrase => ({
  keys,
  weights,
  total: weights.reduce((a, b) => a + b, 0),
});
const rows = scratchRows(8);
const match = (p: PreparedPhrase, query: string) => {
  const words = query.split(' ');
  return matchPhrase(
    p,
    words,
    words.map(() => GAP_COST),
    rows,
  );
};

describe('matchPhrase', () => {
  const lack = phrase(['lack', 'of', 'registrant', 'certificate']);

  it('finds the whole phrase anywhere in the text, with its position', () => {
    const m = match(lack, 'reason lack of registrant certificate please resubmit');
    expect(m.coverage).toBe(1);
    expect([m.start, m.end]).toEqual([1, 4]);
  });

  it('charges extra words inside the stretch, not around it', () => {
    const m = match(lack, 'lack of the registrant certificate');
    expect(m.coverage).toBeCloseTo((4 - GAP_COST) / 4);
  });

  it('gives partial credit for a fragment, less for a hole in the middle', () => {
    const prefix = match(lack, 'lack of registrant');
    const holed = match(lack, 'lack of certificate');
    expect(prefix.coverage).toBeCloseTo(3 / 4);
    expect(holed.coverage).toBeLessThan(prefix.coverage);
  });

  it('respects word order and reports no match for unrelated text', () => {
    expect(match(lack, 'certificate registrant of lack').coverage).toBeLessThan(0.5);
    expect(match(lack, 'nothing to see here')).toMatchObject({ coverage: 0, matched: 0 });
    expect(match(phrase([]), 'lack')).toMatchObject({ coverage: 0 });
  });
});
