import { HttpStatus } from '@nestjs/common';
import { AppException } from 'src/common/errors/app.exception';

export enum UsersErrorCode {
  UserNotFound = 'user_not_found',
  EmailTaken = 'email_taken',
  RoleChangeForbidden = 'role_change_forbidden',
  CannotModifySelf = 'cannot_modify_self',
  AlreadyActivated = 'already_activated',
}

export class UsersException extends AppException {
  static notFound(): UsersException {
    return new UsersException(UsersErrorCode.UserNotFound, 'User not found.', HttpStatus.NOT_FOUND);
  }
}
