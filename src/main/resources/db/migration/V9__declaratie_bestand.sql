-- A declaration that came in as a dropped file keeps the name its original was archived under in the channel's
-- verwerkt/ folder (unique: the declaration id and the original name, shortened to fit 255 bytes), so the stored
-- declaration leads to its file. Empty for a REST upload. Plain ALTER TABLE that H2 2.x and PostgreSQL both accept.

ALTER TABLE declaratie ADD COLUMN bestand VARCHAR(255);
