import type { Answers, Certificate, Region, RegistrantKind } from '../answers';
import { buildChecklist, type ReasonSummary } from '../build-checklist';
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
  reasons: readonly ReasonSummary[];
  summary: string;
}) {
  return <ChecklistView checklist={buildChecklist(answers, reasons)} summary={summary} />;
}
