import { lazy, Suspense, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../config/paths';
import { useLocalizedHref } from '../../../i18n/locale-context';
import {
  answersToParams,
  certificatesFor,
  isComplete,
  parseAnswers,
  registrantKinds,
  regions,
  specialCasesFor,
  withAnswer,
  type Answers,
} from '../answers';
import type { ReasonSummary } from '../describe-checklist';
import { useDiagnoseStrings } from '../i18n';
import {
  forgetChecklist,
  keepChecklist,
  readKeptChecklist,
  readKeptChecklistOnServer,
  subscribeToKeptChecklist,
} from '../keep-checklist';
import { ChoiceGroup } from './choice-group';

const ChecklistPanel = lazy(() => import('./checklist-panel'));

/** A reason in the page's language, with the messages the drop-down can show. */
export interface DiagnoseReason extends ReasonSummary {
  messages: string[];
}

const actionClass =
  'min-h-12 rounded-lg border-2 border-blue-700 bg-white px-4 text-lg font-semibold text-blue-800 hover:bg-blue-50 dark:border-blue-400 dark:bg-slate-900 dark:text-blue-200';

/** Shows the message itself where it is short enough to recognise; otherwise the page title. */
function messageLabel(reason: DiagnoseReason, separator: string): string {
  const joined = reason.messages.join(separator);
  return joined && joined.length <= 90 ? joined : reason.title;
}

/** The guided questions and the checklist they lead to. All answers live in the URL. */
export function DiagnosePage({ reasons }: { reasons: DiagnoseReason[] }) {
  const id = useId();
  const t = useDiagnoseStrings();
  const href = useLocalizedHref();
  const diagnoseHref = href(paths.diagnose.href());
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
  const summary = complete ? t.summary(answers.who, answers.region, answers.certificate) : '';

  const share = async () => {
    // Read at click time: the page is also prerendered at build time, where there is no window.
    const shareUrl = `${window.location.origin}${import.meta.env.BASE_URL.replace(/\/$/, '')}${diagnoseHref}?${query}`;
    try {
      await navigator.clipboard.writeText(shareUrl);
      setNotice(t.notices.linkCopied);
    } catch {
      setNotice(t.notices.copyFailed);
    }
  };
  const keep = () => {
    setNotice(keepChecklist(query) ? t.notices.kept : t.notices.keepFailed);
  };
  const forget = () => {
    forgetChecklist();
    setNotice(t.notices.forgotten);
  };

  return (
    <>
      {!query && kept && (
        <div className="mb-6 rounded-lg bg-blue-50 p-4 print:hidden dark:bg-blue-950/40">
          <p className="text-lg">{t.kept.found}</p>
          <div className="mt-2 flex flex-wrap gap-3">
            <Link
              to={`${diagnoseHref}?${kept}`}
              className={`${actionClass} inline-flex items-center`}
            >
              {t.kept.open}
            </Link>
            <button type="button" onClick={forget} className={actionClass}>
              {t.kept.forget}
            </button>
          </div>
        </div>
      )}

      <form
        className="space-y-8 print:hidden"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t.form.label}
      >
        <ChoiceGroup
          legend={t.form.who}
          options={registrantKinds}
          labels={t.labels.registrant}
          value={answers.who ? [answers.who] : []}
          onChange={([who]) => update({ who })}
        />
        <ChoiceGroup
          legend={t.form.region}
          options={regions}
          labels={t.labels.region}
          value={answers.region ? [answers.region] : []}
          onChange={([region]) => update({ region })}
        />
        {answers.who && (
          <ChoiceGroup
            legend={t.form.certificate}
            options={certificatesFor[answers.who]}
            labels={t.labels.certificate}
            value={answers.certificate ? [answers.certificate] : []}
            onChange={([certificate]) => update({ certificate })}
          />
        )}
        {answers.who && (
          <ChoiceGroup
            legend={t.form.special}
            hint={t.form.specialHint}
            options={specialCasesFor[answers.who]}
            labels={t.labels.special}
            value={answers.special}
            onChange={(special) => update({ special })}
            multiple
          />
        )}
        <div className="space-y-2">
          <label htmlFor={`${id}-message`} className="block text-xl font-bold">
            {t.form.message}
          </label>
          <select
            id={`${id}-message`}
            value={answers.message ?? ''}
            onChange={(e) => update({ message: e.target.value || undefined })}
            className="min-h-12 w-full rounded-lg border-2 border-slate-500 bg-white px-3 text-lg dark:border-slate-400 dark:bg-slate-900"
          >
            <option value="">{t.form.noMessage}</option>
            {reasons.map((r) => (
              <option key={r.slug} value={r.slug}>
                {messageLabel(r, t.form.messageSeparator)}
              </option>
            ))}
          </select>
        </div>
      </form>

      <div role="status" className="sr-only">
        {complete ? t.ready : ''}
      </div>

      {complete ? (
        <div className="mt-10 border-t-2 border-slate-200 pt-6 print:mt-0 print:border-0 print:pt-0 dark:border-slate-800">
          <Suspense fallback={<p className="text-lg">{t.preparing}</p>}>
            <ChecklistPanel answers={answers} reasons={reasons} summary={summary} />
          </Suspense>
          <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:flex-wrap print:hidden">
            <button type="button" onClick={() => window.print()} className={actionClass}>
              {t.actions.print}
            </button>
            <button type="button" onClick={share} className={actionClass}>
              {t.actions.copyLink}
            </button>
            {kept === query ? (
              <button type="button" onClick={forget} className={actionClass}>
                {t.actions.forget}
              </button>
            ) : (
              <button type="button" onClick={keep} className={actionClass}>
                {t.actions.keep}
              </button>
            )}
          </div>
          <p role="status" className="mt-3 text-lg print:hidden">
            {notice}
          </p>
        </div>
      ) : (
        <p className="mt-8 text-lg text-slate-700 print:hidden dark:text-slate-300">
          {t.answerFirst}
        </p>
      )}
    </>
  );
}
