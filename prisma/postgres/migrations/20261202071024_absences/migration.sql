-- DropIndex
DROP INDEX "CheckIn_wijkId_personId_year_key";

-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "closesAt" TIMESTAMP(3),
ADD COLUMN     "meetingId" TEXT,
ADD COLUMN     "round" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "Absence" (
    "id" TEXT NOT NULL,
    "wijkId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "standInId" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "lastDay" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Absence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Absence_wijkId_lastDay_idx" ON "Absence"("wijkId", "lastDay");

-- CreateIndex
CREATE INDEX "Absence_personId_idx" ON "Absence"("personId");

-- CreateIndex
CREATE INDEX "CheckIn_wijkId_meetingId_idx" ON "CheckIn"("wijkId", "meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_wijkId_personId_year_round_key" ON "CheckIn"("wijkId", "personId", "year", "round");

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_standInId_fkey" FOREIGN KEY ("standInId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
