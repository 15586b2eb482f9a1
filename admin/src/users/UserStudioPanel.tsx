import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import type { components } from '@dev-coach/api-client';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { api } from '../providers/apiClient';
import { call } from '../providers/httpClient';
import type { User } from './types';

type AdminStudio = components['schemas']['AdminStudioDto'];
type Draft = components['schemas']['StudioDraftDto'];

const thumbnailSx = {
  width: 96,
  height: 96,
  objectFit: 'cover',
  borderRadius: 1,
  bgcolor: 'action.hover',
  display: 'block',
} as const;

const DraftTile = ({ draft }: { draft: Draft }) => {
  const translate = useTranslate();
  const label = draft.instruction ?? translate('devcoach.studio.first_picture');
  return (
    <Box component="li" sx={{ width: 96, listStyle: 'none' }}>
      {draft.thumbnailUrl && draft.status === 'ready' ? (
        <a href={draft.imageUrl ?? draft.thumbnailUrl} target="_blank" rel="noreferrer">
          <Box component="img" src={draft.thumbnailUrl} alt={label} sx={thumbnailSx} />
        </a>
      ) : (
        <Box sx={{ ...thumbnailSx, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <Typography variant="caption">{translate(`devcoach.studio.status.${draft.status}`)}</Typography>
        </Box>
      )}
      <Typography variant="caption" component="p" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
        {label}
      </Typography>
      {draft.saved ? <Chip size="small" color="success" label={translate('devcoach.studio.kept')} /> : null}
      {draft.errorCode ? (
        <Typography variant="caption" component="p" color="error">
          {draft.errorCode}
        </Typography>
      ) : null}
    </Box>
  );
};

/**
 * On a user's page: their studio as they left it (appearance, reference photos, every draft per
 * identity, images served by the staff routes) and today's quota. The override is in the form.
 */
export const UserStudioPanel = () => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  const studio = useQuery({
    queryKey: ['users', record?.id, 'studio'],
    enabled: Boolean(record?.id),
    queryFn: async (): Promise<AdminStudio> =>
      (
        await call(
          api.GET('/api/v1/admin/users/{id}/studio', { params: { path: { id: String(record?.id) } } }),
        )
      ).data,
  });
  if (!record || record.role !== 'user') {
    return null;
  }
  const data = studio.data;
  return (
    <Card
      variant="outlined"
      sx={{ mt: 2, maxWidth: 960 }}
      component="section"
      aria-labelledby="studio-heading"
    >
      <CardContent>
        <Typography id="studio-heading" variant="h6" component="h2">
          {translate('devcoach.studio.title')}
        </Typography>
        {studio.isError ? (
          <Typography color="error">{translate('devcoach.studio.load_failed')}</Typography>
        ) : !data ? (
          <Typography color="text.secondary">{translate('ra.page.loading')}</Typography>
        ) : (
          <Stack spacing={2} sx={{ mt: 1 }}>
            <Typography color="text.secondary">
              {translate(data.open ? 'devcoach.studio.open' : 'devcoach.studio.closed')}
              {data.override ? ` ${translate('devcoach.studio.by_override')}` : ''}
              {' · '}
              {translate('devcoach.studio.quota', { used: data.quota.used, limit: data.quota.limit })}
            </Typography>
            <Box>
              <Typography variant="subtitle2" component="h3">
                {translate('devcoach.studio.appearance')}
              </Typography>
              <Typography sx={{ whiteSpace: 'pre-wrap' }}>
                {data.appearance.description || translate('devcoach.studio.none')}
              </Typography>
            </Box>
            <Box>
              <Typography variant="subtitle2" component="h3">
                {translate('devcoach.studio.references', { count: data.references.length })}
              </Typography>
              <Stack
                direction="row"
                spacing={1}
                useFlexGap
                flexWrap="wrap"
                component="ul"
                sx={{ p: 0, m: 0 }}
              >
                {data.references.map((reference, index) => (
                  <Box component="li" key={reference.id} sx={{ listStyle: 'none' }}>
                    <a href={reference.url} target="_blank" rel="noreferrer">
                      <Box
                        component="img"
                        src={reference.thumbnailUrl}
                        alt={translate('devcoach.studio.reference_alt', { n: index + 1 })}
                        sx={thumbnailSx}
                      />
                    </a>
                  </Box>
                ))}
              </Stack>
            </Box>
            {data.identities.map((identity) => (
              <Box key={identity.id}>
                <Typography variant="subtitle2" component="h3">
                  {identity.name}{' '}
                  <Typography component="span" variant="caption" color="text.secondary">
                    {translate('devcoach.studio.drafts', { count: identity.drafts.length })}
                  </Typography>
                </Typography>
                {identity.drafts.length === 0 ? (
                  <Typography color="text.secondary">{translate('devcoach.studio.no_drafts')}</Typography>
                ) : (
                  <Stack
                    direction="row"
                    spacing={1.5}
                    useFlexGap
                    flexWrap="wrap"
                    component="ul"
                    sx={{ p: 0, m: 0 }}
                  >
                    {identity.drafts.map((draft) => (
                      <DraftTile key={draft.id} draft={draft} />
                    ))}
                  </Stack>
                )}
              </Box>
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
