-- Brings a PostgreSQL database whose 20261123000000_init was recorded with sha256
-- ea5cee40d63a39b5d28e902898122bac8aca95361c9dbb8e385cffed8efe3005 (release 0ad5188)
-- to the current init (sha256 468d4aa4e2a7bd80…): what the later regenerations added.
-- Applied by src/migrate-postgres.ts in one transaction with the checksum update.

-- AlterTable
ALTER TABLE "Wijk" ADD COLUMN "actionNamesVersion" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Person" ADD COLUMN "erasedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "IdentityLinkCode" (
    "code" TEXT NOT NULL,
    "wijkId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdentityLinkCode_pkey" PRIMARY KEY ("code")
);

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
CREATE INDEX "IdentityLinkCode_personId_idx" ON "IdentityLinkCode"("personId");

-- CreateIndex
CREATE INDEX "DeadLetter_wijkId_createdAt_idx" ON "DeadLetter"("wijkId", "createdAt");
