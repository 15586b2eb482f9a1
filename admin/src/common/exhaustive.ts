/**
 * The back office keeps the values of some API enums as runtime lists (filters, charts, forms),
 * while the generated client only has their types. Declaring a list through `valuesOf<Union>()`
 * makes it fail to compile when it names a value the API does not have, or misses one the API
 * gained, so the lists cannot drift from the server after `npm run api:generate`.
 */
export const valuesOf =
  <Union extends string>() =>
  <const List extends readonly Union[]>(
    list: List &
      ([Exclude<Union, List[number]>] extends [never] ? unknown : { missing: Exclude<Union, List[number]> }),
  ): List =>
    list;
