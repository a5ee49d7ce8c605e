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
import nl.regio.wmo.interfaces.iwmo.Wmo323Kop;
import nl.regio.wmo.interfaces.iwmo.Wmo325Kop;
import nl.regio.wmo.interfaces.iwmo.Wmo325Prestatie;
import nl.regio.wmo.interfaces.iwmo.Wmo325Schrijver;

/**
 * Judges one WMO323 that passed the transport and XSD checks, in one transaction: the message, its
 * lines, their outcome and evidence, and the data for its WMO325 are committed together, or nothing
 * is (a crash mid-way applies nothing; the file is processed again). The same content from the same
 * sender is answered from the store and never counted twice. Lines are written with JDBC batches and
 * the message is read twice from disk (all lines for the totals, keeping the few credits; then the debits, after the
 * credits, OP366), so memory does not grow with its size (more than {@value #MAX_CREDITS_IN_GEHEUGEN} credits: read
 * once more for them).
 */
@ApplicationScoped
public class DeclaratieBeoordeling {

  static final int BATCH = 1000;
  /** Credits kept from the first pass (a few MB at most); a message with more is read once more for them. */
  static final int MAX_CREDITS_IN_GEHEUGEN = 10_000;
  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DeclaratieBeoordeling.class.getName());

  @PersistenceContext EntityManager em;
  @Inject ToewijzingBeheer toewijzingen;
  @Inject BeschikkingBeheer beschikkingen;
  @Inject RegioGegevens regio;
  @Inject Clock clock;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry transactie;

  /** Streams the prestaties of the message, in document order, as often as asked. */
  public interface Bron {
    void lees(Consumer<Prestatie> perPrestatie) throws IOException;
  }

  /** The answer: the WMO325, whether it came from the store, and the declaration's status. */
  public record Antwoord(byte[] wmo325, boolean herhaald, String status, long declaratieId) {}

  @Transactional
  public Antwoord beoordeel(Wmo323Kop kop, String sha256, String kanaal, Bron bron, boolean opslaan) {
    try (Connection c = dataSource.getConnection()) {
      Optional<Long> eerder = eerdere(c, kop.afzenderAgb(), sha256);
      if (eerder.isPresent()) {
        return new Antwoord(wmo325(c, eerder.get()), true, status(c, eerder.get()), eerder.get());
      }
      Antwoord antwoord = nieuw(c, kop, sha256, kanaal, bron);
      if (!opslaan) {
        transactie.setRollbackOnly(); // pre-flight: the same work, nothing kept
      }
      return antwoord;
    } catch (SQLException e) {
      throw new IllegalStateException("Database: " + e.getSQLState(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Antwoord nieuw(Connection c, Wmo323Kop kop, String sha256, String kanaal, Bron bron) throws SQLException, IOException {
    long id = volgende(c, "declaratie_seq");
    BerichtControle controle = new BerichtControle();
    controle.kop(kop.periodeBegin(), kop.periodeEind(), kop.totaalIngediendBedrag(), kop.totaalDebetCredit());
    long[] aantal = {0};
    Set<String> referentiesInBericht = new HashSet<>();
    Set<Long> toewijzingenInBericht = new HashSet<>();
    // the credits are few: this pass keeps them (up to a bound) so OP366 needs one more pass, for the debits, not two
    List<Prestatie> credits = new ArrayList<>();
    boolean[] creditsVolledig = {true};
    bron.lees(p -> {
      controle.prestatie(p);
      aantal[0]++;
      referentiesInBericht.add(p.referentie());
      toewijzingenInBericht.add(p.toewijzingNummer());
      if (p.credit() && creditsVolledig[0]) {
        if (credits.size() < MAX_CREDITS_IN_GEHEUGEN) {
          credits.add(p);
        } else {
          creditsVolledig[0] = false;
          credits.clear();
        }
      }
    });
    List<String> binnenBericht = controle.uitkomst();
    String ontvangen = "ONTVANGEN";
    insertDeclaratie(c, id, kop, sha256, kanaal, (int) aantal[0]);
    if (!binnenBericht.isEmpty()) {
      werkBij(c, id, "NIET_ONTVANGEN", "0001", null, String.join("\n", binnenBericht), 0, 0);
      return new Antwoord(wmo325(c, id), false, "NIET_ONTVANGEN", id);
    }
    List<Retourcode> declaratieCodes = new ArrayList<>();
    if (regio.gemeente(kop.ontvangerGemeente()).isEmpty()) {
      declaratieCodes.add(Retourcode.GEMEENTE_ONBEKEND);
    }
    if (kop.declaratieDagtekening().isAfter(LocalDate.now(clock))) {
      declaratieCodes.add(Retourcode.DAGTEKENING_TOEKOMST);
    }
    if (declaratieCodes.isEmpty() && !claimNummer(c, kop.afzenderAgb(), kop.declaratieNummer(), id)) {
      declaratieCodes.add(Retourcode.DECLARATIENUMMER_DUBBEL);
    }
    if (!declaratieCodes.isEmpty()) {
      String codes = declaratieCodes.stream().map(Retourcode::code).collect(Collectors.joining(" "));
      werkBij(c, id, "AFGEWEZEN", "0200", codes,
          declaratieCodes.stream().map(r -> r.code() + " (" + r.regel() + ") " + r.uitleg()).collect(Collectors.joining("; ")), 0, 0);
      return new Antwoord(wmo325(c, id), false, "AFGEWEZEN", id);
    }
    Regels regels = new Regels(c, kop.afzenderAgb(), referentiesInBericht, toewijzingenInBericht);
    LOG.info(() -> "Declaratie " + kop.declaratieNummer() + " van " + kop.afzenderAgb() + ": " + aantal[0] + " prestaties worden beoordeeld");
    Maand maand = Maand.van(kop.periodeBegin());
    try (Regelschrijver schrijver = new Regelschrijver(c, id, kop.afzenderAgb())) {
      Consumer<Prestatie> beoordeel = p -> {
        boolean nieuweReferentie = !regels.referentieGebruikt(p.referentie());
        Oordeel o = PrestatieRegels.beoordeel(p, kop.afzenderAgb(), maand, regels);
        long regelId = schrijver.schrijf(p, o, nieuweReferentie);
        regels.verwerkt(p, o, regelId);
      };
      // OP366: all credits before any debit, each group in document order
      if (creditsVolledig[0]) {
        credits.forEach(beoordeel);
      } else {
        bron.lees(p -> {
          if (p.credit()) {
            beoordeel.accept(p);
          }
        });
      }
      credits.clear();
      bron.lees(p -> {
        if (!p.credit()) {
          beoordeel.accept(p);
        }
      });
      schrijver.flush();
      regels.crediteringenOpslaan(c);
      long toegekend = schrijver.toegekend();
      int afgewezen = schrijver.afgewezen();
      String status = afgewezen == 0 ? "GEACCEPTEERD" : afgewezen == aantal[0] ? "AFGEWEZEN" : "GEDEELTELIJK";
      werkBij(c, id, status, "0200", afgewezen == 0 ? "8001" : "0200", null, toegekend, afgewezen);
      return new Antwoord(wmo325(c, id), false, status, id);
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
    private final Map<Object, Object> onthouden = new HashMap<>(); // pure values per toewijzing, for this message

    /**
     * Loads what earlier messages did that matters to this message: which of its references were used
     * before (kept only for this message's own, so memory follows the message) and the accepted
     * debits of its toewijzingen.
     */
    Regels(Connection c, String agb, Set<String> inBericht, Set<Long> toewijzingen) throws SQLException {
      this.c = c;
      this.agb = agb;
      // one scan of the provider's used references beats per-line or IN-list lookups here (measured: an IN list of 500
      // makes PostgreSQL's generic plan scan the table once per chunk)
      try (PreparedStatement ps = c.prepareStatement("select referentie_nummer from referentie_gebruikt where afzender_agb = ?")) {
        ps.setString(1, agb);
        ps.setFetchSize(BATCH * 10);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String ref = rs.getString(1);
            if (inBericht.contains(ref)) {
              referenties.add(ref);
            }
          }
        }
      }
      // TR389: the accepted, uncredited debits of this message's toewijzingen, in one query per 500
      perDeel(new ArrayList<>(toewijzingen), deel -> {
        try (PreparedStatement ps = c.prepareStatement("select toewijzing_nummer, begindatum, referentie_nummer from declaratie_regel"
            + " where afzender_agb = ? and debet_credit = 'D' and goedgekeurd = TRUE and gecrediteerd_door is null"
            + " and toewijzing_nummer in (" + vraagtekens(deel.size()) + ")")) {
          ps.setString(1, agb);
          for (int i = 0; i < deel.size(); i++) {
            ps.setLong(i + 2, deel.get(i));
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              lopend.put(rs.getLong(1) + "|" + rs.getDate(2).toLocalDate(), rs.getString(3));
            }
          }
        }
      });
    }

    @Override
    public Optional<ToewijzingFeit> toewijzing(long nummer) {
      return toewijzingCache.computeIfAbsent(nummer, n -> Optional.ofNullable(em.find(Toewijzing.class, n)).map(this::feit));
    }

    private ToewijzingFeit feit(Toewijzing t) {
      List<nl.regio.wmo.application.TariefBeheer.TijdlijnStuk> stukken = beschikkingen.tariefTijdlijnMetVersies(t);
      return new ToewijzingFeit(t.nummer(), t.client().bsn().waarde(), t.aanbieder().agbCode().waarde(), t.client().gemeente().cbsCode(),
          t.product().categorie().code(), t.product().code(), t.eenheid().code(), t.periode(), t.isVerwijderd(),
          t.product().tariefPerKlasse() ? Grondslag.PER_MAAND : Grondslag.PER_WEEK, t.volume(),
          stukken.stream().map(TariefBeheer.TijdlijnStuk::tarief).toList(),
          stukken.stream().map(TariefBeheer.TijdlijnStuk::tariefId).toList());
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
      long eerder = volumeEerder.computeIfAbsent(toewijzingNummer, n -> {
        try (PreparedStatement ps = c.prepareStatement("select coalesce(sum(case when debet_credit = 'D' then geleverd_volume"
            + " else -geleverd_volume end * case when eenheid = '04' then 60 else 1 end), 0)"
            + " from declaratie_regel where toewijzing_nummer = ? and goedgekeurd = TRUE")) {
          ps.setLong(1, n);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      return eerder + volumeInBericht.getOrDefault(toewijzingNummer, 0L);
    }

    void verwerkt(Prestatie p, Oordeel o, long regelId) {
      referenties.add(p.referentie());
      if (!o.goedgekeurd()) {
        return;
      }
      long teken = p.credit() ? -1 : 1;
      volumeInBericht.merge(p.toewijzingNummer(), teken * PrestatieRegels.basisVolume(p.volume(), p.eenheid()), Long::sum);
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

  private static <T> void perDeel(List<T> alles, DeelActie<T> actie) throws SQLException {
    for (int i = 0; i < alles.size(); i += 500) {
      actie.doe(alles.subList(i, Math.min(alles.size(), i + 500)));
    }
  }

  private static String vraagtekens(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  private interface RijLezer<T> {
    T lees(ResultSet rs) throws SQLException;
  }

  // ---------------------------------------------------------------- writing lines in batches

  private final class Regelschrijver implements AutoCloseable {
    private final PreparedStatement regel;
    private final PreparedStatement referentie;
    private final Connection c;
    private final long declaratieId;
    private final String agb;
    private long volgendeId;
    private long laatsteId;
    private int inBatch;
    private long toegekend;
    private int afgewezen;

    Regelschrijver(Connection c, long declaratieId, String agb) throws SQLException {
      this.c = c;
      this.declaratieId = declaratieId;
      this.agb = agb;
      regel = c.prepareStatement("insert into declaratie_regel (id, declaratie_id, afzender_agb, volgnummer, bsn, referentie_nummer,"
          + " vorig_referentie_nummer, toewijzing_nummer, product_categorie, product_code, begindatum, einddatum, geleverd_volume,"
          + " eenheid, product_tarief_cent, ingediend_bedrag_cent, debet_credit, goedgekeurd, retourcodes, gemeente, tarief_id,"
          + " toelichting) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      referentie = c.prepareStatement("insert into referentie_gebruikt (afzender_agb, referentie_nummer) values (?, ?)");
    }

    /** Writes the line; registers its ReferentieNummer as used when it was new (TR314). */
    long schrijf(Prestatie p, Oordeel o, boolean nieuweReferentie) {
      try {
        if (volgendeId == 0 || volgendeId > laatsteId) {
          volgendeId = volgende(c, "declaratie_regel_seq");
          laatsteId = volgendeId + BATCH - 1;
        }
        long id = volgendeId++;
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
        regel.setString(i++, o.codes().stream().map(Retourcode::code).collect(Collectors.joining(" ")));
        regel.setString(i++, o.gemeente());
        if (o.tariefId() == null || o.tariefId() == 0) {
          regel.setNull(i++, Types.BIGINT);
        } else {
          regel.setLong(i++, o.tariefId());
        }
        regel.setString(i, o.toelichting().length() > 4000 ? o.toelichting().substring(0, 4000) : o.toelichting());
        regel.addBatch();
        if (nieuweReferentie) {
          referentie.setString(1, agb);
          referentie.setString(2, p.referentie());
          referentie.addBatch();
        }
        if (o.goedgekeurd()) {
          toegekend += p.bedragMetTeken();
        } else {
          afgewezen++;
        }
        if (++inBatch == BATCH) {
          flush();
        }
        return id;
      } catch (SQLException e) {
        throw new IllegalStateException("Database: " + e.getSQLState(), e);
      }
    }

    void flush() throws SQLException {
      if (inBatch > 0) {
        regel.executeBatch();
        referentie.executeBatch();
        inBatch = 0;
      }
    }

    long toegekend() {
      return toegekend;
    }

    int afgewezen() {
      return afgewezen;
    }

    @Override
    public void close() throws SQLException {
      regel.close();
      referentie.close();
    }
  }

  // ---------------------------------------------------------------- the declaration row and the WMO325

  private void insertDeclaratie(Connection c, long id, Wmo323Kop kop, String sha256, String kanaal, int regels) throws SQLException {
    long volgnummer = volgende(c, "wmo325_seq");
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
    ByteArrayOutputStream uit = new ByteArrayOutputStream();
    try (PreparedStatement ps = c.prepareStatement("select afzender_agb, ontvanger_gemeente, bericht_identificatie, bericht_dagtekening,"
        + " xsd_basisschema, xsd_bericht, declaratie_nummer, totaal_ingediend_cent, totaal_toegekend_cent, status, header_retourcodes,"
        + " declaratie_retourcodes, wmo325_identificatie, wmo325_dagtekening from declaratie where id = ?")) {
      ps.setLong(1, id);
      try (ResultSet d = ps.executeQuery(); Wmo325Schrijver w = new Wmo325Schrijver(uit)) {
        d.next();
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
        afgewezenRegels(c, id, w);
        w.eindDeclaratie(codes(d.getString(12)));
        return klaar(w, uit);
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
        String client = null;
        while (r.next()) {
          if (!r.getString(1).equals(client)) {
            client = r.getString(1);
            w.client(client, List.of(Retourcode.GEEN_OPMERKINGEN.code()));
          }
          w.prestatie(new Wmo325Prestatie(r.getString(2), r.getString(3), r.getLong(4), r.getString(5), r.getString(6),
              r.getDate(7).toLocalDate(), r.getDate(8).toLocalDate(), r.getLong(9), r.getString(10), langOfNull(r, 11),
              r.getLong(12), r.getString(13), codes(r.getString(14))));
        }
      }
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
