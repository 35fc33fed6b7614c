-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Wijk" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "overviewToken" TEXT NOT NULL,
    "settings" TEXT NOT NULL DEFAULT '{}',
    "planYear" INTEGER,
    "actionNamesVersion" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Wijk" ("createdAt", "id", "name", "overviewToken", "planYear", "settings") SELECT "createdAt", "id", "name", "overviewToken", "planYear", "settings" FROM "Wijk";
DROP TABLE "Wijk";
ALTER TABLE "new_Wijk" RENAME TO "Wijk";
CREATE UNIQUE INDEX "Wijk_name_key" ON "Wijk"("name");
CREATE UNIQUE INDEX "Wijk_overviewToken_key" ON "Wijk"("overviewToken");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
