"use client";

import { useEffect, useRef, useState } from "react";
import { inputStyles } from "@/components/ui/styles";
import { FUNCTIONAL_LEVEL_LABELS } from "@/lib/domain/positions";
import { t } from "@/lib/i18n";
import { indentedLabel } from "@/lib/org-units/tree";
import { positionChoicesAction, positionsForUnitAction } from "@/lib/positions/actions";
import type { PositionOption } from "@/lib/positions/queries";

type Unit = { id: number; name: string; depth: number };
type Load = { status: "idle" } | { status: "loading" } | { status: "ready"; positions: PositionOption[] } | { status: "error" };

type Props = {
  /** From listUnitTree(), in its display order. */
  units: readonly Unit[];
  defaultUnitId?: number | null;
  /** Enough on its own: the picker looks up the position's unit when defaultUnitId is not given. */
  defaultPositionId?: number | null;
  positionFieldName?: string;
  /** Errors of the position field, shown beside the position select. */
  errors?: string[];
};

const labelStyle = "mb-1 block text-sm font-medium text-slate-800";

function Required() {
  return (
    <span className="text-red-700" aria-hidden="true">
      {" "}
      *
    </span>
  );
}

function positionLabel(position: PositionOption): string {
  return position.functionalLevel ? `${position.name} (${FUNCTIONAL_LEVEL_LABELS[position.functionalLevel]})` : position.name;
}

/**
 * Unit, then one of that unit's active positions. The position list is fetched when the unit
 * changes; the unit select is submitted as `<positionFieldName>Unit` so a refused form can echo it.
 * Its selects are controlled: host forms remount per answer (useStateKey) to start from the echo.
 */
export function PositionPicker({ units, defaultUnitId, defaultPositionId, positionFieldName = "positionId", errors }: Props) {
  const [unitId, setUnitId] = useState(defaultUnitId ? String(defaultUnitId) : "");
  const [positionId, setPositionId] = useState(defaultPositionId ? String(defaultPositionId) : "");
  const [load, setLoad] = useState<Load>(defaultUnitId || defaultPositionId ? { status: "loading" } : { status: "idle" });
  // Each request gets a ticket; an answer that arrives after a newer request started is dropped.
  const ticket = useRef(0);
  const initial = useRef({ unitId: defaultUnitId, positionId: defaultPositionId });

  useEffect(() => {
    const { unitId: startUnit, positionId: startPosition } = initial.current;
    const mine = ++ticket.current;
    const fail = () => mine === ticket.current && setLoad({ status: "error" });
    if (startUnit) {
      positionsForUnitAction(startUnit).then((positions) => mine === ticket.current && setLoad({ status: "ready", positions }), fail);
    } else if (startPosition) {
      positionChoicesAction(startPosition).then((found) => {
        if (mine !== ticket.current) return;
        if (!found) {
          setPositionId("");
          setLoad({ status: "idle" });
          return;
        }
        setUnitId(String(found.unitId));
        setLoad({ status: "ready", positions: found.positions });
      }, fail);
    }
  }, []);

  function chooseUnit(next: string) {
    setUnitId(next);
    setPositionId("");
    const mine = ++ticket.current;
    if (!next) {
      setLoad({ status: "idle" });
      return;
    }
    setLoad({ status: "loading" });
    positionsForUnitAction(Number(next)).then(
      (positions) => mine === ticket.current && setLoad({ status: "ready", positions }),
      () => mine === ticket.current && setLoad({ status: "error" }),
    );
  }

  const unitField = `${positionFieldName}Unit`;
  const positions = load.status === "ready" ? load.positions : [];
  const status =
    load.status === "idle"
      ? t("positions.picker.chooseUnitFirst")
      : load.status === "loading"
        ? t("positions.picker.loading")
        : load.status === "error"
          ? t("positions.picker.error")
          : positions.length === 0
            ? t("positions.picker.empty")
            : t("positions.picker.count", { n: positions.length });
  const describedBy = [`${positionFieldName}-status`, errors?.length ? `${positionFieldName}-error` : null].filter(Boolean).join(" ");

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div>
        <label htmlFor={unitField} className={labelStyle}>
          {t("positions.picker.unit")}
          <Required />
        </label>
        <select id={unitField} name={unitField} required value={unitId} onChange={(event) => chooseUnit(event.target.value)} className={inputStyles}>
          <option value="">{t("positions.picker.chooseUnit")}</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {indentedLabel(unit)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={positionFieldName} className={labelStyle}>
          {t("positions.picker.position")}
          <Required />
        </label>
        <select
          id={positionFieldName}
          name={positionFieldName}
          required
          value={positionId}
          onChange={(event) => setPositionId(event.target.value)}
          disabled={load.status !== "ready" || positions.length === 0}
          aria-busy={load.status === "loading" || undefined}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className={inputStyles}
        >
          <option value="">{load.status === "ready" && positions.length ? t("positions.picker.choosePosition") : status}</option>
          {positions.map((position) => (
            <option key={position.id} value={position.id}>
              {positionLabel(position)}
            </option>
          ))}
        </select>
        <p id={`${positionFieldName}-status`} aria-live="polite" className={`mt-1 text-xs ${load.status === "error" ? "text-red-700" : "text-slate-500"}`}>
          {status}
        </p>
        {errors?.length ? (
          <p id={`${positionFieldName}-error`} className="mt-1 text-sm text-red-700">
            {errors.join(" ")}
          </p>
        ) : null}
      </div>
    </div>
  );
}
