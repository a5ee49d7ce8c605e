-- The browser lists at national scale (issue 13): newest first, per provider, and the audit trail by time and entity
-- read in index order, so a page (also a deep one, also filtered on a period) never sorts the whole table.
CREATE INDEX declaratie_aanbieder_ontvangen ON declaratie (afzender_agb, ontvangen_op, id);
CREATE INDEX audit_tijdstip ON audit_regel (tijdstip, id);
CREATE INDEX audit_entiteit_tijdstip ON audit_regel (entiteit, tijdstip, id);
