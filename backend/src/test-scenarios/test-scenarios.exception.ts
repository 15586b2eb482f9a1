import { HttpStatus } from '@nestjs/common';
import { AppException } from 'src/common/errors/app.exception';

export enum TestScenarioErrorCode {
  ScenarioNotFound = 'scenario_not_found',
  ScenarioNameTaken = 'scenario_name_taken',
  NotATestUser = 'not_a_test_user',
  WrongScenario = 'wrong_scenario',
  UserNotFound = 'user_not_found',
}

export class TestScenarioException extends AppException {
  constructor(code: TestScenarioErrorCode, message: string, status: HttpStatus, field?: string) {
    super(code, message, status, field ? [{ field, message }] : undefined);
  }

  static scenarioNotFound(): TestScenarioException {
    return new TestScenarioException(
      TestScenarioErrorCode.ScenarioNotFound,
      'Test scenario not found.',
      HttpStatus.NOT_FOUND,
    );
  }

  static nameTaken(name: string): TestScenarioException {
    return new TestScenarioException(
      TestScenarioErrorCode.ScenarioNameTaken,
      `A test scenario is already called "${name}".`,
      HttpStatus.CONFLICT,
      'name',
    );
  }

  /** Staff may act as test users only: a real client's account answers this, never a turn. */
  static notATestUser(): TestScenarioException {
    return new TestScenarioException(
      TestScenarioErrorCode.NotATestUser,
      'This account is not a test user.',
      HttpStatus.FORBIDDEN,
    );
  }

  static wrongScenario(): TestScenarioException {
    return new TestScenarioException(
      TestScenarioErrorCode.WrongScenario,
      'This test user was not made from this scenario.',
      HttpStatus.CONFLICT,
      'userId',
    );
  }

  static userNotFound(): TestScenarioException {
    return new TestScenarioException(
      TestScenarioErrorCode.UserNotFound,
      'User not found.',
      HttpStatus.NOT_FOUND,
    );
  }
}
