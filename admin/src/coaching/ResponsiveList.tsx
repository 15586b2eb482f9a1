import type { ReactElement, ReactNode } from 'react';
import { List, type RaRecord, SimpleList, type SortPayload } from 'react-admin';
import { useIsSmall } from '../common/useIsSmall';

export interface ResponsiveListProps<T extends RaRecord> {
  filters?: ReactElement[];
  sort: SortPayload;
  /** What a phone shows per record, one short line each. */
  primaryText: (record: T) => ReactNode;
  secondaryText?: (record: T) => ReactNode;
  tertiaryText?: (record: T) => ReactNode;
  /** The desktop table (a Datagrid). */
  children: ReactElement;
  /** A fixed filter, e.g. one client's records on their page. */
  filter?: Record<string, unknown>;
  actions?: ReactElement | false;
  /** Where a phone row leads; false for resources without a show page. */
  rowLink?: 'show' | false;
}

/**
 * A server-paginated list whose filters live in the URL (so a filtered view can be bookmarked):
 * a table on wide screens, one compact row per record under 600 px.
 */
export const ResponsiveList = <T extends RaRecord>({
  filters,
  sort,
  primaryText,
  secondaryText,
  tertiaryText,
  children,
  filter,
  actions,
  rowLink = 'show',
}: ResponsiveListProps<T>) => {
  const isSmall = useIsSmall();
  return (
    // empty={false}: an empty list keeps its filters and says so in plain text (react-admin's
    // large grey empty page reads poorly).
    <List
      sort={sort}
      perPage={25}
      filters={filters}
      filter={filter}
      exporter={false}
      actions={actions}
      empty={false}
    >
      {isSmall ? (
        <SimpleList<T>
          primaryText={primaryText}
          secondaryText={secondaryText}
          tertiaryText={tertiaryText}
          linkType={rowLink}
        />
      ) : (
        children
      )}
    </List>
  );
};
