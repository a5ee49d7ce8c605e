package nl.regio.wmo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.regio.wmo.domain.beschikking.Client;
import nl.regio.wmo.domain.contract.Gemeente;
import nl.regio.wmo.domain.shared.Bsn;
import nl.regio.wmo.domain.shared.GemeenteCode;

/**
 * Clients (residents who receive support), recorded by consulenten. The BSN is personal data: it
 * is shown in full only to roles that need it, never logged, never part of a URL or an error message.
 */
@ApplicationScoped
@Transactional
public class ClientBeheer {

  static final String ENTITEIT = "client";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject RegioGegevens regio;
  @Inject Clock clock;

  /** A client as the API shows and takes it; {@code bsn} is masked (******123) for roles that do not need it. */
  public record ClientGegevens(
      Long id,
      String bsn,
      String achternaam,
      String voorvoegsel,
      String voorletters,
      LocalDate geboortedatum,
      String geslacht,
      String gemeenteCode,
      String postcode,
      Integer huisnummer) {
    public static ClientGegevens van(Client c, boolean volledigeBsn) {
      return new ClientGegevens(
          c.id(),
          volledigeBsn ? c.bsn().waarde() : c.bsn().gemaskeerd(),
          c.achternaam(),
          c.voorvoegsel(),
          c.voorletters(),
          c.geboortedatum(),
          c.geslacht(),
          c.gemeente().cbsCode(),
          c.postcode(),
          c.huisnummer());
    }
  }

  public Pagina<ClientGegevens> zoek(String naam, String gemeente, boolean volledigeBsn, int pagina, int grootte) {
    return new Zoekvraag("Client x")
        .filter("lower(x.achternaam) like :naam", "naam", naam == null ? null : "%" + naam.toLowerCase() + "%")
        .filter("x.gemeente.cbsCode = :gemeente", "gemeente", gemeente)
        .pagina(em, Client.class, "x.achternaam, x.id", pagina, grootte, c -> ClientGegevens.van(c, volledigeBsn));
  }

  public ClientGegevens haal(long id, boolean volledigeBsn) {
    return ClientGegevens.van(vind(id), volledigeBsn);
  }

  /** The client with this BSN, if recorded (used by imports; the BSN never goes into a URL). */
  public Optional<Client> zoekOpBsn(String bsn) {
    return em.createQuery("select c from Client c where c.bsn = :bsn", Client.class)
        .setParameter("bsn", bsn)
        .getResultStream()
        .findFirst();
  }

  public ClientGegevens maak(ClientGegevens invoer) {
    Validatie v = new Validatie();
    Optional<Bsn> bsn = v.waarde("bsn", invoer.bsn(), ClientBeheer::bsn);
    Gegevens g = gegevens(v, invoer);
    v.controleer();
    if (zoekOpBsn(bsn.get().waarde()).isPresent()) {
      throw new ConflictException("bsn", "Er is al een cliënt met dit BSN.");
    }
    Client client = new Client(bsn.get());
    g.opslaanIn(client);
    em.persist(client);
    em.flush();
    audit.aangemaakt(ENTITEIT, client.id(), ClientGegevens.van(client, false));
    return ClientGegevens.van(client, true);
  }

  /**
   * The check of a typed BSN that {@link #maak} applies (CS002: 9 digits passing the 11-proef), for a page that checks
   * while the consulent types; empty when it passes. The message names the rule, never the number.
   */
  public Optional<Fout> toetsBsn(String bsn) {
    Validatie v = new Validatie();
    v.waarde("bsn", bsn, ClientBeheer::bsn);
    return v.fouten().stream().findFirst();
  }

  /** CS002: the BSN's refusal names the rule (domain/rules.md). */
  static Bsn bsn(String tekst) {
    try {
      return new Bsn(tekst);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("CS002: " + e.getMessage(), e);
    }
  }

  public ClientGegevens wijzig(long id, ClientGegevens invoer) {
    Client client = vind(id);
    Validatie v = new Validatie();
    if (invoer.bsn() != null && !invoer.bsn().equals(client.bsn().waarde()) && !invoer.bsn().equals(client.bsn().gemaskeerd())) {
      v.fout("bsn", "het BSN van een cliënt kan niet wijzigen");
    }
    Gegevens g = gegevens(v, invoer);
    v.controleer();
    ClientGegevens oud = ClientGegevens.van(client, false);
    g.opslaanIn(client);
    ClientGegevens nieuw = ClientGegevens.van(client, false);
    if (!nieuw.equals(oud)) {
      audit.gewijzigd(ENTITEIT, id, oud, nieuw);
    }
    return ClientGegevens.van(client, true);
  }

  private record Gegevens(
      String achternaam, String voorvoegsel, String voorletters, LocalDate geboortedatum, String geslacht,
      Gemeente gemeente, String postcode, Integer huisnummer) {
    void opslaanIn(Client c) {
      c.wijzig(achternaam, voorvoegsel, voorletters, geboortedatum, geslacht, gemeente, postcode, huisnummer);
    }
  }

  private Gegevens gegevens(Validatie v, ClientGegevens invoer) {
    Optional<String> achternaam = v.tekst("achternaam", invoer.achternaam(), 200);
    String voorvoegsel = leeg(invoer.voorvoegsel());
    if (voorvoegsel != null && voorvoegsel.length() > 10) {
      v.fout("voorvoegsel", "is langer dan 10 tekens");
    }
    String voorletters = leeg(invoer.voorletters());
    if (voorletters != null && voorletters.length() > 20) {
      v.fout("voorletters", "is langer dan 20 tekens");
    }
    v.verplicht("geboortedatum", invoer.geboortedatum())
        .filter(d -> d.isAfter(LocalDate.now(clock)))
        .ifPresent(d -> v.fout("geboortedatum", "ligt in de toekomst"));
    String geslacht = invoer.geslacht() == null ? "0" : invoer.geslacht();
    if (!geslacht.matches("[012]")) {
      v.fout("geslacht", "is 0 (onbekend), 1 (man) of 2 (vrouw) (iWmo COD046)");
    }
    Optional<Gemeente> gemeente =
        v.waarde("gemeenteCode", invoer.gemeenteCode(), GemeenteCode::new)
            .flatMap(code -> {
              Optional<Gemeente> g = regio.gemeente(code.waarde());
              if (g.isEmpty()) {
                v.fout("gemeenteCode", "gemeente " + code + " hoort niet bij de regio");
              }
              return g;
            });
    String postcode = leeg(invoer.postcode()) == null ? null : invoer.postcode().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    if (postcode != null && !postcode.matches("[1-9]\\d{3}[A-Z]{2}")) {
      v.fout("postcode", "is 4 cijfers en 2 letters (1234AB)");
    }
    if (invoer.huisnummer() != null && (invoer.huisnummer() < 1 || invoer.huisnummer() > 99999)) {
      v.fout("huisnummer", "ligt tussen 1 en 99999");
    }
    if (!v.isGeldig()) {
      return null;
    }
    return new Gegevens(achternaam.get(), voorvoegsel, voorletters, invoer.geboortedatum(), geslacht, gemeente.get(), postcode, invoer.huisnummer());
  }

  private static String leeg(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  Client vind(long id) {
    Client c = em.find(Client.class, id);
    if (c == null) {
      throw new NietGevondenException("Er is geen cliënt met id " + id + ".");
    }
    return c;
  }
}
