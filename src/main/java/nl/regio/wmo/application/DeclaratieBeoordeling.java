package nl.regio.wmo.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.regio.wmo.domain.beschikking.Grondslag;
import nl.regio.wmo.domain.beschikking.Toewijzing;
import nl.regio.wmo.domain.declaratie.BerichtControle;
import nl.regio.wmo.domain.declaratie.DeclaratieContext;
import nl.regio.wmo.domain.declaratie.Oordeel;
import nl.regio.wmo.domain.declaratie.Prestatie;
import nl.regio.wmo.domain.declaratie.PrestatieRegels;
import nl.regio.wmo.domain.declaratie.Retourcode;
import nl.regio.wmo.domain.declaratie.ToewijzingFeit;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.infrastructure.persistence.Database;
import nl.regio.wmo.infrastructure.persistence.Kopie;
import nl.regio.wmo.interfaces.iwmo.Wmo323Kop;
import nl.regio.wmo.interfaces.iwmo.Wmo325Kop;
import nl.regio.wmo.interfaces.iwmo.Wmo325Prestatie;
import nl.regio.wmo.interfaces.iwmo.Wmo325Schrijver;

/**
 * Judges one WMO323 that passed the transport and XSD checks, in one transaction: the message, its
 * lines, their outcome and evidence, and the data for its WMO325 are committed together, or nothing
 * is (a crash mid-way applies nothing; the file is processed again). The same content from the same
 * sender is answered from the store and never counted twice. The lines come from the message's spool
 * ({@link GelezenBericht}): the credits first, then the debits (OP366); they are written with COPY (PostgreSQL) or
 * JDBC batches (H2), so memory does not grow with the message.
 */
@ApplicationScoped
public class DeclaratieBeoordeling {

