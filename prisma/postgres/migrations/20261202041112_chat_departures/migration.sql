-- CreateTable
CREATE TABLE "ChatDeparture" (
    "chatId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "leftAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChatDeparture_pkey" PRIMARY KEY ("chatId","personId")
);

-- CreateIndex
CREATE INDEX "ChatDeparture_personId_idx" ON "ChatDeparture"("personId");

-- AddForeignKey
ALTER TABLE "ChatDeparture" ADD CONSTRAINT "ChatDeparture_chatId_fkey" FOREIGN KEY ("chatId") REFERENCES "Chat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatDeparture" ADD CONSTRAINT "ChatDeparture_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
