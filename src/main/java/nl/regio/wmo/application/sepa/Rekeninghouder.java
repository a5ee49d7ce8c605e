package nl.regio.wmo.application.sepa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.regio.wmo.application.Fout;
import nl.regio.wmo.application.OngeldigeInvoerException;
import nl.regio.wmo.domain.shared.Iban;

/**
 * An account holder: the region's own paying account (from configuration) in a {@link Betaalopdracht}.
 *
 * <p>The name is brought into the SEPA character set ({@link SepaTekens}) and cut to 70 characters, the
 * length the EPC guidelines allow for a party name. The IBAN is checked and normalised by {@link Iban}. The BIC
 * is optional: Dutch banks derive it from the IBAN (the BNG Bank product page "Euro overboeking": "Voor een
 * begunstigde met een Nederlandse rekening is de IBAN verplicht en de BIC optioneel").
 *
 * @param naam the account holder's name, at most 70 characters after transliteration
 * @param iban the IBAN, without spaces, upper case
 * @param bic the BIC (8 or 11 characters) or {@code null}
 */
public record Rekeninghouder(String naam, String iban, String bic) {

  /** Max70Text: the EPC limit for Dbtr/Nm and Cdtr/Nm. */
  public static final int MAX_NAAM = 70;

  /** BICFIDec2014Identifier in pain.001.001.09.xsd. */
  static final Pattern BIC = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

  public Rekeninghouder {
    List<Fout> fouten = new ArrayList<>();
    naam = naam(naam, "naam", fouten);
    iban = iban(iban, "iban", fouten);
    bic = bic(bic, "bic", fouten);
    if (!fouten.isEmpty()) {
      throw new OngeldigeInvoerException(fouten);
    }
  }

  static String naam(String naam, String veld, List<Fout> fouten) {
    if (naam == null || naam.isBlank()) {
      fouten.add(new Fout(veld, "Naam is verplicht."));
      return naam;
    }
    try {
      String sepa = SepaTekens.naarSepa(naam, veld);
      if (sepa.isEmpty()) {
        fouten.add(new Fout(veld, "Naam '" + naam + "' houdt na omzetting naar SEPA-tekens niets over."));
      }
      return SepaTekens.afgekapt(sepa, MAX_NAAM);
    } catch (OngeldigeInvoerException e) {
      fouten.addAll(e.fouten());
      return naam;
    }
  }

  static String iban(String iban, String veld, List<Fout> fouten) {
    try {
      return new Iban(iban).waarde();
    } catch (IllegalArgumentException | NullPointerException e) {
      fouten.add(new Fout(veld, "IBAN '" + iban + "' is ongeldig: " + e.getMessage()));
      return iban;
    }
  }

  static String bic(String bic, String veld, List<Fout> fouten) {
    if (bic == null || bic.isBlank()) {
      return null;
    }
    String genormaliseerd = bic.replace(" ", "").toUpperCase(Locale.ROOT);
    if (!BIC.matcher(genormaliseerd).matches()) {
      fouten.add(new Fout(veld, "BIC '" + bic + "' is geen BIC van 8 of 11 tekens."));
      return bic;
    }
    return genormaliseerd;
  }
}
