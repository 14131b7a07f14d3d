import Link from "next/link";
import { Card } from "@/components/ui/layout";
import type { getAppraisalTodo } from "@/lib/home/queries";
import { t } from "@/lib/i18n";

type Props = {
  year: number;
  todo: Awaited<ReturnType<typeof getAppraisalTodo>>;
  appeals: number;
  feedback: number;
  ownsSkp: boolean;
  manages: boolean;
};

function skpLine(year: number, skp: Props["todo"]["ownSkp"]): string {
  if (!skp) return t("home.skpNone", { year });
  if (skp.status === "DRAFT") return skp.returnComment ? t("home.skpReturned", { year, comment: skp.returnComment }) : t("home.skpDraft", { year });
  return skp.status === "SUBMITTED" ? t("home.skpSubmitted", { year }) : t("home.skpAgreed", { year });
}

/** The appraisal cycle's to-do list across the person's roles, each line a link to where it is done. */
export function AppraisalTodo({ year, todo, appeals, feedback, ownsSkp, manages }: Props) {
  const items = [
    ownsSkp ? { href: todo.ownSkp ? `/skp/${todo.ownSkp.id}` : "/skp", text: skpLine(year, todo.ownSkp), key: "skp" } : null,
    todo.plansToAgree ? { href: "/team", text: t("home.plansToAgree", { n: todo.plansToAgree }), key: "plans" } : null,
    todo.toRate ? { href: "/team", text: t("home.toRate", { n: todo.toRate }), key: "rate" } : null,
    appeals ? { href: "/appeals", text: t("home.appeals", { n: appeals }), key: "appeals" } : null,
    feedback ? { href: "/feedback", text: t("home.feedback", { n: feedback }), key: "feedback" } : null,
    manages ? { href: "/appraisal-progress", text: t("home.progress"), key: "progress" } : null,
  ].filter((item) => item !== null);
  return (
    <Card title={t("home.todo")}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("home.todoEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="appraisal-todo">
          {items.map((item) => (
            <li key={item.key} className="py-2">
              <Link className="text-sm font-medium text-brand-700 hover:underline" href={item.href}>
                {item.text}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
