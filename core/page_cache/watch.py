"""Knowing, without asking Redis, that the content generation has not changed.

A worker that answers stored pages from copies of its own (local_copies.py) must know at once
when the generation changes in any process on any server. Redis tells it: the watch holds one
connection to the Redis that keeps the generation, with key tracking on for the generation's key
(Redis's CLIENT TRACKING, broadcasting mode). Redis then writes a notice down that connection
whenever the key is set, deleted, expired, evicted or flushed, before it answers the process that
changed it.

The watch is read by the thread that answers requests, before each answer: `token()` takes every
notice that has arrived off the connection (no round trip: the notices are already in the
socket's buffer) and forgets the token on any of them. It only names a token that was read from
Redis after the connection was watching and with no notice since, and it checks the connection
with a PING at least every `confirm_seconds`, so a connection that died quietly stops the copies
being used within that time. Any error on the connection forgets the token and drops the
connection, and the next call makes a new one; if Redis cannot be reached, the calls in the next
`retry_seconds` do not try again.
"""

import os
import time

import redis

PONG = (b"PONG", "PONG")


class GenerationWatch:
    def __init__(self, redis_url, key, confirm_seconds=1.0, socket_timeout=0.5, retry_seconds=5.0):
        self.redis_url = redis_url
        self.key = key
        self.confirm_seconds = confirm_seconds
        self.socket_timeout = socket_timeout
        self.retry_seconds = retry_seconds
        self._retry_at = 0.0
        self._connection = None
        self._pid = None
        self._token = None
        self._confirmed_at = 0.0
        # Counts every notice and every lost connection: a token read while it moved may
        # already be old, so it is not remembered (`remember`).
        self.changes = 0

    def token(self):
        """The generation's token if it is known not to have changed since it was read from
        Redis; otherwise None (then read it from Redis and `remember` it)."""
        if not self._watching():
            return None
        try:
            self._take_notices()
            if time.monotonic() - self._confirmed_at > self.confirm_seconds:
                self._confirm()
        except redis.RedisError:
            self._drop()
        return self._token

    def remember(self, token, changes_before):
        """Keep `token`, read from Redis after `changes` was `changes_before`, unless the watch
        saw a change or lost its connection since then."""
        if self._connection is not None and self.changes == changes_before and token:
            self._token = token

    def close(self):
        self._drop()

    def changed(self):
        """A change made by this process: forget the token without waiting for Redis's notice."""
        self._token = None
        self.changes += 1

    def _watching(self):
        if self._connection is not None and self._pid == os.getpid():
            return True
        # A forked process never shares its parent's connection.
        self._connection = None
        if time.monotonic() < self._retry_at:
            return False
        try:
            self._connect()
        except redis.RedisError:
            self._retry_at = time.monotonic() + self.retry_seconds
            return False
        return True

    def _connect(self):
        pool = redis.ConnectionPool.from_url(
            self.redis_url,
            protocol=3,
            socket_timeout=self.socket_timeout,
            socket_connect_timeout=self.socket_timeout,
        )
        connection = pool.make_connection()
        connection.connect()
        connection.send_command("CLIENT", "TRACKING", "ON", "BCAST", "PREFIX", self.key)
        connection.read_response()
        self._connection, self._pid = connection, os.getpid()
        self._confirmed_at = time.monotonic()
        self.changed()

    def _take_notices(self):
        while self._connection.can_read(timeout=0):
            self._connection.read_response(push_request=True)
            self.changed()

    def _confirm(self):
        self._connection.send_command("PING")
        while self._connection.read_response(push_request=True) not in PONG:
            self.changed()
        self._confirmed_at = time.monotonic()

    def _drop(self):
        connection, self._connection = self._connection, None
        self.changed()
        if connection is not None:
            connection.disconnect()
