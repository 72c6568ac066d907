"""A Redis lock store whose ticket operations are atomic, for several Rasa replicas.

Rasa 3.6's RedisLockStore issues a ticket by reading the lock from Redis, adding
a ticket in Python and writing the whole lock back (`LockStore.issue_ticket`);
removing a ticket (`finish_serving`, `update_lock`, `cleanup`) is the same
read-modify-write. Two replicas that get a message for the same sender at the
same instant can therefore be issued the same ticket, or one can overwrite the
other's ticket; the overwritten request then finds the lock gone, raises
LockError, and the REST channel still answers 200 - the user's turn is lost
(upstream rasa#9213).

Here every operation that changes a lock is one Lua script run inside Redis,
so no other client can interleave with it:

- issue: drop expired tickets, take the next number from a per-conversation
  counter (INCR), append the ticket, and store the lock with an expiry;
- release: drop the finished ticket and expired tickets, and delete the lock
  when no ticket is left (`finish_serving` + `cleanup` in one step);
- expire: drop expired tickets (`update_lock`), deleting an empty lock.

The lock is stored in Rasa's own JSON format under Rasa's key
(`<key_prefix>:lock:<conversation id>`), so `get_lock`, `is_someone_waiting`
and Rasa's waiting loop are unchanged: tickets are served in the order they
were issued and each lives `lock_lifetime` seconds. Ticket numbers come from
the counter (`<key>:counter`, which expires with the lock), so a number is
never issued twice while an older holder may still be running.

endpoints.yml:

    lock_store:
      type: stores.lock.AtomicRedisLockStore
      url: 127.0.0.1        # Redis host
      port: 6379
      db: 0
      # password, username, use_ssl, key_prefix, socket_timeout: as for `type: redis`
      # wait_time_in_seconds: 1   how often a waiting request polls the lock
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Any

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

logger = logging.getLogger(__name__)

# Time is passed in from the client (as Rasa's TicketLock does with time.time()),
# so ticket expiry means the same thing to this store and to TicketLock.has_expired.
# Tickets are kept as the JSON strings Rasa writes; only their fields are decoded.
_KEEP_LIVE_TICKETS = """
local function live_tickets(raw, now, skip)
  local kept, latest = {}, 0
  if not raw then return kept, latest end
  local lock = cjson.decode(raw)
  if type(lock['tickets']) ~= 'table' then return kept, latest end
  for _, text in ipairs(lock['tickets']) do
    local ticket = cjson.decode(text)
    local expires = tonumber(ticket['expires'])
    if expires >= now and tonumber(ticket['number']) ~= skip then
      table.insert(kept, text)
      if expires > latest then latest = expires end
    end
  end
  return kept, latest
end

local function store(key, conversation_id, kept, latest, now)
  if #kept == 0 then
    redis.call('DEL', key)
    return
  end
  local ttl = math.ceil((latest - now) * 1000) + 1000
  redis.call('SET', key, cjson.encode({conversation_id = conversation_id, tickets = kept}),
             'PX', ttl)
end
"""

# KEYS: lock, counter. ARGV: conversation id, now, lifetime. Returns the ticket number.
ISSUE_SCRIPT = (
    _KEEP_LIVE_TICKETS
    + """
local now, lifetime = tonumber(ARGV[2]), tonumber(ARGV[3])
local kept, latest = live_tickets(redis.call('GET', KEYS[1]), now, nil)
local number = redis.call('INCR', KEYS[2]) - 1
local expires = now + lifetime
table.insert(kept, cjson.encode({number = number, expires = expires}))
if expires > latest then latest = expires end
store(KEYS[1], ARGV[1], kept, latest, now)
local ttl = math.ceil((latest - now) * 1000) + 1000
if redis.call('PTTL', KEYS[2]) < ttl then redis.call('PEXPIRE', KEYS[2], ttl) end
return number
"""
)

# KEYS: lock. ARGV: conversation id, now, ticket number to remove ('' for none).
# Returns the number of tickets left (0: the lock was deleted).
RELEASE_SCRIPT = (
    _KEEP_LIVE_TICKETS
    + """
local raw = redis.call('GET', KEYS[1])
if not raw then return 0 end
local now = tonumber(ARGV[2])
local kept, latest = live_tickets(raw, now, tonumber(ARGV[3]))
store(KEYS[1], ARGV[1], kept, latest, now)
return #kept
"""
)


class AtomicRedisLockStore(RedisLockStore):
    """RedisLockStore whose ticket issue and removal are atomic Lua scripts."""

    def __init__(
        self,
        endpoint_config: EndpointConfig | None = None,
        wait_time_in_seconds: float = 1.0,
        **kwargs: Any,
    ) -> None:
        # Rasa 3.6 builds a custom lock store as `cls(endpoint_config=...)`; the
        # endpoint's `url` is the Redis host and its other keys are
        # RedisLockStore's arguments. Direct construction takes those arguments.
        if endpoint_config is not None:
            options = dict(endpoint_config.kwargs)
            wait_time_in_seconds = float(options.pop("wait_time_in_seconds", wait_time_in_seconds))
            options.setdefault("host", endpoint_config.url or "localhost")
            kwargs = {**options, **kwargs}
        super().__init__(**kwargs)
        self.wait_time_in_seconds = float(wait_time_in_seconds)
        self._issue = self.red.register_script(ISSUE_SCRIPT)
        self._release = self.red.register_script(RELEASE_SCRIPT)

    def _key(self, conversation_id: str) -> str:
        return f"{self.key_prefix}{conversation_id}"

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        """Issues the next ticket for `conversation_id` in one atomic Redis step."""
        key = self._key(conversation_id)
        try:
            return int(
                self._issue(
                    keys=[key, key + ":counter"], args=[conversation_id, repr(time.time()), repr(float(lock_lifetime))]
                )
            )
        except Exception as error:
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def _release_ticket(self, conversation_id: str, ticket_number: int | None) -> int:
        return int(
            self._release(
                keys=[self._key(conversation_id)],
                args=[conversation_id, repr(time.time()), "" if ticket_number is None else str(int(ticket_number))],
            )
        )

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        """Removes the ticket (and expired ones) atomically; deletes an empty lock."""
        self._release_ticket(conversation_id, ticket_number)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Stock cleanup is finish_serving, then delete if nobody waits: one step here."""
        left = self._release_ticket(conversation_id, ticket_number)
        if not left:
            self._log_deletion(conversation_id, True)

    def update_lock(self, conversation_id: str) -> None:
        """Removes expired tickets atomically (stock: read, filter, write back)."""
        self._release_ticket(conversation_id, None)

    def save_lock(self, lock: TicketLock) -> None:
        """Writes a whole lock (not used by this store's own operations), with an expiry."""
        live = [t.expires for t in lock.tickets if not t.has_expired()]
        if not live:
            self.red.delete(self._key(lock.conversation_id))
            return
        ttl = math.ceil((max(live) - time.time()) * 1000) + 1000
        self.red.set(self._key(lock.conversation_id), lock.dumps(), px=max(ttl, 1))

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: str,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float | None = None,
    ) -> AsyncGenerator[TicketLock, None]:
        """Rasa's lock, polling every `wait_time_in_seconds` from the endpoint config
        (Rasa's processor always uses the 1 s default)."""
        wait = self.wait_time_in_seconds if wait_time_in_seconds is None else wait_time_in_seconds
        async with super().lock(conversation_id, lock_lifetime, wait) as ticket_lock:
            yield ticket_lock
