-- TR314 (a ReferentieNummer is used once per provider, accepted or not) is answered by the lines themselves: every judged
-- line is stored with its reference, and declaratie_regel_referentie indexes (afzender_agb, referentie_nummer). The
-- separate table only repeated that, at the price of a second row and index entry per line. One declaration of a
-- provider is judged at a time (a lock per provider), so no two messages can take the same reference at once.
DROP TABLE referentie_gebruikt;

-- The foreign key from a line to its declaration is checked row by row (a trigger and an index probe per line: +38 % on
-- the COPY of a million lines, measured). Lines are written only by the judging of their own declaration, in the same
-- transaction right after the declaration row, and declarations are never deleted: the check cannot fail. PostgreSQL
-- named it declaratie_regel_declaratie_id_fkey; the embedded H2 database names it otherwise and keeps it (IF EXISTS).
ALTER TABLE declaratie_regel DROP CONSTRAINT IF EXISTS declaratie_regel_declaratie_id_fkey;
