"""`/metrics`: what Prometheus scrapes, in its text format (prometheus-client).

The module figures are read from `engine.statuses()` at scrape time by a custom collector, so
they are never stale and cost nothing between scrapes; the HTTP figures are counted as
requests finish. Each app has its own registry, so that two apps in one process (tests, an
embedding host) never share or collide.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from prometheus_client import CollectorRegistry, Counter, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from prometheus_client.metrics_core import CounterMetricFamily, GaugeMetricFamily, Metric

from ..engine import Engine, Status

CONTENT_TYPE: Final = CONTENT_TYPE_PLAIN_0_0_4
STATUSES: Final = tuple(str(s) for s in Status)


class EngineCollector:
    """Per module and hook: calls, blocks, errors, timeouts, latency p50/p99; per module:
    status and restarts."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def collect(self) -> Iterable[Metric]:
        hook_labels = ["module", "hook"]
        calls = CounterMetricFamily(
            "raptscallions_hook_calls", "Hook calls made to a module", labels=hook_labels
        )
        blocks = CounterMetricFamily(
            "raptscallions_hook_blocks",
            "Hook calls a module blocked (shadow blocks included)",
            labels=hook_labels,
        )
        errors = CounterMetricFamily(
            "raptscallions_hook_errors",
            "Hook calls that failed (errors, module not ready, dropped)",
            labels=hook_labels,
        )
        timeouts = CounterMetricFamily(
            "raptscallions_hook_timeouts", "Hook calls that timed out", labels=hook_labels
        )
        latency = GaugeMetricFamily(
            "raptscallions_hook_latency_ms",
            "Hook call latency over the latest 2048 calls, in milliseconds",
            labels=[*hook_labels, "quantile"],
        )
        status = GaugeMetricFamily(
            "raptscallions_module_status",
            "1 for a module's current status, 0 for the others",
            labels=["module", "status"],
        )
        restarts = CounterMetricFamily(
            "raptscallions_module_restarts",
            "Restarts of a module after crashes since the server started",
            labels=["module"],
        )
        for s in self.engine.statuses():
            for hook, c in s.counters.items():
                labels = [s.name, hook]
                calls.add_metric(labels, c.calls)
                blocks.add_metric(labels, c.blocks)
                errors.add_metric(labels, c.errors)
                timeouts.add_metric(labels, c.timeouts)
                if c.p50_ms is not None:
                    latency.add_metric([*labels, "0.5"], c.p50_ms)
                if c.p99_ms is not None:
                    latency.add_metric([*labels, "0.99"], c.p99_ms)
            for name in STATUSES:
                status.add_metric([s.name, name], 1.0 if s.status == name else 0.0)
            restarts.add_metric([s.name], s.restart_count)
        return [calls, blocks, errors, timeouts, latency, status, restarts]


class Metrics:
    """The registry of one app: the engine's figures and the HTTP requests it answered."""

    def __init__(self, engine: Engine) -> None:
        self.registry = CollectorRegistry(auto_describe=False)
        self.registry.register(EngineCollector(engine))
        self.requests = Counter(
            "raptscallions_http_requests",
            "HTTP requests answered, by route template, method and status",
            ["route", "method", "status"],
            registry=self.registry,
        )

    def count(self, route: str, method: str, status: int) -> None:
        self.requests.labels(route, method, str(status)).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
