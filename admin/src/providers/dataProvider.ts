import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';
import { httpClient } from './httpClient';

/** Staff API root: `/api/v1/admin/<resource>`, react-admin simple REST convention (Content-Range). */
export const ADMIN_API_URL = '/api/v1/admin';

export const dataProvider: DataProvider = simpleRestProvider(ADMIN_API_URL, httpClient, 'Content-Range');
