/**
 * A value as an error message repeats it: JSON for a string (cut after
 * `max` characters, with its length), the number, boolean or null itself,
 * and only the kind and size of a list or an object. A list or object is
 * never walked, so a deep, huge or cyclic value cannot make the message
 * itself fail or grow.
 *
 * @example showValue('6:00') === '"6:00"'
 * @example showValue([[[]]]) === 'a list of 1'
 */
export function showValue(value: unknown, max = 60): string {
  if (typeof value === 'string') {
    return value.length > max
      ? `${JSON.stringify(value.slice(0, max))}... (${value.length} characters)`
      : JSON.stringify(value)
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value)
  }
  if (Array.isArray(value)) return `a list of ${value.length}`
  if (typeof value === 'object') return 'an object'
  return String(typeof value)
}
