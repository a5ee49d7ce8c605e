-- Monthly settlement runs (afrekeningen). A run owns declarations, and so their lines: a declaration (and
-- every line in it) is in at most one run, enforced by the primary key of afrekening_declaratie (AF-EENMAAL).
-- All lines of one declaration share its DeclaratiePeriode and its provider, so they always settle together.

CREATE SEQUENCE afrekening_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE afrekening (
  id                 BIGINT PRIMARY KEY,
  maand              DATE         NOT NULL UNIQUE,  -- first day of the settled month
  status             VARCHAR(12)  NOT NULL,
  aantal_declaraties INTEGER      NOT NULL,
  aantal_regels      INTEGER      NOT NULL,
  debet_cent         BIGINT       NOT NULL,
  credit_cent        BIGINT       NOT NULL,
  totaal_cent        BIGINT       NOT NULL,
  aangemaakt_door    VARCHAR(100) NOT NULL,
  aangemaakt_op      TIMESTAMP WITH TIME ZONE NOT NULL,
  berekend_op        TIMESTAMP WITH TIME ZONE NOT NULL,
  voorgesteld_door   VARCHAR(100),
  voorgesteld_op     TIMESTAMP WITH TIME ZONE,
  goedgekeurd_door   VARCHAR(100),
  goedgekeurd_op     TIMESTAMP WITH TIME ZONE,
  betaald_door       VARCHAR(100),
  betaald_op         TIMESTAMP WITH TIME ZONE,
  afgekeurd_reden    VARCHAR(1000),
  CHECK (status IN ('CONCEPT', 'VOORGESTELD', 'GOEDGEKEURD', 'BETAALD'))
);

CREATE TABLE afrekening_declaratie (
  declaratie_id  BIGINT     PRIMARY KEY REFERENCES declaratie (id),
  afrekening_id  BIGINT     NOT NULL REFERENCES afrekening (id),
  aanbieder_agb  VARCHAR(8) NOT NULL
);
CREATE INDEX afrekening_declaratie_run ON afrekening_declaratie (afrekening_id, aanbieder_agb);

-- the run's lines summed per provider × municipality × product category (signed: credits negative)
CREATE TABLE afrekening_totaal (
  afrekening_id     BIGINT     NOT NULL REFERENCES afrekening (id),
  aanbieder_agb     VARCHAR(8) NOT NULL,
  gemeente          VARCHAR(4) NOT NULL,
  product_categorie VARCHAR(2) NOT NULL,
  aantal_regels     INTEGER    NOT NULL,
  debet_cent        BIGINT     NOT NULL,
  credit_cent       BIGINT     NOT NULL,
  PRIMARY KEY (afrekening_id, aanbieder_agb, gemeente, product_categorie)
);

-- per provider: what to pay, with name and IBAN as they were when the run was computed (frozen on proposal)
CREATE TABLE afrekening_aanbieder (
  afrekening_id  BIGINT       NOT NULL REFERENCES afrekening (id),
  aanbieder_agb  VARCHAR(8)   NOT NULL,
  naam           VARCHAR(200) NOT NULL,
  iban           VARCHAR(34)  NOT NULL,
  aantal_regels  INTEGER      NOT NULL,
  debet_cent     BIGINT       NOT NULL,
  credit_cent    BIGINT       NOT NULL,
  totaal_cent    BIGINT       NOT NULL,
  PRIMARY KEY (afrekening_id, aanbieder_agb)
);

-- AF-NEGATIEF: a provider whose open lines net to less than zero is not in the run; its lines wait for a later one
CREATE TABLE afrekening_doorgeschoven (
  afrekening_id      BIGINT     NOT NULL REFERENCES afrekening (id),
  aanbieder_agb      VARCHAR(8) NOT NULL,
  aantal_declaraties INTEGER    NOT NULL,
  totaal_cent        BIGINT     NOT NULL,
  PRIMARY KEY (afrekening_id, aanbieder_agb)
);

CREATE INDEX declaratie_open ON declaratie (periode_begin, status);
