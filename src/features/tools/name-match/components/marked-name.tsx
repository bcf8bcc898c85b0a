import type { Segment } from '../compare-names';
import { useNameStrings } from '../i18n';

/** One of the two names with the differing characters marked; spaces are made visible. */
export function MarkedName({
  segments,
  side,
  label,
}: {
  segments: Segment[];
  side: 'registrant' | 'certificate';
  label: string;
}) {
  const t = useNameStrings();
  return (
    <div>
      <p className="font-semibold">{label}</p>
      <p className="mt-1 rounded-md bg-slate-100 p-2 text-xl break-all whitespace-pre-wrap dark:bg-slate-800">
        {segments.map((segment, i) => {
          if (segment.same) return <span key={i}>{segment.text}</span>;
          const text = side === 'registrant' ? segment.registrant : segment.certificate;
          if (!text) {
            return (
              <span key={i} className="text-red-800 dark:text-red-300" title={t.missingHere}>
                ‸<span className="sr-only">{t.missingHereSpoken}</span>
              </span>
            );
          }
          return (
            <mark
              key={i}
              className="rounded-sm bg-yellow-200 text-slate-950 underline decoration-red-700 decoration-2 underline-offset-4 dark:bg-yellow-300"
            >
              {[...text].map((c) => (/\s/.test(c) ? '␣' : c)).join('')}
            </mark>
          );
        })}
      </p>
    </div>
  );
}
