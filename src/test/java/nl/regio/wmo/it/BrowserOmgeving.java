package nl.regio.wmo.it;

import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regio.wmo.bench.BenchApp;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The app and the browser that the browser ITs ({@code Browser*IT}, one class per role) share: started once, by the
 * first class that asks for it in its {@code @BeforeAll}, and stopped when the whole run ends (JUnit's root store). The
 * app is the built war on Payara Micro with the demo data, on a database of its own; {@code -Dui.url=http://127.0.0.1:8080}
 * uses an app already running instead.
 *
 * <pre>{@code @ExtendWith(BrowserOmgeving.class) class BrowserXIT { @BeforeAll static void start(BrowserOmgeving o) … }}</pre>
 */
public final class BrowserOmgeving implements ParameterResolver {

  static final Path WERK = Path.of("target/browser").toAbsolutePath();

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Gedeeld.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Gedeeld.class, k -> Gedeeld.start(), Gedeeld.class);
  }

  /** What a browser IT gets: the base URL, the API as the demo users, the browser. */
  static final class Gedeeld implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final String basis;
    final Api api;
    final Chromium browser;
    private final BenchApp app;

    private Gedeeld(BenchApp app, String basis) throws Exception {
      this.app = app;
      this.basis = basis;
      this.api = new Api(new URL(basis + "/"));
      this.browser = new Chromium(basis);
    }

    static Gedeeld start() {
      try {
        String basis = System.getProperty("ui.url", "");
        BenchApp app = null;
        if (basis.isEmpty()) {
          EigenApp.leeg(WERK);
          app = BenchApp.start(Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")),
              Path.of(System.getProperty("wmo.war", "target/wmo-settlement.war")), WERK, omgeving(), "payara.log");
          basis = "http://127.0.0.1:" + app.port();
        }
        return new Gedeeld(app, basis);
      } catch (Exception e) {
        throw new IllegalStateException("the app for the browser tests did not start", e);
      }
    }

    /** A short number unique to this run (declarations, names), e.g. {@code UI1A2B3C4D}. */
    static String uniek() {
      String run = Long.toString(System.nanoTime(), 36).toUpperCase();
      return "UI" + run.substring(run.length() - 8);
    }

    /** The app this run started, or empty when it runs against {@code -Dui.url}. */
    java.util.Optional<BenchApp> app() {
      return java.util.Optional.ofNullable(app);
    }

    /** Logs out (when logged in) and forgets every cookie: the next test starts at the login page. */
    void uitloggen() {
      if (browser.bestaat("sessie:uitloggen")) {
        browser.klikEnLaad("sessie:uitloggen");
      }
      browser.driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
      browser.close();
      if (app != null) {
        app.stop();
      }
    }

    private static Map<String, String> omgeving() {
      Map<String, String> env = EigenApp.omgeving(WERK);
      Matcher pg = Pattern.compile("jdbc:postgresql://([^/]+)/").matcher(System.getenv().getOrDefault("DB_URL", ""));
      if (pg.find()) {
        // a database of its own, so a settlement run here never meets the runs of the other ITs
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + pg.group(1) + "/postgres",
                System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
            Statement st = c.createStatement()) {
          st.execute("drop database if exists wmo_it_browser with (force)");
          st.execute("create database wmo_it_browser");
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
        env.put("DB_URL", "jdbc:postgresql://" + pg.group(1) + "/wmo_it_browser");
      }
      return env;
    }
  }
}
