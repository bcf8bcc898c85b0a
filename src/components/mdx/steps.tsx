import type { ReactNode } from 'react';

/** Wraps an ordered Markdown list so each step reads as a big, numbered card. */
export function Steps({ children }: { children: ReactNode }) {
  return (
    <div className="steps my-4 [&>ol]:list-none [&>ol]:space-y-3 [&>ol]:pl-0 [&>ol]:[counter-reset:step] [&>ol>li]:relative [&>ol>li]:rounded-lg [&>ol>li]:border [&>ol>li]:border-slate-300 [&>ol>li]:p-4 [&>ol>li]:pl-14 [&>ol>li]:[counter-increment:step] [&>ol>li]:before:absolute [&>ol>li]:before:top-4 [&>ol>li]:before:left-4 [&>ol>li]:before:flex [&>ol>li]:before:h-7 [&>ol>li]:before:w-7 [&>ol>li]:before:items-center [&>ol>li]:before:justify-center [&>ol>li]:before:rounded-full [&>ol>li]:before:bg-blue-700 [&>ol>li]:before:text-sm [&>ol>li]:before:font-bold [&>ol>li]:before:text-white [&>ol>li]:before:content-[counter(step)] dark:[&>ol>li]:border-slate-700">
      {children}
    </div>
  );
}
