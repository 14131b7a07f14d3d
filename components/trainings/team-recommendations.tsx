import { fullName } from "@/components/employees/profile-view";
import { t } from "@/lib/i18n";
import type { Recommendations } from "@/lib/trainings/recommendation-queries";
import { RecommendationList } from "./recommendation-list";

type Person = { id: number; nip: string; name: string; frontTitle: string | null; backTitle: string | null; position: { name: string } };

/** One collapsed entry per direct report; opening it shows their suggested trainings and why. */
export function TeamRecommendations({ people, recommendations }: { people: Person[]; recommendations: Map<number, Recommendations> }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="team-recommendations">
      {people.map((person) => {
        const found = recommendations.get(person.id);
        const count = found?.items.length ?? 0;
        return (
          <li key={person.id}>
            <details className="group">
              <summary className="flex cursor-pointer flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
                <span>
                  <span className="font-medium text-slate-900">{fullName(person)}</span>
                  <span className="block text-xs text-slate-500">{person.position.name}</span>
                </span>
                <span className="text-xs text-slate-600">{t("trainings.recommendations.count", { n: count })}</span>
              </summary>
              <div className="px-4 pb-4">
                {found?.evaluation ? <p className="mb-2 text-xs text-slate-500">{t("trainings.recommendations.basedOn", { period: found.evaluation })}</p> : null}
                {found ? <RecommendationList recommendations={found} /> : <p className="text-sm text-slate-600">{t("trainings.recommendations.none")}</p>}
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
