import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminDashboardService } from 'src/admin-coaching/admin-dashboard.service';
import { AdminDashboardDto } from 'src/admin-coaching/dto/admin-dashboard.dto';
import { Auth } from 'src/common/auth/auth.decorator';
import { UserRole } from 'src/common/auth/user-role';

@ApiTags('admin: dashboard')
@Auth({ role: UserRole.Staff })
@Controller('admin/dashboard')
export class AdminDashboardController {
  constructor(private readonly dashboard: AdminDashboardService) {}

  /** Clients by phase, turns, tokens and cost today and over 7 days, and what needs attention. */
  @Get()
  @ApiOkResponse({ type: AdminDashboardDto })
  getAdminDashboard(): Promise<AdminDashboardDto> {
    return this.dashboard.get();
  }
}
