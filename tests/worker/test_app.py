"""The Faust app factory: one settings object feeds both Kafka clients, and no secret leaks."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace

import faust
from faust.types.auth import AuthProtocol, SASLMechanism

from streams.kafka.broker import free_port
from streams.settings import Settings
from streams.worker.app import broker_credentials, create_apps
from streams.worker.topics import topic_names
from tests.conftest import ROOT

SASL_ENV = {
    "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
    "KAFKA_SASL_MECHANISM": "SCRAM-SHA-256",
    "KAFKA_SASL_USERNAME": "svc-diplowire",
    "KAFKA_SASL_PASSWORD": "hunter2-secret",
}


def test_sasl_scram_reaches_faust_as_it_reaches_kafka_python(tmp_path):
    settings = replace(Settings.from_env({**SASL_ENV, "KAFKA_BOOTSTRAP_SERVERS": "k1:9093,k2:9093"}),
                       data_dir=tmp_path, web_enabled=False)  # fmt: skip
    app = create_apps(settings).detect
    credentials = app.conf.broker_credentials
    assert isinstance(credentials, faust.SASLCredentials)
    assert credentials.mechanism == SASLMechanism.SCRAM_SHA_256 and credentials.protocol == AuthProtocol.SASL_SSL
    assert (credentials.username, credentials.password) == ("svc-diplowire", "hunter2-secret")
    assert credentials.ssl_context is not None
    python_side = settings.security.kafka_python_config()
    assert python_side["sasl_mechanism"] == "SCRAM-SHA-256" and python_side["sasl_plain_password"] == "hunter2-secret"
    assert [str(u) for u in app.conf.broker] == ["kafka://k1:9093", "kafka://k2:9093"]


def test_ssl_only_and_plaintext():
    ssl_only = Settings.from_env({"KAFKA_SECURITY_PROTOCOL": "SSL"}).security
    assert isinstance(broker_credentials(ssl_only), faust.SSLCredentials)
    assert broker_credentials(Settings().security) is None


def test_the_internal_topic_is_per_app_and_created_with_the_rest():
    settings = Settings(app_id="blue")
    assert settings.detected_topic == "blue-detected-events"
    assert settings.detected_topic in topic_names(settings)


def test_a_failing_sasl_worker_never_prints_its_password():
    env = {**os.environ, **SASL_ENV, "KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
           "KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{free_port()}"}  # fmt: skip
    result = subprocess.run([sys.executable, "-m", "streams", "worker"], capture_output=True, text=True, cwd=ROOT,
                            env=env, timeout=60)  # fmt: skip
    assert result.returncode != 0 and result.stderr.strip()
    assert "hunter2" not in result.stderr + result.stdout
