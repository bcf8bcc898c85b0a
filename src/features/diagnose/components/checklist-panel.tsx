import { useFormat } from '../../../i18n/locale-context';
import type { Answers, Certificate, Region, RegistrantKind } from '../answers';
import { buildChecklist } from '../build-checklist';
import { describeChecklist, type ReasonSummary } from '../describe-checklist';
import { useDiagnoseStrings } from '../i18n';
import { ChecklistView } from './checklist-view';

/**
 * The checklist and the rules that build it, in their own chunk: the questions show first, and
 * this loads only once the three core questions are answered (or a shared link arrives).
 */
export default function ChecklistPanel({
  answers,
  reasons,
  summary,
}: {
  answers: Answers & { who: RegistrantKind; region: Region; certificate: Certificate };
  /** In the page's language. */
  reasons: readonly ReasonSummary[];
  summary: string;
}) {
  const t = useDiagnoseStrings();
  const format = useFormat();
  const checklist = describeChecklist(buildChecklist(answers), t, reasons, (n) => format.number(n));
  return <ChecklistView checklist={checklist} summary={summary} />;
}
