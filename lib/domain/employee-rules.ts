// Supervisor chain (atasan langsung) rules. Each employee stores supervisor_path: the ids of every
// supervisor above them, nearest last, so scope checks are one array containment query.

/**
 * True when making `candidateSupervisorId` the supervisor of `employeeId` would close a loop:
 * the candidate is the employee, or the employee already sits somewhere above the candidate.
 */
export function wouldCreateSupervisorCycle(
  employeeId: number,
  candidateSupervisorId: number,
  candidateSupervisorPath: readonly number[],
): boolean {
  return candidateSupervisorId === employeeId || candidateSupervisorPath.includes(employeeId);
}

/** The path an employee gets under a supervisor: the supervisor's own path plus the supervisor. */
export function supervisorPathFor(
  supervisorId: number | null,
  supervisorPathOfSupervisor: readonly number[],
): number[] {
  return supervisorId === null ? [] : [...supervisorPathOfSupervisor, supervisorId];
}
