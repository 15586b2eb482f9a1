import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { Public } from 'src/common/auth/auth.decorator';
import { ApiExtraModels, ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CheckResultDto, LivenessDto, ReadinessDto } from 'src/health/dto/health-response.dto';
import { HealthService } from 'src/health/health.service';

@ApiTags('health')
@ApiExtraModels(CheckResultDto)
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** The process is up and its event loop answers. */
  @Get('live')
  @ApiOkResponse({ type: LivenessDto })
  live(): LivenessDto {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime() * 10) / 10 };
  }

  /** The database and the queue answer; load balancers route traffic only when this is 200. */
  @Get('ready')
  @ApiOkResponse({ type: ReadinessDto })
  @ApiServiceUnavailableResponse({ type: ReadinessDto, description: 'A dependency is down.' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessDto> {
    const report = await this.health.readiness();
    void reply.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }
}
