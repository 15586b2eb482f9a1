import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { api } from '../providers/apiClient';
import { call } from '../providers/httpClient';
import { DELIVERIES, type WebhookDelivery } from './types';

/** Every attempt at one delivery (expanded under its row in the delivery log). */
export const DeliveryAttempts = () => {
  const delivery = useRecordContext<WebhookDelivery>();
  const translate = useTranslate();
  // Not react-admin's getOne: its cache already holds the list's row, which has no attempts.
  // Keyed under the deliveries resource so a replay (which refreshes it) reloads the attempts.
  const { data } = useQuery({
    queryKey: [DELIVERIES, 'attempts', delivery?.id],
    queryFn: async () =>
      (
        await call(
          api.GET('/api/v1/admin/webhooks/deliveries/{id}', { params: { path: { id: delivery?.id ?? '' } } }),
        )
      ).data,
    enabled: Boolean(delivery),
  });
  if (!data) {
    return null;
  }
  return (
    <Table size="small" aria-label={translate('resources.webhooks/deliveries.fields.attempt')}>
      <TableHead>
        <TableRow>
          <TableCell>#</TableCell>
          <TableCell>{translate('resources.webhooks/deliveries.fields.lastStatusCode')}</TableCell>
          <TableCell>{translate('resources.webhooks/deliveries.fields.lastError')}</TableCell>
          <TableCell>ms</TableCell>
          <TableCell>{translate('resources.webhooks/deliveries.fields.createdAt')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.attempts.map((attempt, index) => (
          <TableRow key={`${attempt.createdAt}-${index}`}>
            <TableCell>{attempt.attempt}</TableCell>
            <TableCell>{attempt.statusCode ?? translate('devcoach.webhooks.no_response')}</TableCell>
            <TableCell>
              <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
                {attempt.error ?? '—'}
              </Typography>
            </TableCell>
            <TableCell>{attempt.durationMs}</TableCell>
            <TableCell>{new Date(attempt.createdAt).toLocaleString()}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
