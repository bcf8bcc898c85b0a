// Node-only: reads and validates content/reasons/*.mdx. Used by the Vite plugin and by tests.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { reasonFrontmatterSchema, slugSchema, type Reason } from './schema.ts';

export class ContentError extends Error {
  readonly code = 'CONTENT_INVALID';
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** What a YAML value is, in an author's words: "the text "abc"", "a list", "nothing". */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return 'a group of fields';
}

/** What the schema expects, in an author's words rather than zod's type names. */
function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'array':
      return 'a list, one "- " line per item';
    case 'object':
      return 'a group of indented fields';
    case 'number':
    case 'int':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return `a ${expected}`;
  }
}

function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/** "too short" or "too long" in words: the size it has, then the limit it breaks. */
function describeSize(value: unknown, origin: string, limit: number | bigint, least: boolean): string {
  const bound = least ? 'at least' : 'at most';
  if (origin !== 'array' && origin !== 'string') {
    return `is too ${least ? 'small' : 'big'}: it is ${describeValue(value)}, but it must be ${bound} ${limit}`;
  }
  const unit = (n: number | bigint) => `${origin === 'array' ? 'item' : 'character'}${Number(n) === 1 ? '' : 's'}`;
  const size = Array.isArray(value) || typeof value === 'string' ? value.length : undefined;
  const has = size === undefined ? '' : `it has ${size} ${unit(size)}, but `;
  return `is too ${least ? 'short' : 'long'}: ${has}it must have ${bound} ${limit} ${unit(limit)}`;
}

/** One sentence naming the file, the field and what is wrong. */
export function describeIssue(file: string, issue: z.core.$ZodIssue, data: unknown): string {
  const field = fieldName(issue.path);
  let value: unknown = data;
  for (const p of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[p];
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `${file}: field "${field}" is missing; add it as ${describeExpected(issue.expected)}.`
        : `${file}: field "${field}" must be ${describeExpected(issue.expected)}, but it is ${describeValue(value)}.`;
    case 'invalid_value':
      return `${file}: field "${field}" is ${JSON.stringify(value)}, but it must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'unrecognized_keys':
      return `${file}: field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} ${issue.keys.length > 1 ? 'are' : 'is'} not known; check the spelling against src/content/schema.ts.`;
    case 'too_small':
      return `${file}: field "${field}" ${describeSize(value, issue.origin, issue.minimum, true)}.`;
    case 'too_big':
      return `${file}: field "${field}" ${describeSize(value, issue.origin, issue.maximum, false)}.`;
    case 'invalid_format':
      return `${file}: field "${field}" is ${JSON.stringify(value)}, which ${issue.message}.`;
    default:
      return `${file}: field "${field}" ${issue.message}.`;
  }
}

/** Parses and validates one reason file. Throws a ContentError with one sentence on any problem. */
export function parseReasonFile(file: string, source: string): Reason {
  const slug = basename(file).replace(/\.mdx$/, '');
  if (!slugSchema.safeParse(slug).success) {
    throw new ContentError(
      `${file}: the file name must be the slug, lower-case words joined by hyphens, like "file-size-invalid.mdx".`,
    );
  }
  const match = FRONTMATTER.exec(source);
  if (!match) {
    throw new ContentError(
      `${file}: the file must start with frontmatter between two "---" lines (title, summary, messages, …).`,
    );
  }
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ContentError(`${file}: the frontmatter is not valid YAML (${reason}).`);
  }
  const result = reasonFrontmatterSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0]!;
    throw new ContentError(describeIssue(file, first, data));
  }
  return { ...result.data, slug };
}

/** Checks that hold across files: related slugs exist and no message belongs to two reasons. */
export function checkCatalog(reasons: Reason[]): void {
  const slugs = new Set(reasons.map((r) => r.slug));
  const owner = new Map<string, string>();
  for (const reason of reasons) {
    for (const related of reason.related) {
      if (!slugs.has(related)) {
        throw new ContentError(
          `content/reasons/${reason.slug}.mdx: field "related" names "${related}", but there is no content/reasons/${related}.mdx.`,
        );
      }
      if (related === reason.slug) {
        throw new ContentError(
          `content/reasons/${reason.slug}.mdx: field "related" names the reason itself.`,
        );
      }
    }
    for (const message of reason.messages) {
      const key = message.toLowerCase();
      const other = owner.get(key);
      if (other) {
        throw new ContentError(
          `content/reasons/${reason.slug}.mdx: field "messages" repeats "${message}", which already belongs to ${other}.`,
        );
      }
      owner.set(key, reason.slug);
    }
  }
}

/**
 * Checks that the Chinese edition has a page for every English reason and nothing else, and
 * that each page quotes its messages in Chinese whenever the English one quotes any.
 */
export function checkTranslations(en: Reason[], zh: Reason[], zhDir = 'content/reasons/zh'): void {
  const zhBySlug = new Map(zh.map((r) => [r.slug, r]));
  for (const reason of en) {
    const translated = zhBySlug.get(reason.slug);
    if (!translated) {
      throw new ContentError(
        `${zhDir}/${reason.slug}.mdx is missing: every reason in content/reasons needs its Chinese page, with the same file name.`,
      );
    }
    if (reason.messages.length > 0 && translated.messages.length === 0) {
      throw new ContentError(
        `${zhDir}/${reason.slug}.mdx: field "messages" is empty; quote the Chinese rejection message(s) verbatim, as content/reasons/${reason.slug}.mdx does in English.`,
      );
    }
  }
  const slugs = new Set(en.map((r) => r.slug));
  for (const reason of zh) {
    if (!slugs.has(reason.slug)) {
      throw new ContentError(
        `${zhDir}/${reason.slug}.mdx has no English page content/reasons/${reason.slug}.mdx: reason files keep the same name in both languages.`,
      );
    }
  }
}

/** Reads every reason in a folder, validated and sorted by category order. */
export function loadReasons(dir: string, root = process.cwd()): Reason[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const reasons = files.map((f) => {
    const path = join(dir, f);
    return parseReasonFile(relative(root, path), readFileSync(path, 'utf8'));
  });
  checkCatalog(reasons);
  return reasons.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}