  static final int BATCH = 1000;
  /** The most a WMO325 buffer is sized in advance (it still grows beyond this when needed). */
  private static final int MAX_VOORAF = 64 << 20;
  /** References looked up per query (an array parameter; PostgreSQL probes the key per element). */
  static final int REFERENTIES_PER_VRAAG = 5_000;
  /** First key of the advisory locks of declarations (the second is the provider's AGB code). */
  private static final int SLOT_DECLARATIES = 0x323;
  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DeclaratieBeoordeling.class.getName());

  @PersistenceContext EntityManager em;
  @Inject ToewijzingBeheer toewijzingen;
  @Inject BeschikkingBeheer beschikkingen;
  @Inject TariefBeheer tarieven;
  @Inject RegioGegevens regio;
  @Inject Clock clock;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry transactie;

  /** The answer: the WMO325, whether it came from the store, and the declaration's status. */
  public record Antwoord(byte[] wmo325, boolean herhaald, String status, long declaratieId) {}

  /**
   * What a file channel adds to judging a message it took from its inbox: the name the original will be archived
   * under, stored with a new declaration, and its answer written (to a temporary file) before the transaction
   * commits, so a message is never stored without its answer: when writing fails, nothing is stored.
   */
  public interface Bestand {
    /** The archived name of the original of the new declaration {@code declaratieId}, stored with it. */
    String archiefnaam(long declaratieId);

    /** Called with the answer (new or from the store) just before the commit; an exception rolls everything back. */
    void voorDeCommit(Antwoord antwoord);
  }

  @Transactional
  public Antwoord beoordeel(Wmo323Kop kop, String sha256, String kanaal, GelezenBericht bron, boolean opslaan) {
    return beoordeel(kop, sha256, kanaal, bron, opslaan, null);
  }

  /** As {@link #beoordeel(Wmo323Kop, String, String, GelezenBericht, boolean)}, for a file channel ({@code bestand} may be null). */
  @Transactional
  public Antwoord beoordeel(Wmo323Kop kop, String sha256, String kanaal, GelezenBericht bron, boolean opslaan, Bestand bestand) {
    try (Connection c = dataSource.getConnection()) {
      vergrendel(c, kop.afzenderAgb());
      Optional<Long> eerder = eerdere(c, kop.afzenderAgb(), sha256);
      Antwoord antwoord;
      if (eerder.isPresent()) {
        antwoord = new Antwoord(wmo325(c, eerder.get()), true, status(c, eerder.get()), eerder.get());
      } else {
        antwoord = nieuw(c, kop, sha256, kanaal, bron, opslaan);
        if (bestand != null && opslaan) {
          bewaarBestand(c, antwoord.declaratieId(), bestand.archiefnaam(antwoord.declaratieId()));
        }
      }
      if (!opslaan) {
        transactie.setRollbackOnly(); // pre-flight: the same work, nothing kept
      } else if (bestand != null) {
        bestand.voorDeCommit(antwoord);
      }
      return antwoord;
    } catch (SQLException e) {
      throw new IllegalStateException("Database: " + e.getSQLState(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Antwoord nieuw(Connection c, Wmo323Kop kop, String sha256, String kanaal, GelezenBericht bron, boolean opslaan)
      throws SQLException, IOException {
    long id = volgende(c, "declaratie_seq");
    int aantal = bron.aantal();
    List<String> binnenBericht = bron.binnenBericht();
    insertDeclaratie(c, id, kop, sha256, kanaal, aantal, opslaan);
    if (!binnenBericht.isEmpty()) {
      werkBij(c, id, "NIET_ONTVANGEN", "0001", null, String.join("\n", binnenBericht), 0, 0);
      return new Antwoord(wmo325(c, id), false, "NIET_ONTVANGEN", id);
    }
    List<Retourcode> declaratieCodes = kopCodes(kop, regio.gemeente(kop.ontvangerGemeente()).isPresent(), LocalDate.now(clock));
    if (declaratieCodes.isEmpty() && !claimNummer(c, kop.afzenderAgb(), kop.declaratieNummer(), id)) {
      declaratieCodes.add(Retourcode.DECLARATIENUMMER_DUBBEL);
    }
    if (!declaratieCodes.isEmpty()) {
      String codes = declaratieCodes.stream().map(Retourcode::code).collect(Collectors.joining(" "));
      werkBij(c, id, "AFGEWEZEN", "0200", codes,
          declaratieCodes.stream().map(r -> r.code() + " (" + r.regel() + ") " + r.uitleg()).collect(Collectors.joining("; ")), 0, 0);
      return new Antwoord(wmo325(c, id), false, "AFGEWEZEN", id);
    }
    Regels regels = new Regels(c, kop.afzenderAgb(), bron.referenties(), bron.toewijzingen());
    LOG.info(() -> "Declaratie " + kop.declaratieNummer() + " van " + kop.afzenderAgb() + ": " + aantal + " prestaties worden beoordeeld");
    Maand maand = Maand.van(kop.periodeBegin());
    try (Regelschrijver schrijver = new Regelschrijver(c, id, kop.afzenderAgb(), aantal)) {
      regels.voorElkeVraag = schrijver::pauzeer; // a query needs the connection: a COPY in progress is ended first
      String[] afgewezenMet = new String[aantal]; // per volgnummer: the codes of a rejected line, for the WMO325
      Consumer<Prestatie> beoordeel = p -> {
        Oordeel o = PrestatieRegels.beoordeel(p, kop.afzenderAgb(), maand, regels);
        String codes = codeTekst(o);
        long regelId = schrijver.schrijf(p, o, codes);
        regels.verwerkt(p, o, regelId);
        if (!o.goedgekeurd()) {
          afgewezenMet[p.volgnummer() - 1] = codes;
        }
      };
      // OP366: all credits before any debit, each group in document order
      if (bron.credits() != null) {
        bron.credits().forEach(beoordeel);
      } else {
        bron.lees(p -> {
          if (p.credit()) {
            beoordeel.accept(p);
          }
        });
      }
      bron.lees(p -> {
        if (!p.credit()) {
          beoordeel.accept(p);
        }
      });
      schrijver.klaar();
      regels.crediteringenOpslaan(c);
      long toegekend = schrijver.toegekend();
      int afgewezen = schrijver.afgewezen();
      String status = afgewezen == 0 ? "GEACCEPTEERD" : afgewezen == aantal ? "AFGEWEZEN" : "GEDEELTELIJK";
      werkBij(c, id, status, "0200", afgewezen == 0 ? "8001" : "0200", null, toegekend, afgewezen);
      // the rejected lines from the spool, as stored: the same bytes as the answer rebuilt from the store later
      byte[] w325 = wmo325(c, id, w -> {
        PerClient perClient = new PerClient(w);
        bron.lees(p -> {
          String codes = afgewezenMet[p.volgnummer() - 1];
          if (codes != null) {
            perClient.prestatie(p.bsn(), new Wmo325Prestatie(p.referentie(), p.vorigeReferentie(), p.toewijzingNummer(), p.categorie(),
                p.productcode(), p.begin(), p.eind(), p.volume(), p.eenheid(), p.tariefCent(), p.bedragCent(), p.credit() ? "C" : "D",
                codes(codes)));
          }
        });
      });
      return new Antwoord(w325, false, status, id);
    }
  }

  /**
   * The codes of the declaration as a whole before its number is claimed: S300 (the Ontvanger is a municipality of
   * the region) and TR135 (8848): the DeclaratieDagtekening and the message's own Dagtekening
   * (BerichtIdentificatie) may not lie after the system date.
   */
  static List<Retourcode> kopCodes(Wmo323Kop kop, boolean gemeenteBekend, LocalDate vandaag) {
    List<Retourcode> codes = new ArrayList<>();
    if (!gemeenteBekend) {
      codes.add(Retourcode.GEMEENTE_ONBEKEND);
    }
    if (kop.declaratieDagtekening().isAfter(vandaag) || kop.berichtDagtekening().isAfter(vandaag)) {
      codes.add(Retourcode.DAGTEKENING_TOEKOMST);
    }
    return codes;
  }

  /** The name the original of a dropped file is archived under (file channel), shown with the declaration. */
  private static void bewaarBestand(Connection c, long id, String bestand) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("update declaratie set bestand = ? where id = ?")) {
      ps.setString(1, bestand);
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  // ---------------------------------------------------------------- the context of the rules

  /** Earlier declarations and toewijzingen as the rules see them, plus what this message did so far. */
  private final class Regels implements DeclaratieContext {
    private final Connection c;
    private final String agb;
    private final Set<String> referenties = new HashSet<>();
    private final Map<Long, Optional<ToewijzingFeit>> toewijzingCache = new HashMap<>();
    private final Map<String, Long> gecrediteerdInBericht = new HashMap<>(); // debit ref -> credit line id
    private final Map<String, String> geaccepteerdInBericht = new HashMap<>(); // toewijzing|begin -> ref
    private final Map<String, String> lopend = new HashMap<>(); // accepted, uncredited debits before this message
    private final Map<Long, Long> volumeInBericht = new HashMap<>();
    private final Map<Long, Long> volumeEerder = new HashMap<>();
    private final Map<Long, Long> bedragInBericht = new HashMap<>(); // TR369: accepted IngediendBedrag, debits minus credits
    private final Map<Long, Long> bedragEerder = new HashMap<>();
    private final Map<Object, Object> onthouden = new HashMap<>(); // pure values per toewijzing, for this message
    /** Run before each query of the rules (set by the line writer). */
    Runnable voorElkeVraag = () -> {};

    /**
     * Loads, before any line is written (a query during the COPY would end it), what earlier messages did that
     * matters to this message: which of its references were used before (only the message's own, so memory and time
     * follow the message, not the provider's history), the accepted debits, volumes and amounts of its toewijzingen, and the
     * facts of those toewijzingen.
     */
    Regels(Connection c, String agb, Set<String> inBericht, Set<Long> toewijzingen) throws SQLException {
      this.c = c;
      this.agb = agb;
      // TR314: which of the message's references this provider used before, accepted or not: every line is stored with
      // its reference, so the index on (afzender_agb, referentie_nummer) of the lines answers it; one probe per
      // reference, sorted (PostgreSQL: a join with the unnested array keeps it a probe per element whatever the plan cache
      // holds, where "= any(?)" once got a generic plan that read all of the provider's lines)
      String sql = c.isWrapperFor(org.postgresql.PGConnection.class)
          ? "select distinct r.referentie_nummer from unnest(?) as m(referentie) join declaratie_regel r"
              + " on r.afzender_agb = ? and r.referentie_nummer = m.referentie"
          : "select distinct referentie_nummer from declaratie_regel where referentie_nummer = any(?) and afzender_agb = ?";
      List<String> gesorteerd = new ArrayList<>(inBericht);
      java.util.Collections.sort(gesorteerd);
      perDeel(gesorteerd, REFERENTIES_PER_VRAAG, deel -> {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setArray(1, c.createArrayOf("varchar", deel.toArray()));
          ps.setString(2, agb);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              referenties.add(rs.getString(1));
            }
          }
        }
      });
      // TR389: the accepted, uncredited debits of this message's toewijzingen, in one query per 500
      perDeel(new ArrayList<>(toewijzingen), 500, deel -> {
        // by toewijzing only (its index): a condition on the provider made PostgreSQL walk all the provider's lines
        try (PreparedStatement ps = c.prepareStatement("select toewijzing_nummer, begindatum, referentie_nummer, afzender_agb"
            + " from declaratie_regel where goedgekeurd = TRUE and debet_credit = 'D' and gecrediteerd_door is null"
            + " and toewijzing_nummer in (" + vraagtekens(deel.size()) + ")")) {
          for (int i = 0; i < deel.size(); i++) {
            ps.setLong(i + 1, deel.get(i));
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              if (agb.equals(rs.getString(4))) {
                lopend.put(rs.getLong(1) + "|" + rs.getDate(2).toLocalDate(), rs.getString(3));
              }
            }
          }
        }
      });
      // TR321/TR322: the volume accepted so far per toewijzing, in minutes where the unit is hours (IV081); TR369: the
      // amount accepted so far, in the same query (the same rows)
      perDeel(new ArrayList<>(toewijzingen), 500, deel -> {
        try (PreparedStatement ps = c.prepareStatement("select toewijzing_nummer, sum(case when debet_credit = 'D' then geleverd_volume"
            + " else -geleverd_volume end * case when eenheid = '04' then 60 else 1 end),"
            + " sum(case when debet_credit = 'D' then ingediend_bedrag_cent else -ingediend_bedrag_cent end) from declaratie_regel"
            + " where goedgekeurd = TRUE and toewijzing_nummer in (" + vraagtekens(deel.size()) + ") group by toewijzing_nummer")) {
          for (int i = 0; i < deel.size(); i++) {
            ps.setLong(i + 1, deel.get(i));
            volumeEerder.put(deel.get(i), 0L);
            bedragEerder.put(deel.get(i), 0L);
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              volumeEerder.put(rs.getLong(1), rs.getLong(2));
              bedragEerder.put(rs.getLong(1), rs.getLong(3));
            }
          }
        }
      });
      // the facts of every toewijzing, now (no COPY runs yet), with their client, beschikking, provider and product in
      // one query per 500 instead of a few per toewijzing
      perDeel(new ArrayList<>(toewijzingen), 500, deel ->
        em.createQuery("select t from Toewijzing t join fetch t.client cl join fetch cl.gemeente join fetch t.beschikking"
                + " join fetch t.aanbieder join fetch t.product where t.nummer in :nummers", Toewijzing.class)
            .setParameter("nummers", deel)
            .getResultList()
            .forEach(t -> toewijzingCache.put(t.nummer(), Optional.of(feit(t)))));
      toewijzingen.forEach(n -> toewijzingCache.putIfAbsent(n, Optional.empty()));
    }

    @Override
    public Optional<ToewijzingFeit> toewijzing(long nummer) {
      Optional<ToewijzingFeit> feit = toewijzingCache.get(nummer);
      if (feit == null) {
        voorElkeVraag.run();
        feit = Optional.ofNullable(em.find(Toewijzing.class, nummer)).map(this::feit);
        toewijzingCache.put(nummer, feit);
      }
      return feit;
    }

    private ToewijzingFeit feit(Toewijzing t) {
      List<TariefBeheer.TijdlijnStuk> stukken = tijdlijn(t);
      // a budget toewijzing has no omvang: the line is checked against the product's unit and the budget (TR341, TR369)
      boolean budget = t.heeftBudget();
      return new ToewijzingFeit(t.nummer(), t.client().bsn().waarde(), t.aanbieder().agbCode().waarde(), t.client().gemeente().cbsCode(),
          t.product().categorie().code(), t.product().code(), (budget ? t.product().eenheid() : t.eenheid()).code(), t.periode(),
          t.isVerwijderd(), budget ? Grondslag.BUDGET : t.product().tariefPerKlasse() ? Grondslag.PER_MAAND : Grondslag.PER_WEEK,
          budget ? 0 : t.volume(),
          stukken.stream().map(TariefBeheer.TijdlijnStuk::tarief).toList(),
          stukken.stream().map(TariefBeheer.TijdlijnStuk::tariefId).toList(), t.budgetCent());
    }

    /**
     * The tariff timeline over the toewijzing's period, as {@link BeschikkingBeheer#tariefTijdlijnMetVersies}, but from
     * the provider's contracts and versions read once per message.
     */
    private List<TariefBeheer.TijdlijnStuk> tijdlijn(Toewijzing t) {
      if (t.beschikking().isOfferte()) {
        return beschikkingen.tariefTijdlijnMetVersies(t);
      }
      TariefBeheer.Tijdlijnen vanAanbieder = onthoud(List.of("tijdlijnen", t.aanbieder().id()), () -> tarieven.tijdlijnenVan(t.aanbieder()));
      return vanAanbieder.tijdlijnMetVersies(t.product(), t.beschikking().klasse(), t.periode());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T onthoud(Object sleutel, java.util.function.Supplier<T> berekening) {
      Object waarde = onthouden.get(sleutel);
      if (waarde == null) {
        waarde = berekening.get();
        onthouden.put(sleutel, waarde);
      }
      return (T) waarde;
    }

    @Override
    public boolean referentieGebruikt(String referentie) {
      return referenties.contains(referentie);
    }

    @Override
    public Optional<Prestatie> geaccepteerdeDebet(String referentie) {
      return query("select volgnummer, bsn, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer, product_categorie,"
          + " product_code, begindatum, einddatum, geleverd_volume, eenheid, product_tarief_cent, ingediend_bedrag_cent"
          + " from declaratie_regel where afzender_agb = ? and referentie_nummer = ? and debet_credit = 'D' and goedgekeurd = TRUE",
          referentie, rs -> new Prestatie(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
              rs.getString(7), rs.getDate(8).toLocalDate(), rs.getDate(9).toLocalDate(), rs.getLong(10), rs.getString(11),
              langOfNull(rs, 12), rs.getLong(13), false));
    }

    @Override
    public boolean gecrediteerd(String debetReferentie) {
      if (gecrediteerdInBericht.containsKey(debetReferentie)) {
        return true;
      }
      return query("select 1 from declaratie_regel where afzender_agb = ? and referentie_nummer = ? and gecrediteerd_door is not null",
          debetReferentie, rs -> Boolean.TRUE).isPresent();
    }

    @Override
    public Optional<String> lopendeDebet(long toewijzingNummer, LocalDate begin) {
      String inBericht = geaccepteerdInBericht.get(toewijzingNummer + "|" + begin);
      if (inBericht != null) {
        return Optional.of(inBericht);
      }
      String eerder = lopend.get(toewijzingNummer + "|" + begin);
      return eerder == null || gecrediteerdInBericht.containsKey(eerder) ? Optional.empty() : Optional.of(eerder);
    }

    @Override
    public long geaccepteerdVolume(long toewijzingNummer) {
      // every toewijzing of the message was read in the constructor
      return volumeEerder.getOrDefault(toewijzingNummer, 0L) + volumeInBericht.getOrDefault(toewijzingNummer, 0L);
    }

    @Override
    public long geaccepteerdBedrag(long toewijzingNummer) {
      // every toewijzing of the message was read in the constructor
      return bedragEerder.getOrDefault(toewijzingNummer, 0L) + bedragInBericht.getOrDefault(toewijzingNummer, 0L);
    }

    void verwerkt(Prestatie p, Oordeel o, long regelId) {
      referenties.add(p.referentie());
      if (!o.goedgekeurd()) {
        return;
      }
      long teken = p.credit() ? -1 : 1;
      volumeInBericht.merge(p.toewijzingNummer(), teken * PrestatieRegels.basisVolume(p.volume(), p.eenheid()), Long::sum);
      bedragInBericht.merge(p.toewijzingNummer(), p.bedragMetTeken(), Long::sum);
      if (p.credit()) {
        gecrediteerdInBericht.put(p.vorigeReferentie(), regelId);
      } else {
        geaccepteerdInBericht.put(p.toewijzingNummer() + "|" + p.begin(), p.referentie());
      }
    }

    void crediteringenOpslaan(Connection c) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(
          "update declaratie_regel set gecrediteerd_door = ? where afzender_agb = ? and referentie_nummer = ? and debet_credit = 'D'")) {
        for (Map.Entry<String, Long> e : gecrediteerdInBericht.entrySet()) {
          ps.setLong(1, e.getValue());
          ps.setString(2, agb);
          ps.setString(3, e.getKey());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }

    private <T> Optional<T> query(String sql, String referentie, RijLezer<T> lezer) {
      voorElkeVraag.run();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, agb);
        ps.setString(2, referentie);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(lezer.lees(rs)) : Optional.empty();
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private interface DeelActie<T> {
    void doe(List<T> deel) throws SQLException;
  }

  private static <T> void perDeel(List<T> alles, int grootte, DeelActie<T> actie) throws SQLException {
    for (int i = 0; i < alles.size(); i += grootte) {
      actie.doe(alles.subList(i, Math.min(alles.size(), i + grootte)));
    }
  }

  private static String vraagtekens(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  private interface RijLezer<T> {
    T lees(ResultSet rs) throws SQLException;
  }

  // ---------------------------------------------------------------- writing lines

  /**
   * Writes the lines: on PostgreSQL as one COPY stream per message (the server stores rows while the next ones are
   * judged; ended early when a rule needs the connection for a query), elsewhere (H2) in JDBC batches.
   */
  private final class Regelschrijver implements AutoCloseable {
    private static final String KOLOMMEN = "id, declaratie_id, afzender_agb, volgnummer, bsn, referentie_nummer, vorig_referentie_nummer,"
        + " toewijzing_nummer, product_categorie, product_code, begindatum, einddatum, geleverd_volume, eenheid, product_tarief_cent,"
        + " ingediend_bedrag_cent, debet_credit, goedgekeurd, retourcodes, gemeente, tarief_id, toelichting";
    private final Connection c;
    private final long declaratieId;
    private final String agb;
    private final Kopie regelKopie;
    private PreparedStatement regel;
    private final java.util.ArrayDeque<Long> blokken = new java.util.ArrayDeque<>();
    private long volgendeId;
    private long laatsteId;
    private int inBatch;
    private long toegekend;
    private int afgewezen;

    Regelschrijver(Connection c, long declaratieId, String agb, int aantal) throws SQLException {
      this.c = c;
      // the ids of all lines, in blocks of BATCH from the sequence, taken now: a query while the COPY runs would end it
      for (int i = 0; i < aantal; i += BATCH) {
        blokken.add(volgende(c, "declaratie_regel_seq"));
      }
      this.declaratieId = declaratieId;
      this.agb = agb;
      regelKopie = Kopie.voor(c, "declaratie_regel (" + KOLOMMEN + ")");
      if (regelKopie == null) {
        regel = c.prepareStatement("insert into declaratie_regel (" + KOLOMMEN + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      }
    }

    /** Writes the line (its ReferentieNummer counts as used from now on, TR314). */
    long schrijf(Prestatie p, Oordeel o, String codes) {
      try {
        if (volgendeId == 0 || volgendeId > laatsteId) {
          if (blokken.isEmpty()) {
            pauzeer(); // more lines than counted: not expected, but then a query it is
            volgendeId = volgende(c, "declaratie_regel_seq");
          } else {
            volgendeId = blokken.poll();
          }
          laatsteId = volgendeId + BATCH - 1;
        }
        long id = volgendeId++;
        String toelichting = o.toelichting().length() > 4000 ? o.toelichting().substring(0, 4000) : o.toelichting();
        Long tariefId = o.tariefId() == null || o.tariefId() == 0 ? null : o.tariefId();
        if (regelKopie != null) {
          regelKopie.getal(id).getal(declaratieId).tekst(agb).geheel(p.volgnummer()).tekst(p.bsn()).tekst(p.referentie())
              .tekst(p.vorigeReferentie()).getal(p.toewijzingNummer()).tekst(p.categorie()).tekst(p.productcode())
              .datum(p.begin()).datum(p.eind()).getal(p.volume()).tekst(p.eenheid()).getal(p.tariefCent())
              .getal(p.bedragCent()).tekst(p.credit() ? "C" : "D").waarheid(o.goedgekeurd()).tekst(codes).tekst(o.gemeente())
              .getal(tariefId).tekst(toelichting).rijKlaar();
        } else {
          batch(id, p, o, codes, toelichting, tariefId);
        }
        if (o.goedgekeurd()) {
          toegekend += p.bedragMetTeken();
        } else {
          afgewezen++;
        }
        return id;
      } catch (SQLException e) {
        throw new IllegalStateException("Database: " + e.getSQLState(), e);
      }
    }

    private void batch(long id, Prestatie p, Oordeel o, String codes, String toelichting, Long tariefId) throws SQLException {
      int i = 1;
      regel.setLong(i++, id);
      regel.setLong(i++, declaratieId);
      regel.setString(i++, agb);
      regel.setInt(i++, p.volgnummer());
      regel.setString(i++, p.bsn());
      regel.setString(i++, p.referentie());
      regel.setString(i++, p.vorigeReferentie());
      regel.setLong(i++, p.toewijzingNummer());
      regel.setString(i++, p.categorie());
      regel.setString(i++, p.productcode());
      regel.setDate(i++, Date.valueOf(p.begin()));
      regel.setDate(i++, Date.valueOf(p.eind()));
      regel.setLong(i++, p.volume());
      regel.setString(i++, p.eenheid());
      if (p.tariefCent() == null) {
        regel.setNull(i++, Types.BIGINT);
      } else {
        regel.setLong(i++, p.tariefCent());
      }
      regel.setLong(i++, p.bedragCent());
      regel.setString(i++, p.credit() ? "C" : "D");
      regel.setBoolean(i++, o.goedgekeurd());
      regel.setString(i++, codes);
      regel.setString(i++, o.gemeente());
      if (tariefId == null) {
        regel.setNull(i++, Types.BIGINT);
      } else {
        regel.setLong(i++, tariefId);
      }
      regel.setString(i, toelichting);
      regel.addBatch();
      if (++inBatch == BATCH) {
        regel.executeBatch();
        inBatch = 0;
      }
    }

    /** Ends a COPY in progress (the rows so far are stored); the next line starts a new one. */
    void pauzeer() {
      if (regelKopie != null) {
        try {
          regelKopie.einde();
        } catch (SQLException e) {
          throw new IllegalStateException("Database: " + e.getSQLState(), e);
        }
      }
    }

    /** Stores what is still pending: the last rows. */
    void klaar() throws SQLException {
      if (regelKopie == null) {
        regel.executeBatch();
        inBatch = 0;
        return;
      }
      regelKopie.einde();
    }

    long toegekend() {
      return toegekend;
    }

    int afgewezen() {
      return afgewezen;
    }

    @Override
    public void close() throws SQLException {
      if (regelKopie != null) {
        regelKopie.breekAf(); // after a failure only: klaar() ended it otherwise
      }
      if (regel != null) {
        regel.close();
      }
    }
  }

  // ---------------------------------------------------------------- the declaration row and the WMO325

  /**
   * The declaration's row. Its WMO325 gets the next message number — not for a pre-flight ({@code opslaan} false): a
   * sequence is not rolled back, so that answer carries 325000000000 and a check never uses up a number.
   */
  private void insertDeclaratie(Connection c, long id, Wmo323Kop kop, String sha256, String kanaal, int regels, boolean opslaan)
      throws SQLException {
    long volgnummer = opslaan ? volgende(c, "wmo325_seq") : 0;
    try (PreparedStatement ps = c.prepareStatement("insert into declaratie (id, afzender_agb, ontvanger_gemeente, bericht_identificatie,"
        + " bericht_dagtekening, xsd_basisschema, xsd_bericht, declaratie_nummer, periode_begin, periode_eind, dagtekening,"
        + " totaal_ingediend_cent, totaal_toegekend_cent, status, header_retourcodes, aantal_regels, aantal_afgewezen, kanaal, sha256,"
        + " ontvangen_op, wmo325_identificatie, wmo325_dagtekening) values (?,?,?,?,?,?,?,?,?,?,?,?,0,'ONTVANGEN','0200',?,0,?,?,?,?,?)")) {
      int i = 1;
      ps.setLong(i++, id);
      ps.setString(i++, kop.afzenderAgb());
      ps.setString(i++, kop.ontvangerGemeente());
      ps.setString(i++, kop.berichtIdentificatie());
      ps.setDate(i++, Date.valueOf(kop.berichtDagtekening()));
      ps.setString(i++, kop.basisschemaXsdVersie());
      ps.setString(i++, kop.berichtXsdVersie());
      ps.setString(i++, kop.declaratieNummer());
      ps.setDate(i++, Date.valueOf(kop.periodeBegin()));
      ps.setDate(i++, Date.valueOf(kop.periodeEind()));
      ps.setDate(i++, Date.valueOf(kop.declaratieDagtekening()));
      ps.setLong(i++, "C".equals(kop.totaalDebetCredit()) ? -kop.totaalIngediendBedrag() : kop.totaalIngediendBedrag());
      ps.setInt(i++, regels);
      ps.setString(i++, kanaal);
      ps.setString(i++, sha256);
      ps.setTimestamp(i++, Timestamp.from(OffsetDateTime.now(clock).toInstant()));
      ps.setString(i++, String.format(Locale.ROOT, "325%09d", volgnummer));
      ps.setDate(i, Date.valueOf(LocalDate.now(clock)));
      ps.executeUpdate();
    }
  }

  private static void werkBij(Connection c, long id, String status, String header, String declaratieCodes, String reden, long toegekend,
      int afgewezen) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("update declaratie set status = ?, header_retourcodes = ?, declaratie_retourcodes = ?,"
        + " reden = ?, totaal_toegekend_cent = ?, aantal_afgewezen = ? where id = ?")) {
      ps.setString(1, status);
      ps.setString(2, header);
      ps.setString(3, declaratieCodes);
      ps.setString(4, reden == null ? null : reden.length() > 4000 ? reden.substring(0, 4000) : reden);
      ps.setLong(5, toegekend);
      ps.setInt(6, afgewezen);
      ps.setLong(7, id);
      ps.executeUpdate();
    }
  }

  /**
   * One declaration of a provider at a time, until the transaction ends: its lines depend on the provider's earlier
   * ones (references, credits, volumes), and the file drop and REST upload may run side by side. PostgreSQL: an
   * advisory lock on the AGB code; H2 (embedded, one application): the provider's row.
   */
  private static void vergrendel(Connection c, String agb) throws SQLException {
    if (c.isWrapperFor(org.postgresql.PGConnection.class)) {
      // in one app the provider's turn (Beurten) is taken before this; the lock only waits for another instance, and
      // not for ever: past the timeout the caller gets 503 with Retry-After (SQLSTATE 55P03, see Storing)
      try (PreparedStatement ps = c.prepareStatement("set local lock_timeout = '30s'")) {
        ps.execute();
      }
      try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
        ps.setInt(1, SLOT_DECLARATIES);
        ps.setInt(2, agb.hashCode());
        ps.execute();
      }
    } else {
      try (PreparedStatement ps = c.prepareStatement("select id from aanbieder where agb_code = ? for update")) {
        ps.setString(1, agb);
        ps.executeQuery().close();
      }
    }
  }

  /** TR333: claims the DeclaratieNummer for this provider; false when it was used before. */
  private static boolean claimNummer(Connection c, String agb, String nummer, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select 1 from declaratie_nummer_gebruikt where afzender_agb = ? and declaratie_nummer = ?")) {
      ps.setString(1, agb);
      ps.setString(2, nummer);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return false;
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement("insert into declaratie_nummer_gebruikt (afzender_agb, declaratie_nummer, declaratie_id) values (?,?,?)")) {
      ps.setString(1, agb);
      ps.setString(2, nummer);
      ps.setLong(3, id);
      ps.executeUpdate(); // a concurrent claim of the same number fails here on the key and rolls back
    }
    return true;
  }

  private static Optional<Long> eerdere(Connection c, String agb, String sha256) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select id from declaratie where afzender_agb = ? and sha256 = ?")) {
      ps.setString(1, agb);
      ps.setString(2, sha256);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  private static String status(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select status from declaratie where id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  static long volgende(Connection c, String sequence) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select nextval('" + sequence + "')");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The WMO325 for a stored declaration, rebuilt from the store: the same answer every time it is asked. */
  byte[] wmo325(Connection c, long id) throws SQLException {
    try {
      return wmo325(c, id, w -> afgewezenRegels(c, id, w));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the rejected prestaties of a declaration into its WMO325, grouped by client in document order. */
  private interface AfgewezenRegels {
    void schrijf(Wmo325Schrijver w) throws SQLException, IOException;
  }

  private byte[] wmo325(Connection c, long id, AfgewezenRegels afgewezen) throws SQLException, IOException {
    try (PreparedStatement ps = c.prepareStatement("select afzender_agb, ontvanger_gemeente, bericht_identificatie, bericht_dagtekening,"
        + " xsd_basisschema, xsd_bericht, declaratie_nummer, totaal_ingediend_cent, totaal_toegekend_cent, status, header_retourcodes,"
        + " declaratie_retourcodes, wmo325_identificatie, wmo325_dagtekening, aantal_afgewezen from declaratie where id = ?")) {
      ps.setLong(1, id);
      try (ResultSet d = ps.executeQuery()) {
        d.next();
        // about a kilobyte per rejected prestatie: sized once instead of doubling (and copying) its way up
        ByteArrayOutputStream uit = new ByteArrayOutputStream((int) Math.min(MAX_VOORAF, 4096L + 1024L * d.getInt(15)));
        try (Wmo325Schrijver w = new Wmo325Schrijver(uit)) {
          w.kop(new Wmo325Kop(d.getString(2), d.getString(1), d.getString(13), d.getDate(14).toLocalDate(), d.getString(3),
              d.getDate(4).toLocalDate(), d.getString(5), d.getString(6), codes(d.getString(11))));
          if ("NIET_ONTVANGEN".equals(d.getString(10))) {
            w.zonderDeclaratie();
            return klaar(w, uit);
          }
          long ingediend = d.getLong(8);
          long toegekend = d.getLong(9);
          w.beginDeclaratie(d.getString(7), Math.abs(ingediend), ingediend < 0 ? "C" : "D", Math.abs(toegekend), toegekend < 0 ? "C" : "D");
          if (d.getString(12) != null && !d.getString(12).equals("8001") && !d.getString(12).equals("0200")) {
            w.eindDeclaratie(codes(d.getString(12)));
            return klaar(w, uit);
          }
          afgewezen.schrijf(w);
          w.eindDeclaratie(codes(d.getString(12)));
          return klaar(w, uit);
        }
      }
    }
  }

  private static byte[] klaar(Wmo325Schrijver w, ByteArrayOutputStream uit) {
    w.close();
    return uit.toByteArray();
  }

  /** Only the rejected prestaties, grouped by client in the order of the 323 (IV087). */
  private static void afgewezenRegels(Connection c, long id, Wmo325Schrijver w) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select bsn, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer,"
        + " product_categorie, product_code, begindatum, einddatum, geleverd_volume, eenheid, product_tarief_cent,"
        + " ingediend_bedrag_cent, debet_credit, retourcodes from declaratie_regel where declaratie_id = ? and goedgekeurd = FALSE"
        + " order by volgnummer")) {
      ps.setLong(1, id);
      ps.setFetchSize(BATCH);
      try (ResultSet r = ps.executeQuery()) {
        PerClient perClient = new PerClient(w);
        while (r.next()) {
          perClient.prestatie(r.getString(1), new Wmo325Prestatie(r.getString(2), r.getString(3), r.getLong(4), r.getString(5), r.getString(6),
              r.getDate(7).toLocalDate(), r.getDate(8).toLocalDate(), r.getLong(9), r.getString(10), langOfNull(r, 11),
              r.getLong(12), r.getString(13), codes(r.getString(14))));
        }
      }
    }
  }

  /** The retourcodes of a line as stored: separated by a space. */
  private static String codeTekst(Oordeel o) {
    return o.codes().size() == 1 ? o.codes().get(0).code() : o.codes().stream().map(Retourcode::code).collect(Collectors.joining(" "));
  }

  /** Rejected prestaties in document order, a Client element each time the BSN changes (IV087). */
  private static final class PerClient {
    private final Wmo325Schrijver w;
    private String bsn;

    PerClient(Wmo325Schrijver w) {
      this.w = w;
    }

    void prestatie(String bsnVanRegel, Wmo325Prestatie p) {
      if (!bsnVanRegel.equals(bsn)) {
        bsn = bsnVanRegel;
        w.client(bsn, List.of(Retourcode.GEEN_OPMERKINGEN.code()));
      }
      w.prestatie(p);
    }
  }

  /** A nullable bigint; the same as getObject(i, Long.class), which the pool's wrapper answers by reflection per row. */
  private static Long langOfNull(ResultSet r, int kolom) throws SQLException {
    long waarde = r.getLong(kolom);
    return r.wasNull() ? null : waarde;
  }

  /** The codes separated by whitespace; the same as {@code List.of(tekst.trim().split("\\s+"))}, without a regex per row. */
  private static List<String> codes(String tekst) {
    if (tekst == null || tekst.isBlank()) {
      return List.of();
    }
    String t = tekst.trim();
    List<String> uit = new ArrayList<>(2);
    int begin = -1;
    for (int i = 0; i <= t.length(); i++) {
      boolean scheiding = i == t.length() || isWitruimte(t.charAt(i));
      if (scheiding && begin >= 0) {
        uit.add(t.substring(begin, i));
        begin = -1;
      } else if (!scheiding && begin < 0) {
        begin = i;
      }
    }
    return List.copyOf(uit);
  }

  /** The characters of the regex class {@code \\s}. */
  private static boolean isWitruimte(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
