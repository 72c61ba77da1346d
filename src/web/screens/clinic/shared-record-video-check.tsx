import type { PatientSummary } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { StatusMessage } from '../../components/status-message.tsx';
import { VideoChecksScreen } from '../video-checks/video-checks-screen.tsx';

/**
 * A clinician or caregiver measuring a video for a record shared with them (say in clinic). The
 * results may be kept in that record only when the sharing lets them add to it; otherwise the
 * check works as on their own Video checks screen, kept nowhere.
 */
export function SharedRecordVideoCheck({ patientId }: { patientId: string }) {
  const patient = useApiData<PatientSummary>(`/api/patients/${patientId}`);
  if (patient.problem) {
    return (
      <div className="screen">
        <StatusMessage tone="error" message={patient.problem.message} />
      </div>
    );
  }
  if (!patient.data) return null;
  const mayAdd = patient.data.access === 'read_write';
  return (
    <VideoChecksScreen
      keepIn={mayAdd ? { patientId, name: patient.data.displayName } : undefined}
    />
  );
}
