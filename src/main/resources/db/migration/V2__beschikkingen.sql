-- Clients, beschikkingen (care decisions) and toewijzingen (assignments to a provider), with the history of
-- every toewijzing as sent (WMO301), and the CSV files imported from the municipal system.

CREATE SEQUENCE client_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE beschikking_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE offerte_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE toewijzing_versie_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE import_bestand_seq START WITH 50 INCREMENT BY 50;
-- BerichtIdentificatie of outgoing messages (WMO301): unique per sender
CREATE SEQUENCE bericht_seq START WITH 1 INCREMENT BY 1;
-- ToewijzingNummer: numeric, at most 9 digits, never reused (one per number, no gaps filled)
CREATE SEQUENCE toewijzing_nummer_seq START WITH 100001 INCREMENT BY 1 MAXVALUE 999999999 NO CYCLE;

-- a vervoer product names the dagbesteding products it may accompany (seed 004 ch. 11); empty = any
ALTER TABLE product ADD COLUMN vervoer_bij VARCHAR(200);

CREATE TABLE client (
  id            BIGINT PRIMARY KEY,
  bsn           VARCHAR(9)   NOT NULL UNIQUE,
  achternaam    VARCHAR(200) NOT NULL,
  voorvoegsel   VARCHAR(10),
  voorletters   VARCHAR(20),
  geboortedatum DATE         NOT NULL,
  geslacht      VARCHAR(1)   NOT NULL,
  cbs_code      VARCHAR(4)   NOT NULL REFERENCES gemeente (cbs_code),
  postcode      VARCHAR(6),
  huisnummer    INTEGER,
  versie        BIGINT       NOT NULL
);
CREATE INDEX client_gemeente ON client (cbs_code);

CREATE TABLE beschikking (
  id                    BIGINT PRIMARY KEY,
  extern_nummer         VARCHAR(40) UNIQUE,
  client_id             BIGINT      NOT NULL REFERENCES client (id),
  product_id            BIGINT      NOT NULL REFERENCES product (id),
  leveringsvorm         VARCHAR(3)  NOT NULL,
  aanbieder_id          BIGINT REFERENCES aanbieder (id),
  ingangsdatum          DATE        NOT NULL,
  einddatum             DATE,
  volume_per_week       INTEGER,
  klasse                INTEGER REFERENCES klasse (nummer),
  uren_per_week         NUMERIC(5, 2),
  offerte_maand_cent    BIGINT,
  vorige_id             BIGINT REFERENCES beschikking (id),
  vastgesteld_op        TIMESTAMP WITH TIME ZONE NOT NULL,
  vastgesteld_door      VARCHAR(100) NOT NULL,
  versie                BIGINT      NOT NULL,
  CHECK (leveringsvorm IN ('ZIN', 'PGB')),
  CHECK (einddatum IS NULL OR einddatum >= ingangsdatum),
  CHECK (leveringsvorm = 'PGB' OR aanbieder_id IS NOT NULL)
);
CREATE INDEX beschikking_client ON beschikking (client_id, product_id);

CREATE TABLE offerte (
  id              BIGINT PRIMARY KEY,
  beschikking_id  BIGINT      NOT NULL REFERENCES beschikking (id),
  aanbieder_agb   VARCHAR(8)  NOT NULL,
  maandbedrag_cent BIGINT     NOT NULL,
  CHECK (maandbedrag_cent > 0)
);

CREATE TABLE toewijzing (
  nummer          BIGINT PRIMARY KEY,
  beschikking_id  BIGINT      NOT NULL UNIQUE REFERENCES beschikking (id),
  client_id       BIGINT      NOT NULL REFERENCES client (id),
  aanbieder_id    BIGINT      NOT NULL REFERENCES aanbieder (id),
  product_id      BIGINT      NOT NULL REFERENCES product (id),
  ingangsdatum    DATE        NOT NULL,
  einddatum       DATE,
  volume          BIGINT      NOT NULL,
  eenheid         VARCHAR(2)  NOT NULL,
  frequentie      VARCHAR(1)  NOT NULL,
  reden_wijziging VARCHAR(2),
  toegewezen_op   TIMESTAMP WITH TIME ZONE NOT NULL,
  versie          BIGINT      NOT NULL,
  CHECK (nummer BETWEEN 1 AND 999999999),
  CHECK (einddatum IS NULL OR einddatum >= ingangsdatum)
);
CREATE INDEX toewijzing_aanbieder ON toewijzing (aanbieder_id, client_id);
CREATE INDEX toewijzing_client ON toewijzing (client_id);

-- every state of a toewijzing as it was fixed (and sent in a WMO301): never updated
CREATE TABLE toewijzing_versie (
  id              BIGINT PRIMARY KEY,
  nummer          BIGINT     NOT NULL REFERENCES toewijzing (nummer),
  ingangsdatum    DATE       NOT NULL,
  einddatum       DATE,
  volume          BIGINT     NOT NULL,
  reden_wijziging VARCHAR(2),
  toegewezen_op   TIMESTAMP WITH TIME ZONE NOT NULL,
  door            VARCHAR(100) NOT NULL
);
CREATE INDEX toewijzing_versie_nummer ON toewijzing_versie (nummer);

CREATE TABLE import_bestand (
  id           BIGINT PRIMARY KEY,
  soort        VARCHAR(40)  NOT NULL,
  sha256       VARCHAR(64)  NOT NULL,
  naam         VARCHAR(255) NOT NULL,
  regels       INTEGER      NOT NULL,
  verwerkt_op  TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (soort, sha256)
);
