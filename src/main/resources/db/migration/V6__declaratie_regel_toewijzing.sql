-- The rules read the ACCEPTED lines of a toewijzing (TR321/TR322 volume so far, TR389 running debits). With goedgekeurd
-- in the key they no longer visit every rejected line of the toewijzing too (a provider resending the same month
-- again and again made each message slower than the last). Same number of indexes as before.
DROP INDEX declaratie_regel_toewijzing;
CREATE INDEX declaratie_regel_toewijzing ON declaratie_regel (toewijzing_nummer, goedgekeurd, begindatum);
