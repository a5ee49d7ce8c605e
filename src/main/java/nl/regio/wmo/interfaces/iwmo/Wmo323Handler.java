package nl.regio.wmo.interfaces.iwmo;

/**
 * Receives a WMO323 message from {@link Wmo323Lezer#lees} (or {@link Wmo323Lezer#controleerEnLees}) while it is
 * being read.
 *
 * <p>{@link #kop} is called exactly once, before the first {@link #prestatie}; then {@link #prestatie} once per
 * Prestatie, in document order. A runtime exception thrown by the handler stops reading and propagates. From
 * {@code controleerEnLees}, the calls are void if it then refuses the message: they may stop at any point.
 */
public interface Wmo323Handler {

    /** @param kop the Header and Declaratie fields; called once, before any prestatie */
    void kop(Wmo323Kop kop);

    /** @param prestatie the next Prestatie in document order */
    void prestatie(Wmo323Prestatie prestatie);
}
