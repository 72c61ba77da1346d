/** Measured numbers in the person's own locale (UX.md: every number with its unit, via Intl). */

/** A plain number with a fixed count of decimals ("2.0", "36"). */
export function formatNumber(value: number, decimals = 1, locale?: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** An angle's size in degrees, one decimal, without its sign ("12.3°"): words give the side. */
export function formatDegrees(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'degree',
    unitDisplay: 'narrow',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(Math.abs(value));
}

/** A share as a whole percentage ("88 %" in the locale's own way). */
export function formatPercent(share: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}
