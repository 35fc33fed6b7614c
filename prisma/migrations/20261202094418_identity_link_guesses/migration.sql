-- CreateTable
CREATE TABLE "IdentityLinkGuess" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "senderId" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "IdentityLinkGuess_platform_senderId_at_idx" ON "IdentityLinkGuess"("platform", "senderId", "at");

-- CreateIndex
CREATE INDEX "IdentityLinkGuess_at_idx" ON "IdentityLinkGuess"("at");
