-- Brings a PostgreSQL database whose 20261123000000_init was recorded with sha256
-- 6bb78f273f65b75f07347c88a1fd07e2d539723440a64667e29137654a3b9c2b (release 3507b58)
-- to the current init (sha256 468d4aa4e2a7bd80…): what the later regenerations added.
-- Applied by src/migrate-postgres.ts in one transaction with the checksum update.

-- CreateTable
CREATE TABLE "DeadLetter" (
    "id" TEXT NOT NULL,
    "wijkId" TEXT,
    "platform" TEXT NOT NULL,
    "chatHash" TEXT NOT NULL,
    "what" TEXT NOT NULL DEFAULT 'send',
    "reason" TEXT,
    "attempts" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadLetter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeadLetter_wijkId_createdAt_idx" ON "DeadLetter"("wijkId", "createdAt");
