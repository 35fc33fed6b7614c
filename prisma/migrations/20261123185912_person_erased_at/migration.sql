-- AlterTable
ALTER TABLE "Person" ADD COLUMN "erasedAt" DATETIME;
