import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from 'src/users/entities/user.entity';
import { UsersController } from 'src/users/users.controller';
import { UsersRepository } from 'src/users/users.repository';
import { UsersService } from 'src/users/users.service';
import { UsersPersonalData } from 'src/users/users.personal-data';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  controllers: [UsersController],
  providers: [UsersRepository, UsersService, UsersPersonalData],
  // The repository for other modules' narrow reads (contacts, coaching profile, memory flag).
  exports: [UsersService, UsersRepository],
})
export class UsersModule {}
