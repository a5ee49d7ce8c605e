package nl.regio.wmo.domain.pgb;

/**
 * Who delivers the care paid from a PGB: a professional provider ({@link #FORMEEL}: a company or a
 * self-employed professional) or someone from the budget holder's social network ({@link
 * #INFORMEEL}). The PGB tariff differs (rule S-PGB-TARIEF).
 */
public enum Zorgsoort {
  FORMEEL,
  INFORMEEL
}
