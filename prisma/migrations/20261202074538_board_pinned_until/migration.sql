-- AlterTable
ALTER TABLE "Chat" ADD COLUMN "boardPinnedUntil" DATETIME;
