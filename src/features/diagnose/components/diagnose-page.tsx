import { lazy, Suspense, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../config/paths';
import {
  answersToParams,
  certificateLabels,
  certificatesFor,
  isComplete,
  parseAnswers,
  registrantKinds,
  registrantLabels,
  regionLabels,
  regions,
  specialCasesFor,
  specialLabels,
  withAnswer,
  type Answers,
} from '../answers';
import type { ReasonSummary } from '../build-checklist';
import {
  forgetChecklist,
  keepChecklist,
  readKeptChecklist,
  readKeptChecklistOnServer,
  subscribeToKeptChecklist,
} from '../keep-checklist';
import { ChoiceGroup } from './choice-group';

const ChecklistPanel = lazy(() => import('./checklist-panel'));

export interface DiagnoseReason extends ReasonSummary {
  messages: string[];
}

const actionClass =
  'min-h-12 rounded-lg border-2 border-blue-700 bg-white px-4 text-lg font-semibold text-blue-800 hover:bg-blue-50 dark:border-blue-400 dark:bg-slate-900 dark:text-blue-200';

/** Shows the message itself where it is short enough to recognise; otherwise the page title. */
function messageLabel(reason: DiagnoseReason): string {
  const joined = reason.messages.join(' / ');
  return joined && joined.length <= 90 ? joined : reason.title;
}

/** The guided questions and the checklist they lead to. All answers live in the URL. */
export function DiagnosePage({ reasons }: { reasons: DiagnoseReason[] }) {
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const known = useMemo(() => new Set(reasons.map((r) => r.slug)), [reasons]);
  // Local state answers at once (a controlled radio must not wait for navigation); the URL mirrors it.
  const [answers, setAnswers] = useState(() => parseAnswers(searchParams, known));
  const query = answersToParams(answers).toString();
  const urlQuery = answersToParams(parseAnswers(searchParams, known)).toString();

  // Back/forward, or a kept checklist opened from this page, change the URL under us: follow it
  // (adjusting state while rendering, as React recommends, rather than in an effect).
  const [seenUrlQuery, setSeenUrlQuery] = useState(urlQuery);
  if (urlQuery !== seenUrlQuery) {
    setSeenUrlQuery(urlQuery);
    if (urlQuery !== query) setAnswers(parseAnswers(new URLSearchParams(urlQuery), known));
  }
  const kept = useSyncExternalStore(
    subscribeToKeptChecklist,
    readKeptChecklist,
    readKeptChecklistOnServer,
  );
  const [notice, setNotice] = useState('');

  const update = (change: Partial<Answers>) => {
    const next = withAnswer(answers, change);
    setAnswers(next);
    setSearchParams(answersToParams(next), { replace: true, preventScrollReset: true });
  };

  const complete = isComplete(answers);
  const summary = complete
    ? `Registrant: ${registrantLabels[answers.who]}. ${regionLabels[answers.region]}. Certificate: ${certificateLabels[answers.certificate]}.`
    : '';

  const share = async () => {
    // Read at click time: the page is also prerendered at build time, where there is no window.
    const shareUrl = `${window.location.origin}${import.meta.env.BASE_URL.replace(/\/$/, '')}${paths.diagnose.href()}?${query}`;
    try {
      await navigator.clipboard.writeText(shareUrl);
      setNotice(
        'Link copied. Anyone with the link sees this checklist; it holds only your answers above.',
      );
    } catch {
      setNotice('Could not copy. Copy the address from the address bar instead.');
    }
  };
  const keep = () => {
    if (keepChecklist(query)) {
      setNotice(
        'Kept on this device. Only your answers are kept, in this browser, until you forget them.',
      );
    } else {
      setNotice(
        'Could not keep it: this browser does not allow saving. Bookmark the page instead.',
      );
    }
  };
  const forget = () => {
    forgetChecklist();
    setNotice('Forgotten: nothing is kept on this device.');
  };

  return (
    <>
      {!query && kept && (
        <div className="mb-6 rounded-lg bg-blue-50 p-4 print:hidden dark:bg-blue-950/40">
          <p className="text-lg">You kept a checklist on this device.</p>
          <div className="mt-2 flex flex-wrap gap-3">
            <Link
              to={`${paths.diagnose.href()}?${kept}`}
              className={`${actionClass} inline-flex items-center`}
            >
              Open my kept checklist
            </Link>
            <button type="button" onClick={forget} className={actionClass}>
              Forget it
            </button>
          </div>
        </div>
      )}

      <form
        className="space-y-8 print:hidden"
        onSubmit={(e) => e.preventDefault()}
        aria-label="Your situation"
      >
        <ChoiceGroup
          legend="1. Who is the domain name registrant?"
          options={registrantKinds}
          labels={registrantLabels}
          value={answers.who ? [answers.who] : []}
          onChange={([who]) => update({ who })}
        />
        <ChoiceGroup
          legend="2. Where is the registrant?"
          options={regions}
          labels={regionLabels}
          value={answers.region ? [answers.region] : []}
          onChange={([region]) => update({ region })}
        />
        {answers.who && (
          <ChoiceGroup
            legend="3. Which certificate will you submit?"
            options={certificatesFor[answers.who]}
            labels={certificateLabels}
            value={answers.certificate ? [answers.certificate] : []}
            onChange={([certificate]) => update({ certificate })}
          />
        )}
        {answers.who && (
          <ChoiceGroup
            legend="4. Does any of these apply?"
            hint="Choose all that apply, or none."
            options={specialCasesFor[answers.who]}
            labels={specialLabels}
            value={answers.special}
            onChange={(special) => update({ special })}
            multiple
          />
        )}
        <div className="space-y-2">
          <label htmlFor={`${id}-message`} className="block text-xl font-bold">
            5. Which message did you receive? (optional)
          </label>
          <select
            id={`${id}-message`}
            value={answers.message ?? ''}
            onChange={(e) => update({ message: e.target.value || undefined })}
            className="min-h-12 w-full rounded-lg border-2 border-slate-500 bg-white px-3 text-lg dark:border-slate-400 dark:bg-slate-900"
          >
            <option value="">No message yet, or not sure</option>
            {reasons.map((r) => (
              <option key={r.slug} value={r.slug}>
                {messageLabel(r)}
              </option>
            ))}
          </select>
        </div>
      </form>

      <div role="status" className="sr-only">
        {complete ? 'Your checklist is ready below.' : ''}
      </div>

      {complete ? (
        <div className="mt-10 border-t-2 border-slate-200 pt-6 print:mt-0 print:border-0 print:pt-0 dark:border-slate-800">
          <Suspense fallback={<p className="text-lg">Preparing your checklist…</p>}>
            <ChecklistPanel answers={answers} reasons={reasons} summary={summary} />
          </Suspense>
          <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:flex-wrap print:hidden">
            <button type="button" onClick={() => window.print()} className={actionClass}>
              Print
            </button>
            <button type="button" onClick={share} className={actionClass}>
              Copy link to this checklist
            </button>
            {kept === query ? (
              <button type="button" onClick={forget} className={actionClass}>
                Forget it on this device
              </button>
            ) : (
              <button type="button" onClick={keep} className={actionClass}>
                Keep on this device
              </button>
            )}
          </div>
          <p role="status" className="mt-3 text-lg print:hidden">
            {notice}
          </p>
        </div>
      ) : (
        <p className="mt-8 text-lg text-slate-700 print:hidden dark:text-slate-300">
          Answer questions 1 to 3 to see your checklist.
        </p>
      )}
    </>
  );
}
