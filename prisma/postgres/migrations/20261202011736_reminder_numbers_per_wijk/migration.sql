-- Reminders are numbered per wijk from now on (they were numbered per creator), so that the
-- coördinator's "/herinneringen alle" and "/herinner stop <nr>" name exactly one reminder.
-- Where several reminders of a wijk share a number, the earliest keeps it and the others get
-- the next free numbers of their wijk, in the order they were made. (Data only; the same
-- SQL runs on SQLite and PostgreSQL.)
WITH "ranked" AS (
    SELECT "id", "wijkId", "createdAt",
           ROW_NUMBER() OVER (PARTITION BY "wijkId", "number" ORDER BY "createdAt", "id") AS "copy"
    FROM "Reminder"
    WHERE "kind" = 'adhoc'
), "renumbered" AS (
    SELECT "ranked"."id",
           (SELECT MAX("other"."number") FROM "Reminder" AS "other" WHERE "other"."wijkId" = "ranked"."wijkId" AND "other"."kind" = 'adhoc')
             + ROW_NUMBER() OVER (PARTITION BY "ranked"."wijkId" ORDER BY "ranked"."createdAt", "ranked"."id") AS "number"
    FROM "ranked"
    WHERE "ranked"."copy" > 1
)
UPDATE "Reminder"
SET "number" = (SELECT "renumbered"."number" FROM "renumbered" WHERE "renumbered"."id" = "Reminder"."id")
WHERE "id" IN (SELECT "id" FROM "renumbered");
