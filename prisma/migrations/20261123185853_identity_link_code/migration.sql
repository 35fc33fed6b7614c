-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "items" TEXT NOT NULL,
    "answers" TEXT NOT NULL DEFAULT '{}',
    "sentAt" DATETIME NOT NULL,
    "remindedAt" DATETIME,
    "answeredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CheckIn_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IdentityLinkCode" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "CheckIn_wijkId_year_idx" ON "CheckIn"("wijkId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_wijkId_personId_year_key" ON "CheckIn"("wijkId", "personId", "year");

-- CreateIndex
CREATE INDEX "IdentityLinkCode_personId_idx" ON "IdentityLinkCode"("personId");
