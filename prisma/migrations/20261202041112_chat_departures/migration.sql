-- CreateTable
CREATE TABLE "ChatDeparture" (
    "chatId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "leftAt" DATETIME NOT NULL,

    PRIMARY KEY ("chatId", "personId"),
    CONSTRAINT "ChatDeparture_chatId_fkey" FOREIGN KEY ("chatId") REFERENCES "Chat" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChatDeparture_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ChatDeparture_personId_idx" ON "ChatDeparture"("personId");
