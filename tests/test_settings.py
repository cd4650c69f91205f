from pathlib import Path

import pytest

from streams.errors import ConfigError
from streams.settings import ENV_VARS, Settings


def test_defaults_without_environment():
    settings = Settings.from_env({})
    assert settings.bootstrap_servers is None
    assert settings.articles_topic == "news.articles.v1" and settings.events_topic == "diplomacy.events.v1"
    assert settings.dlq_topic == "news.articles.v1.dlq" and settings.web_host == "127.0.0.1"
    assert settings.type_topic("CONSULT") == "diplomacy.events.consult.v1"


def test_values_are_read_and_typed():
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": "a:9092,b:9092",
        "DIPLOWIRE_TOPIC_PARTITIONS": "8",
        "DIPLOWIRE_DATA_DIR": "/x",
        "DIPLOWIRE_WEB_ENABLED": "false",
        "DIPLOWIRE_SESSION_TIMEOUT": "6",
        "DIPLOWIRE_TYPE_TOPIC_TEMPLATE": "events-{type}",
        "DIPLOWIRE_STOP_TIMEOUT": "4.5",
    }
    settings = Settings.from_env(env)
    assert settings.bootstrap_servers == "a:9092,b:9092"
    assert settings.topic_partitions == 8 and settings.data_dir == Path("/x")
    assert settings.web_enabled is False and settings.session_timeout == 6.0
    assert settings.type_topic("THREATEN") == "events-threaten" and settings.stop_timeout == 4.5


def test_every_bad_value_is_reported_at_once():
    with pytest.raises(ConfigError) as info:
        Settings.from_env(
            {"DIPLOWIRE_TOPIC_PARTITIONS": "many", "DIPLOWIRE_WEB_ENABLED": "maybe", "KAFKA_SECURITY_PROTOCOL": "TLS"}
        )
    message = str(info.value)
    assert "DIPLOWIRE_TOPIC_PARTITIONS" in message and "DIPLOWIRE_WEB_ENABLED" in message
    assert "KAFKA_SECURITY_PROTOCOL" in message


@pytest.mark.parametrize("template", ["diplomacy.events.v1", "events-{kind}", "events-{type"])
def test_a_type_topic_template_without_exactly_type_is_refused(template):
    with pytest.raises(ConfigError, match="DIPLOWIRE_TYPE_TOPIC_TEMPLATE"):
        Settings.from_env({"DIPLOWIRE_TYPE_TOPIC_TEMPLATE": template})


def test_sasl_reaches_kafka_python_and_the_password_never_shows():
    env = {
        "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
        "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
        "KAFKA_SASL_USERNAME": "svc",
        "KAFKA_SASL_PASSWORD": "hunter2",
        "KAFKA_SSL_CAFILE": "/ca.pem",
    }
    settings = Settings.from_env(env)
    config = settings.security.kafka_python_config()
    assert config == {
        "security_protocol": "SASL_SSL",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": "svc",
        "sasl_plain_password": "hunter2",
        "ssl_cafile": "/ca.pem",
        "ssl_certfile": None,
        "ssl_keyfile": None,
    }
    assert "hunter2" not in repr(settings) and "hunter2" not in str(settings.public())


def test_sasl_without_credentials_is_refused():
    with pytest.raises(ConfigError, match="KAFKA_SASL_USERNAME"):
        Settings.from_env({"KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT"})


def test_to_env_round_trips():
    settings = Settings.from_env(
        {
            "KAFKA_BOOTSTRAP_SERVERS": "k:1",
            "DIPLOWIRE_APP_ID": "x",
            "DIPLOWIRE_BATCH_SIZE": "3",
            "DIPLOWIRE_TYPE_TOPIC_TEMPLATE": "t.{type}",
        }
    )
    assert Settings.from_env(settings.to_env()) == settings


def test_env_var_list_names_every_variable():
    assert len(ENV_VARS) == len(set(ENV_VARS))
    assert "KAFKA_BOOTSTRAP_SERVERS" in ENV_VARS and "KAFKA_SASL_PASSWORD" in ENV_VARS


def test_log_level_and_format_are_checked_with_the_other_settings():
    with pytest.raises(ConfigError) as info:
        Settings.from_env({"DIPLOWIRE_LOG_LEVEL": "verbose", "DIPLOWIRE_LOG_FORMAT": "xml",
                           "DIPLOWIRE_HEARTBEAT_INTERVAL": "20"})  # fmt: skip
    message = str(info.value)
    assert "DIPLOWIRE_LOG_LEVEL='verbose'" in message and "DIPLOWIRE_LOG_FORMAT='xml'" in message
    assert "heartbeat_interval" in message  # a cross-setting check in the same error
    assert Settings.from_env({"DIPLOWIRE_LOG_LEVEL": "WARNING"}).log_level == "warning"
    with pytest.raises(ConfigError, match="log_level"):
        Settings(log_level="loud").validated()


def test_the_data_dir_is_a_per_user_state_directory_never_the_working_directory():
    assert Settings.from_env({"XDG_STATE_HOME": "/state", "HOME": "/home/u"}).data_dir == Path("/state/diplowire")
    assert Settings.from_env({"HOME": "/home/u"}).data_dir == Path("/home/u/.local/state/diplowire")
    # the XDG spec: a relative XDG_STATE_HOME is ignored
    assert Settings.from_env({"XDG_STATE_HOME": "rel", "HOME": "/h"}).data_dir == Path("/h/.local/state/diplowire")
    assert Settings.from_env({"DIPLOWIRE_DATA_DIR": "/x", "XDG_STATE_HOME": "/s"}).data_dir == Path("/x")
    assert Settings().data_dir.is_absolute()


def test_connect_timeout_is_a_positive_number_of_seconds():
    assert Settings.from_env({}).connect_timeout == 5.0
    assert Settings.from_env({"DIPLOWIRE_CONNECT_TIMEOUT": "1.5"}).connect_timeout == 1.5
    with pytest.raises(ConfigError, match="DIPLOWIRE_CONNECT_TIMEOUT"):
        Settings.from_env({"DIPLOWIRE_CONNECT_TIMEOUT": "0"})
