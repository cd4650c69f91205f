"""The client side of Kafka and the embedded broker: admin calls, the producer, the Tansu broker."""
