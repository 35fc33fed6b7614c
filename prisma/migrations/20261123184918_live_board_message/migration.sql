-- AlterTable
ALTER TABLE "Chat" ADD COLUMN "boardPinnedAt" DATETIME;
ALTER TABLE "Chat" ADD COLUMN "boardPostedAt" DATETIME;
