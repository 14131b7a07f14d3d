"use client";

import { useState } from "react";

/**
 * A number that changes whenever `state` is a new object: a `key` that remounts a form per answer.
 * Uses React's "adjust state while rendering" pattern, so no effect and no extra paint.
 */
export function useStateKey(state: object): number {
  const [tracked, setTracked] = useState({ state, key: 0 });
  if (tracked.state !== state) {
    setTracked({ state, key: tracked.key + 1 });
    return tracked.key + 1;
  }
  return tracked.key;
}
