import "server-only";

export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "VALIDATION" | "UNAUTHENTICATED";

/**
 * An expected failure with a message meant for the person using the app (Indonesian). Anything that
 * is not an AppError is a bug: it is logged on the server and the user sees a generic message.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: AppErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A refused input discovered on the server (unknown NIP, duplicate, cap): shown beside its field. */
export function fieldError(field: string, message: string): AppError {
  return new AppError("VALIDATION", message, { [field]: [message] });
}
