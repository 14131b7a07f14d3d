import { ConfirmDeleteForm } from "@/components/records/confirm-delete-form";
import { ActionsTh, Table, Td, Th } from "@/components/ui/table";
import { formatDate, t } from "@/lib/i18n";
import { deleteSessionAction } from "@/lib/mentoring/actions";
import type { PairDetail } from "@/lib/mentoring/pair-queries";
import { formatJp, formatMinutes } from "./format";

/** Sessions newest first; a delete (confirmed) where the viewer may take the session back. */
export function SessionList({ pair }: { pair: PairDetail }) {
  const anyDelete = pair.sessions.some((session) => session.canDelete);
  const who = { MENTOR: pair.mentor.name, MENTEE: pair.mentee.name, OTHER: t("common.dash") };
  return (
    <Table caption={t("mentoring.session.caption")}>
      <thead>
        <tr>
          <Th>{t("mentoring.session.date")}</Th>
          <Th>{t("mentoring.session.topic")}</Th>
          <Th>{t("mentoring.session.duration")}</Th>
          <Th>{t("mentoring.session.jp")}</Th>
          <Th>{t("mentoring.session.loggedBy")}</Th>
          {anyDelete ? (
            <ActionsTh />
          ) : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {pair.sessions.map((session) => (
          <tr key={session.id}>
            <Td className="whitespace-nowrap">{formatDate(session.date)}</Td>
            <Td className="min-w-56">
              <span className="font-medium text-slate-900">{session.topic}</span>
              {session.notes ? <span className="block whitespace-pre-line text-xs text-slate-600">{session.notes}</span> : null}
            </Td>
            <Td className="whitespace-nowrap">{formatMinutes(session.minutes)}</Td>
            <Td className="whitespace-nowrap">{formatJp(session.jp)}</Td>
            <Td className="whitespace-nowrap">{who[session.loggedBy]}</Td>
            {anyDelete ? (
              <Td>
                {session.canDelete ? (
                  <ConfirmDeleteForm
                    action={deleteSessionAction.bind(null, pair.id, session.id)}
                    message={t("mentoring.session.deleteConfirm", { topic: session.topic, date: formatDate(session.date), jp: formatJp(session.jp) })}
                    accessibleLabel={t("mentoring.session.deleteOf", { topic: session.topic, date: formatDate(session.date) })}
                  />
                ) : null}
              </Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
