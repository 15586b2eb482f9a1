import type { components } from '@dev-coach/api-client';
import { unwrap } from '@dev-coach/frontend-api';
import { api } from '../providers/apiClient';

export type DashboardFigures = components['schemas']['AdminDashboardDto'];

export const DASHBOARD_URL = '/api/v1/admin/dashboard';

export const fetchDashboard = (signal?: AbortSignal): Promise<DashboardFigures> =>
  unwrap(api.GET(DASHBOARD_URL, { signal }));

const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 2,
});
const count = new Intl.NumberFormat('en-US');

export const formatDollars = (value: number): string => dollars.format(value);
export const formatCount = (value: number): string => count.format(value);
