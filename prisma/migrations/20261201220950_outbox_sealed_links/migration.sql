-- AlterTable
ALTER TABLE "OutgoingEmail" ADD COLUMN     "secret" TEXT;

-- Mail queued before this migration carries password-reset and invitation links in its text,
-- which the studio outbox shows. Take them out. A message still waiting cannot be sent without
-- its link (SQL cannot seal it), so it is given up with a reason, and its recipient asks again.
UPDATE "OutgoingEmail"
SET "status" = 'failed',
    "lastError" = 'Its link was removed from the outbox by an upgrade before it was sent. Send a new invitation or ask for a new password-reset link.'
WHERE "status" = 'pending'
  AND "text" ~ '/(reset-password|invite)/[A-Za-z0-9_-]{43}';

UPDATE "OutgoingEmail"
SET "text" = regexp_replace("text", '[^[:space:]]*/(reset-password|invite)/[A-Za-z0-9_-]{43}', '[link hidden: sent only to the recipient]', 'g')
WHERE "text" ~ '/(reset-password|invite)/[A-Za-z0-9_-]{43}';

UPDATE "OutgoingEmail"
SET "lastError" = regexp_replace("lastError", '[^[:space:]]*/(reset-password|invite)/[A-Za-z0-9_-]{43}', '[link hidden: sent only to the recipient]', 'g')
WHERE "lastError" ~ '/(reset-password|invite)/[A-Za-z0-9_-]{43}';
