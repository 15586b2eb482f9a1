import { Alert, Box, Button as MuiButton, Paper, Typography } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  Form,
  ReferenceInput,
  SelectInput,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { fieldErrorsOrNotify } from '../common/formErrors';
import { api } from '../providers/apiClient';
import { call } from '../providers/httpClient';
import { phaseChoices, type PreviewRequest, type PromptPreview, type PromptVersion } from './types';

type PreviewTarget = NonNullable<PromptPreview['target']>;

/** Which request a template goes into: the coach's turn, the sentinel's, or the safety screen's. */
const targetOf = (prompt: PromptVersion): PreviewTarget => {
  switch (prompt.kind) {
    case 'sentinel':
      return 'sentinel';
    case 'safety':
      return 'safety';
    default:
      return 'coach_turn';
  }
};

interface PreviewValues {
  userId?: string | null;
  phase?: string | null;
}

const codeBlock = {
  m: 0,
  p: 1.5,
  bgcolor: 'action.hover',
  borderRadius: 1,
  fontSize: 12,
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  maxHeight: 360,
  overflowY: 'auto',
} as const;

const PreviewResult = ({ preview }: { preview: PromptPreview }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2 }}>
      <Alert severity="info">
        {translate('devcoach.prompts.preview_summary', {
          source: translate(`devcoach.prompts.context_source.${preview.contextSource}`),
          model: preview.model,
          tokens: preview.promptTokens ?? '?',
        })}
      </Alert>
      <Typography variant="h6" component="h2">
        {translate('devcoach.prompts.preview_messages')}
      </Typography>
      {preview.messages.map((message, index) => (
        <Paper key={index} variant="outlined" sx={{ p: 1.5 }}>
          <Typography variant="caption" component="p" color="text.secondary">
            {message.role}
          </Typography>
          <Box component="pre" tabIndex={0} sx={codeBlock}>
            {message.content}
          </Box>
        </Paper>
      ))}
      <Typography variant="h6" component="h2">
        {translate('devcoach.prompts.preview_schema')}
      </Typography>
      <Box
        component="pre"
        tabIndex={0}
        aria-label={translate('devcoach.prompts.preview_schema')}
        sx={codeBlock}
      >
        {preview.responseSchema
          ? JSON.stringify(preview.responseSchema, null, 2)
          : translate('devcoach.prompts.no_schema')}
      </Box>
    </Box>
  );
};

/**
 * Exactly what the model would receive with this version, for a chosen client (their real
 * coaching data) or, without one, for the sample context; and the response schema it must match.
 */
export const PromptPreviewPanel = () => {
  const prompt = useRecordContext<PromptVersion>();
  const translate = useTranslate();
  const notify = useNotify();
  const [preview, setPreview] = useState<PromptPreview>();
  const [loading, setLoading] = useState(false);
  if (!prompt) {
    return null;
  }
  // The studio's image prompts render from a picture's subject, not a coaching context: the
  // preview endpoint covers the coach's requests only.
  if (prompt.kind.startsWith('image_')) {
    return <Typography variant="body2">{translate('devcoach.prompts.preview_image')}</Typography>;
  }

  const submit = async (values: PreviewValues) => {
    setLoading(true);
    try {
      const { data } = await call(
        api.POST('/api/v1/admin/prompts/preview', {
          body: {
            target: targetOf(prompt),
            versionIds: [prompt.id],
            generate: false,
            ...(values.userId ? { userId: values.userId } : {}),
            ...(values.phase ? { phase: values.phase as PreviewRequest['phase'] } : {}),
          },
        }),
      );
      setPreview(data);
      return undefined;
    } catch (error) {
      return fieldErrorsOrNotify(error, notify);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Box>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('devcoach.prompts.preview_intro')}
      </Typography>
      <Form<PreviewValues> onSubmit={submit} defaultValues={{ userId: null, phase: prompt.phase }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
          <ReferenceInput source="userId" reference="users" filter={{ role: 'user' }}>
            <AutocompleteInput
              label="devcoach.prompts.preview_client"
              helperText="devcoach.prompts.preview_client_help"
              sx={{ minWidth: 280 }}
            />
          </ReferenceInput>
          {targetOf(prompt) === 'coach_turn' ? (
            <SelectInput
              source="phase"
              label="resources.prompts.fields.phase"
              choices={phaseChoices}
              emptyText="—"
            />
          ) : null}
          <MuiButton type="submit" variant="contained" disabled={loading} sx={{ mt: 1 }}>
            {translate('devcoach.prompts.preview')}
          </MuiButton>
        </Box>
      </Form>
      {preview ? <PreviewResult preview={preview} /> : null}
    </Box>
  );
};
