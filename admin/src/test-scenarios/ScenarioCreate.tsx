import { Create } from 'react-admin';
import {
  type DocumentFormValues,
  ScenarioDocumentForm,
  toDocument,
  useDocumentErrors,
} from './ScenarioDocumentForm';
import { EXAMPLE_DOCUMENT } from './types';

/** A new scenario from JSON, starting from an example to edit. */
export const ScenarioCreate = () => {
  const onError = useDocumentErrors();
  return (
    <Create<DocumentFormValues>
      redirect="show"
      transform={(values: DocumentFormValues) => toDocument(values)}
      mutationOptions={{ onError }}
    >
      <ScenarioDocumentForm defaultValues={{ document: JSON.stringify(EXAMPLE_DOCUMENT, null, 2) }} />
    </Create>
  );
};
