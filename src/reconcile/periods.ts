/** The months a period covers, as [first, last] month numbers since year 0, or null when it cannot be read. */
function monthRange(period: string): [number, number] | null {
  let match = /^(\d{4})$/.exec(period);
  if (match) return [Number(match[1]) * 12, Number(match[1]) * 12 + 11];
  match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (match) {
    const first = Number(match[1]) * 12 + (Number(match[2]) - 1) * 3;
    return [first, first + 2];
  }
  match = /^(\d{4})-H([12])$/.exec(period);
  if (match) {
    const first = Number(match[1]) * 12 + (Number(match[2]) - 1) * 6;
    return [first, first + 5];
  }
  match = /^(\d{4})-(\d{2})/.exec(period);
  if (match) {
    const month = Number(match[1]) * 12 + Number(match[2]) - 1;
    return [month, month];
  }
  return null;
}

/** Two periods can be about the same figure when either is unknown or one lies within the other. */
export function periodsCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return true;
  const ra = monthRange(a);
  const rb = monthRange(b);
  if (!ra || !rb) return true;
  return (ra[0] <= rb[0] && rb[1] <= ra[1]) || (rb[0] <= ra[0] && ra[1] <= rb[1]);
}
