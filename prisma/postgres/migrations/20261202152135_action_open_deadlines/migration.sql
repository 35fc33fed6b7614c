-- DropIndex
DROP INDEX "Action_wijkId_status_idx";

-- CreateIndex
CREATE INDEX "Action_wijkId_status_deadline_idx" ON "Action"("wijkId", "status", "deadline");
