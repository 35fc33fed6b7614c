-- CreateTable
CREATE TABLE "Wijk" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "overviewToken" TEXT NOT NULL,
    "settings" TEXT NOT NULL DEFAULT '{}',
    "planYear" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Pillar" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Pillar_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "pillarId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "intendedReach" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Goal_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Goal_pillarId_fkey" FOREIGN KEY ("pillarId") REFERENCES "Pillar" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "shortName" TEXT,
    "pillarId" TEXT,
    "goalId" TEXT,
    "ageGroup" TEXT,
    "status" TEXT NOT NULL DEFAULT 'gepland',
    "startDate" DATETIME,
    "deadline" DATETIME,
    "reachIntended" INTEGER,
    "reachReached" INTEGER,
    "budgetPlannedCents" INTEGER,
    "budgetSpentCents" INTEGER,
    "planYear" INTEGER,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "lastActivityAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Action_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Action_pillarId_fkey" FOREIGN KEY ("pillarId") REFERENCES "Pillar" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Action_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionOwner" (
    "actionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,

    PRIMARY KEY ("actionId", "personId"),
    CONSTRAINT "ActionOwner_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionOwner_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "Organisation_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionPartner" (
    "actionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    PRIMARY KEY ("actionId", "organisationId"),
    CONSTRAINT "ActionPartner_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionPartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HistoryEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "actionId" TEXT,
    "personId" TEXT,
    "batchId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "fromValue" TEXT,
    "toValue" TEXT,
    "platform" TEXT,
    "chatId" TEXT,
    "messageId" TEXT,
    "undoneAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HistoryEntry_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "HistoryEntry_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "HistoryEntry_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgressNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actionId" TEXT NOT NULL,
    "personId" TEXT,
    "text" TEXT NOT NULL,
    "removedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProgressNote_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressNote_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "organisationId" TEXT,
    "role" TEXT NOT NULL DEFAULT 'kartrekker',
    "pillarId" TEXT,
    "language" TEXT NOT NULL DEFAULT 'nl',
    "digestSubscribed" BOOLEAN NOT NULL DEFAULT false,
    "welcomedAt" DATETIME,
    "leftAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Person_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Person_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Person_pillarId_fkey" FOREIGN KEY ("pillarId") REFERENCES "Pillar" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Identity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    CONSTRAINT "Identity_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Identity_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Chat" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT,
    "personId" TEXT,
    "conversationRef" TEXT,
    "boardMessageId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Chat_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JoinCode" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "JoinCode_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProcessedMessage" (
    "platform" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "processedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("platform", "chatId", "messageId")
);

-- CreateTable
CREATE TABLE "PendingPrompt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "senderId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "creatorId" TEXT,
    "targetPersonId" TEXT,
    "targetChatId" TEXT,
    "actionId" TEXT,
    "text" TEXT NOT NULL,
    "recurrence" TEXT,
    "nextAt" DATETIME,
    "cancelledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Reminder_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Reminder_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Delivery" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "payload" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "claimedBy" TEXT,
    "claimedUntil" DATETIME,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Delivery_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "place" TEXT,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Meeting_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "meetingId" TEXT,
    "proposerId" TEXT,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'bespreking',
    "actionId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'voorgesteld',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AgendaItem_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "meetingId" TEXT,
    "agendaItemId" TEXT,
    "text" TEXT NOT NULL,
    "createdById" TEXT,
    "pushedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Decision_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Decision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Holiday" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "wijkId" TEXT NOT NULL,
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME NOT NULL,
    CONSTRAINT "Holiday_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuthKV" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Wijk_name_key" ON "Wijk"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Wijk_overviewToken_key" ON "Wijk"("overviewToken");

-- CreateIndex
CREATE UNIQUE INDEX "Pillar_wijkId_name_key" ON "Pillar"("wijkId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Goal_pillarId_title_key" ON "Goal"("pillarId", "title");

-- CreateIndex
CREATE INDEX "Action_wijkId_status_idx" ON "Action"("wijkId", "status");

-- CreateIndex
CREATE INDEX "Action_wijkId_deadline_idx" ON "Action"("wijkId", "deadline");

-- CreateIndex
CREATE INDEX "ActionOwner_personId_idx" ON "ActionOwner"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_wijkId_name_key" ON "Organisation"("wijkId", "name");

-- CreateIndex
CREATE INDEX "HistoryEntry_actionId_createdAt_idx" ON "HistoryEntry"("actionId", "createdAt");

-- CreateIndex
CREATE INDEX "HistoryEntry_wijkId_personId_createdAt_idx" ON "HistoryEntry"("wijkId", "personId", "createdAt");

-- CreateIndex
CREATE INDEX "ProgressNote_actionId_createdAt_idx" ON "ProgressNote"("actionId", "createdAt");

-- CreateIndex
CREATE INDEX "Person_wijkId_idx" ON "Person"("wijkId");

-- CreateIndex
CREATE INDEX "Identity_platform_externalId_idx" ON "Identity"("platform", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Identity_wijkId_platform_externalId_key" ON "Identity"("wijkId", "platform", "externalId");

-- CreateIndex
CREATE INDEX "Chat_platform_externalId_idx" ON "Chat"("platform", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Chat_platform_externalId_wijkId_key" ON "Chat"("platform", "externalId", "wijkId");

-- CreateIndex
CREATE INDEX "ProcessedMessage_processedAt_idx" ON "ProcessedMessage"("processedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PendingPrompt_platform_chatId_senderId_key" ON "PendingPrompt"("platform", "chatId", "senderId");

-- CreateIndex
CREATE INDEX "Reminder_wijkId_nextAt_idx" ON "Reminder"("wijkId", "nextAt");

-- CreateIndex
CREATE INDEX "Delivery_status_dueAt_idx" ON "Delivery"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Meeting_wijkId_startsAt_idx" ON "Meeting"("wijkId", "startsAt");
