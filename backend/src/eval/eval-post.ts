import type { EvalReport } from 'src/eval/eval-report';

export class EvalPostError extends Error {}

/**
 * Stores a report on a server (`POST /api/v1/admin/evals`) so the back office shows it on the
 * prompt versions it used. `apiKey` needs the `eval:run` scope. Answers with the stored run's id.
 */
export const postReport = async (baseUrl: string, apiKey: string, report: EvalReport): Promise<string> => {
  const url = new URL('api/v1/admin/evals', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify(report),
  });
  const body = (await response.json().catch(() => null)) as { id?: string; message?: string } | null;
  if (!response.ok || typeof body?.id !== 'string') {
    throw new EvalPostError(`${url.href} answered ${response.status}: ${body?.message ?? 'no message'}`);
  }
  return body.id;
};
