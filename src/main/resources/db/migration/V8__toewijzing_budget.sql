-- A ZIN beschikking may carry a budget instead of an omvang: a total in cents for its whole period (iWmo
-- ToegewezenProduct/Budget, LDT_Budget). Its toewijzing then has no Omvang (CD077: volume, eenheid and frequentie empty;
-- CD078: omvang and budget exclude each other) and always an einddatum (CD075). The history of a toewijzing keeps the
-- budget of every state, as it keeps the volume. Plain ALTER TABLE statements that H2 2.x and PostgreSQL both accept.

ALTER TABLE beschikking ADD COLUMN budget_cent BIGINT;
ALTER TABLE beschikking ADD CONSTRAINT beschikking_budget
  CHECK (budget_cent IS NULL OR (budget_cent BETWEEN 1 AND 99999999 AND leveringsvorm = 'ZIN' AND einddatum IS NOT NULL));

ALTER TABLE toewijzing ADD COLUMN budget_cent BIGINT;
ALTER TABLE toewijzing ALTER COLUMN volume DROP NOT NULL;
ALTER TABLE toewijzing ALTER COLUMN eenheid DROP NOT NULL;
ALTER TABLE toewijzing ALTER COLUMN frequentie DROP NOT NULL;
ALTER TABLE toewijzing ADD CONSTRAINT toewijzing_omvang_of_budget
  CHECK ((budget_cent IS NULL AND volume IS NOT NULL AND eenheid IS NOT NULL AND frequentie IS NOT NULL)
      OR (budget_cent IS NOT NULL AND volume IS NULL AND eenheid IS NULL AND frequentie IS NULL AND einddatum IS NOT NULL));

ALTER TABLE toewijzing_versie ADD COLUMN budget_cent BIGINT;
ALTER TABLE toewijzing_versie ALTER COLUMN volume DROP NOT NULL;
ALTER TABLE toewijzing_versie ADD CONSTRAINT toewijzing_versie_omvang_of_budget
  CHECK ((volume IS NULL) <> (budget_cent IS NULL));
