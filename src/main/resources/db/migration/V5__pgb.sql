-- PGB: the SVB payment files (one row per delivered file, by content) and the payments in them, for the
-- reconciliation of PGB budgets against SVB payments (rules S-PGB-SVB, S-PGB-TARIEF, OP043). The PGB tariffs are
-- configuration (config/regio/pgb-tarieven.csv) and are not stored. Works on H2 (MODE=PostgreSQL) and PostgreSQL.

CREATE SEQUENCE svb_bestand_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE svb_betaling_seq START WITH 50 INCREMENT BY 50;

-- the same file twice (same SHA-256, whatever its name) changes nothing: the unique key refuses it, also when two
-- nodes race
CREATE TABLE svb_bestand (
  id           BIGINT PRIMARY KEY,
  sha256       VARCHAR(64)  NOT NULL UNIQUE,
  naam         VARCHAR(255) NOT NULL,
  rijen        INTEGER      NOT NULL,
  ontvangen_op TIMESTAMP WITH TIME ZONE NOT NULL,
  ontvangen_door VARCHAR(100) NOT NULL,
  CHECK (rijen > 0)
);

-- one payment the SVB made from a PGB; written once, never updated. betaling_id is the SVB's own id: a payment
-- delivered again (in another file) with the same data is skipped, with other data it refuses the file; the unique
-- key guards this also when two nodes race
CREATE TABLE svb_betaling (
  id                           BIGINT PRIMARY KEY,
  betaling_id                  VARCHAR(60)  NOT NULL UNIQUE,
  bestand_id                   BIGINT       NOT NULL REFERENCES svb_bestand (id),
  rij                          INTEGER      NOT NULL,
  toekenning_nummer            VARCHAR(40)  NOT NULL,
  bsn                          VARCHAR(9)   NOT NULL,
  zorgverlener_id              VARCHAR(60)  NOT NULL,
  zorgverlener_naam            VARCHAR(200) NOT NULL,
  zorgsoort                    VARCHAR(9)   NOT NULL,
  zorgovereenkomst_id          VARCHAR(60)  NOT NULL,
  zorgovereenkomst_goedgekeurd BOOLEAN      NOT NULL,
  -- the month the care was delivered in, as its first day
  maand                        DATE         NOT NULL,
  uren                         NUMERIC(7, 2) NOT NULL,
  uurtarief_cent               BIGINT       NOT NULL,
  bedrag_cent                  BIGINT       NOT NULL,
  betaaldatum                  DATE         NOT NULL,
  CHECK (zorgsoort IN ('FORMEEL', 'INFORMEEL')),
  CHECK (EXTRACT(DAY FROM maand) = 1),
  CHECK (uren > 0),
  CHECK (uurtarief_cent > 0)
);
-- the reconciliation reads per toekenning (beschikking.extern_nummer) and per budget holder, per year
CREATE INDEX svb_betaling_toekenning ON svb_betaling (toekenning_nummer, maand);
CREATE INDEX svb_betaling_bsn ON svb_betaling (bsn, maand);
CREATE INDEX svb_betaling_bestand ON svb_betaling (bestand_id);
