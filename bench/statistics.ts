/** The few statistics the tables need. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The exponent k in cost ∝ clusters^k between two sizes (the slope on a log-log plot): 1 is linear,
 * 2 quadratic, near 0 a fixed cost that does not grow with the estate.
 */
export function growthExponent(fromSize: number, fromCost: number, toSize: number, toCost: number): number {
  if (fromCost <= 0 || toCost <= 0 || fromSize === toSize) return NaN;
  return Math.log(toCost / fromCost) / Math.log(toSize / fromSize);
}

/** The extra cost of each extra cluster between two sizes. */
export function marginalCost(fromSize: number, fromCost: number, toSize: number, toCost: number): number {
  return (toCost - fromCost) / (toSize - fromSize);
}
