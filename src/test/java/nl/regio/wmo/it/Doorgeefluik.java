package nl.regio.wmo.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP pass-through on loopback between the app and its database, that a test can cut and restore: cut, every open
 * connection is closed and new ones are closed at once (as when the database server stops or the network drops);
 * restored, connections pass again. Lets a test stop "the database" of one app without touching the shared server.
 */
final class Doorgeefluik implements AutoCloseable {

  private final ServerSocket server;
  private final String doelHost;
  private final int doelPoort;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile boolean doorgesneden;
  private final Thread aanname;

  Doorgeefluik(String doelHost, int doelPoort) throws IOException {
    this.doelHost = doelHost;
    this.doelPoort = doelPoort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.aanname = new Thread(this::neemAan, "doorgeefluik-" + poort());
    aanname.setDaemon(true);
    aanname.start();
  }

  int poort() {
    return server.getLocalPort();
  }

  /** The database is gone: open connections are cut, new ones refused. */
  void snijDoor() {
    doorgesneden = true;
    for (Socket s : open) {
      sluit(s);
    }
    open.clear();
  }

  /** The database is back. */
  void herstel() {
    doorgesneden = false;
  }

  private void neemAan() {
    while (!server.isClosed()) {
      try {
        Socket binnen = server.accept();
        if (doorgesneden) {
          sluit(binnen);
          continue;
        }
        Socket buiten = new Socket(doelHost, doelPoort);
        open.add(binnen);
        open.add(buiten);
        pomp(binnen, buiten);
        pomp(buiten, binnen);
      } catch (IOException e) {
        // closed, or the target refused: the caller sees a closed connection
      }
    }
  }

  private void pomp(Socket van, Socket naar) {
    Thread t = new Thread(() -> {
      try (InputStream in = van.getInputStream(); OutputStream uit = naar.getOutputStream()) {
        in.transferTo(uit);
      } catch (IOException einde) {
        // one side closed
      } finally {
        sluit(van);
        sluit(naar);
        open.remove(van);
        open.remove(naar);
      }
    }, "pomp");
    t.setDaemon(true);
    t.start();
  }

  private static void sluit(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    snijDoor();
  }
}
