import { Edit } from 'react-admin';
import { ScenarioDocumentForm, toDocument, useDocumentErrors } from './ScenarioDocumentForm';
import { documentOf, type TestScenario } from './types';

type EditableScenario = TestScenario & { document: string };

/**
 * The document as JSON text. The data provider sends only the top-level parts that changed
 * (`PATCH`); test users keep their data until someone resets them.
 */
export const ScenarioEdit = () => {
  const onError = useDocumentErrors();
  return (
    <Edit<EditableScenario>
      mutationMode="pessimistic"
      redirect="show"
      queryOptions={{
        select: (scenario) => ({ ...scenario, document: JSON.stringify(documentOf(scenario), null, 2) }),
      }}
      transform={(values: EditableScenario) => toDocument(values)}
      mutationOptions={{ onError }}
    >
      <ScenarioDocumentForm />
    </Edit>
  );
};
