import { useTranslation } from 'react-i18next';
import { type FineRegionId, fineRegions } from '../../../domain/index.ts';
import type { CheckIn } from '../../api/types.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDay } from '../../format/dates.ts';

/** Check-ins one row a day, newest first, every score with its scale (for patient and clinician). */
export function CheckInTable({ checkIns, label }: { checkIns: CheckIn[]; label: string }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={label}>
      <table>
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('record.day')}</th>
            <th scope="col">{t('record.severity')}</th>
            <th scope="col">{t('record.pain')}</th>
            <th scope="col">{t('record.function')}</th>
            <th scope="col">{t('history.regions')}</th>
          </tr>
        </thead>
        <tbody>
          {checkIns.map((c) => (
            <tr key={c.id}>
              <td>{formatDay(c.day)}</td>
              <td>{t('record.outOfTen', { value: c.severity })}</td>
              <td>{t('record.outOfTen', { value: c.pain })}</td>
              <td>{t('record.outOfTen', { value: c.function })}</td>
              <td>
                {c.regions
                  .map((id) =>
                    t(`regions.${id}`, {
                      defaultValue: fineRegions[id as FineRegionId]?.label ?? id,
                    }),
                  )
                  .join(', ') || t('history.noRegions')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
