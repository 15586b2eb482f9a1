import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { UpdateMeDto } from 'src/users/dto/update-me.dto';
import { UserResponseDto } from 'src/users/dto/user-response.dto';
import { UsersService } from 'src/users/users.service';

@ApiTags('me')
@Auth()
@Controller('me')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** The signed-in account. */
  @Get()
  @ApiOkResponse({ type: UserResponseDto })
  getMe(@CurrentPrincipal() principal: AuthPrincipal): Promise<UserResponseDto> {
    return this.users.getMe(principal.userId);
  }

  /** Edit your profile: only firstName, lastName, timezone and memoryEnabled are writable. */
  @Patch()
  @ApiOkResponse({ type: UserResponseDto })
  updateMe(@CurrentPrincipal() principal: AuthPrincipal, @Body() dto: UpdateMeDto): Promise<UserResponseDto> {
    return this.users.updateMe(principal.userId, dto);
  }
}
