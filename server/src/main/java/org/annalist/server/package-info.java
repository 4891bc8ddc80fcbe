/**
 * HTTP on loopback. Today: the query relay, through which a process that writes a store answers the
 * queries of other processes ({@link org.annalist.server.QueryRelay}, {@link
 * org.annalist.server.RelayClient}); DuckDB admits one writing process and no reader beside it.
 */
package org.annalist.server;
