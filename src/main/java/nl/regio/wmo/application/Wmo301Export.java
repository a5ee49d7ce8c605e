package nl.regio.wmo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.regio.wmo.domain.beschikking.Client;
import nl.regio.wmo.domain.beschikking.Toewijzing;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.interfaces.iwmo.IwmoSchemas;
import nl.regio.wmo.interfaces.iwmo.Wmo301Adres;
import nl.regio.wmo.interfaces.iwmo.Wmo301Bericht;
import nl.regio.wmo.interfaces.iwmo.Wmo301Client;
import nl.regio.wmo.interfaces.iwmo.Wmo301Product;
import nl.regio.wmo.interfaces.iwmo.Wmo301Writer;

/**
 * The WMO301 (toewijzing) message for one client and one provider. Per iWmo OP087 it holds every
 * toewijzing of that client to that provider that is valid on or after the message date, plus the
 * one asked for (also when it ended or was removed, so the provider hears of the change). A budget
 * toewijzing carries {@code Budget} instead of {@code Omvang} (CD077/CD078). Every message is checked
 * against the project's copy of the official WMO301 schema before it leaves.
 */
@ApplicationScoped
@Transactional
public class Wmo301Export {

  private static final String NAAMGEBRUIK_EIGEN_NAAM = "1";

  @PersistenceContext EntityManager em;
  @Inject ToewijzingBeheer toewijzingen;
  @Inject Clock clock;

  private final Wmo301Writer writer = new Wmo301Writer();

  /** The message around toewijzing {@code nummer}: that one and all current ones of its client at its provider. */
  public byte[] voorToewijzing(long nummer, Optional<AgbCode> alleen) {
    Toewijzing t = toewijzingen.vind(nummer, alleen);
    List<Toewijzing> inhoud = new ArrayList<>(toewijzingen.actueleVan(t.client().id(), t.aanbieder().agbCode(), vandaag()));
    if (inhoud.stream().noneMatch(x -> x.nummer() == nummer)) {
      inhoud.add(0, t);
    }
    return bericht(t.client(), t.aanbieder().agbCode(), inhoud);
  }

  /** The message with all current toewijzingen of a client at a provider (OP087). */
  public byte[] voorClient(long clientId, AgbCode aanbieder) {
    Client client = em.find(Client.class, clientId);
    if (client == null) {
      throw new NietGevondenException("Er is geen cliënt met id " + clientId + ".");
    }
    List<Toewijzing> inhoud = toewijzingen.actueleVan(clientId, aanbieder, vandaag());
    if (inhoud.isEmpty()) {
      throw new NietGevondenException("Cliënt " + clientId + " heeft geen actuele toewijzingen bij aanbieder " + aanbieder + ".");
    }
    return bericht(client, aanbieder, inhoud);
  }

  private byte[] bericht(Client client, AgbCode aanbieder, List<Toewijzing> inhoud) {
    ZoneId zone = clock.getZone();
    List<Wmo301Product> producten = inhoud.stream()
        .map(t -> new Wmo301Product(
            t.nummer(),
            t.product().categorie().code(),
            t.product().code(),
            t.toegewezenOp().atZoneSameInstant(zone).toLocalDateTime().withNano(0),
            t.periode().start(),
            t.periode().einddatumInclusief(),
            t.redenWijziging(),
            t.volume(),
            t.eenheid() == null ? null : t.eenheid().code(),
            t.frequentie(),
            t.budgetCent()))
        .toList();
    Wmo301Client c = new Wmo301Client(
        client.bsn().waarde(),
        client.geboortedatum(),
        client.geslacht(),
        client.achternaam(),
        client.voorvoegsel(),
        voorletters(client.voorletters()),
        NAAMGEBRUIK_EIGEN_NAAM,
        new Wmo301Adres(Wmo301Adres.SOORT_BRP, null, client.huisnummer(), null, null, client.postcode(), null, "NL"));
    long volgnummer = ((Number) em.createNativeQuery("select nextval('bericht_seq')").getSingleResult()).longValue();
    Wmo301Bericht bericht = new Wmo301Bericht(
        client.gemeente().cbsCode(), aanbieder.waarde(), String.format(Locale.ROOT, "301%09d", volgnummer), vandaag(), c, producten);
    byte[] xml = writer.schrijf(bericht);
    List<String> fouten = IwmoSchemas.valideer(IwmoSchemas.WMO301, xml);
    if (!fouten.isEmpty()) {
      // never send a message that breaks the standard; the errors name elements, not personal data
      throw new IllegalStateException("WMO301 voldoet niet aan het schema: " + fouten);
    }
    return xml;
  }

  /** iWmo LDT_Voorletters: letters only, at most 6 ("J.M." becomes "JM"). */
  static String voorletters(String voorletters) {
    if (voorletters == null) {
      return null;
    }
    String letters = voorletters.replaceAll("[^\\p{L}]", "");
    return letters.isEmpty() ? null : letters.substring(0, Math.min(6, letters.length()));
  }

  private LocalDate vandaag() {
    return LocalDate.now(clock);
  }
}
