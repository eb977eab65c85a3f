#!/usr/bin/env python3
"""End-to-end test of check_catalogue.py on a 2-worker LocalCluster.

200,000 NDJSON rows (the demo-food listings, re-numbered, with unreadable rows
mixed in) in 8 part files, one of them empty, are checked two ways:

1. one process: the whole catalogue through `check listing -` at once;
2. Dask, 2 worker processes, one partition per part file, killing one worker
   while partitions are in flight (Dask reschedules what it held).

Run 2 must equal run 1 line for line (the `row` field counts within a
partition, so it is compared as the row's position inside its part), with
exactly one result per input row. A run without the kill is not made: it is
run 2 minus the retry, and cost a third of the test's CPU to prove nothing run
2 does not. Prints one JSON line of counts and exits 0, or fails with an
assertion.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
import check_catalogue  # noqa: E402

ROWS = int(os.environ.get("STOREPOLICY_DASK_ROWS", "200000"))
PARTS = 8
STORE = ROOT / "policies" / "demo-food"
CLI = ROOT / "apps" / "checker" / "dist" / "cli.js"


def make_catalogue(folder: Path) -> list[list[str]]:
    """8 part files; part 3 is empty; every 997th row is not JSON, every 1499th is blank."""
    seeds = []
    for line in (STORE / "listings.ndjson").read_text(encoding="utf-8").splitlines():
        try:
            seeds.append(json.loads(line))
        except json.JSONDecodeError:
            continue  # the demo export has a broken line on purpose; ours are made below
    rows: list[str] = []
    for i in range(ROWS):
        if i % 997 == 5:
            rows.append('{"sku": "BROKEN-%d", "title": ' % i)
            continue
        if i % 1499 == 7:
            rows.append("")
            continue
        row = dict(seeds[i % len(seeds)])
        row["sku"] = f"{row['sku']}-{i}"
        rows.append(json.dumps(row, ensure_ascii=False))
    filled = [p for p in range(PARTS) if p != 3]
    size = -(-len(rows) // len(filled))
    parts: list[list[str]] = [[] for _ in range(PARTS)]
    for k, p in enumerate(filled):
        parts[p] = rows[k * size : (k + 1) * size]
    for p, lines in enumerate(parts):
        (folder / f"part-{p:05d}.ndjson").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return parts


ROW = re.compile(r'\{"row":(\d+),')


def split_row(line: str) -> tuple[int, str]:
    """A result line as (its `row` field, the rest of the line): the CLI writes `row` first."""
    match = ROW.match(line)
    assert match, ("a result line starts with its row number", line[:200])
    return int(match.group(1)), line[match.end() :]


def single_process(parts: list[list[str]]) -> list[str]:
    """Run 1: every result line, without its `row` field (a row's place in the catalogue)."""
    lines = [line for part in parts for line in part]
    return [split_row(line)[1] for line in check_catalogue.pipe_partition(lines, str(CLI), str(STORE))]


def read_results(folder: Path) -> list[list[str]]:
    return [
        [line for line in (folder / f"part-{p:05d}.ndjson").read_text(encoding="utf-8").splitlines() if line.strip()]
        for p in range(PARTS)
    ]


def same_as_single(results: list[list[str]], parts: list[list[str]], single: list[str]) -> None:
    assert [len(r) for r in results] == [len(p) for p in parts], ("one result per input row", [len(r) for r in results], [len(p) for p in parts])
    assert sum(len(r) for r in results) == len(single) == sum(len(p) for p in parts)
    index = 0
    for part in results:
        for position, line in enumerate(part, start=1):
            row, got = split_row(line)
            assert row == position, ("row counts within the partition", line[:200], position)
            want = single[index]
            # Compared as text: the same bytes are the same result, and 200,000 json.loads
            # per run were most of this process's CPU. Only a line that differs is parsed.
            if got != want:
                # the message of an unreadable row names its row number: compare it within the partition
                g, w = json.loads("{" + got), json.loads("{" + want)
                if g.get("findings") and g["findings"][0]["code"] == "listing/input":
                    assert g["ok"] is False and w["ok"] is False and [f["code"] for f in g["findings"]] == [f["code"] for f in w["findings"]], (index, g, w)
                else:
                    raise AssertionError((index, g, w))
            index += 1


def main() -> int:
    from dask.distributed import Client, LocalCluster

    work = Path(tempfile.mkdtemp(prefix="storepolicy-dask-"))
    try:
        (work / "in").mkdir()
        parts = make_catalogue(work / "in")
        single = single_process(parts)
        bad = sum(1 for line in single if not json.loads("{" + line)["ok"])

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
            # Run 2: hold every partition at a gate, kill the worker running one, then open the gate.
            gate = str(work / "gate")
            client.run(lambda: os.environ.__setitem__("STOREPOLICY_DASK_GATE", gate))
            background = ThreadPoolExecutor(max_workers=1)
            future = background.submit(
                check_catalogue.run, str(work / "in" / "part-*.ndjson"), str(work / "out-killed"), str(STORE), str(CLI), client
            )
            started = Path(gate + ".started")
            deadline = time.monotonic() + 300
            while not (started.exists() and any(started.iterdir())):
                assert time.monotonic() < deadline, "no partition reached the gate"
                time.sleep(0.05)
            victim = int(next(started.iterdir()).read_text())
            os.kill(victim, signal.SIGKILL)
            Path(gate).write_text("open")
            killed = future.result(timeout=1200)
            background.shutdown()
        same_as_single(read_results(work / "out-killed"), parts, single)
        assert killed == {"partitions": PARTS, "rows": len(single), "failed": bad}, killed
        print(json.dumps({"rows": len(single), "partitions": PARTS, "failed": bad, "killed_worker": victim}))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
