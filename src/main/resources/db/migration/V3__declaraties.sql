-- Declarations (iWmo WMO323) and their lines, with the outcome and evidence of every line.

CREATE SEQUENCE declaratie_seq START WITH 50 INCREMENT BY 50;
-- ids of declaration lines are handed out in blocks of 1000 (one nextval per block)
CREATE SEQUENCE declaratie_regel_seq START WITH 1 INCREMENT BY 1000;
-- BerichtIdentificatie of our WMO325 answers
CREATE SEQUENCE wmo325_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE declaratie (
  id                     BIGINT PRIMARY KEY,
  afzender_agb           VARCHAR(8)   NOT NULL,
  ontvanger_gemeente     VARCHAR(4)   NOT NULL,
  bericht_identificatie  VARCHAR(12)  NOT NULL,
  bericht_dagtekening    DATE         NOT NULL,
  xsd_basisschema        VARCHAR(12)  NOT NULL,
  xsd_bericht            VARCHAR(12)  NOT NULL,
  declaratie_nummer      VARCHAR(12)  NOT NULL,
  periode_begin          DATE         NOT NULL,
  periode_eind           DATE         NOT NULL,
  dagtekening            DATE         NOT NULL,
  totaal_ingediend_cent  BIGINT       NOT NULL,
  totaal_toegekend_cent  BIGINT       NOT NULL,
  -- ONTVANGEN_NIET (0001: within-message error), AFGEWEZEN (declaration-level code), GEDEELTELIJK, GEACCEPTEERD
  status                 VARCHAR(20)  NOT NULL,
  header_retourcodes     VARCHAR(100) NOT NULL,
  declaratie_retourcodes VARCHAR(100),
  reden                  VARCHAR(4000),
  aantal_regels          INTEGER      NOT NULL,
  aantal_afgewezen       INTEGER      NOT NULL,
  kanaal                 VARCHAR(10)  NOT NULL,
  sha256                 VARCHAR(64)  NOT NULL,
  ontvangen_op           TIMESTAMP WITH TIME ZONE NOT NULL,
  wmo325_identificatie   VARCHAR(12)  NOT NULL,
  wmo325_dagtekening     DATE         NOT NULL,
  -- the same message (by content) from the same sender is answered from the store, never processed twice
  UNIQUE (afzender_agb, sha256)
);
CREATE INDEX declaratie_nummer ON declaratie (afzender_agb, declaratie_nummer);

-- TR333: a DeclaratieNummer counts once per provider (the key makes a race impossible)
CREATE TABLE declaratie_nummer_gebruikt (
  afzender_agb      VARCHAR(8)  NOT NULL,
  declaratie_nummer VARCHAR(12) NOT NULL,
  declaratie_id     BIGINT      NOT NULL REFERENCES declaratie (id),
  PRIMARY KEY (afzender_agb, declaratie_nummer)
);

CREATE TABLE declaratie_regel (
  id                     BIGINT PRIMARY KEY,
  declaratie_id          BIGINT       NOT NULL REFERENCES declaratie (id),
  afzender_agb           VARCHAR(8)   NOT NULL,
  volgnummer             INTEGER      NOT NULL,
  bsn                    VARCHAR(9)   NOT NULL,
  referentie_nummer      VARCHAR(20)  NOT NULL,
  vorig_referentie_nummer VARCHAR(20),
  toewijzing_nummer      BIGINT       NOT NULL,
  product_categorie      VARCHAR(2)   NOT NULL,
  product_code           VARCHAR(5)   NOT NULL,
  begindatum             DATE         NOT NULL,
  einddatum              DATE         NOT NULL,
  geleverd_volume        BIGINT       NOT NULL,
  eenheid                VARCHAR(2)   NOT NULL,
  product_tarief_cent    BIGINT,
  ingediend_bedrag_cent  BIGINT       NOT NULL,
  debet_credit           VARCHAR(1)   NOT NULL,
  goedgekeurd            BOOLEAN      NOT NULL,
  retourcodes            VARCHAR(100) NOT NULL,
  -- evidence: what the decision was based on
  gemeente               VARCHAR(4),
  tarief_id              BIGINT,
  toelichting            VARCHAR(4000) NOT NULL,
  -- an accepted debit that a later accepted credit cancels
  gecrediteerd_door      BIGINT,
  CHECK (debet_credit IN ('D', 'C'))
);
CREATE INDEX declaratie_regel_declaratie ON declaratie_regel (declaratie_id, volgnummer);
CREATE INDEX declaratie_regel_referentie ON declaratie_regel (afzender_agb, referentie_nummer);
CREATE INDEX declaratie_regel_toewijzing ON declaratie_regel (toewijzing_nummer, begindatum);

-- TR314: a ReferentieNummer is used once per provider, accepted or not
CREATE TABLE referentie_gebruikt (
  afzender_agb      VARCHAR(8)  NOT NULL,
  referentie_nummer VARCHAR(20) NOT NULL,
  PRIMARY KEY (afzender_agb, referentie_nummer)
);
