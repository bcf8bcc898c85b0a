import type { CatalogReason } from '../../../content/schema';
import { CopyButton } from '../../../components/copy-button';
import { useReasonStrings } from '../i18n';

/** The rejection message(s) exactly as the registrant received them. */
export function ReasonMessages({
  reason,
}: {
  reason: Pick<CatalogReason, 'messages' | 'symptom'>;
}) {
  const t = useReasonStrings();
  if (reason.messages.length === 0) {
    return (
      <section aria-labelledby="messages-heading" className="mt-6">
        <h2 id="messages-heading" className="text-lg font-semibold">
          {t.whatYouSee}
        </h2>
        <p className="mt-2 rounded-lg bg-slate-100 p-4 text-lg dark:bg-slate-800">
          {reason.symptom}
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="messages-heading" className="mt-6">
      <h2 id="messages-heading" className="text-lg font-semibold">
        {t.messageHeading(reason.messages.length)}
      </h2>
      <ul className="mt-2 space-y-2">
        {reason.messages.map((message) => (
          <li
            key={message}
            className="flex flex-col gap-2 rounded-lg bg-slate-100 p-4 sm:flex-row sm:items-center sm:justify-between dark:bg-slate-800"
          >
            <q className="text-lg font-medium break-words">{message}</q>
            <CopyButton
              text={message}
              ariaLabel={t.copyMessage(message)}
              copiedMessage={t.messageCopied}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
