-- CreateTable
CREATE TABLE "Absence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "standInId" TEXT,
    "startsAt" DATETIME NOT NULL,
    "lastDay" DATETIME NOT NULL,
    "endedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Absence_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Absence_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Absence_standInId_fkey" FOREIGN KEY ("standInId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CheckIn" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "items" TEXT NOT NULL,
    "answers" TEXT NOT NULL DEFAULT '{}',
    "round" TEXT NOT NULL DEFAULT '',
    "meetingId" TEXT,
    "closesAt" DATETIME,
    "sentAt" DATETIME NOT NULL,
    "remindedAt" DATETIME,
    "answeredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CheckIn_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_CheckIn" ("answeredAt", "answers", "createdAt", "id", "items", "personId", "remindedAt", "sentAt", "wijkId", "year") SELECT "answeredAt", "answers", "createdAt", "id", "items", "personId", "remindedAt", "sentAt", "wijkId", "year" FROM "CheckIn";
DROP TABLE "CheckIn";
ALTER TABLE "new_CheckIn" RENAME TO "CheckIn";
CREATE INDEX "CheckIn_wijkId_year_idx" ON "CheckIn"("wijkId", "year");
CREATE INDEX "CheckIn_wijkId_meetingId_idx" ON "CheckIn"("wijkId", "meetingId");
CREATE UNIQUE INDEX "CheckIn_wijkId_personId_year_round_key" ON "CheckIn"("wijkId", "personId", "year", "round");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Absence_wijkId_lastDay_idx" ON "Absence"("wijkId", "lastDay");

-- CreateIndex
CREATE INDEX "Absence_personId_idx" ON "Absence"("personId");
