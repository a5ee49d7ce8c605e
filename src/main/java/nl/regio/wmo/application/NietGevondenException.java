package nl.regio.wmo.application;

/** What was asked for does not exist (or is not visible to the caller); the message says why. */
public class NietGevondenException extends RuntimeException {
  public NietGevondenException(String reden) {
    super(reden);
  }
}
