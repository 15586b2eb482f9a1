import { Controller, Get } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from 'src/common/auth/auth.decorator';
import type { AllConfig } from 'src/config/config.types';

export class AuthOptionsDto {
  @ApiProperty({
    enum: ['invite', 'open'],
    description: 'Whether anyone may sign up, or only invited people.',
  })
  signupMode: 'invite' | 'open';

  @ApiProperty({
    enum: ['demo', 'model'],
    description: '`demo`: the offline scripted coach answers (no AI provider configured).',
  })
  coach: 'demo' | 'model';
}

/**
 * What a signed-out page needs to know about this installation: whether to offer sign-up and
 * whether to say the coach is the offline demo. Nothing here is secret.
 */
@ApiTags('auth')
@Controller('auth')
export class AuthOptionsController {
  constructor(private readonly config: ConfigService<AllConfig, true>) {}

  @Public()
  @Get('options')
  @ApiOkResponse({ type: AuthOptionsDto })
  options(): AuthOptionsDto {
    return {
      signupMode: this.config.get('auth.signupMode', { infer: true }),
      coach: this.config.get('ai.provider', { infer: true }) === 'demo' ? 'demo' : 'model',
    };
  }
}
