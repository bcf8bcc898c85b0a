// Turns a checklist's codes and values into sentences in one language. Pure: the component passes
// the page's strings, its number format and its language's reasons; tests pass either language.
import type {
  CannotUse,
  Checklist,
  ChecklistLink,
  Step,
  Warning,
  WithLinks,
} from './build-checklist';
import { linkHref } from './build-checklist';
import type { DiagnoseStrings } from './i18n/en';

/** A reason as the checklist names it, from the catalog of the page's language. */
export interface ReasonSummary {
  slug: string;
  title: string;
  summary: string;
}

export interface DescribedLink {
  /** English router path: localise it with useLocalizedHref() before linking. */
  href: string;
  label: string;
}

export interface DescribedItem {
  /** Stable across languages: the item's code. */
  key: string;
  title: string;
  details: string[];
  links: DescribedLink[];
}

export interface DescribedChecklist {
  warnings: DescribedItem[];
  steps: DescribedItem[];
  cannotUse: string[];
}

/** Formats a number for the page's language (useFormat().number). */
export type FormatNumber = (n: number) => string;

const unreachable = (value: never): never => {
  throw new Error(`Unknown checklist code: ${JSON.stringify(value)}`);
};

export function describeChecklist(
  checklist: Checklist,
  t: DiagnoseStrings,
  reasons: readonly ReasonSummary[],
  number: FormatNumber,
): DescribedChecklist {
  const c = t.checklist;
  const findReason = (slug: string) => reasons.find((r) => r.slug === slug);

  const link = (l: ChecklistLink): DescribedLink => ({
    href: linkHref(l),
    label: l.kind === 'tool' ? c.tools[l.tool] : (findReason(l.slug)?.title ?? l.slug),
  });

  const warning = (w: Warning): { title: string; details: string[] } => {
    switch (w.code) {
      case 'military-resident-id': {
        const s = c.warnings[w.code];
        return { title: s.title, details: s.details(number(w.residentIdDigits)) };
      }
      case 'mainland-individual':
      case 'outside-individual': {
        const s = c.warnings[w.code];
        return { title: s.title, details: s.details(t.labels.certificate[w.chosen]) };
      }
      case 'mainland-organization': {
        const s = c.warnings[w.code];
        return { title: s.title, details: s.details(number(w.usccLength)) };
      }
      case 'outside-organization':
        return c.warnings[w.code];
      default:
        return unreachable(w);
    }
  };

  const step = (s: Step): { title: string; details: string[] } => {
    switch (s.code) {
      case 'type':
        return {
          title: c.steps.type.title(t.labels.certificate[s.certificate]),
          details: [c.steps.type.same],
        };
      case 'region': {
        const r = c.steps.region;
        return s.mustBeMainland
          ? { title: r.mainlandTitle, details: [r.mainland, r.whereToSee] }
          : { title: r.checkTitle, details: [r.check(s.region), r.whereToSee] };
      }
      case 'name': {
        const n = c.steps.name;
        return {
          title: n.title,
          details: [n.same, ...(s.organization ? [n.fullName] : []), n.transfer],
        };
      }
      case 'number': {
        const n = c.steps.number;
        const rule = s.rule;
        const first =
          rule.kind === 'uscc'
            ? [n.uscc(number(rule.length)), n.duplicate, n.helpline(rule.helpline)]
            : rule.kind === 'resident-id'
              ? [n.residentId(number(rule.digits))]
              : [n.any];
        return { title: n.title, details: [...first, n.lookAlike] };
      }
      case 'dates': {
        const d = c.steps.dates;
        const days = number(s.minValidDays);
        return {
          title: s.newCertificate ? d.waitTitle(days) : d.title(days),
          details: [d.rule(days), ...(s.newCertificate ? [d.newCertificate(days)] : [])],
        };
      }
      case 'image': {
        const i = c.steps.image;
        return {
          title: i.title,
          details: [
            i.upload[s.certificate],
            i.quality,
            i.mirrored,
            i.files(s.formats, number(s.minKb), number(s.maxMb)),
          ],
        };
      }
      case 'name-change':
        return c.steps['name-change'];
      case 'military':
        return {
          title: c.steps.military.title,
          details: c.steps.military.details(number(s.residentIdDigits)),
        };
      case 'message': {
        const received = findReason(s.slug);
        return {
          title: c.steps.message.title(received?.title ?? s.slug),
          details: received ? [received.summary] : [],
        };
      }
      default:
        return unreachable(s);
    }
  };

  const cannotUse = (x: CannotUse): string => {
    switch (x.code) {
      case 'resident-id-number-military':
        return c.cannotUse[x.code](number(x.residentIdDigits));
      case 'no-uscc':
        return c.cannotUse[x.code](number(x.usccLength));
      default:
        return c.cannotUse[x.code];
    }
  };

  const item = <T extends Warning | Step>(
    x: WithLinks<T>,
    text: (x: T) => { title: string; details: string[] },
  ): DescribedItem => ({ key: x.code, ...text(x), links: x.links.map(link) });

  return {
    warnings: checklist.warnings.map((w) => item(w, warning)),
    steps: checklist.steps.map((s) => item(s, step)),
    cannotUse: checklist.cannotUse.map(cannotUse),
  };
}
