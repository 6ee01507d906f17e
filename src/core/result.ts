/** Result objects (zod-style): a value or issues, never a throw. */
export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

export const success = <T>(value: T): Result<T> => ({ ok: true, value });
export const failure = <T = never>(message: string): Result<T> => ({ ok: false, message });
