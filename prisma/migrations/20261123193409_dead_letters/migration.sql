-- CreateTable
CREATE TABLE "DeadLetter" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT,
    "platform" TEXT NOT NULL,
    "chatHash" TEXT NOT NULL,
    "what" TEXT NOT NULL DEFAULT 'send',
    "reason" TEXT,
    "attempts" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "DeadLetter_wijkId_createdAt_idx" ON "DeadLetter"("wijkId", "createdAt");
