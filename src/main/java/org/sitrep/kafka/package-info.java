/** Articles on a Kafka topic: the message format shared by {@code sitrep ingest --kafka} and the Flink job (stream/). */
package org.sitrep.kafka;
