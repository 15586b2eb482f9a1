import { AutocompleteInput, ReferenceInput } from 'react-admin';

/** Filter by client: type a name or email. */
export const clientFilter = (
  <ReferenceInput key="userId" source="userId" reference="users">
    <AutocompleteInput optionText="email" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>
);
