"""Pure stage logic: no Faust, no Kafka, no network, no environment reads."""

__version__ = "0.1.0"
