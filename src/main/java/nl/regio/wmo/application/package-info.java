/** Use cases: one class per area, each method one transaction. Channels (REST, files) call these. */
package nl.regio.wmo.application;
