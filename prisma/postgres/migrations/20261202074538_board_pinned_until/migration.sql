-- AlterTable
ALTER TABLE "Chat" ADD COLUMN     "boardPinnedUntil" TIMESTAMP(3);
