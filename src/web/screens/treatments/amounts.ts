import type { TFunction } from 'i18next';
import type { DoseUnit } from './treatment-records.ts';

/** Every number with its unit (UX.md principle 5), the number itself through Intl. */
function formatNumber(value: number, locale: string | undefined) {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
}

/** "200 units": toxin units belong to one product and never convert to another's. */
export function toxinUnits(t: TFunction, units: number, locale?: string) {
  return t('treatments.amount.units', { count: units, value: formatNumber(units, locale) });
}

/** "5 mg", "2 tablets". */
export function doseAmount(t: TFunction, dose: number, unit: DoseUnit, locale?: string) {
  return t(`treatments.amount.dose.${unit}`, { count: dose, value: formatNumber(dose, locale) });
}

/** "12 sessions". */
export function sessionCount(t: TFunction, sessions: number, locale?: string) {
  return t('treatments.amount.sessions', {
    count: sessions,
    value: formatNumber(sessions, locale),
  });
}

/** "80% of home exercises done". */
export function adherence(t: TFunction, percent: number, locale?: string) {
  return t('treatments.amount.adherence', {
    value: new Intl.NumberFormat(locale, { style: 'percent' }).format(percent / 100),
  });
}

/** Whole days from one calendar day to another (both YYYY-MM-DD), free of time-zone shifts. */
export function daysBetween(from: string, to: string) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
