package nl.regio.wmo.application.sepa;

import java.util.ArrayList;
import java.util.List;
import nl.regio.wmo.application.Fout;
import nl.regio.wmo.application.OngeldigeInvoerException;
import nl.regio.wmo.domain.shared.Money;

/**
 * One credit transfer in a {@link Betaalopdracht}: a care provider's approved total for one settlement run.
 *
 * <p>The amount must be positive: a provider whose run total is zero or negative (credits exceed debits) is
 * left out of the payment file and settled against a later run; a SEPA credit transfer cannot carry it anyway
 * (pain.001.001.09.xsd: InstdAmt has {@code minInclusive 0}; the EPC guidelines: at least 0.01, at most
 * 999999999.99 euro). The name is transliterated to the SEPA character set and cut to 70 characters; the
 * remittance text is transliterated but never cut (it carries the run and the AGB code the provider reconciles
 * on), so longer than 140 characters is refused.
 *
 * @param endToEndId the reference returned to the provider on its statement, at most 35 SEPA characters
 * @param naam the provider's (account holder's) name
 * @param iban the provider's IBAN, normalised
 * @param bic the provider's BIC or {@code null} (optional within the EEA)
 * @param bedragCent the amount in eurocents, greater than zero
 * @param omschrijving unstructured remittance information, e.g. {@code Wmo afrekening 2026-10 run 42 AGB 98000011}
 */
public record Betaling(String endToEndId, String naam, String iban, String bic, long bedragCent,
    String omschrijving) {

  /** Max35Text: MsgId, PmtInfId and EndToEndId. */
  public static final int MAX_ID = 35;

  /** One occurrence of RmtInf/Ustrd, Max140Text (EPC guidelines). */
  public static final int MAX_OMSCHRIJVING = 140;

  /** 999 999 999,99 euro: the largest SEPA credit transfer (EPC guidelines, AT-04 amount). */
  public static final long MAX_BEDRAG_CENT = 99_999_999_999L;

  public Betaling {
    List<Fout> fouten = new ArrayList<>();
    String wie = "Betaling " + endToEndId + (naam == null ? "" : " (" + naam + ")");
    String idFout = SepaTekens.foutInId(endToEndId, MAX_ID);
    if (idFout != null) {
      fouten.add(new Fout("endToEndId", "EndToEndId " + idFout + "."));
    }
    naam = Rekeninghouder.naam(naam, "naam", fouten);
    iban = Rekeninghouder.iban(iban, "iban", fouten);
    bic = Rekeninghouder.bic(bic, "bic", fouten);
    if (bedragCent <= 0) {
      fouten.add(new Fout("bedragCent", wie + ": bedrag " + Money.ofCents(bedragCent)
          + " hoort niet in een betaalbestand; alleen bedragen groter dan nul worden betaald"
          + " (een negatief of nul saldo wordt verrekend, niet overgemaakt)."));
    } else if (bedragCent > MAX_BEDRAG_CENT) {
      fouten.add(new Fout("bedragCent", wie + ": bedrag " + Money.ofCents(bedragCent)
          + " is groter dan het SEPA-maximum " + Money.ofCents(MAX_BEDRAG_CENT) + "."));
    }
    if (omschrijving == null || omschrijving.isBlank()) {
      fouten.add(new Fout("omschrijving", wie + ": omschrijving is verplicht (run en AGB-code)."));
    } else {
      try {
        omschrijving = SepaTekens.naarSepa(omschrijving, "omschrijving");
        if (omschrijving.length() > MAX_OMSCHRIJVING) {
          fouten.add(new Fout("omschrijving", wie + ": omschrijving is " + omschrijving.length()
              + " tekens, het maximum is " + MAX_OMSCHRIJVING + "."));
        }
      } catch (OngeldigeInvoerException e) {
        fouten.addAll(e.fouten());
      }
    }
    if (!fouten.isEmpty()) {
      throw new OngeldigeInvoerException(fouten);
    }
  }

  public Money bedrag() {
    return Money.ofCents(bedragCent);
  }
}
