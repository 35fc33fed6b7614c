-- CreateTable
CREATE TABLE "SchedulerCursor" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "until" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Reminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "creatorId" TEXT,
    "targetPersonId" TEXT,
    "targetChatId" TEXT,
    "actionId" TEXT,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'adhoc',
    "number" INTEGER NOT NULL DEFAULT 0,
    "recurrence" TEXT,
    "nextAt" DATETIME,
    "cancelledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Reminder_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Reminder_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Reminder" ("actionId", "cancelledAt", "createdAt", "creatorId", "id", "nextAt", "recurrence", "targetChatId", "targetPersonId", "text", "wijkId") SELECT "actionId", "cancelledAt", "createdAt", "creatorId", "id", "nextAt", "recurrence", "targetChatId", "targetPersonId", "text", "wijkId" FROM "Reminder";
DROP TABLE "Reminder";
ALTER TABLE "new_Reminder" RENAME TO "Reminder";
CREATE INDEX "Reminder_wijkId_nextAt_idx" ON "Reminder"("wijkId", "nextAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
