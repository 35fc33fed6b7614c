-- CreateTable
CREATE TABLE "DatePoll" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "place" TEXT,
    "platformPollId" TEXT,
    "createdAt" DATETIME NOT NULL,
    "closedAt" DATETIME,
    "meetingId" TEXT,
    CONSTRAINT "DatePoll_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DatePoll_chatId_fkey" FOREIGN KEY ("chatId") REFERENCES "Chat" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DatePollOption" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pollId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "startsAt" DATETIME NOT NULL,
    CONSTRAINT "DatePollOption_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "DatePoll" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DatePollVote" (
    "pollId" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,

    PRIMARY KEY ("optionId", "personId"),
    CONSTRAINT "DatePollVote_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "DatePoll" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DatePollVote_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "DatePollOption" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DatePollVote_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "DatePoll_ref_key" ON "DatePoll"("ref");

-- CreateIndex
CREATE UNIQUE INDEX "DatePoll_platformPollId_key" ON "DatePoll"("platformPollId");

-- CreateIndex
CREATE INDEX "DatePoll_wijkId_closedAt_idx" ON "DatePoll"("wijkId", "closedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DatePollOption_pollId_position_key" ON "DatePollOption"("pollId", "position");

-- CreateIndex
CREATE INDEX "DatePollVote_pollId_personId_idx" ON "DatePollVote"("pollId", "personId");
