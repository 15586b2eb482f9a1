import { ReferenceField, type ReferenceFieldProps } from 'react-admin';

/** The client a record belongs to, by name, linking to their account. */
export const ClientField = (
  props: Omit<ReferenceFieldProps, 'reference' | 'source'> & { source?: string },
) => <ReferenceField source="userId" reference="users" link="edit" {...props} />;
