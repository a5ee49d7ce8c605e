-- AF-VIEROGEN on the page: who rejected a proposed run, and when (the reason was already kept in afgekeurd_reden)
ALTER TABLE afrekening ADD COLUMN afgekeurd_door VARCHAR(100);
ALTER TABLE afrekening ADD COLUMN afgekeurd_op TIMESTAMP WITH TIME ZONE;
