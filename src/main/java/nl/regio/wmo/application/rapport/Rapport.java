package nl.regio.wmo.application.rapport;

/**
 * A report ready to be laid out: finished rows and totals, no arithmetic left for the template.
 * Each kind has its own template in {@code reports/} named by {@link #sjabloon()}.
 */
public interface Rapport {

  /** The template's base name: {@code reports/<sjabloon>.jrxml}, compiled to {@code reports/<sjabloon>.jasper}. */
  String sjabloon();

  /** The first part of a download's file name, without extension, e.g. {@code afrekening-12-2025-01}. */
  String bestandsnaam();
}
