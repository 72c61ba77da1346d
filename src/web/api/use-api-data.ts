import { useCallback, useEffect, useState } from 'react';
import { ApiProblem, apiRequest } from './api-request.ts';

/** Loads one GET route and reloads it on demand. */
export function useApiData<T>(path: string | undefined) {
  const [data, setData] = useState<T>();
  const [problem, setProblem] = useState<ApiProblem>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!path) return;
    let current = true;
    // `version` changes on reload(); reading it here makes the effect depend on it.
    void version;
    apiRequest<T>('GET', path).then(
      (body) => {
        if (current) {
          setData(body);
          setProblem(undefined);
        }
      },
      (error: unknown) => {
        if (current)
          setProblem(
            error instanceof ApiProblem ? error : new ApiProblem(0, 'unknown', String(error)),
          );
      },
    );
    return () => {
      current = false;
    };
  }, [path, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, problem, reload };
}
