import type { paths } from '@dev-coach/api-client';
import type { ApiClient } from '@dev-coach/frontend-api';
import simpleRestProvider from 'ra-data-simple-rest';
import type {
  CreateParams,
  CreateResult,
  DataProvider,
  Identifier,
  RaRecord,
  UpdateManyParams,
  UpdateManyResult,
  UpdateParams,
  UpdateResult,
} from 'react-admin';
import { userWritableFields } from '../users/types';
import { api as defaultApi } from './apiClient';
import { call, createHttpClient } from './httpClient';

/** Staff API root: `/api/v1/admin/<resource>`, react-admin simple REST convention (Content-Range). */
export const ADMIN_API_URL = '/api/v1/admin';

/**
 * Fields each resource's PATCH route accepts (from the OpenAPI document). Anything else in a form
 * (ids, timestamps, computed flags) is never sent: the API answers 400 to unknown fields.
 */
export const WRITABLE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  users: userWritableFields,
};

/**
 * The staff API's record actions: `POST /api/v1/admin/<resource>/{id}/<action>` routes that take no
 * body, e.g. `/api/v1/admin/invites/{id}/resend`. Checked against the OpenAPI document.
 */
export type RecordActionPath = {
  [Path in keyof paths]: Path extends `${typeof ADMIN_API_URL}/${string}/{id}/${string}`
    ? paths[Path]['post'] extends { requestBody?: never; parameters: { path: { id: string } } }
      ? Path
      : never
    : never;
}[keyof paths];

export interface RecordActionParams {
  id: Identifier;
}

/** react-admin's data provider plus the record actions our API offers ({@link RecordActionPath}). */
export interface DevCoachDataProvider extends DataProvider {
  runAction: (path: RecordActionPath, params: RecordActionParams) => Promise<{ data: RaRecord }>;
}

type Fields = Record<string, unknown>;

const isSame = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

/**
 * The fields of `data` that differ from `previous`, limited to `writable` when known. A text input
 * the person cleared comes back as `null` from react-admin; it is sent as `''` when the field was a
 * string, since the API's text fields take strings, not null.
 */
export const changedFields = (
  data: Fields,
  previous: Fields | undefined,
  writable: readonly string[] | undefined,
): Fields => {
  const changes: Fields = {};
  for (const [field, raw] of Object.entries(data)) {
    if (field === 'id' || raw === undefined || (writable && !writable.includes(field))) {
      continue;
    }
    const before = previous?.[field];
    const value = raw === null && typeof before === 'string' ? '' : raw;
    if (previous && isSame(value, before)) {
      continue;
    }
    changes[field] = value;
  }
  return changes;
};

/** Drops empty values so optional fields fall back to the API's defaults on create. */
const withoutEmptyValues = (data: Fields): Fields =>
  Object.fromEntries(
    Object.entries(data).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  );

const recordUrl = (resource: string, id: Identifier) =>
  `${ADMIN_API_URL}/${resource}/${encodeURIComponent(String(id))}`;

export interface DataProviderOptions {
  /** The API client (shared with the auth provider by default). */
  api?: ApiClient;
}

/**
 * `ra-data-simple-rest` over the shared API client (CSRF header, refresh and retry) with the API's
 * write conventions: updates are `PATCH` with only the changed, writable fields (the API has no
 * `PUT`), creates leave out empty optional fields, and record actions such as "resend invite" go
 * through {@link DevCoachDataProvider.runAction} on typed paths.
 */
export const createDataProvider = ({ api = defaultApi }: DataProviderOptions = {}): DevCoachDataProvider => {
  const httpClient = createHttpClient(api);
  const base = simpleRestProvider(ADMIN_API_URL, httpClient, 'Content-Range');

  const patch = async (resource: string, id: Identifier, changes: Fields) => {
    const { json } = await httpClient(recordUrl(resource, id), {
      method: 'PATCH',
      body: JSON.stringify(changes),
    });
    return json;
  };

  return {
    ...base,

    update: async <RecordType extends RaRecord = RaRecord>(
      resource: string,
      params: UpdateParams<RecordType>,
    ): Promise<UpdateResult<RecordType>> => {
      const previous = params.previousData as Fields | undefined;
      const changes = changedFields(params.data, previous, WRITABLE_FIELDS[resource]);
      if (Object.keys(changes).length === 0 && params.previousData) {
        // Nothing to save: no request, the record stays as it was.
        return { data: params.previousData };
      }
      return { data: (await patch(resource, params.id, changes)) as RecordType };
    },

    updateMany: async <RecordType extends RaRecord = RaRecord>(
      resource: string,
      params: UpdateManyParams<RecordType>,
    ): Promise<UpdateManyResult<RecordType>> => {
      const changes = changedFields(params.data, undefined, WRITABLE_FIELDS[resource]);
      const updated = await Promise.all(params.ids.map((id) => patch(resource, id, changes)));
      return {
        data: updated.map((record, index) =>
          typeof record === 'object' && record !== null && 'id' in record
            ? (record.id as RecordType['id'])
            : (params.ids[index] as RecordType['id']),
        ),
      };
    },

    create: async <
      RecordType extends Omit<RaRecord, 'id'> = Fields,
      ResultRecordType extends RaRecord = RecordType & { id: Identifier },
    >(
      resource: string,
      params: CreateParams<RecordType>,
    ): Promise<CreateResult<ResultRecordType>> => {
      const { json } = await httpClient(`${ADMIN_API_URL}/${resource}`, {
        method: 'POST',
        body: JSON.stringify(withoutEmptyValues(params.data)),
      });
      return { data: json as ResultRecordType };
    },

    runAction: async (path, { id }) => {
      const { data } = await call(api.POST(path, { params: { path: { id: String(id) } } }));
      return { data };
    },
  };
};

export const dataProvider: DevCoachDataProvider = createDataProvider();
