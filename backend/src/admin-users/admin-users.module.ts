import { Module } from '@nestjs/common';
import { AdminUsersController } from 'src/admin-users/admin-users.controller';
import { AdminUsersService } from 'src/admin-users/admin-users.service';
import { AuthModule } from 'src/auth/auth.module';
import { UsersModule } from 'src/users/users.module';

@Module({
  imports: [UsersModule, AuthModule],
  controllers: [AdminUsersController],
  providers: [AdminUsersService],
})
export class AdminUsersModule {}
