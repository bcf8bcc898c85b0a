// Official Chinese rejection messages that have no reason page (shared/zh-CN-messages.md, "Chinese
// messages the seed has no section for"). Our sources give no guidance for them, so the lookup
// names the closest reasons, marked as such, rather than a page of invented advice.
import { analyzeText } from './analyze-text';
import { foldTraditional } from './fold-chinese';
import { createHomophoneCorrector } from './homophones';
import { MAX_QUERY_CHARS } from './limits';
import { GAP_COST, matchPhrase, scratchRows, STOP_GAP_COST } from './phrase-match';
import data from './unlisted-messages.json';

export interface UnlistedMessage {
  /** The message, verbatim. */
  message: string;
  /** What it says, in English, for people who read the English pages. */
  gloss: string;
  /** Slugs of the reasons nearest to it, nearest first (1–3). */
  closest: string[];
}

/** The seven messages, in the order the Chinese help topic lists them. */
export const UNLISTED_MESSAGES: readonly UnlistedMessage[] = data;

/** Weight of a character of a word every email uses (上传, 失败, 请): it proves little. */
const CONTEXT_WEIGHT = 0.4;
/** Weight of a small word's character (的, 由): present, but it proves nothing. */
const STOP_WEIGHT = 0.1;
/** A message found at least this completely is in the paste. */
const FOUND_COVERAGE = 0.8;
/**
 * Or this much of it, in order: a long message quoted in part ("由于网络传输错误") is still
 * that message. Six distinctive characters are more than any listed message shares with one.
 */
const FOUND_WEIGHT = 6;

interface Indexed {
  entry: UnlistedMessage;
  /** Its characters and their weights, for a cheap first look. */
  chars: Map<string, number>;
  keys: string[];
  weights: number[];
  total: number;
}

let index:
  { messages: Indexed[]; correct: (run: string) => string; rows: Float64Array[] } | undefined;

function buildIndex() {
  const messages = UNLISTED_MESSAGES.map((entry) => {
    const { units } = analyzeText(entry.message);
    const weights = units.map((u) => (u.stop ? STOP_WEIGHT : u.context ? CONTEXT_WEIGHT : 1));
    const keys = units.map((u) => u.key);
    return {
      entry,
      chars: new Map(keys.map((k, i) => [k, weights[i]!])),
      keys,
      weights,
      total: weights.reduce((a, b) => a + b, 0),
    };
  });
  const correct = createHomophoneCorrector(
    UNLISTED_MESSAGES.flatMap((u) => analyzeText(u.message).runs),
  );
  const rows = scratchRows(Math.max(...messages.map((m) => m.keys.length)));
  return { messages, correct, rows };
}

/**
 * The unlisted message in a paste, if there is one (the most complete, when there are several),
 * with its closest reasons. Tolerates what the ranker tolerates: punctuation, full-width
 * characters, Traditional characters, homophone typos, the email around it.
 */
export function findUnlisted(query: string): { message: string; closest: string[] } | undefined {
  index ??= buildIndex();
  // Most pastes share too few characters with any of the seven to hold one: skip reading them.
  // Typos leave at least half of a message's characters as they were (see homophones.ts).
  const present = new Set(foldTraditional(query.slice(0, MAX_QUERY_CHARS)));
  const candidate = (m: Indexed) => {
    let shared = 0;
    for (const [c, w] of m.chars) if (present.has(c)) shared += w;
    return shared * 2 >= m.total || shared >= FOUND_WEIGHT;
  };
  if (!index.messages.some(candidate)) return undefined;
  const { units } = analyzeText(query, { chinese: index.correct });
  if (!units.some((u) => u.language === 'zh')) return undefined;
  const keys = units.map((u) => u.key);
  const gapCosts = units.map((u) => (u.stop ? STOP_GAP_COST : GAP_COST));
  let best: { entry: UnlistedMessage; start: number; coverage: number } | undefined;
  for (const m of index.messages) {
    const { coverage, matched, start } = matchPhrase(m, keys, gapCosts, index.rows);
    if (coverage < FOUND_COVERAGE && matched < FOUND_WEIGHT) continue;
    // Two messages can share a stretch (注册联系人信息有误, 注册联系人信息参数错误): the one found
    // more completely is the one pasted.
    if (!best || coverage > best.coverage || (coverage === best.coverage && start < best.start))
      best = { entry: m.entry, start, coverage };
  }
  return best && { message: best.entry.message, closest: [...best.entry.closest] };
}
