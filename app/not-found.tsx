import { LinkButton } from "@/components/ui/button";
import { t } from "@/lib/i18n";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("errors.notFoundTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("errors.notFoundBody")}</p>
      <div className="mt-6 flex justify-center">
        <LinkButton href="/">{t("errors.toHome")}</LinkButton>
      </div>
    </div>
  );
}
