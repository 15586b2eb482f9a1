import { HttpError, SaveButton, SimpleForm, TextInput, Toolbar, useNotify, useTranslate } from 'react-admin';
import type { HttpErrorBody } from '../providers/httpClient';
import type { ScenarioDocument } from './types';

/** The form's one field: the scenario document as JSON text. */
export interface DocumentFormValues {
  document: string;
}

const parse = (text: string): { value?: unknown; error?: string } => {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
};

/** Inline check while typing: the JSON must parse to an object. The API checks the schema. */
const validateDocument = (text: unknown) => {
  const { value, error } = parse(typeof text === 'string' ? text : '');
  if (error !== undefined) {
    return { message: 'devcoach.scenarios.invalid_json', args: { error } };
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? undefined
    : 'devcoach.scenarios.not_an_object';
};

/** For `transform`: what the API receives is the parsed document itself. */
export const toDocument = (values: DocumentFormValues): ScenarioDocument =>
  JSON.parse(values.document) as ScenarioDocument;

/**
 * For `mutationOptions.onError`. The API names the field of the document it refused
 * (`identities.0.category`), but the form has one text field: the messages are moved onto it, so
 * they show under the JSON (react-admin reads `body.errors` after this runs, as server-side
 * validation). An error without details is a notification with the server's message.
 */
export const useDocumentErrors = () => {
  const notify = useNotify();
  const translate = useTranslate();
  return (error: unknown) => {
    const body = error instanceof HttpError ? (error.body as HttpErrorBody | null) : null;
    const details = (body?.details ?? [])
      .map((detail) => (detail.field ? `${detail.field}: ${detail.message}` : detail.message))
      .join('; ');
    if (body && details) {
      body.errors = { document: translate('devcoach.scenarios.refused', { details }) };
      return;
    }
    notify(error instanceof Error && error.message ? error.message : 'ra.notification.http_error', {
      type: 'error',
    });
  };
};

const SaveOnly = () => (
  <Toolbar>
    <SaveButton alwaysEnable />
  </Toolbar>
);

export const ScenarioDocumentForm = ({ defaultValues }: { defaultValues?: DocumentFormValues }) => (
  <SimpleForm defaultValues={defaultValues} toolbar={<SaveOnly />}>
    <TextInput
      source="document"
      multiline
      fullWidth
      minRows={16}
      validate={validateDocument}
      helperText="devcoach.scenarios.document_help"
      sx={{ '& textarea': { fontFamily: 'monospace', fontSize: 13 } }}
    />
  </SimpleForm>
);
