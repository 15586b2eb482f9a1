import { CreateUsers1764057600000 } from 'src/database/migrations/1764057600000-CreateUsers';
import { ExtendUsersForAuth1764100000000 } from 'src/database/migrations/1764100000000-ExtendUsersForAuth';
import { CreateAuthTables1764100000001 } from 'src/database/migrations/1764100000001-CreateAuthTables';
import { CreateAuditEvents1764100000002 } from 'src/database/migrations/1764100000002-CreateAuditEvents';
import { CreateEmailOutbox1764100000003 } from 'src/database/migrations/1764100000003-CreateEmailOutbox';
import { CreatePrompts1764200000000 } from 'src/database/migrations/1764200000000-CreatePrompts';
import { CreateLlmCalls1764200000001 } from 'src/database/migrations/1764200000001-CreateLlmCalls';
import { CreateCoachingTables1764300000000 } from 'src/database/migrations/1764300000000-CreateCoachingTables';
import { CreateSessionVideos1764300000001 } from 'src/database/migrations/1764300000001-CreateSessionVideos';
import { CreateSafetyEvents1764500000000 } from 'src/database/migrations/1764500000000-CreateSafetyEvents';
import { CreateUserNotes1764600000000 } from 'src/database/migrations/1764600000000-CreateUserNotes';
import { AddTurnLeases1764700000000 } from 'src/database/migrations/1764700000000-AddTurnLeases';
import { AddStaffListIndexes1764800000000 } from 'src/database/migrations/1764800000000-AddStaffListIndexes';
import { AddChatMessageTruncation1764912000000 } from 'src/database/migrations/1764912000000-AddChatMessageTruncation';
import { AddTurnAttempts1764912000001 } from 'src/database/migrations/1764912000001-AddTurnAttempts';
import { AddSessionVideoCaptions1796403416205 } from 'src/database/migrations/1796403416205-AddSessionVideoCaptions';
import { AddInviteRevokedAt1796404474348 } from 'src/database/migrations/1796404474348-AddInviteRevokedAt';
import { AllowCoachSafetyEvents1796405329243 } from 'src/database/migrations/1796405329243-AllowCoachSafetyEvents';
import { CreateTestScenarios1796403473869 } from 'src/database/migrations/1796403473869-CreateTestScenarios';
import { CreateEvalRuns1796409083792 } from 'src/database/migrations/1796409083792-CreateEvalRuns';
import { WebhookRotationAndAttempts1796414159643 } from 'src/database/migrations/1796414159643-WebhookRotationAndAttempts';
import { CreateWebhooks1796408824797 } from 'src/database/migrations/1796408824797-CreateWebhooks';
import { AddApiKeyLimits1796414047064 } from 'src/database/migrations/1796414047064-AddApiKeyLimits';
import { AddImageCalls1796414062511 } from 'src/database/migrations/1796414062511-AddImageCalls';
import { CreateStudio1796416000000 } from 'src/database/migrations/1796416000000-CreateStudio';

// In timestamp order. A test checks that every migration file is listed here.
export const MIGRATIONS = [
  CreateUsers1764057600000,
  ExtendUsersForAuth1764100000000,
  CreateAuthTables1764100000001,
  CreateAuditEvents1764100000002,
  CreateEmailOutbox1764100000003,
  CreatePrompts1764200000000,
  CreateLlmCalls1764200000001,
  CreateCoachingTables1764300000000,
  CreateSessionVideos1764300000001,
  CreateSafetyEvents1764500000000,
  CreateUserNotes1764600000000,
  AddTurnLeases1764700000000,
  AddStaffListIndexes1764800000000,
  AddChatMessageTruncation1764912000000,
  AddTurnAttempts1764912000001,
  AddSessionVideoCaptions1796403416205,
  CreateTestScenarios1796403473869,
  AddInviteRevokedAt1796404474348,
  AllowCoachSafetyEvents1796405329243,
  CreateWebhooks1796408824797,
  CreateEvalRuns1796409083792,
  AddApiKeyLimits1796414047064,
  AddImageCalls1796414062511,
  WebhookRotationAndAttempts1796414159643,
  CreateStudio1796416000000,
];
