"""A process pool that can kill one stuck worker and carry on.

Each worker has two one-way pipes: tasks in, replies out. A reader thread in
the worker drains the task pipe at once, so the parent never blocks on a
send while the worker blocks on a reply (the classic two-pipe deadlock), and
the parent can top a worker up before it runs dry. The parent tracks, per
worker, the records sent and when the one in front started; a worker past
the time budget plus a grace period is killed (its record becomes
``record.timeout``), a worker that dies takes only its current record with it
(``record.crashed``), and in both cases the rest of its queue is re-sent to a
fresh worker.

Workers answer in small groups (cheaper for the parent), so at the moment of
a kill or crash the parent may not yet know that the records in front are
done. It therefore blames no one on a first failure: it re-sends the whole
queue *carefully* (one reply per record), and only a record that is in front
during a careful run is failed. A record that hangs in native code thus costs
two time budgets, and no good record is ever blamed.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

from warta.archive.convert import Result, error_result, precheck, to_result, to_task
from warta.archive.record import Record
from warta.archive.worker import Reply, convert_task
from warta.errors import ParseTimeoutError, WorkerCrashError
from warta.limits import Limits

BATCH_BYTES = 4 * 1024 * 1024
"""A batch stops growing at this many input bytes, so big pages do not pile up in one pipe write."""
REPLY_GROUP = 8
"""Replies a worker sends together at most."""
REPLY_EVERY = 0.02
"""Seconds a finished reply may wait for its group."""
TOP_UP_AT = 0.5
"""Send a worker its next batch when fewer than this share of a batch is left: it never runs dry."""


def worker_main(tasks: Connection, replies: Connection, limits: Limits) -> None:
    """Worker process: convert tasks in order, one reply per record."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    inbox: queue.SimpleQueue[tuple[bool, list[Any]] | None] = queue.SimpleQueue()

    def drain() -> None:
        while True:
            try:
                batch = tasks.recv()
            except (EOFError, OSError):
                batch = None
            inbox.put(batch)
            if batch is None:
                return

    threading.Thread(target=drain, daemon=True).start()
    try:
        while (batch := inbox.get()) is not None:
            careful, work = batch
            _answer(work, replies, limits, 1 if careful else REPLY_GROUP)
    except (BrokenPipeError, EOFError, OSError):
        return  # the parent is gone (killed or interrupted): nobody to answer


def _answer(batch: list[Any], replies: Connection, limits: Limits, group: int) -> None:
    """Convert a batch, sending replies in small groups.

    Grouping cuts the parent's per-record cost; sending at least every
    :data:`REPLY_EVERY` seconds keeps its view of which record is running
    (for the hard time limit) that fresh.
    """
    outbox: list[Reply] = []
    sent = time.monotonic()
    for task in batch:
        outbox.append(convert_task(task, limits))
        now = time.monotonic()
        if len(outbox) >= group or now - sent >= REPLY_EVERY:
            replies.send(outbox)
            outbox, sent = [], now
    if outbox:
        replies.send(outbox)


class _Worker:
    """One worker process and what the parent sent it."""

    def __init__(self, ctx: Any, limits: Limits) -> None:
        task_read, self.tasks = ctx.Pipe(duplex=False)
        self.replies, reply_write = ctx.Pipe(duplex=False)
        self.process = ctx.Process(
            target=worker_main, args=(task_read, reply_write, limits), daemon=True
        )
        self.process.start()
        task_read.close()
        reply_write.close()
        self.queue: deque[tuple[int, Record]] = deque()
        self.started = 0.0
        """When the record at the front of ``queue`` started (or was sent to an idle worker)."""

    def send(self, batch: list[tuple[int, Record]], *, careful: bool) -> None:
        if not self.queue:
            self.started = time.monotonic()
        self.queue.extend(batch)
        self.tasks.send((careful, [to_task(seq, record) for seq, record in batch]))

    def stop(self, *, kill: bool) -> None:
        if not kill:
            try:
                self.tasks.send(None)
            except OSError:
                kill = True
        self.process.join(timeout=None if not kill else 0)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        for conn in (self.tasks, self.replies):
            conn.close()


