/** Technical plumbing: database, migrations, Camel, security, health, configuration files. */
package nl.regio.wmo.infrastructure;
