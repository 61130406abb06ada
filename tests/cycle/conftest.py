"""Fixtures: real local SMTP and webhook servers (see servers.py)."""

from __future__ import annotations

import pytest

import debrief.engine  # noqa: F401  (declares every settings section: delivery, cycle...)

from . import servers


@pytest.fixture
def smtp_server():
    record, controller = servers.start_smtp()
    yield record
    controller.stop()


@pytest.fixture
def smtp_auth_server():
    record, controller = servers.start_smtp(auth=True)
    yield record
    controller.stop()


@pytest.fixture
def webhook():
    record, httpd = servers.start_webhook()
    yield record
    httpd.shutdown()
    httpd.server_close()
