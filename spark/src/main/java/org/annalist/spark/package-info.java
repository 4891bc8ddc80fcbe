/** The ingest as an Apache Spark job, writing the embedded store's tables as Parquet. */
package org.annalist.spark;
