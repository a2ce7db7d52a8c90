/**
 * Freezes a plain JSON-like value and everything in it. An object that is
 * already frozen is taken to be frozen all the way down (this function is the
 * only one that freezes), so state that shares most of its parts with the
 * previous version costs only its new parts.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
