import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../api/api-request.ts';
import { RedFlagAlerts } from '../../components/red-flag-alerts.tsx';
import { onSaveLanded } from '../../offline/outbox.ts';
import { useScreenTitle } from '../use-screen-title.ts';
import { DbsSettingsSection } from './dbs-settings-section.tsx';
import { MedicinesSection } from './medicines-section.tsx';
import { OperationsSection } from './operations-section.tsx';
import { SideEffectsSection } from './side-effects-section.tsx';
import { TherapiesSection } from './therapies-section.tsx';
import { ToxinSessionsSection } from './toxin-sessions-section.tsx';
import {
  localDay,
  type RedFlagAlert,
  type SideEffect,
  type ToxinSession,
} from './treatment-records.ts';
import { useTreatmentRecords } from './use-treatment-records.ts';
import './treatments.css';

/**
 * The treatment log: toxin sessions and the side effects after them first (they drive the red
 * flags), then medicines, therapies, DBS settings and operations. Each lists its entries, and
 * adding, changing or deleting one is a level deeper.
 */
export function TreatmentsScreen({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const heading = useScreenTitle(t('treatments.title'));
  const sessions = useTreatmentRecords<ToxinSession>(patientId, 'toxin-sessions', 'toxinSessions');
  const sideEffects = useTreatmentRecords<SideEffect>(patientId, 'adverse-events', 'adverseEvents');
  const [alerts, setAlerts] = useState<{ list: RedFlagAlert[]; afterSave: boolean }>({
    list: [],
    afterSave: false,
  });
  // Side effects linked to a session being deleted, to link them again if it is restored.
  const linkedToDeleted = useRef(new Map<string, SideEffect[]>());

  // The person's own day, not the server's UTC day: a side effect noted this morning east of
  // Greenwich must count as today's.
  const loadAlerts = useCallback(
    async (afterSave: boolean) => {
      try {
        const answer = await apiRequest<{ alerts: RedFlagAlert[] }>(
          'GET',
          `/api/patients/${patientId}/alerts?asOf=${localDay()}`,
        );
        setAlerts({
          list: answer.alerts.filter((alert) =>
            alert.triggeredBy.some((trigger) => trigger.source === 'adverse_event'),
          ),
          afterSave,
        });
      } catch {
        // Alerts are also on the Today screen; without a connection this screen still works.
      }
    },
    [patientId],
  );
  useEffect(() => {
    void loadAlerts(false);
  }, [loadAlerts]);
  // A side effect kept on the device while offline raises its alerts once it lands.
  useEffect(
    () =>
      onSaveLanded((save) => {
        if (save.path.startsWith(`/api/patients/${patientId}/adverse-events`))
          void loadAlerts(true);
      }),
    [patientId, loadAlerts],
  );

  async function relink(deleted: ToxinSession, restored: ToxinSession) {
    const linked = linkedToDeleted.current.get(deleted.id) ?? [];
    linkedToDeleted.current.delete(deleted.id);
    for (const effect of linked) {
      await sideEffects.replace(effect.id, {
        kind: effect.kind,
        kindOther: effect.kindOther,
        onsetOn: effect.onsetOn,
        severity: effect.severity,
        toxinSessionId: restored.id,
        note: effect.note,
      });
    }
    sideEffects.reload();
  }

  return (
    <div className="screen treatments">
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {t('treatments.title')}
      </h1>
      <p className="lead">{t('treatments.lead')}</p>
      <RedFlagAlerts alerts={alerts.list} takeFocus={alerts.afterSave} />
      <ToxinSessionsSection
        patientId={patientId}
        records={sessions}
        relink={relink}
        onDeleting={(session) =>
          linkedToDeleted.current.set(
            session.id,
            (sideEffects.entries ?? []).filter((effect) => effect.toxinSessionId === session.id),
          )
        }
        onDeleted={() => sideEffects.reload()}
      />
      <SideEffectsSection
        patientId={patientId}
        records={sideEffects}
        sessions={sessions.entries ?? []}
        onSaved={() => void loadAlerts(true)}
      />
      <MedicinesSection patientId={patientId} />
      <TherapiesSection patientId={patientId} />
      <DbsSettingsSection patientId={patientId} />
      <OperationsSection patientId={patientId} />
    </div>
  );
}
