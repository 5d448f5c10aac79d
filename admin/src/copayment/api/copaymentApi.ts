import { HttpError } from 'react-admin';
import type { QuoteRequest, QuoteResponse, SimulationRequest, SimulationResult } from '../../../../src/copayment/contracts';
import type { FetchWithRefresh } from '../../providers/fetchWithRefresh';
import { mapStrapiError } from '../../providers/strapiErrors';
import type { HttpClient } from '../../providers/types';

/**
 * The co-payment API (`/api/copayment`) as data provider methods, so that `useDataProvider()` sends
 * them with the session's token like every other call. Failures are react-admin `HttpError`s whose
 * `body.errors` holds the field errors in the user's language.
 */
export interface CopaymentApi {
  copaymentQuote(request: QuoteRequest): Promise<QuoteResponse>;
  copaymentSimulate(request: SimulationRequest): Promise<SimulationResult>;
  /** The XLSX export of a simulation run, as a file to save. */
  copaymentExport(documentId: string): Promise<Blob>;
}

export function createCopaymentApi(apiUrl: string, httpClient: HttpClient, fetchWithAuth: FetchWithRefresh): CopaymentApi {
  const post = async (path: string, body: unknown) =>
    (await httpClient(`${apiUrl}/copayment/${path}`, { method: 'POST', body: JSON.stringify(body) })).json;

  return {
    copaymentQuote: async (request) => (await post('quote', request)) as QuoteResponse,
    copaymentSimulate: async (request) => ((await post('simulations', request)) as { data: SimulationResult }).data,
    async copaymentExport(documentId) {
      const response = await fetchWithAuth(`${apiUrl}/copayment/simulations/${encodeURIComponent(documentId)}/export.xlsx`);
      if (!response.ok) {
        const json = await response.json().catch(() => undefined);
        const { message, body } = mapStrapiError(json, response.status, response.statusText, document.documentElement.lang);
        throw new HttpError(message, response.status, body);
      }
      return response.blob();
    },
  };
}
