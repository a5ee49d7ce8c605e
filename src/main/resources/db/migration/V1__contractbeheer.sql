-- Contract management: region, klasse bands, providers, products, contracts, tariff versions, audit.
-- Runs on H2 (MODE=PostgreSQL) and PostgreSQL alike. Sequences step by 50 to match the JPA allocation size.

CREATE SEQUENCE aanbieder_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE product_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contract_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE tarief_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE gemeente (
  cbs_code VARCHAR(4) PRIMARY KEY,
  naam     VARCHAR(100) NOT NULL
);

CREATE TABLE klasse (
  nummer          INTEGER PRIMARY KEY,
  uren_vanaf      NUMERIC(5, 2) NOT NULL,
  uren_tot_en_met NUMERIC(5, 2) NOT NULL,
  CHECK (uren_tot_en_met > uren_vanaf)
);

CREATE TABLE aanbieder (
  id       BIGINT PRIMARY KEY,
  agb_code VARCHAR(8)   NOT NULL UNIQUE,
  naam     VARCHAR(200) NOT NULL,
  iban     VARCHAR(34)  NOT NULL,
  versie   BIGINT       NOT NULL
);

CREATE TABLE product (
  id                BIGINT PRIMARY KEY,
  code              VARCHAR(5)   NOT NULL UNIQUE,
  naam              VARCHAR(200) NOT NULL,
  categorie         VARCHAR(2)   NOT NULL,
  eenheid           VARCHAR(2)   NOT NULL,
  variant           VARCHAR(20)  NOT NULL,
  tarief_per_klasse BOOLEAN      NOT NULL,
  versie            BIGINT       NOT NULL
);

CREATE TABLE contract (
  id           BIGINT PRIMARY KEY,
  nummer       VARCHAR(40)  NOT NULL UNIQUE,
  aanbieder_id BIGINT       NOT NULL REFERENCES aanbieder (id),
  omschrijving VARCHAR(500) NOT NULL,
  ingangsdatum DATE         NOT NULL,
  einddatum    DATE,
  versie       BIGINT       NOT NULL,
  CHECK (einddatum IS NULL OR einddatum >= ingangsdatum)
);
CREATE INDEX contract_aanbieder ON contract (aanbieder_id);

CREATE TABLE contract_product (
  contract_id BIGINT NOT NULL REFERENCES contract (id),
  product_id  BIGINT NOT NULL REFERENCES product (id),
  PRIMARY KEY (contract_id, product_id)
);

CREATE TABLE contract_gemeente (
  contract_id BIGINT     NOT NULL REFERENCES contract (id),
  cbs_code    VARCHAR(4) NOT NULL REFERENCES gemeente (cbs_code),
  PRIMARY KEY (contract_id, cbs_code)
);

CREATE TABLE tarief (
  id           BIGINT PRIMARY KEY,
  product_id   BIGINT  NOT NULL REFERENCES product (id),
  contract_id  BIGINT REFERENCES contract (id),
  klasse       INTEGER REFERENCES klasse (nummer),
  ingangsdatum DATE    NOT NULL,
  einddatum    DATE,
  bedrag_cent  BIGINT  NOT NULL,
  CHECK (bedrag_cent >= 0),
  CHECK (einddatum IS NULL OR einddatum >= ingangsdatum)
);
CREATE INDEX tarief_regel ON tarief (product_id, contract_id, klasse, ingangsdatum);

CREATE TABLE audit_regel (
  id            BIGINT PRIMARY KEY,
  entiteit      VARCHAR(40)  NOT NULL,
  entiteit_id   VARCHAR(60)  NOT NULL,
  actie         VARCHAR(20)  NOT NULL,
  gebruiker     VARCHAR(100) NOT NULL,
  tijdstip      TIMESTAMP WITH TIME ZONE NOT NULL,
  oude_waarde   VARCHAR(100000),
  nieuwe_waarde VARCHAR(100000)
);
CREATE INDEX audit_entiteit ON audit_regel (entiteit, entiteit_id);
