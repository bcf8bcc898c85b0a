import { z } from 'zod';

/** Slugs are public URLs that rejection emails link to: lower-case words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const categories = [
  'certificate-details',
  'certificate-image',
  'domain-name',
  'file-upload',
] as const;

/** Tools on the portal that help a registrant avoid a reason before resubmitting. */
export const tools = [
  'image-check',
  'certificate-number',
  'certificate-dates',
  'name-match',
  'diagnose',
] as const;

/**
 * The frontmatter at the top of every `content/reasons/<slug>.mdx` file.
 * Content authors: every field below is checked when the site builds; a mistake stops the build
 * with a sentence naming the file and the field.
 */
export const reasonFrontmatterSchema = z
  .object({
    /** The page heading, in plain words a stressed registrant understands (5–90 characters). */
    title: z.string().trim().min(5).max(90),
    /** One sentence saying what went wrong; shown in lists, search results and link previews. */
    summary: z.string().trim().min(20).max(220),
    /**
     * The rejection messages exactly as registrants receive them, copied verbatim from the
     * source document. Leave the list empty only when the source gives no fixed wording.
     */
    messages: z.array(z.string().trim().min(3)).default([]),
    /** How the upload page or console describes the problem when there is no fixed message. */
    symptom: z.string().trim().min(10).optional(),
    /** Which group the reason is listed under on the home page. */
    category: z.enum(categories),
    /** Who can meet this reason. */
    appliesTo: z.object({
      /** `individual`, `organization`, or both. */
      registrant: z.array(z.enum(['individual', 'organization'])).min(1),
      /** `chinese-mainland`, `outside-chinese-mainland`, or both. */
      region: z.array(z.enum(['chinese-mainland', 'outside-chinese-mainland'])).min(1),
    }),
    /**
     * Can resubmitting fix it? `fix-and-resubmit`: correct something and submit again;
     * `wait-then-resubmit`: nothing to correct, wait and retry; `cannot-be-fixed`: the only way
     * forward is different (for example, register another domain name).
     */
    outcome: z.enum(['fix-and-resubmit', 'wait-then-resubmit', 'cannot-be-fixed']),
    /** The typical waiting time, only where the source document gives one. */
    waiting: z.string().trim().min(3).optional(),
    /** Slugs of other reasons that are often confused with, or come together with, this one. */
    related: z.array(slugSchema).default([]),
    /** Portal tools that help avoid this reason; each shows as a link on the page. */
    tools: z.array(z.enum(tools)).default([]),
    /**
     * Extra words and phrases people use for this problem in their own words ("blurry",
     * "renamed"), used by the lookup. Lower case; no need to repeat the title or messages.
     */
    keywords: z.array(z.string().trim().min(2)).default([]),
    /** Position in its category on the home page, smallest first. */
    order: z.number().int().min(0),
  })
  .strict()
  .refine((r) => r.messages.length > 0 || r.symptom !== undefined, {
    message: 'needs at least one message, or a symptom when the source gives no fixed wording',
    path: ['messages'],
  });

export type ReasonFrontmatter = z.infer<typeof reasonFrontmatterSchema>;
export type Category = (typeof categories)[number];
export type Tool = (typeof tools)[number];

/** A validated reason as the app sees it: its frontmatter plus the slug from its file name. */
export type Reason = ReasonFrontmatter & { slug: string };

/** A reason as pages see it: search keywords are left out and load with the lookup. */
export type CatalogReason = Omit<Reason, 'keywords'>;

/** A reason as lists of reasons see it (the catalog a page loads); its own page has the rest. */
export type ReasonListing = Pick<
  CatalogReason,
  'slug' | 'title' | 'summary' | 'category' | 'order' | 'messages'
>;
