/**
 * Adds `value` to the list under `key`, in place: building lists by copying them (`[...list, value]`, or `?? []`
 * and set again) made grouping quadratic in a long story or a large write.
 */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
