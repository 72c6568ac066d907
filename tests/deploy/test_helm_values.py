"""deploy/helm/: values for Rasa's published charts (rasa/rasa, rasa/rasa-action-server)
that deploy what deploy/docker-compose.yml runs. Parsed and compared with the compose
file, deploy/Dockerfile, the endpoints file and the code: images, ports, commands,
environment variables, channels. (No helm or cluster here: the charts' templates are not
rendered; the value names follow their values.yaml.)"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


@pytest.fixture(scope="module")
def rasa() -> dict:
    return load(DEPLOY / "helm" / "rasa-values.yaml")


@pytest.fixture(scope="module")
def actions() -> dict:
    return load(DEPLOY / "helm" / "actions-values.yaml")


@pytest.fixture(scope="module")
def compose() -> dict:
    return load(DEPLOY / "docker-compose.yml")["services"]


def dockerfile_cmd() -> list:
    text = (DEPLOY / "Dockerfile").read_text().replace("\\\n", " ")
    return json.loads(re.search(r"^CMD (\[.*\])$", text, re.M).group(1))


def env_names(values: dict) -> list:
    return [item["name"] for item in values["extraEnv"]]


def env_value(values: dict, name: str):
    return next(item for item in values["extraEnv"] if item["name"] == name)


def image(values: dict) -> str:
    return f"{values['image']['repository']}:{values['image']['tag']}"


def test_the_images_are_the_compose_files(rasa, actions, compose):
    assert image(rasa) == image(actions) == compose["rasa-a"]["image"] == compose["actions"]["image"]


def test_the_commands_are_the_images_and_the_compose_files(rasa, actions, compose):
    assert rasa["command"] + rasa["args"] == dockerfile_cmd()  # what rasa-a and rasa-b run
    assert actions["command"] + actions["args"] == compose["actions"]["command"]
    # None of the chart's defaults that the project refuses: the HTTP API, any origin, debug logs.
    assert not {"--enable-api", "--cors", "--auth-token", "--debug"} & set(rasa["args"])
    settings = rasa["applicationSettings"]
    assert settings["enableAPI"] is False and settings["debugMode"] is False
    assert settings["initialModel"] == "" and settings["trainInitialModel"] is False  # the image's model


def test_the_ports_agree_everywhere(rasa, actions, compose):
    rasa_port = int(rasa["args"][rasa["args"].index("--port") + 1])
    assert rasa_port == rasa["applicationSettings"]["port"] == rasa["service"]["port"] == 5005
    assert f"127.0.0.1:{rasa_port}/" in " ".join(compose["rasa-a"]["healthcheck"]["test"])
    assert set(re.findall(r"server rasa-[ab]:(\d+)", (DEPLOY / "nginx.conf").read_text())) == {str(rasa_port)}
    actions_port = int(actions["args"][actions["args"].index("--port") + 1])
    assert actions_port == actions["applicationSettings"]["port"] == actions["service"]["port"] == 5055
    # The Rasa server reaches the action server's service as compose reaches its container.
    url = f"http://{actions['fullnameOverride']}:{actions['service']['port']}/webhook"
    assert env_value(rasa, "ACTION_SERVER_URL")["value"] == url == compose["rasa-a"]["environment"]["ACTION_SERVER_URL"]
    assert rasa["livenessProbe"]["httpGet"]["path"] == "/"
    assert actions["livenessProbe"]["httpGet"]["path"] == "/health"
    assert "/health" in " ".join(compose["actions"]["healthcheck"]["test"])


def test_the_environment_variables_are_the_compose_files(rasa, actions, compose):
    assert (
        sorted(env_names(rasa)) == sorted(compose["rasa-a"]["environment"]) == sorted(compose["rasa-b"]["environment"])
    )
    assert sorted(env_names(actions)) == sorted(compose["actions"]["environment"])
    for values in (rasa, actions):
        assert len(env_names(values)) == len(set(env_names(values)))
    assert rasa["replicaCount"] == len([name for name in compose if name.startswith("rasa-")])


def test_every_variable_the_code_and_the_endpoints_file_read_is_set(rasa, actions):
    from actions import auth
    from channels import rest, telegram, web_session

    text = "\n".join(line.split("#", 1)[0] for line in (DEPLOY / "endpoints.postgres.yml").read_text().splitlines())
    endpoints = set(re.findall(r"\$\{(\w+)\}", text))
    assert endpoints and endpoints <= set(env_names(rasa))
    read_by_code = {
        auth.TOKEN.variable,
        web_session.KEY.variable,
        rest.TOKEN.variable,
        *re.findall(r'"(TELEGRAM_(?:TOKEN|SECRET|WEBHOOK_URL))"', Path(telegram.__file__).read_text()),
    }
    assert len(read_by_code) == 6 and read_by_code <= set(env_names(rasa))
    assert auth.TOKEN.variable in env_names(actions)
    # The action server finds the diary in the tracker store of the same endpoints file.
    assert env_value(actions, "ENDPOINTS")["value"] == "deploy/endpoints.postgres.yml"
    store = yaml.safe_load((DEPLOY / "endpoints.postgres.yml").read_text())["tracker_store"]
    assert set(re.findall(r"\$\{(\w+)\}", json.dumps(store))) <= set(env_names(actions))


def test_secrets_come_from_the_secret_made_from_deploy_env(rasa, actions):
    example = {
        line.split("=", 1)[0]
        for line in (DEPLOY / ".env.example").read_text().splitlines()
        if "=" in line and not line.startswith("#")
    }
    for values in (rasa, actions):
        for item in values["extraEnv"]:
            if any(word in item["name"] for word in ("TOKEN", "KEY", "PASSWORD", "SECRET")):
                assert "value" not in item, f"{item['name']} is written into the values"
            ref = item.get("valueFrom", {}).get("secretKeyRef")
            if ref is not None:
                assert ref["name"] == "fibro-assistant" and ref["key"] == item["name"]
                assert ref.get("optional") or ref["key"] in example, ref  # required: in .env


def test_the_channels_are_credentials_ymls(rasa):
    ours = load(ROOT / "credentials.yml")
    charted = rasa["applicationSettings"]["credentials"]["additionalChannelCredentials"]
    assert set(charted) == set(ours)
    for channel, settings in charted.items():
        assert settings is not None, f"{channel}: Helm drops keys set to null; use {{}}"
        expected = dict(ours[channel] or {})
        assert {k: v for k, v in settings.items() if k != "cors_origins"} == {
            k: v for k, v in expected.items() if k != "cors_origins"
        }, channel
    assert all(origin.startswith("https://") for origin in charted["channels.webchat.WebChatInput"]["cors_origins"])


def test_the_charts_own_stores_and_sidecars_are_off(rasa, actions):
    endpoints = rasa["applicationSettings"]["endpoints"]
    assert not any(endpoints[name]["enabled"] for name in ("models", "trackerStore", "lockStore", "eventBroker"))
    assert not rasa["postgresql"]["install"] and not rasa["redis"]["install"]
    assert not rasa["rasa-action-server"]["install"] and not rasa["nginx"]["enabled"]
