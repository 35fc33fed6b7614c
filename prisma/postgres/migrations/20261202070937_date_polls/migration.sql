-- CreateTable
CREATE TABLE "DatePoll" (
    "id" TEXT NOT NULL,
    "wijkId" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "place" TEXT,
    "platformPollId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "meetingId" TEXT,

    CONSTRAINT "DatePoll_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatePollOption" (
    "id" TEXT NOT NULL,
    "pollId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DatePollOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatePollVote" (
    "pollId" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DatePollVote_pkey" PRIMARY KEY ("optionId","personId")
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

-- AddForeignKey
ALTER TABLE "DatePoll" ADD CONSTRAINT "DatePoll_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatePoll" ADD CONSTRAINT "DatePoll_chatId_fkey" FOREIGN KEY ("chatId") REFERENCES "Chat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatePollOption" ADD CONSTRAINT "DatePollOption_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "DatePoll"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatePollVote" ADD CONSTRAINT "DatePollVote_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "DatePoll"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatePollVote" ADD CONSTRAINT "DatePollVote_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "DatePollOption"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatePollVote" ADD CONSTRAINT "DatePollVote_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
