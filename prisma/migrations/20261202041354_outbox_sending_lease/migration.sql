-- AlterEnum
ALTER TYPE "EmailStatus" ADD VALUE 'sending';

-- AlterTable
ALTER TABLE "OutgoingEmail" ADD COLUMN     "leaseUntil" TIMESTAMP(3);
