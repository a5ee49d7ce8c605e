package nl.regio.wmo.application;

/** One thing wrong with the input: the field (as the caller named it) and what is wrong. */
public record Fout(String veld, String melding) {}
