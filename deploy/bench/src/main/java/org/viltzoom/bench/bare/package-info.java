/** The bare Quarkus endpoint; the rest of this module is the benchmark driver, run outside Quarkus. */
package org.viltzoom.bench.bare;
