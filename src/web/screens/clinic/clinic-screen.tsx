import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ApiProblem, apiRequest } from '../../api/api-request.ts';
import type { PatientSummary } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { CalmButton } from '../../components/calm-button.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useScreenTitle } from '../use-screen-title.ts';
import { PatientAlertSummary } from './patient-alert-summary.tsx';

/**
 * The people who shared their record with me, each with any alert to act on today, and a box
 * for a new invitation code.
 */
export function ClinicScreen() {
  const { t } = useTranslation();
  const heading = useScreenTitle(t('clinic.title'));
  const patients = useApiData<{ patients: PatientSummary[] }>('/api/patients');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<ApiProblem>();
  const [status, setStatus] = useState<string>();

  async function accept(event?: FormEvent) {
    event?.preventDefault();
    setProblem(undefined);
    setStatus(undefined);
    try {
      const { patient } = await apiRequest<{ patient: { displayName: string } }>(
        'POST',
        '/api/invitations/accept',
        { code },
      );
      setCode('');
      setStatus(t('clinic.added', { name: patient.displayName }));
      patients.reload();
    } catch (error) {
      if (error instanceof ApiProblem) setProblem(error);
      else throw error;
    }
  }

  const shared = patients.data?.patients.filter((p) => p.relation !== 'self') ?? [];
  return (
    <div className="screen">
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {t('clinic.title')}
      </h1>
      <p className="lead">{t('clinic.lead')}</p>
      <section aria-labelledby="patients-title" className="panel">
        <h2 id="patients-title">{t('clinic.patientsTitle')}</h2>
        {patients.problem && <StatusMessage tone="error" message={patients.problem.message} />}
        {patients.data && shared.length === 0 && <p>{t('clinic.none')}</p>}
        <ul className="card-list">
          {shared.map((patient) => (
            <li key={patient.id} className="card">
              <Link href={`/clinic/patients/${patient.id}`} className="card-link">
                {patient.displayName}
              </Link>
              <p>{t(`sharing.scope.${patient.access === 'read_write' ? 'read_write' : 'read'}`)}</p>
              <PatientAlertSummary patientId={patient.id} />
            </li>
          ))}
        </ul>
        <StatusMessage message={status} />
      </section>
      <section aria-labelledby="add-title" className="panel">
        <h2 id="add-title">{t('clinic.addTitle')}</h2>
        <form onSubmit={accept} noValidate>
          <TextField
            label={t('clinic.codeLabel')}
            hint={t('clinic.codeHint')}
            value={code}
            onChange={setCode}
            autoComplete="off"
            autoCapitalize="characters"
          />
          <StatusMessage tone="error" message={problem?.message} />
          <CalmButton type="submit">{t('clinic.addSubmit')}</CalmButton>
        </form>
      </section>
    </div>
  );
}
