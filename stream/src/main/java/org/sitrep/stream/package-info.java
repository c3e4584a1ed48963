/** The Flink job of issue #9: articles from a Kafka topic, analysed in parallel, stored in topic order by one writer. */
package org.sitrep.stream;
