// Who a person is to the programme. Lives below every feature because the auth decorators,
// the guard and the staff routes all speak it, not only the users module.
export enum UserRole {
  User = 'user',
  Staff = 'staff',
  Superuser = 'superuser',
}
