package nl.regio.wmo.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment of every IT: the war that `mvn package` built, exactly as it ships. */
final class Deployments {

  private Deployments() {}

  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("wmo.war", "target/wmo-settlement.war")));
  }
}
