package org.sitrep.stream;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.sitrep.kafka.ArticleMessages;

/** Keeps a message's partition and offset with its bytes; decoding the article waits for the analysis operator. */
final class ArticleDeserializer implements KafkaRecordDeserializationSchema<ArticleRecord> {

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<ArticleRecord> out) {
        Header raw = record.headers().lastHeader(ArticleMessages.RAW_HEADER);
        out.collect(new ArticleRecord(record.partition(), record.offset(), -1, record.value(), raw == null ? null : raw.value()));
    }

    @Override
    public TypeInformation<ArticleRecord> getProducedType() { return TypeInformation.of(ArticleRecord.class); }
}
