/**
 * The number one character per cell with its position underneath, so "position 5" can be found
 * at a glance; the cells the messages talk about are marked.
 */
export function NumberCells({
  value,
  marked,
  label,
}: {
  value: string;
  marked: ReadonlySet<number>;
  label: string;
}) {
  const chars = [...value];
  return (
    <figure>
      <figcaption className="font-semibold">{label}</figcaption>
      <p className="sr-only">{chars.join(' ')}</p>
      <ol className="mt-1 flex flex-wrap gap-px font-mono" aria-hidden="true">
        {chars.map((c, i) => {
          const isMarked = marked.has(i + 1);
          return (
            <li
              key={i}
              className={`flex w-[14px] flex-col items-center rounded-sm ${
                isMarked
                  ? 'bg-yellow-200 text-slate-950 ring-2 ring-red-700 dark:bg-yellow-300'
                  : 'bg-slate-100 dark:bg-slate-800'
              }`}
            >
              <span className="text-lg leading-7">{c}</span>
              <span className="text-[0.6rem] leading-3 text-slate-600 dark:text-slate-300">
                {i + 1}
              </span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
