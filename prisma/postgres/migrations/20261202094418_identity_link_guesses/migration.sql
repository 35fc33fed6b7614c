-- CreateTable
CREATE TABLE "IdentityLinkGuess" (
    "id" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "senderId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IdentityLinkGuess_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IdentityLinkGuess_platform_senderId_at_idx" ON "IdentityLinkGuess"("platform", "senderId", "at");

-- CreateIndex
CREATE INDEX "IdentityLinkGuess_at_idx" ON "IdentityLinkGuess"("at");
