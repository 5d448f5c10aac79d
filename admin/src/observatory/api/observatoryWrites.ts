import { HttpError } from 'react-admin';
import type { HttpClient } from '../../providers/types';
import { stripDataPrefix } from '../forms/serverErrors';
import { toDemographicRow, toIndicator, toIndicatorValue, toObjective } from './normalize';
import { queryString } from './query';
import type { Computation, DemographicRow, Indicator, IndicatorValue, Objective } from './types';

/** What the UdP sends: the fields the server accepts, exactly as named there (see server/validation/inputs.ts). */
export type Payload = Record<string, unknown>;

/** Where a preview counts: years and, optionally, one comune (documentId). */
export interface PreviewScope {
  from: number;
  to: number;
  municipality?: string;
}

/** The observatory's write routes (`POST`/`PUT` under /api/observatory), open to the Ufficio di Piano only. */
export interface ObservatoryWriteApi {
  observatoryCreateObjective(data: Payload): Promise<Objective>;
  observatoryUpdateObjective(documentId: string, data: Payload): Promise<Objective>;
  observatoryCreateIndicator(data: Payload): Promise<Indicator>;
  observatoryUpdateIndicator(documentId: string, data: Payload): Promise<Indicator>;
  /** A computation that is not stored, counted by the server for each year of the scope. */
  observatoryPreviewIndicator(computation: Computation, scope: PreviewScope): Promise<IndicatorValue[]>;
  /** Stores the value the system computes for `year` as that year's value (source: the system). */
  observatorySnapshotIndicator(documentId: string, year: number): Promise<Indicator>;
  observatoryDemographic(documentId: string): Promise<DemographicRow>;
  observatoryCreateDemographic(data: Payload): Promise<DemographicRow>;
  observatoryUpdateDemographic(documentId: string, data: Payload): Promise<DemographicRow>;
}

/** A refused write's HttpError with its field errors keyed as the forms name the inputs (see stripDataPrefix). */
export function withoutDataPrefix(error: unknown): unknown {
  if (!(error instanceof HttpError)) return error;
  const body = error.body as { errors?: Record<string, unknown> } | undefined;
  if (!body?.errors) return error;
  return new HttpError(error.message, error.status, { ...body, errors: stripDataPrefix(body.errors) });
}

export function createObservatoryWrites(base: string, httpClient: HttpClient): ObservatoryWriteApi {
  const send = async (method: 'POST' | 'PUT', path: string, data?: Payload, params: Record<string, unknown> = {}) => {
    try {
      const { json } = await httpClient(`${base}/${path}${queryString(params)}`, {
        method,
        ...(data !== undefined ? { body: JSON.stringify({ data }) } : {}),
      });
      return (json as { data: unknown }).data;
    } catch (error) {
      throw withoutDataPrefix(error);
    }
  };
  const id = encodeURIComponent;
  const indicator = (raw: unknown) => toIndicator(raw as Record<string, unknown>);
  const objective = (raw: unknown) => toObjective(raw as Record<string, unknown>);
  const demographic = (raw: unknown) => toDemographicRow(raw as Record<string, unknown>);

  return {
    observatoryCreateObjective: async (data) => objective(await send('POST', 'objectives', data)),
    observatoryUpdateObjective: async (documentId, data) => objective(await send('PUT', `objectives/${id(documentId)}`, data)),
    observatoryCreateIndicator: async (data) => indicator(await send('POST', 'indicators', data)),
    observatoryUpdateIndicator: async (documentId, data) => indicator(await send('PUT', `indicators/${id(documentId)}`, data)),
    async observatoryPreviewIndicator(computation, scope) {
      const values = await send('POST', 'indicators/preview', { computation }, { ...scope });
      return (Array.isArray(values) ? values : []).map(toIndicatorValue).filter((v): v is IndicatorValue => v !== null);
    },
    observatorySnapshotIndicator: async (documentId, year) =>
      indicator(await send('POST', `indicators/${id(documentId)}/values/${year}/snapshot`)),
    async observatoryDemographic(documentId) {
      const { json } = await httpClient(`${base}/demographics/${id(documentId)}`);
      return demographic((json as { data: unknown }).data);
    },
    observatoryCreateDemographic: async (data) => demographic(await send('POST', 'demographics', data)),
    observatoryUpdateDemographic: async (documentId, data) =>
      demographic(await send('PUT', `demographics/${id(documentId)}`, data)),
  };
}
