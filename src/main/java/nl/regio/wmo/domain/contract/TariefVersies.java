package nl.regio.wmo.domain.contract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.regio.wmo.domain.shared.Periode;

/**
 * The versions of one tariff line (the same contract — or the region — product and klasse), and
 * the rules that keep them a clean timeline: at most one version in force on any day.
 */
public final class TariefVersies {

  private final List<Tarief> versies;

  public TariefVersies(List<Tarief> versies) {
    this.versies = versies.stream().sorted(Comparator.comparing(t -> t.periode().start())).toList();
  }

  /** The version in force on {@code datum}, if any. */
  public Optional<Tarief> geldendOp(LocalDate datum) {
    return versies.stream().filter(t -> t.geldtOp(datum)).findFirst();
  }

  /**
   * The open-ended version that a new version starting at {@code nieuw.start()} replaces: it
   * started earlier and has no end, so it is to end the day before the new one starts.
   */
  public Optional<Tarief> opvolgbaarDoor(Periode nieuw) {
    return versies.stream()
        .filter(t -> t.periode().isOpen() && t.periode().start().isBefore(nieuw.start()))
        .findFirst();
  }

  /**
   * A version that would overlap {@code nieuw}, after the open predecessor (if any) is ended the day
   * before {@code nieuw} starts. Overlapping versions are refused.
   */
  public Optional<Tarief> overlapMet(Periode nieuw) {
    Optional<Tarief> voorganger = opvolgbaarDoor(nieuw);
    return versies.stream()
        .filter(t -> voorganger.map(v -> v != t).orElse(true))
        .filter(t -> t.periode().overlapt(nieuw))
        .findFirst();
  }

  public List<Tarief> alle() {
    return versies;
  }
}
