#!/usr/bin/env python3
"""Check a marketplace-scale catalogue on a Dask cluster through storepolicy's pipe mode.

The catalogue is a folder of NDJSON part files (one listing per line). Each
part is one partition of a Dask bag; each partition is piped through

    storepolicy check listing - --format ndjson --store STORE

which writes exactly one result line per input line, so the results come back
as part files in the same order, line for line. Nothing of the distribution is
ours: Dask schedules the partitions, and retries a partition whose worker dies.

Every worker needs Node.js, the built checker (apps/checker/dist and its
node_modules), the store folder AND the law baseline (policies/_base): the
checker refuses to run without the baseline rather than check less.

    /usr/bin/python3 examples/dask/check_catalogue.py \
        --store policies/demo-food --input 'catalogue/part-*.ndjson' --output results/

Exit status: 0 when every row passed, 1 when some row has an error finding or
could not be read (`"ok": false`), 2 when the run itself failed.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CLI = ROOT / "apps" / "checker" / "dist" / "cli.js"


def pipe_partition(lines, cli: str, store: str, node: str = "node"):
    """Run one partition through the checker's pipe mode; one result line per input line.

    Exit 0 and 1 are verdicts (1 = some row has findings); anything else is a
    failed run and raises, so Dask reports it instead of writing half a result.
    A test hook (STOREPOLICY_DASK_GATE) holds each partition until a file exists,
    so a test can kill a worker while partitions are in flight.
    """
    lines = [line if line.endswith("\n") else line + "\n" for line in lines]
    gate = os.environ.get("STOREPOLICY_DASK_GATE")
    if gate:
        _wait_at_gate(gate)
    if not lines:
        return []
    done = subprocess.run(
        [node, cli, "check", "listing", "-", "--format", "ndjson", "--fail-on", "never", "--store", store],
        input="".join(lines).encode("utf-8"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        check=False,
    )
    if done.returncode not in (0, 1):
        raise RuntimeError(f"storepolicy exited {done.returncode}: {done.stderr.decode('utf-8', 'replace').strip()}")
    out = done.stdout.decode("utf-8").splitlines()
    if len(out) != len(lines):
        raise RuntimeError(f"storepolicy wrote {len(out)} result lines for {len(lines)} input lines")
    return out


def _wait_at_gate(gate: str) -> None:
    import time
    import uuid

    Path(gate + ".started").mkdir(exist_ok=True)
    (Path(gate + ".started") / f"{os.getpid()}-{uuid.uuid4().hex}").write_text(str(os.getpid()))
    deadline = time.monotonic() + 300
    while not os.path.exists(gate):
        if time.monotonic() > deadline:
            raise RuntimeError(f"gate {gate} never opened")
        time.sleep(0.05)


def run(input_glob: str, output: str, store: str, cli: str = str(DEFAULT_CLI), client=None) -> dict:
    """Check every part file; write `output/part-NNNNN.ndjson` results; return counts."""
    import dask.bag as db

    files = sorted(glob.glob(input_glob))
    if not files:
        raise SystemExit(f"check_catalogue: no file matches {input_glob}")
    # One partition per part file (blocksize=None), in file order, empty files included.
    bag = db.read_text(files, blocksize=None, encoding="utf-8")
    results = bag.map_partitions(pipe_partition, cli, str(Path(store).resolve()))
    os.makedirs(output, exist_ok=True)
    names = [os.path.join(output, f"part-{i:05d}.ndjson") for i in range(len(files))]
    compute = {"scheduler": client} if client is not None else {}
    results.to_textfiles(names, encoding="utf-8", last_endline=True, **compute)
    rows = failed = 0
    for name in names:
        with open(name, encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                rows += 1
                failed += 0 if json.loads(line)["ok"] else 1
    return {"partitions": len(files), "rows": rows, "failed": failed}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", required=True, help="glob of NDJSON part files")
    parser.add_argument("--output", required=True, help="folder for the result part files")
    parser.add_argument("--store", required=True, help="the store folder (with policies/_base beside it)")
    parser.add_argument("--cli", default=str(DEFAULT_CLI), help="path of the built storepolicy cli.js")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster")
    parser.add_argument("--scheduler", help="address of an existing Dask scheduler (default: a local cluster)")
    args = parser.parse_args(argv)

    from dask.distributed import Client, LocalCluster

    try:
        if args.scheduler:
            client = Client(args.scheduler)
        else:
            cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
        with client:
            counts = run(args.input, args.output, args.store, args.cli, client)
    except Exception as error:  # one line, like the checker itself
        print(f"check_catalogue: {error}", file=sys.stderr)
        return 2
    print(json.dumps(counts))
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