class Pool:
    """Runs :func:`~warta.archive.worker.convert_task` over records in ``size`` processes."""

    def __init__(
        self,
        size: int,
        limits: Limits,
        *,
        batch_size: int,
        max_in_flight: int,
        max_in_flight_bytes: int = 128 * 1024 * 1024,
        start_method: str | None = None,
    ) -> None:
        self.size = size
        self.limits = limits
        self.batch_size = max(1, batch_size)
        self.max_in_flight = max(max_in_flight, size * self.batch_size * 2)
        self.max_in_flight_bytes = max_in_flight_bytes
        self.grace = max(1.0, limits.timeout_seconds * 0.5)
        self.ctx = _context(start_method)

    def run(self, records: Iterable[Record], *, ordered: bool) -> Iterator[Result]:
        """Yield one result per record; stops the workers however the caller stops reading."""
        state = _RunState(iter(records))
        workers = [_Worker(self.ctx, self.limits) for _ in range(self.size)]
        clean = False
        try:
            while True:
                self._read_ahead(state)
                self._dispatch(state, workers)
                yield from state.ready(ordered)
                if state.finished(workers):
                    break
                self._collect(state, workers)
            clean = True
        finally:
            for worker in workers:
                worker.stop(kill=not clean)

    def _read_ahead(self, state: _RunState) -> None:
        while not state.exhausted and state.read - state.yielded < self.max_in_flight:
            if state.in_flight_bytes > self.max_in_flight_bytes:
                return  # big pages: bound memory by bytes too, not only by count
            try:
                record = next(state.source)
            except StopIteration:
                state.exhausted = True
                return
            seq = state.read
            state.read += 1
            early = precheck(record, self.limits)
            if early is not None:
                state.done[seq] = early
            else:
                state.pending.append((seq, record))
                state.in_flight_bytes += len(record.data)

    def _dispatch(self, state: _RunState, workers: list[_Worker]) -> None:
        low = int(self.batch_size * TOP_UP_AT)
        for index, worker in enumerate(workers):
            if not worker.queue and not worker.process.is_alive():
                worker.stop(kill=True)  # died between batches: nothing of ours was lost
                workers[index] = worker = _Worker(self.ctx, self.limits)
            if state.pending and len(worker.queue) <= low:
                # If it just died, _collect sees the sentinel and re-queues the batch.
                careful = state.pending[0][0] in state.careful
                with contextlib.suppress(OSError):
                    worker.send(self._batch(state, careful), careful=careful)

    def _batch(self, state: _RunState, careful: bool) -> list[tuple[int, Record]]:
        """The next records of one kind: careful (after a failure) or not, never mixed."""
        pending = state.pending
        batch: list[tuple[int, Record]] = []
        size = 0
        while pending and len(batch) < self.batch_size and size < BATCH_BYTES:
            if (pending[0][0] in state.careful) != careful:
                break
            item = pending.popleft()
            batch.append(item)
            size += len(item[1].data)
        return batch

    def _collect(self, state: _RunState, workers: list[_Worker]) -> None:
        busy = [w for w in workers if w.queue]
        if not busy:
            return
        now = time.monotonic()
        deadline = min(w.started for w in busy) + self.limits.timeout_seconds + self.grace
        waitables: list[Any] = [w.replies for w in busy] + [w.process.sentinel for w in busy]
        ready = wait(waitables, timeout=max(0.0, deadline - now))
        for index, worker in enumerate(workers):
            woke = worker.replies in ready or worker.process.sentinel in ready
            if worker.queue and woke and not self._receive(state, worker):
                message = _crash_message(worker)
                workers[index] = self._replace(state, worker, WorkerCrashError.code, message)
        now = time.monotonic()
        for index, worker in enumerate(workers):
            if worker.queue and now - worker.started > self.limits.timeout_seconds + self.grace:
                message = f"parsing took longer than {self.limits.timeout_seconds:g} s; the worker was stopped"
                workers[index] = self._replace(state, worker, ParseTimeoutError.code, message)

    def _receive(self, state: _RunState, worker: _Worker) -> bool:
        """Take every reply waiting; False when the worker has died."""
        try:
            while worker.queue and worker.replies.poll():
                group: list[Reply] = worker.replies.recv()
                for reply in group:
                    seq, record = worker.queue.popleft()
                    assert reply[0] == seq, "worker replies out of order"
                    state.done[seq] = to_result(record, reply)
                    state.careful.discard(seq)
                    state.in_flight_bytes -= len(record.data)
                worker.started = time.monotonic()
        except (EOFError, OSError):
            return False
        return worker.process.is_alive() or not worker.queue

    def _replace(self, state: _RunState, worker: _Worker, code: str, message: str) -> _Worker:
        """Start a fresh worker; fail the record in front only if it ran carefully.

        Otherwise its finished neighbours may still have been in the worker's
        outbox, so everything is re-sent carefully and the culprit shows itself.
        """
        seq, record = worker.queue[0]
        if seq in state.careful:
            worker.queue.popleft()
            state.careful.discard(seq)
            state.done[seq] = error_result(record, code, message)
            state.in_flight_bytes -= len(record.data)
        state.careful.update(s for s, _ in worker.queue)
        state.pending.extendleft(reversed(worker.queue))
        worker.queue.clear()
        worker.stop(kill=True)
        return _Worker(self.ctx, self.limits)


class _RunState:
    """Bookkeeping of one run: what was read, waits for a worker, is done, was yielded."""

    def __init__(self, source: Iterator[Record]) -> None:
        self.source = source
        self.pending: deque[tuple[int, Record]] = deque()
        self.done: dict[int, Result] = {}
        self.careful: set[int] = set()
        self.in_flight_bytes = 0
        """Input bytes read and not yet converted."""
        """Records to re-run with one reply each, after a worker failed while holding them."""
        self.read = 0
        self.yielded = 0
        self.exhausted = False

    def ready(self, ordered: bool) -> Iterator[Result]:
        if ordered:
            while self.yielded in self.done:
                result = self.done.pop(self.yielded)
                self.yielded += 1
                yield result
        else:
            while self.done:
                _, result = self.done.popitem()
                self.yielded += 1
                yield result

    def finished(self, workers: list[_Worker]) -> bool:
        return (
            self.exhausted
            and not self.pending
            and not self.done
            and not any(w.queue for w in workers)
        )


def _crash_message(worker: _Worker) -> str:
    worker.process.join(timeout=1)
    code = worker.process.exitcode
    how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
    return f"the worker process died ({how}) while parsing this record"


def _context(start_method: str | None) -> Any:
    """forkserver where it exists: a fork of a clean server, safe even when we run threads."""
    methods = multiprocessing.get_all_start_methods()
    method = start_method or ("forkserver" if "forkserver" in methods else "spawn")
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(["warta.archive.worker", "warta.archive.pool"])
    return ctx


def run_inline(records: Iterable[Record], limits: Limits) -> Iterator[Result]:
    """The pool's contract without processes (``workers=0``)."""
    for seq, record in enumerate(records):
        early = precheck(record, limits)
        yield (
            early
            if early is not None
            else to_result(record, convert_task(to_task(seq, record), limits))
        )
