"""A deadline that interrupts pure-Python work in any thread, at no cost per step.

Cooperative checks (:func:`warta.limits.check_deadline`) only help where a
stage remembers to call them; one quadratic loop in a field extractor that
does not would hang a run. So each record also arms this watchdog: one
daemon thread, shared by all records, sleeps until the earliest deadline and
then raises :class:`DeadlineExpired` *inside* the parsing thread
(``PyThreadState_SetAsyncExc``). The exception surfaces at the next Python
bytecode, so it interrupts any pure-Python loop; native code (libxml2 on a
huge page) finishes its call first, and is bounded by the size limits.

:class:`DeadlineExpired` is a ``BaseException`` so that no ``except
Exception`` in a stage can swallow it; :func:`warta.limits.record_scope`
turns it into :class:`~warta.errors.ParseTimeoutError`. Each alarm fires at
most once, only while its record is still running, and disarming clears an
exception that was set but not yet raised, so it can never escape into the
caller's code after the parse returned.

Where ``ctypes.pythonapi`` is missing (not CPython), :func:`arm` returns an
alarm that never fires and the cooperative checks remain.
"""

from __future__ import annotations

import ctypes
import heapq
import itertools
import os
import threading
import time


class DeadlineExpired(BaseException):
    """Raised inside a parsing thread whose record ran over its time budget."""


def _set_async_exc() -> ctypes._NamedFuncPointer | None:
    api = getattr(ctypes, "pythonapi", None)
    func = getattr(api, "PyThreadState_SetAsyncExc", None) if api is not None else None
    if func is None:
        return None
    func.argtypes = [ctypes.c_ulong, ctypes.py_object]
    func.restype = ctypes.c_int
    return func  # type: ignore[no-any-return]


_SET_ASYNC_EXC = _set_async_exc()


class Alarm:
    """One armed deadline for one thread."""

    __slots__ = ("armed", "deadline", "fired", "thread_id")

    def __init__(self, deadline: float, thread_id: int) -> None:
        self.deadline = deadline
        self.thread_id = thread_id
        self.armed = _SET_ASYNC_EXC is not None
        self.fired = False

    def disarm(self) -> None:
        """Stop the alarm; clear its exception if it was set but has not surfaced yet."""
        with _LOCK:
            if self.fired and self.armed and _SET_ASYNC_EXC is not None:
                _SET_ASYNC_EXC(self.thread_id, ctypes.py_object())
            self.armed = False


_LOCK = threading.Lock()
_WAKE = threading.Condition(_LOCK)
_HEAP: list[tuple[float, int, Alarm]] = []
_COUNTER = itertools.count()
_THREAD: threading.Thread | None = None


def arm(seconds: float) -> Alarm:
    """Arm a deadline ``seconds`` from now for the calling thread."""
    alarm = Alarm(time.monotonic() + seconds, threading.get_ident())
    if not alarm.armed:
        return alarm
    global _THREAD
    with _LOCK:
        heapq.heappush(_HEAP, (alarm.deadline, next(_COUNTER), alarm))
        if _THREAD is None or not _THREAD.is_alive():
            _THREAD = threading.Thread(target=_watch, name="warta-watchdog", daemon=True)
            _THREAD.start()
        elif _HEAP[0][2] is alarm:
            _WAKE.notify()
    return alarm


def _reset_after_fork() -> None:
    """A forked child has no watchdog thread and may inherit a held lock: start afresh."""
    global _LOCK, _WAKE, _HEAP, _THREAD
    _LOCK = threading.Lock()
    _WAKE = threading.Condition(_LOCK)
    _HEAP = []
    _THREAD = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)


def _watch() -> None:
    with _LOCK:
        while True:
            while _HEAP and not _HEAP[0][2].armed:
                heapq.heappop(_HEAP)  # finished in time: dropped lazily
            if not _HEAP:
                _WAKE.wait()
                continue
            deadline, _, alarm = _HEAP[0]
            wait = deadline - time.monotonic()
            if wait > 0:
                _WAKE.wait(wait)
                continue
            heapq.heappop(_HEAP)
            if alarm.armed and not alarm.fired and _SET_ASYNC_EXC is not None:
                alarm.fired = True
                _SET_ASYNC_EXC(alarm.thread_id, DeadlineExpired)
